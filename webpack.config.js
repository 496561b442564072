/**
 * Builds into dist/: the add-in (taskpane.html, commands.html — the ribbon's function file —,
 * message.html — its failure dialog —, the manifest and the icons), the web page (index.html, no
 * Office.js, with sw.js to work offline), and bang-kiem.html, the web page as one self-contained
 * file to hand out (production only). No source maps ship in dist/. Two compilations:
 * - legacy, ES5 for Internet Explorer 11 (Office 2016/2019 volume licence): the ribbon command
 *   and the light task pane, TypeScript → ES2020 → babel preset-env (IE 11) with the core-js
 *   fills each module uses, plus unorm (src/fills/es5Runtime.ts);
 * - modern, ES2017 for EdgeHTML 18 and newer: the full task pane and the web page.
 * taskpane.html loads the light pane in Trident and the full one elsewhere. The build prints what
 * each page loads, gzipped.
 *   npm run build   production build
 *   npm run serve   http://localhost:3000 (the web page for developers; /taskpane.html for Excel)
 *   npm start       https://localhost:3000 with Office's dev certificates, then sideloads
 * Environment:
 *   BASE_URL=https://intranet/bang-kiem/  every address in dist/manifest.xml from that base
 *                                         (default https://localhost:3000/), checked offline
 *   OFFICE_JS=local                       Office.js from dist/office-js/, copied from the
 *                                         @microsoft/office-js package (default: cdn,
 *                                         Microsoft's address)
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

/** ES5 bundles: the ribbon command and the task pane Internet Explorer 11 shows. */
const LEGACY_ENTRIES = {
  commands: './src/commands/commands.ts',
  'taskpane-lite': './src/taskpane/lite/litePane.ts',
};

/** The web page (no Office.js): not an add-in page, so the manifest never points at it. */
const WEB_PAGE = {
  chunk: 'web',
  import: './src/web/index.tsx',
  filename: 'index.html',
};

/** Both web pages are made from one template (src/web/page.html); what differs is filled in. */
const PAGE_TEMPLATE = './src/web/page.html';

/** The template filled in for one page: its note, its Content-Security-Policy, favicon, scripts. */
function webPageHtml({ note, csp, favicon, scripts = '' }) {
  return fs
    .readFileSync(path.join(__dirname, PAGE_TEMPLATE), 'utf8')
    .replace('<!--BK_PAGE_NOTE-->', () => `<!-- ${note} -->`)
    .replace('<!--BK_CSP-->', () => csp)
    .replace('<!--BK_FAVICON-->', () => favicon)
    .replace('<!--BK_SCRIPTS-->', () => scripts);
}

/** The served page: nothing may leave this machine. */
const WEB_PAGE_HTML = {
  note: "Nothing may leave this machine: scripts, workers and data from this page's own origin only.",
  csp: "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
  favicon: 'assets/icon-32.png',
};

/** The single file: no request of any kind. */
const SINGLE_HTML = {
  note: 'One file, no request of any kind: inline scripts and styles, the worker from a Blob URL.',
  csp: "default-src 'none'; script-src 'unsafe-inline' blob:; worker-src blob:; style-src 'unsafe-inline'; img-src data: blob:; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'",
};

/** The single-file page: its bundle and its worker's, inlined by SingleFilePlugin. */
const SINGLE = {
  page: 'bang-kiem',
  worker: 'bang-kiem-worker',
  filename: 'bang-kiem.html',
};

/** The pane's one makeStyles module (src/taskpane/paneStyles.ts). */
const STYLES = /[\\/]src[\\/]taskpane[\\/]paneStyles\.ts$/;

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
          const html = webPageHtml({
            ...SINGLE_HTML,
            favicon: `data:image/png;base64,${icon}`,
            scripts: `<script>var BK_WORKER_SOURCE=${workerString};</script>${inlineScript(page)}`,
          });
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

/**
 * The JavaScript a page runs before its first screen: its entry's files, whatever chunks webpack
 * split them into.
 */
function initialScripts(compilation, name) {
  const js = (chunk) => [...chunk.files].filter((f) => f.endsWith('.js'));
  return [...new Set(compilation.entrypoints.get(name).chunks.flatMap(js))];
}

/** The chunks an entry loads on demand (the pane's engine, fetched on the first check). */
function onDemandScripts(compilation, name) {
  const js = (chunk) => [...chunk.files].filter((f) => f.endsWith('.js'));
  const initial = new Set(initialScripts(compilation, name));
  const chunks = compilation.entrypoints.get(name).chunks;
  const later = chunks.flatMap((c) => [...c.getAllAsyncChunks()]).flatMap(js);
  return [...new Set(later)].filter((f) => !initial.has(f));
}

/**
 * Holds each page's initial JavaScript (gzip) to its budget and the single file to its own: over
 * budget is a build error (issue #13 and #17). After the build, prints the sizes.
 */
