/**
 * Builds the add-in into dist/: taskpane.html, commands.html (the ribbon's function file), the
 * manifest and the icons.
 *   npm run build   production build
 *   npm run serve   http://localhost:3000 (the web page, and Excel on the web with a tunnel)
 *   npm start       https://localhost:3000 with Office's dev certificates, then sideloads
 * BANG_KIEM_URL=https://intranet/bang-kiem npm run build writes dist/manifest.xml with that
 * origin instead of https://localhost:3000, for an IT admin who hosts dist/ elsewhere.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

/** The pages the build makes; scripts/validate-manifest.ts checks the manifest against them. */
const PAGES = [
  {
    chunk: 'taskpane',
    import: './src/taskpane/index.tsx',
    template: './src/taskpane/taskpane.html',
    filename: 'taskpane.html',
  },
  {
    chunk: 'commands',
    import: './src/commands/commands.ts',
    template: './src/commands/commands.html',
    filename: 'commands.html',
  },
];

/** Copied into dist/ unchanged (the manifest only has its origin rewritten on request). */
const COPIED = ['assets', 'manifest.xml'];

const DEV_ORIGIN = 'https://localhost:3000';
const PORT = 3000;

/** The origin dist/manifest.xml should point at, from BANG_KIEM_URL. */
function deployOrigin() {
  const raw = process.env.BANG_KIEM_URL;
  if (!raw) return DEV_ORIGIN;
  const url = new URL(raw);
  if (url.protocol !== 'https:') {
    throw new Error(
      `BANG_KIEM_URL must be an https URL (Office loads add-ins over https only): ${raw}`,
    );
  }
  return url.href.replace(/\/+$/, '');
}

/**
 * The certificate `npx office-addin-dev-certs install` puts in the user's profile. Office trusts
 * it once installed; without it webpack-dev-server makes a self-signed one that Office refuses.
 */
function devCertificate() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  const found = Object.entries(files).every(([, f]) => fs.existsSync(path.join(dir, f)));
  if (!found) {
    console.warn(
      `No Office dev certificate in ${dir}: run "npx --yes office-addin-dev-certs@3 install" first, ` +
        'or Office will refuse the self-signed one.',
    );
    return null;
  }
  return Object.fromEntries(
    Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]),
  );
}

function config(env = {}, argv = {}) {
  const HtmlWebpackPlugin = require('html-webpack-plugin');
  const CopyWebpackPlugin = require('copy-webpack-plugin');
  const production = argv.mode === 'production';
  const origin = deployOrigin();
  const https = Boolean(env.https);
  const cert = https ? devCertificate() : null;

  return {
    mode: production ? 'production' : 'development',
    // EdgeHTML and older Safari web views run the add-in in Office 2019 and on older Macs.
    target: ['web', 'es2017'],
    devtool: production ? 'source-map' : 'eval-source-map',
    entry: Object.fromEntries(PAGES.map((p) => [p.chunk, p.import])),
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              compilerOptions: { noEmit: false, target: 'ES2017', module: 'ESNext' },
            },
          },
        },
        {
          // Libraries (React, Fluent UI) ship ES2018+ syntax; Excel 2019 (EdgeHTML 18) parses
          // ES2017 at most, so their code is brought down too (syntax only, no type checking).
          test: /\.m?js$/,
          include: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              compilerOptions: {
                allowJs: true,
                noEmit: false,
                target: 'ES2017',
                module: 'ESNext',
                sourceMap: false,
              },
            },
          },
        },
      ],
    },
    plugins: [
      ...PAGES.map(
        (p) =>
          new HtmlWebpackPlugin({
            filename: p.filename,
            template: p.template,
            chunks: [p.chunk],
            inject: 'body',
            scriptLoading: 'blocking',
          }),
      ),
      new CopyWebpackPlugin({
        patterns: COPIED.map((from) =>
          from === 'manifest.xml' && origin !== DEV_ORIGIN
            ? {
                from,
                to: from,
                transform: (content) => content.toString('utf8').split(DEV_ORIGIN).join(origin),
              }
            : { from, to: from },
        ),
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: PORT,
      host: 'localhost',
      server: https ? (cert ? { type: 'https', options: cert } : 'https') : 'http',
      hot: false,
      liveReload: !production,
      client: { overlay: { errors: true, warnings: false } },
      headers: { 'Cache-Control': 'no-store' },
      // npm run serve: the task pane is also the web page that opens a file.
      devMiddleware: { index: 'taskpane.html' },
    },
  };
}

module.exports = config;
module.exports.PAGES = PAGES;
module.exports.COPIED = COPIED;
