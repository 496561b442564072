/**
 * Builds into dist/: the add-in (taskpane.html with Office.js, commands.html for the ribbon, the
 * manifest and the icons), the web page (index.html, no Office.js, with sw.js to work offline),
 * and bang-kiem.html, the web page as one self-contained file to hand out (production only).
 * No source maps ship in dist/. The build prints what each page loads, gzipped.
 *   npm run build   production build
 *   npm run serve   http://localhost:3000 (the web page for developers; /taskpane.html for Excel)
 *   npm start       https://localhost:3000 with Office's dev certificates, then sideloads
 * BANG_KIEM_URL=https://intranet/bang-kiem npm run build writes dist/manifest.xml with that
 * origin instead of https://localhost:3000, for an IT admin who hosts dist/ elsewhere.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

/** The add-in's pages; scripts/validate-manifest.ts checks the manifest against them. */
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

/** The web page (no Office.js): not an add-in page, so the manifest never points at it. */
const WEB_PAGE = {
  chunk: 'web',
  import: './src/web/index.tsx',
  template: './src/web/index.html',
  filename: 'index.html',
};

/** The single-file page: its bundle and its worker's, inlined by SingleFilePlugin. */
const SINGLE = {
  page: 'bang-kiem',
  worker: 'bang-kiem-worker',
  template: './src/web/single.html',
  filename: 'bang-kiem.html',
};

/** Budgets the build reports against (gzip bytes): issue #13 and #17. */
const BUDGET = { paneJs: 180 * 1024, singleFile: 1024 * 1024 };

const { version } = require('./package.json');

function gzipSize(buffer) {
  return require('node:zlib').gzipSync(buffer, { level: 9 }).length;
}

function kb(n) {
  return `${(n / 1024).toFixed(1)} KB`;
}

/**
 * Inlines a script into HTML: "</script" and "<!--" must not appear in a script element's text.
 * Terser leaves them only inside strings and regexes, where "<\/script" means the same.
 */
function inlineScript(code) {
  const safe = code.replace(/<\/(script)/gi, '<\\/$1');
  if (/<!--/.test(safe)) throw new Error('An inlined bundle contains "<!--"');
  return `<script>${safe}</script>`;
}

/**
 * Writes dist/bang-kiem.html: the single-file page's bundle and the job worker's source (as a
 * string the page turns into a Blob URL worker) inlined, the favicon as a data: URL. Its own
 * bundles are then dropped from dist/.
 */
class SingleFilePlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('SingleFilePlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'SingleFilePlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE },
        () => {
          const files = (name) => [...compilation.namedChunks.get(name).files];
          const code = (name) =>
            files(name)
              .filter((f) => f.endsWith('.js'))
              .map((f) => compilation.getAsset(f).source.source().toString())
              .join('\n');
          const worker = code(SINGLE.worker);
          const page = code(SINGLE.page);
          // In a JS string "<" may be written \u003c: no "</script" or "<!--" can survive.
          const workerString = JSON.stringify(worker).replace(/</g, '\\u003c');
          const icon = fs
            .readFileSync(path.join(__dirname, 'assets/icon-32.png'))
            .toString('base64');
          const html = fs
            .readFileSync(path.join(__dirname, SINGLE.template), 'utf8')
            .replace('<!--BK_FAVICON-->', `data:image/png;base64,${icon}`)
            .replace(
              '<!--BK_SCRIPTS-->',
              () => `<script>var BK_WORKER_SOURCE=${workerString};</script>${inlineScript(page)}`,
            );
          for (const f of [...files(SINGLE.worker), ...files(SINGLE.page)])
            compilation.deleteAsset(f);
          compilation.emitAsset(SINGLE.filename, new sources.RawSource(html));
        },
      );
    });
  }
}

/**
 * The web page's scripts: its entry's, and the job worker's (the chunks no page names: webpack
 * makes them for `new Worker(new URL(…))`).
 */
function webFiles(compilation) {
  const js = (chunk) => [...chunk.files].filter((f) => f.endsWith('.js'));
  return {
    initial: js(compilation.namedChunks.get('web')),
    worker: [...compilation.chunks].filter((c) => !c.name).flatMap(js),
  };
}

