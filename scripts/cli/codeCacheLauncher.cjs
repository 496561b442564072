#!/usr/bin/env node
/**
 * The `bang-kiem` command (copied to dist/cli/bang-kiem.js by build.cjs): loads the bundled
 * engine beside it through V8's code cache, so a start does not compile the 400 KB bundle again.
 * Node 20 keeps no compile cache of its own, so the cache is a file in the user's cache folder
 * ($XDG_CACHE_HOME/bang-kiem, else ~/.cache/bang-kiem; %LOCALAPPDATA% on Windows; the system's
 * temporary folder when there is no home), named by the engine's CRC-32 and length, Node's
 * version and the architecture. A missing, foreign, damaged or rejected cache is compiled past
 * and written again at exit; an unwritable folder is left alone. BANG_KIEM_CODE_CACHE=0 turns it
 * off. The engine runs as if it were this file (same module, require, __filename), so
 * `require.main === module`, `require(thisFile).cliEntry()` and the worker threads of a batch,
 * which start this file again, all behave as with the bundle itself.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { Buffer } = require('node:buffer');
const { crc32 } = require('node:zlib');

const ENGINE = path.join(__dirname, 'bang-kiem.engine.js');
/** Marks a cache file of ours; then the payload's CRC-32, then V8's cached data. */
const MAGIC = 0x314b4342; // "BCK1"
const HEADER = 8;
const KEEP = 8;

function cacheFolder() {
  const env = process.env;
  if (env.BANG_KIEM_CODE_CACHE === '0') return null;
  const base =
    env.XDG_CACHE_HOME ||
    (process.platform === 'win32' && env.LOCALAPPDATA) ||
    (env.HOME && path.join(env.HOME, '.cache'));
  // The shared temporary folder only as a last resort, in a folder of this user's own.
  if (!base) return path.join(require('node:os').tmpdir(), `bang-kiem-${process.getuid?.() ?? 0}`);
  return path.join(base, 'bang-kiem');
}

/**
 * Whether the folder is this user's and no one else can write to it: cached code is run, so a
 * file another user could have placed (in a shared temporary folder) is not read.
 */
function ownFolder(folder) {
  if (!process.getuid) return true;
  try {
    const st = fs.lstatSync(folder);
    return st.isDirectory() && st.uid === process.getuid() && (st.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

/** V8's cached data from our file, or undefined when it is missing or not whole. */
function readCache(file) {
  let bytes;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  if (bytes.length <= HEADER || bytes.readUInt32LE(0) !== MAGIC) return undefined;
  const data = bytes.subarray(HEADER);
  // V8 checks its version, flags and the source's length, but not (in a release build) the
  // payload: a damaged file must be caught here, not run.
  return crc32(data) === bytes.readUInt32LE(4) ? data : undefined;
}

function writeCache(folder, file, script) {
  try {
    const data = script.createCachedData();
    const header = Buffer.alloc(HEADER);
    header.writeUInt32LE(MAGIC, 0);
    header.writeUInt32LE(crc32(data), 4);
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    // Written beside and renamed, so a concurrent start never reads half a file.
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    fs.writeFileSync(tmp, Buffer.concat([header, data]), { mode: 0o600 });
    fs.renameSync(tmp, file);
    pruneCache(folder, file);
  } catch {
    // A read-only or full disk: the next start compiles again, nothing worse.
  }
}

/** Keeps the newest few cache files: each upgrade of the engine or of Node leaves one behind. */
function pruneCache(folder, keep) {
  const files = fs
    .readdirSync(folder)
    .filter((n) => n.endsWith('.v8cache'))
    .map((n) => path.join(folder, n))
    .filter((f) => f !== keep);
  if (files.length < KEEP) return;
  const byAge = files
    .map((f) => ({ f, t: fs.statSync(f).mtimeMs }))
    .sort((a, b) => a.t - b.t)
    .slice(0, files.length - KEEP + 1);
  for (const { f } of byAge) fs.unlinkSync(f);
}

const bytes = fs.readFileSync(ENGINE);
// The bundle's "#!" line is a syntax error inside a function: made a comment of the same length.
const text = bytes.toString('utf8').replace(/^#!/, '//');
const folder = cacheFolder();
const file =
  folder &&
  path.join(
    folder,
    `engine-${crc32(bytes).toString(16)}-${bytes.length}-${process.version}-${process.arch}.v8cache`,
  );
const cachedData = file && ownFolder(folder) ? readCache(file) : undefined;
const script = new vm.Script(
  `(function (exports, require, module, __filename, __dirname) {${text}\n})`,
  // No import() in the engine (build.cjs turns it into require()): a script from the code cache
  // has no module loader for it.
  { filename: ENGINE, cachedData },
);
if (file && (cachedData === undefined || script.cachedDataRejected)) {
  // At exit, so the cache holds the functions this run compiled too, not only the top level.
  process.once('exit', () => writeCache(folder, file, script));
}
script.runInThisContext()(module.exports, require, module, __filename, __dirname);
