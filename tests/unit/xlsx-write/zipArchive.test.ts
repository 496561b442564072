import { strToU8, unzipSync, zipSync } from 'fflate';
import { applyPlan } from '../../../src/hosts/xlsx/write/applyPlan';
import {
  crc32,
  entryBytes,
  makeEntry,
  readZip,
  writeZip,
} from '../../../src/hosts/xlsx/write/zipArchive';
import { samplePlan } from './samplePlan';
import { PLUMBING, readFixture } from './workbooks';

describe('zipArchive', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(strToU8('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it('reads stored and deflated entries and writes an archive fflate reads back', () => {
    const zipped = zipSync({
      'a.txt': [strToU8('hello'), { level: 0 }],
      'b/c.xml': strToU8('<x>é</x>'.repeat(50)),
    });
    const entries = readZip(zipped);
    expect(entries.map((e) => [e.name, e.method])).toEqual([
      ['a.txt', 0],
      ['b/c.xml', 8],
    ]);
    expect(new TextDecoder().decode(entryBytes(entries[1]!))).toBe('<x>é</x>'.repeat(50));
    entries.push(makeEntry('new/Tiếng Việt.xml', strToU8('<y/>')));
    const back = unzipSync(writeZip(entries));
    expect(Object.keys(back)).toEqual(['a.txt', 'b/c.xml', 'new/Tiếng Việt.xml']);
    expect(new TextDecoder().decode(back['a.txt'])).toBe('hello');
  });

  it('keeps the compressed bytes of every part the writer does not touch', () => {
    const original = readFixture();
    const output = applyPlan(original, samplePlan());
    const after = new Map(readZip(output).map((e) => [e.name, e]));
    for (const entry of readZip(original)) {
      if (PLUMBING.has(entry.name)) continue;
      const kept = after.get(entry.name)!;
      expect([entry.name, Buffer.compare(Buffer.from(kept.raw), Buffer.from(entry.raw))]).toEqual([
        entry.name,
        0,
      ]);
      expect(kept.crc).toBe(entry.crc);
      expect(kept.method).toBe(entry.method);
    }
  });

  it('refuses what is not a zip with the reader’s one-line error', () => {
    expect(() => readZip(strToU8('this is not a workbook'))).toThrow(
      /The file is not an Excel workbook/,
    );
  });
});
