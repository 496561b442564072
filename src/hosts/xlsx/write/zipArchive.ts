import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';

/**
 * A minimal zip reader and writer that keeps untouched entries as their original compressed
 * bytes, so a part the writer does not change leaves the file exactly as it came in. fflate's
 * zipSync would recompress everything; this only compresses what is new or changed.
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
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function fail(message: string): never {
  throw new Error(`Not a readable .xlsx file: ${message}`);
}

/** Reads the central directory; entry data stays compressed. */
export function readZip(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) fail('no zip directory found');
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  if (count === 0xffff || p === 0xffffffff) fail('zip64 archives are not supported');
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50)
      fail('broken zip directory');
    const versionMadeBy = view.getUint16(p + 4, true);
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const dosTime = view.getUint16(p + 12, true);
    const dosDate = view.getUint16(p + 14, true);
    const crc = view.getUint32(p + 16, true);
    const compressedSize = view.getUint32(p + 20, true);
    const uncompressedSize = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const externalAttrs = view.getUint32(p + 38, true);
    const localOffset = view.getUint32(p + 42, true);
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLen);
    // fflate's codecs rather than TextDecoder: the same code runs under jsdom, which lacks it.
    const name = strFromU8(nameBytes, !(flags & 0x800));
    if (compressedSize === 0xffffffff || localOffset === 0xffffffff)
      fail(`${name}: zip64 entries are not supported`);
    if (flags & 1) fail(`${name}: encrypted entries are not supported`);
    if (view.getUint32(localOffset, true) !== 0x04034b50) fail(`${name}: broken local header`);
    const dataStart =
      localOffset +
      30 +
      view.getUint16(localOffset + 26, true) +
      view.getUint16(localOffset + 28, true);
    const raw = bytes.subarray(dataStart, dataStart + compressedSize);
    entries.push({
      name,
      method,
      crc,
      uncompressedSize,
      raw,
      dosTime,
      dosDate,
      externalAttrs,
      versionMadeBy,
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

export function entryBytes(entry: ZipEntry): Uint8Array {
  if (entry.method === 0) return entry.raw;
  if (entry.method === 8)
    return inflateSync(entry.raw, { out: new Uint8Array(entry.uncompressedSize) });
  return fail(`${entry.name}: compression method ${entry.method} is not supported`);
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
