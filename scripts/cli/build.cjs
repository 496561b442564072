/**
 * Bundles the command line to one plain JavaScript file, dist/cli/bang-kiem.engine.js, so a run
 * starts without compiling TypeScript (tsx spends about 0.7 s on that before the first line), and
 * puts the command beside it, dist/cli/bang-kiem.js: a copy of codeCacheLauncher.cjs, which loads
 * the engine through V8's code cache.
 *   node scripts/cli/build.cjs      (npm run build:cli)
 * Beside the bundle, bang-kiem.inputs.json lists the source files it was made from: the launcher
 * (scripts/cli/launch.cjs) compares their times with the bundle's to rebuild only when stale.
 */
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');
const OUT_DIR = path.join(ROOT, 'dist/cli');
/** The command: what `bin`, `npm run check`, the tests and the benchmarks run. */
const BUNDLE = path.join(OUT_DIR, 'bang-kiem.js');
const ENGINE = path.join(OUT_DIR, 'bang-kiem.engine.js');
const LAUNCHER = path.join(__dirname, 'codeCacheLauncher.cjs');
const INPUTS = path.join(OUT_DIR, 'bang-kiem.inputs.json');

/** Builds the bundle; written beside and renamed into place, so a concurrent reader never sees half. */
function buildCli() {
  const esbuild = require('esbuild');
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const tmp = `${ENGINE}.${process.pid}.tmp`;
  const result = esbuild.buildSync({
    entryPoints: [path.join(ROOT, 'src/cli/main.ts')],
    outfile: tmp,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // The bundle lives at the same depth as src/cli/main.ts, so paths from __dirname still hold;
    // the entry's own #! line makes it executable.
    metafile: true,
    logLevel: 'warning',
    legalComments: 'none',
    // Less to parse at every start; names kept, so a --cpu-prof profile still reads.
    minifyWhitespace: true,
    minifySyntax: true,
    // import() becomes require(): a script loaded through the code cache (codeCacheLauncher.cjs)
    // has no loader for import() in Node 20 (and Node's fallback warns it is experimental).
    supported: { 'dynamic-import': false },
    alias: {
      // fflate's Node build loads node:module (and with it the ES module loader) and
      // node:worker_threads at start, for asynchronous calls the reader never makes; its browser
      // build is the same code without that shim.
      fflate: 'fflate/browser',
      // commander loads node:child_process (and through it net and dgram) at start, only to run
      // executable subcommands, which bang-kiem has none of: the module is loaded when used.
      'node:child_process': path.join(__dirname, 'lazyChildProcess.cjs'),
    },
  });
  const inputs = [...Object.keys(result.metafile.inputs), path.relative(ROOT, LAUNCHER)].sort();
  fs.chmodSync(tmp, 0o755);
  fs.renameSync(tmp, ENGINE);
  // The command last: its time is what isStale() compares the sources with.
  const tmpCommand = `${BUNDLE}.${process.pid}.tmp`;
  fs.copyFileSync(LAUNCHER, tmpCommand);
  fs.chmodSync(tmpCommand, 0o755);
  fs.renameSync(tmpCommand, BUNDLE);
  const tmpInputs = `${INPUTS}.${process.pid}.tmp`;
  fs.writeFileSync(tmpInputs, JSON.stringify(inputs, null, 1) + '\n');
  fs.renameSync(tmpInputs, INPUTS);
  return BUNDLE;
}

/**
 * Whether the bundle is missing or older than any file it was built from (or than this script).
 * About 130 stat calls: a few milliseconds.
 */
function isStale() {
  let built;
  try {
    built = Math.min(fs.statSync(BUNDLE).mtimeMs, fs.statSync(ENGINE).mtimeMs);
    const inputs = JSON.parse(fs.readFileSync(INPUTS, 'utf8'));
    for (const f of [...inputs, path.relative(ROOT, __filename)]) {
      if (fs.statSync(path.join(ROOT, f)).mtimeMs > built) return true;
    }
  } catch {
    return true;
  }
  // A new source file is imported by one the bundle knows, whose time then changes too.
  return false;
}

function ensureBuilt() {
  if (isStale()) buildCli();
  return BUNDLE;
}

module.exports = { BUNDLE, ENGINE, buildCli, ensureBuilt, isStale };

if (require.main === module) {
  buildCli();
}