class SizeReportPlugin {
  apply(compiler) {
    const { Compilation, WebpackError } = compiler.webpack;
    let lines = [];
    compiler.hooks.thisCompilation.tap('SizeReportPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        // After SingleFilePlugin has written bang-kiem.html.
        { name: 'SizeReportPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          lines = [];
          const bytes = (f) => {
            const source = compilation.getAsset(f).source.source();
            return typeof source === 'string' ? require('node:buffer').Buffer.from(source) : source;
          };
          const gz = (files) => files.reduce((n, f) => n + gzipSize(bytes(f)), 0);
          const over = (what, size, budget) => {
            const message = `${what} is ${kb(size)} gzip, over its ${kb(budget)} budget`;
            compilation.errors.push(new WebpackError(`Bảng Kiểm: ${message}`));
            return `  OVER the ${kb(budget)} budget`;
          };
          for (const name of ['web', 'taskpane']) {
            const initial = initialScripts(compilation, name);
            const size = gz(initial);
            const flag =
              size > BUDGET.paneJs ? over(`${name}'s initial JavaScript`, size, BUDGET.paneJs) : '';
            lines.push(
              `  ${name}: initial JavaScript ${kb(size)} gzip (${initial.join(', ')})${flag}`,
            );
          }
          const worker = new Set(webFiles(compilation).worker);
          const engine = onDemandScripts(compilation, 'taskpane').filter((f) => !worker.has(f));
          lines.push(
            `  taskpane: engine ${kb(gz(engine))} gzip, loaded on the first check in Excel`,
          );
          lines.push(
            `  web: job worker ${kb(gz(webFiles(compilation).worker))} gzip, loaded on the first check`,
          );
          if (compilation.getAsset(SINGLE.filename)) {
            const html = bytes(SINGLE.filename);
            const size = gzipSize(html);
            const flag =
              size > BUDGET.singleFile ? over(SINGLE.filename, size, BUDGET.singleFile) : '';
            lines.push(`  ${SINGLE.filename}: ${kb(html.length)}, ${kb(size)} gzip${flag}`);
          }
        },
      );
    });
    compiler.hooks.afterEmit.tap('SizeReportPlugin', () => {
      console.log(`Bảng Kiểm bundle sizes:\n${lines.join('\n')}`);
    });
  }
}

/** Copied into dist/ unchanged (the manifest only has its addresses rewritten on request). */
const COPIED = ['assets', 'manifest.xml'];

const DEV_BASE = 'https://localhost:3000/';
const PORT = 3000;
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_LOCAL = 'office-js/office.js';