/**
 * Writes dist/sw.js's list of files to keep for offline use (the web page's HTML, scripts, its
 * worker and its icon) and a cache name that changes with them.
 */
class ServiceWorkerListPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('ServiceWorkerListPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'ServiceWorkerListPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const scripts = [...webFiles(compilation).initial, ...webFiles(compilation).worker];
          const list = ['index.html', 'assets/icon-32.png', ...new Set(scripts)];
          const hash = require('node:crypto')
            .createHash('sha256')
            .update(list.join('|'))
            .digest('hex')
            .slice(0, 12);
          const sw = compilation.getAsset('sw.js');
          compilation.updateAsset(
            'sw.js',
            new sources.RawSource(
              `var BK_FILES=${JSON.stringify(list)},BK_CACHE="bang-kiem-${hash}";\n` +
                sw.source.source().toString(),
            ),
          );
        },
      );
    });
  }
}

/** Prints each page's initial JavaScript gzipped, and the single file's size, after a build. */
class SizeReportPlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap('SizeReportPlugin', (compilation) => {
      const out = compilation.outputOptions.path;
      const lines = [];
      const initial = (name) =>
        [...compilation.namedChunks.get(name).files].filter((f) => f.endsWith('.js'));
      for (const name of ['web', 'taskpane']) {
        const files = initial(name);
        const gz = files.reduce((n, f) => n + gzipSize(fs.readFileSync(path.join(out, f))), 0);
        const flag = gz > BUDGET.paneJs ? `  OVER the ${kb(BUDGET.paneJs)} budget` : '';
        lines.push(`  ${name}: initial JavaScript ${kb(gz)} gzip (${files.join(', ')})${flag}`);
      }
      const { worker } = webFiles(compilation);
      const wgz = worker.reduce((n, f) => n + gzipSize(fs.readFileSync(path.join(out, f))), 0);
      lines.push(`  web: job worker ${kb(wgz)} gzip, loaded on the first check`);
      const single = path.join(out, SINGLE.filename);
      if (fs.existsSync(single)) {
        const bytes = fs.readFileSync(single);
        const gz = gzipSize(bytes);
        const flag = gz > BUDGET.singleFile ? `  OVER the ${kb(BUDGET.singleFile)} budget` : '';
        lines.push(`  ${SINGLE.filename}: ${kb(bytes.length)}, ${kb(gz)} gzip${flag}`);
      }
      console.log(`Bảng Kiểm bundle sizes:\n${lines.join('\n')}`);
    });
  }
}

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
    // No source maps in production: dist/ is what gets deployed or handed out.
    devtool: production ? false : 'eval-source-map',
    entry: {
      ...Object.fromEntries([...PAGES, WEB_PAGE].map((p) => [p.chunk, p.import])),
      sw: { import: './src/web/serviceWorker.ts', filename: 'sw.js' },
      ...(production
        ? {
            // Self-contained: no chunk loading, so nothing to fetch from file://.
            [SINGLE.page]: { import: './src/web/single.tsx', chunkLoading: false },
            [SINGLE.worker]: { import: './src/taskpane/jobWorker.ts', chunkLoading: false },
          }
        : {}),
    },
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
      new (require('webpack').DefinePlugin)({
        BK_VERSION: JSON.stringify(version),
        BK_BUILD_DATE: JSON.stringify(new Date().toISOString().slice(0, 10)),
        // The service worker only in a production build: in development it would serve stale files.
        BK_OFFLINE: JSON.stringify(production),
      }),
      ...[...PAGES, WEB_PAGE].map(
        (p) =>
          new HtmlWebpackPlugin({
            filename: p.filename,
            template: p.template,
            chunks: [p.chunk],
            inject: p.chunk === 'web' ? 'head' : 'body',
            // The web page paints its placeholder while its one script loads.
            scriptLoading: p.chunk === 'web' ? 'defer' : 'blocking',
          }),
      ),
      new ServiceWorkerListPlugin(),
      ...(production ? [new SingleFilePlugin(), new SizeReportPlugin()] : []),
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
      // npm run serve: the web page at /, the task pane at /taskpane.html.
      devMiddleware: { index: 'index.html' },
    },
  };
}

module.exports = config;
module.exports.PAGES = PAGES;
module.exports.COPIED = COPIED;
