import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { crc32 } from 'node:zlib';
import { compiled, SAMPLE } from './run';
import { ratingList } from './workbooks';

/*
 * The command loads its engine through V8's code cache (scripts/cli/codeCacheLauncher.cjs): the
 * cache may save time, never change what the command prints, whatever state the cache is in.
 */

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bk-code-cache-'));

/** The environment of a run whose cache lives under `home` (as $XDG_CACHE_HOME). */
function withCache(home: string): NodeJS.ProcessEnv {
  return { ...process.env, XDG_CACHE_HOME: home, BANG_KIEM_CODE_CACHE: '' };
}

function cacheFiles(home: string): string[] {
  const dir = path.join(home, 'bang-kiem');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.v8cache'))
    .map((n) => path.join(dir, n));
}

/** Our header (magic, then the payload's CRC-32) holds for the file. */
function isWhole(file: string): boolean {
  const bytes = fs.readFileSync(file);
  return bytes.length > 8 && crc32(bytes.subarray(8)) === bytes.readUInt32LE(4);
}

describe('the code cache of the compiled command', () => {
  let files: string[];
  let reference: { code: number | null; stdout: string; stderr: string };
  beforeAll(async () => {
    const odd = path.join(tmp, 'odd.xlsx');
    await ratingList(odd, [3, 'Đảng bộ xã Hòa Lạc', 'Hoàn thành tốt']);
    files = [SAMPLE, odd];
    reference = compiled([...files, '--format', 'json', '--jobs', '1'], {
      env: { ...process.env, BANG_KIEM_CODE_CACHE: '0' },
    });
    expect(reference.code).toBe(1);
  });

  it('is written on a first run and read on the next, the output the same as without it', () => {
    const home = path.join(tmp, 'fresh');
    const first = compiled([...files, '--format', 'json', '--jobs', '1'], { env: withCache(home) });
    const written = cacheFiles(home);
    expect(written).toHaveLength(1);
    expect(isWhole(written[0]!)).toBe(true);
    const stamp = fs.statSync(written[0]!).mtimeMs;
    const second = compiled([...files, '--format', 'json', '--jobs', '1'], {
      env: withCache(home),
    });
    expect(first).toEqual(reference);
    expect(second).toEqual(reference);
    // Accepted, so not written again.
    expect(fs.statSync(written[0]!).mtimeMs).toBe(stamp);
  });

  it('serves the worker threads of a batch, the report as with one thread', () => {
    const home = path.join(tmp, 'threads');
    compiled([SAMPLE], { env: withCache(home) });
    expect(cacheFiles(home)).toHaveLength(1);
    const threaded = compiled([...files, '--format', 'json', '--jobs', '2'], {
      env: withCache(home),
    });
    expect(threaded).toEqual(reference);
  });

  it.each<[string, (b: Buffer) => Buffer]>([
    ['garbage', () => Buffer.from('not a code cache at all')],
    ['a cut-off file', (b: Buffer) => b.subarray(0, b.length >> 1)],
    [
      'a damaged payload',
      (b: Buffer) => {
        const c = Buffer.from(b);
        for (let i = 64; i < c.length; i += 997) c[i] = c[i]! ^ 0x5a;
        return c;
      },
    ],
    [
      'a payload changed with its checksum (what V8 itself must refuse)',
      (b: Buffer) => {
        const c = Buffer.from(b);
        // V8's own header: a different source hash word, then our CRC made to match.
        c.writeUInt32LE(c.readUInt32LE(8 + 8) ^ 0xffff, 8 + 8);
        c.writeUInt32LE(crc32(c.subarray(8)), 4);
        return c;
      },
    ],
  ])('ignores %s in the cache and writes it anew', (what, damage) => {
    const home = path.join(tmp, `damaged-${what.replace(/\W+/g, '-')}`);
    compiled([SAMPLE], { env: withCache(home) });
    const [file] = cacheFiles(home);
    fs.writeFileSync(file!, damage(fs.readFileSync(file!)));
    const r = compiled([...files, '--format', 'json', '--jobs', '1'], { env: withCache(home) });
    expect(r).toEqual(reference);
    expect(cacheFiles(home)).toEqual([file]);
    expect(isWhole(file!)).toBe(true);
  });

  it('runs the same when the cache folder cannot be written', () => {
    // A cache home that is a file: no folder can be made under it, whoever the user is (root
    // ignores a read-only mode).
    const home = path.join(tmp, 'a-file');
    fs.writeFileSync(home, '');
    const r = compiled([...files, '--format', 'json', '--jobs', '1'], { env: withCache(home) });
    expect(r).toEqual(reference);
  });

  it('runs the same from a read-only cache folder holding a valid cache', () => {
    const home = path.join(tmp, 'read-only');
    compiled([SAMPLE], { env: withCache(home) });
    const dir = path.join(home, 'bang-kiem');
    fs.chmodSync(dir, 0o500);
    try {
      const r = compiled([...files, '--format', 'json', '--jobs', '1'], { env: withCache(home) });
      expect(r).toEqual(reference);
      expect(cacheFiles(home)).toHaveLength(1);
    } finally {
      fs.chmodSync(dir, 0o700);
    }
  });

  it('does not read a cache from a folder others can write to', () => {
    const home = path.join(tmp, 'open-to-all');
    compiled([SAMPLE], { env: withCache(home) });
    const [file] = cacheFiles(home);
    fs.chmodSync(path.dirname(file!), 0o777);
    const old = new Date('2020-01-01T00:00:00Z');
    fs.utimesSync(file!, old, old);
    const r = compiled([...files, '--format', 'json', '--jobs', '1'], { env: withCache(home) });
    expect(r).toEqual(reference);
    // Not taken, so compiled again and written anew.
    expect(fs.statSync(file!).mtimeMs).toBeGreaterThan(old.getTime());
  });

  it('writes nothing when turned off', () => {
    const home = path.join(tmp, 'off');
    const r = compiled([SAMPLE, '--format', 'json'], {
      env: { ...process.env, XDG_CACHE_HOME: home, BANG_KIEM_CODE_CACHE: '0' },
    });
    expect(r.code).toBe(1);
    expect(cacheFiles(home)).toEqual([]);
  });
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