/** The base every manifest address hangs from, from BASE_URL (BANG_KIEM_URL, its old name). */
function deployBase(env = process.env) {
  const raw = env.BASE_URL || env.BANG_KIEM_URL;
  if (!raw) return DEV_BASE;
  const url = new URL(raw);
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new Error(`BASE_URL must be an https URL (Office loads add-ins over https only): ${raw}`);
  }
  if (url.search || url.hash) throw new Error(`BASE_URL takes no query or fragment: ${raw}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** cdn (default) or local. */
function officeJsMode(env = process.env) {
  const mode = (env.OFFICE_JS || 'cdn').toLowerCase();
  if (mode !== 'cdn' && mode !== 'local') {
    throw new Error(`OFFICE_JS must be "cdn" or "local", not "${env.OFFICE_JS}"`);
  }
  return mode;
}

/** The manifest with every address under DEV_BASE moved under `base`. */
function rebaseManifest(xml, base) {
  return base === DEV_BASE ? xml : xml.split(DEV_BASE).join(base);
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

/** ts-loader that only strips types; the target is given per compilation. */
function tsLoader(target) {
  return {
    loader: 'ts-loader',
    options: {
      transpileOnly: true,
      compilerOptions: { noEmit: false, target, module: 'ESNext' },
    },
  };
}

/** babel for Internet Explorer 11: syntax lowered, core-js fills added where a module uses them. */
const BABEL_IE11 = {
  loader: 'babel-loader',
  options: {
    babelrc: false,
    configFile: false,
    cacheDirectory: false,
    sourceType: 'unambiguous',
    presets: [
      [
        '@babel/preset-env',
        {
          targets: { ie: '11' },
          useBuiltIns: 'usage',
          corejs: { version: '3.51', proposals: false },
          modules: false,
          // The bundle must not pull fills for what IE 11 has, nor "fix" it per quirk lists.
          exclude: ['web.dom-collections.for-each', 'es.array.for-each'],
        },
      ],
    ],
  },
};

function config(env = {}, argv = {}) {
  const HtmlWebpackPlugin = require('html-webpack-plugin');
  const CopyWebpackPlugin = require('copy-webpack-plugin');
  const production = argv.mode === 'production';
  const base = deployBase();
  const officeJs = officeJsMode() === 'local' ? OFFICE_JS_LOCAL : OFFICE_JS_CDN;
  const https = Boolean(env.https);
  const cert = https ? devCertificate() : null;
  const outPath = path.resolve(__dirname, 'dist');
  const filename = production ? '[name].[contenthash:8].js' : '[name].js';
  /** The light pane's file name, learnt from the legacy compilation for taskpane.html. */
  const shared = { lite: 'taskpane-lite.js' };

  const common = {
    mode: production ? 'production' : 'development',
    // No source maps in production: dist/ is what gets deployed or handed out.
    devtool: production ? false : 'eval-source-map',
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    performance: { hints: false },
  };

  const legacy = {
    ...common,
    name: 'legacy',
    // eval-source-map wraps modules in eval() strings with ES2015 syntax in them; keep it plain.
    devtool: production ? false : 'source-map',
    target: ['web', 'es5'],
    entry: LEGACY_ENTRIES,
    output: { path: outPath, filename, publicPath: '', clean: false },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: [BABEL_IE11, tsLoader('ES2020')] },
        {
          test: /\.m?js$/,
          include: /node_modules/,
          exclude: /node_modules[\\/](core-js|@babel[\\/]runtime|regenerator-runtime)[\\/]/,
          use: [BABEL_IE11],
        },
      ],
    },
    plugins: [
      {
        apply(compiler) {
          compiler.hooks.afterEmit.tap('BangKiemLiteName', (compilation) => {
            const chunk = compilation.namedChunks.get('taskpane-lite');
            const js = chunk && [...chunk.files].find((f) => f.endsWith('.js'));
            if (js) shared.lite = js;
          });
        },
      },
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        inject: 'body',
        scriptLoading: 'blocking',
        templateParameters: { officeJs },
      }),
      new HtmlWebpackPlugin({
        filename: 'message.html',
        template: './src/commands/message.html',
        chunks: [],
        inject: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          ...COPIED.map((from) =>
            from === 'manifest.xml'
              ? {
                  from,
                  to: from,
                  transform: (content) => rebaseManifest(content.toString('utf8'), base),
                }
              : { from, to: from },
          ),
          ...(officeJs === OFFICE_JS_LOCAL
            ? [{ from: 'node_modules/@microsoft/office-js/dist', to: 'office-js' }]
            : []),
        ],
      }),
    ],
  };

  const modern = {
    ...common,
    name: 'modern',
    dependencies: ['legacy'],
    // EdgeHTML and older Safari web views run the add-in in Office 2019 and on older Macs.
    target: ['web', 'es2017'],
    // The pane's engine chunk and the web page's job worker share most of their code, but each
    // page loads only one of them: one file each is one round trip on a slow line, not two.
    optimization: { splitChunks: { cacheGroups: { default: false } } },
    entry: {
      taskpane: PAGES[0].import,
      [WEB_PAGE.chunk]: WEB_PAGE.import,
      sw: { import: './src/web/serviceWorker.ts', filename: 'sw.js' },
      ...(production
        ? {
            // Self-contained: no chunk loading, so nothing to fetch from file://.
            [SINGLE.page]: { import: './src/web/single.tsx', chunkLoading: false },
            [SINGLE.worker]: { import: './src/taskpane/jobWorker.ts', chunkLoading: false },
          }
        : {}),
    },
    output: { path: outPath, filename, publicPath: '', clean: false },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: [/node_modules/, STYLES], use: tsLoader('ES2017') },
        // The pane's makeStyles become class maps at build time: Griffel's style compiler (about
        // 9 KB gzip) stays out of the bundles. Only that module: the transform is slow.
        { test: STYLES, use: [{ loader: '@griffel/webpack-loader' }, tsLoader('ES2017')] },
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
      new HtmlWebpackPlugin({
        filename: WEB_PAGE.filename,
        templateContent: () => webPageHtml(WEB_PAGE_HTML),
        chunks: [WEB_PAGE.chunk],
        inject: 'head',
        // The web page paints its placeholder while its one script loads.
        scriptLoading: 'defer',
      }),
      new ServiceWorkerListPlugin(),
      ...(production ? [new SingleFilePlugin(), new SizeReportPlugin()] : []),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: PAGES[0].template,
        chunks: ['taskpane'],
        inject: false,
        templateParameters: (compilation, assets) => ({
          officeJs,
          modernJs: assets.js,
          liteJs: shared.lite,
        }),
      }),
    ],
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

  // webpack-dev-server takes its options from the first configuration.
  legacy.devServer = modern.devServer;

  // The output folder is emptied once, here, not by either compilation (each would remove the
  // other's files).
  if (production && !env.keepDist) fs.rmSync(outPath, { recursive: true, force: true });
  return [legacy, modern];
}

module.exports = config;
module.exports.PAGES = PAGES;
module.exports.COPIED = COPIED;
module.exports.LEGACY_ENTRIES = LEGACY_ENTRIES;
module.exports.deployBase = deployBase;
module.exports.officeJsMode = officeJsMode;
module.exports.rebaseManifest = rebaseManifest;
module.exports.DEV_BASE = DEV_BASE;
module.exports.OFFICE_JS_CDN = OFFICE_JS_CDN;
module.exports.OFFICE_JS_LOCAL = OFFICE_JS_LOCAL;
