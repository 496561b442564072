import { deflateSync, inflateSync, strToU8 } from 'fflate';
import {
  DEFAULT_MAX_UNCOMPRESSED_BYTES,
  entryBytes as inflatedBytes,
  verifyEntry,
  type InflateBudget,
} from '../read/inflateEntry';
import { crc32 } from '../read/crc32';
import { sniffContainer } from '../read/sniffContainer';
import { readZipDirectory, type ZipEntry as DirectoryEntry } from '../read/zipDirectory';

export { crc32 };

/**
 * The writer's view of a zip: entries keep their original compressed bytes, so a part the writer
 * does not change leaves the file exactly as it came in (fflate's zipSync would recompress
 * everything); only what is new or changed is compressed here. Reading goes through the reader's
 * zip directory and inflater: one zip reader for the xlsx host, with its checks and budget.
 */
export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflated. */
  method: number;
  crc: number;
  uncompressedSize: number;
  /** Compressed bytes as found in (or to be written to) the archive. */
  raw: Uint8Array;
  dosTime: number;
  dosDate: number;
  externalAttrs: number;
  versionMadeBy: number;
  /** Set when the entry was created or changed here; decompressed text is cached meanwhile. */
  changed?: boolean;
  /** Where an entry read from an archive came from, to inflate it under that archive's budget. */
  source?: { bytes: Uint8Array; entry: DirectoryEntry };
}

export function newBudget(limit = DEFAULT_MAX_UNCOMPRESSED_BYTES): InflateBudget {
  return { limit, used: 0 };
}

/**
 * Reads the central directory; entry data stays compressed. Every entry is checked against its
 * CRC first (those the reader checked in these same bytes are not inflated again), under the
 * budget, so a damaged or oversized entry refuses the file before anything is written.
 * Throws UnusableInputError, like the reader.
 */
export function readZip(bytes: Uint8Array, budget: InflateBudget = newBudget()): ZipEntry[] {
  sniffContainer(bytes);
  const directory = readZipDirectory(bytes);
  const out: ZipEntry[] = [];
  for (const entry of directory.values()) {
    verifyEntry(bytes, entry, budget);
    out.push({
      name: entry.name,
      method: entry.method,
      crc: entry.crc,
      uncompressedSize: entry.uncompressedSize,
      raw: bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize),
      dosTime: entry.dosTime,
      dosDate: entry.dosDate,
      externalAttrs: entry.externalAttrs,
      versionMadeBy: entry.versionMadeBy,
      source: { bytes, entry },
    });
  }
  return out;
}

/** An entry's uncompressed bytes; an entry read from an archive is inflated under the budget. */
export function entryBytes(entry: ZipEntry, budget: InflateBudget = newBudget()): Uint8Array {
  if (entry.source) return inflatedBytes(entry.source.bytes, entry.source.entry, budget);
  if (entry.method === 0) return entry.raw;
  return inflateSync(entry.raw, { out: new Uint8Array(entry.uncompressedSize) });
}

/** A new or replaced entry, deflated at a fixed level so the same content gives the same bytes. */
export function makeEntry(name: string, data: Uint8Array, like?: ZipEntry): ZipEntry {
  return {
    name,
    method: 8,
    crc: crc32(data),
    uncompressedSize: data.length,
    raw: deflateSync(data, { level: 6 }),
    // A fixed timestamp (1980-01-01) keeps the output reproducible.
    dosTime: like?.dosTime ?? 0,
    dosDate: like?.dosDate ?? 0x21,
    externalAttrs: like?.externalAttrs ?? 0,
    versionMadeBy: like?.versionMadeBy ?? 20,
    changed: true,
  };
}

export function writeZip(entries: ZipEntry[]): Uint8Array {
  const names = entries.map((e) => strToU8(e.name));
  let size = 22;
  entries.forEach((e, i) => (size += 30 + 46 + 2 * names[i]!.length + e.raw.length));
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let p = 0;
  entries.forEach((e, i) => {
    const name = names[i]!;
    offsets.push(p);
    view.setUint32(p, 0x04034b50, true);
    view.setUint16(p + 4, 20, true);
    view.setUint16(p + 6, 0x800, true);
    view.setUint16(p + 8, e.method, true);
    view.setUint16(p + 10, e.dosTime, true);
    view.setUint16(p + 12, e.dosDate, true);
    view.setUint32(p + 14, e.crc, true);
    view.setUint32(p + 18, e.raw.length, true);
    view.setUint32(p + 22, e.uncompressedSize, true);
    view.setUint16(p + 26, name.length, true);
    view.setUint16(p + 28, 0, true);
    out.set(name, p + 30);
    out.set(e.raw, p + 30 + name.length);
    p += 30 + name.length + e.raw.length;
  });
  const dirStart = p;
  entries.forEach((e, i) => {
    const name = names[i]!;
    view.setUint32(p, 0x02014b50, true);
    view.setUint16(p + 4, e.versionMadeBy, true);
    view.setUint16(p + 6, 20, true);
    view.setUint16(p + 8, 0x800, true);
    view.setUint16(p + 10, e.method, true);
    view.setUint16(p + 12, e.dosTime, true);
    view.setUint16(p + 14, e.dosDate, true);
    view.setUint32(p + 16, e.crc, true);
    view.setUint32(p + 20, e.raw.length, true);
    view.setUint32(p + 24, e.uncompressedSize, true);
    view.setUint16(p + 28, name.length, true);
    view.setUint32(p + 38, e.externalAttrs, true);
    view.setUint32(p + 42, offsets[i]!, true);
    out.set(name, p + 46);
    p += 46 + name.length;
  });
  view.setUint32(p, 0x06054b50, true);
  view.setUint16(p + 8, entries.length, true);
  view.setUint16(p + 10, entries.length, true);
  view.setUint32(p + 12, p - dirStart, true);
  view.setUint32(p + 16, dirStart, true);
  return out.subarray(0, p + 22);
}
