import { UnusableInputError } from '../errors';

/** One file inside a zip, as its central directory declares it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is refused when read. */
  method: number;
  encrypted: boolean;
  compressedSize: number;
  /** As declared; the inflater checks the real size against it. */
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;

function u16(b: Uint8Array, i: number): number {
  return b[i]! | (b[i + 1]! << 8);
}

function u32(b: Uint8Array, i: number): number {
  return (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;
}

/** 64-bit little-endian as a double; exact below 2^53, which is far beyond any array we hold. */
function u64(b: Uint8Array, i: number): number {
  return u32(b, i) + u32(b, i + 4) * 0x100000000;
}

function corrupt(detail: string): never {
  throw new UnusableInputError('corrupt', detail);
}

function findEndOfCentralDirectory(b: Uint8Array): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, so it sits near the end.
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= stop; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && u32(b, i) === EOCD_SIG) return i;
  }
  return -1;
}

/**
 * Reads the central directory (the zip's table of contents at its end). Declared sizes come from
 * here, before anything is inflated, so a bomb can be refused without touching its data; and the
 * order of entries in the file does not matter, so the small parts can be read before the sheets.
 */
export function readZipDirectory(b: Uint8Array): Map<string, ZipEntry> {
  const eocd = findEndOfCentralDirectory(b);
  if (eocd < 0) corrupt('no end of central directory');
  let count = u16(b, eocd + 10);
  let size = u32(b, eocd + 12);
  let offset = u32(b, eocd + 16);

  const locator = eocd - 20;
  if (locator >= 0 && u32(b, locator) === ZIP64_LOCATOR_SIG) {
    const z = u64(b, locator + 8);
    if (z + 56 > b.length || u32(b, z) !== ZIP64_EOCD_SIG) corrupt('bad zip64 end record');
    count = u64(b, z + 32);
    size = u64(b, z + 40);
    offset = u64(b, z + 48);
  }
  if (offset + size > b.length) corrupt('central directory past end of file');

  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder('utf-8');
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > b.length || u32(b, p) !== CENTRAL_SIG) corrupt('bad central directory entry');
    const flags = u16(b, p + 8);
    const method = u16(b, p + 10);
    let compressedSize = u32(b, p + 20);
    let uncompressedSize = u32(b, p + 24);
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    let localHeaderOffset = u32(b, p + 42);
    if (p + 46 + nameLen + extraLen + commentLen > b.length) corrupt('central directory truncated');
    const name = decoder.decode(b.subarray(p + 46, p + 46 + nameLen));

    if (
      compressedSize === 0xffffffff ||
      uncompressedSize === 0xffffffff ||
      localHeaderOffset === 0xffffffff
    ) {
      // Zip64 extra field: the 64-bit values appear in this order, only for fields saturated above.
      let e = p + 46 + nameLen;
      const end = e + extraLen;
      while (e + 4 <= end) {
        const id = u16(b, e);
        const len = u16(b, e + 2);
        if (id === 0x0001) {
          let q = e + 4;
          if (uncompressedSize === 0xffffffff) {
            uncompressedSize = u64(b, q);
            q += 8;
          }
          if (compressedSize === 0xffffffff) {
            compressedSize = u64(b, q);
            q += 8;
          }
          if (localHeaderOffset === 0xffffffff) localHeaderOffset = u64(b, q);
          break;
        }
        e += 4 + len;
      }
    }

    // Zip paths are case-insensitive for Office; normalise so "XL/Workbook.xml" is still found.
    entries.set(name.replace(/\\/g, '/').replace(/^\//, '').toLowerCase(), {
      name,
      method,
      encrypted: (flags & 1) !== 0,
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Where an entry's compressed bytes start, from its local header (whose lengths may differ). */
export function entryDataOffset(b: Uint8Array, entry: ZipEntry): number {
  const h = entry.localHeaderOffset;
  if (h + 30 > b.length || u32(b, h) !== LOCAL_SIG) corrupt(`bad local header for ${entry.name}`);
  const start = h + 30 + u16(b, h + 26) + u16(b, h + 28);
  if (start + entry.compressedSize > b.length) corrupt(`${entry.name} is truncated`);
  return start;
}
