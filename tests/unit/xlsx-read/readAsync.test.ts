import { readFileSync } from 'node:fs';
import { nativeInflate } from '../../../src/cli/nativeInflate';
import { UnusableInputError } from '../../../src/hosts/xlsx/errors';
import { crc32Update } from '../../../src/hosts/xlsx/read/crc32';
import { readXlsx, readXlsxAsync } from '../../../src/hosts/xlsx/read/readXlsx';
import { HOSTILE_CASES, SAMPLE } from '../../helpers/hostile';
import { handXlsx } from './helpers';

type Outcome = { snapshot: unknown } | { code: string };

function syncRead(bytes: Uint8Array, limit?: number): Outcome {
  try {
    return {
      snapshot: readXlsx(bytes, limit ? { maxUncompressedBytes: limit } : {}),
    };
  } catch (e) {
    if (e instanceof UnusableInputError) return { code: e.code };
    throw e;
  }
}

async function nativeRead(bytes: Uint8Array, limit?: number): Promise<Outcome> {
  try {
    const opts = limit ? { maxUncompressedBytes: limit } : {};
    return { snapshot: await readXlsxAsync(bytes, nativeInflate, opts) };
  } catch (e) {
    if (e instanceof UnusableInputError) return { code: e.code };
    throw e;
  }
}

/** The command line reads through Node's zlib, the pane through fflate: never to a different end. */
describe('readXlsxAsync with Node zlib', () => {
  it('reads the sample as readXlsx does', async () => {
    const bytes = new Uint8Array(readFileSync(SAMPLE));
    const outcome = await nativeRead(bytes);
    expect('snapshot' in outcome).toBe(true);
    expect(outcome).toEqual(syncRead(bytes));
  });

  // The cases of a few kilobytes; the large ones (rows 16,384 wide, cells of millions of
  // characters) take tens of seconds each and go through the command line in the system tier.
  const small = HOSTILE_CASES.map((c) => [c.id, c.build()] as const).filter(
    ([, bytes]) => bytes.length < 256 * 1024,
  );
  const fails = new Map(HOSTILE_CASES.map((c) => [c.id, c.readFails]));

  it.each(small)('reads or refuses %s as readXlsx does', async (id, bytes) => {
    const expected = syncRead(bytes);
    const code = fails.get(id);
    if (code) expect(expected).toEqual({ code });
    expect(await nativeRead(bytes)).toEqual(expected);
  });

  it('refuses a sheet that inflates past the budget, as readXlsx does', async () => {
    const rows = Array.from(
      { length: 2000 },
      (_, i) =>
        `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>${'x'.repeat(500)}</t></is></c></row>`,
    ).join('');
    const bytes = handXlsx({ sheets: [{ name: 'Trang 1', data: rows }] }, 6);
    expect(syncRead(bytes, 200_000)).toEqual({ code: 'too-large' });
    expect(await nativeRead(bytes, 200_000)).toEqual({ code: 'too-large' });
  });

  it("checks CRCs with zlib's CRC-32, which continues over pieces as the reader's own does", () => {
    const data = new Uint8Array(70_001).map((_, i) => (i * 2654435761) >>> 24);
    let ours = 0;
    let zlib = 0;
    // Pieces of growing, odd lengths at odd offsets, as inflated chunks come.
    for (let p = 0, n = 1; p < data.length; p += n, n = n * 3 + 1) {
      const piece = data.subarray(p, Math.min(data.length, p + n));
      ours = crc32Update(ours, piece);
      zlib = nativeInflate.crc32!(zlib, piece);
    }
    expect(zlib).toBe(ours);
    expect(nativeInflate.crc32!(0, new Uint8Array(0))).toBe(0);
  });

  it('refuses a damaged deflate stream as corrupt, as readXlsx does', async () => {
    const rows = Array.from(
      { length: 500 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i * 7919}</v></c></row>`,
    ).join('');
    const bytes = handXlsx({ sheets: [{ name: 'Trang 1', data: rows }] }, 6);
    // The sheet's compressed data, damaged in its middle: it no longer inflates (or not to its CRC).
    const name = new TextEncoder().encode('xl/worksheets/sheet1.xml');
    const at = indexOf(bytes, name) + name.length;
    const damaged = bytes.slice();
    for (let i = at + 100; i < at + 140; i++) damaged[i] = damaged[i]! ^ 0x5a;
    const expected = syncRead(damaged);
    expect(expected).toEqual({ code: 'corrupt' });
    expect(await nativeRead(damaged)).toEqual(expected);
  });
});

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
