import { strFromU8 } from 'fflate';
import { UnusableInputError } from '../errors';

/**
 * The one zip reader of the xlsx host: the reader and the writer both take their entries from
 * here, so they agree on what a file holds (zip64, names in any case or with backslashes) and
 * refuse the same damaged or crafted archives.
 */

/** One file inside a zip, as its central directory declares it. */
export interface ZipEntry {
  /** The name as stored, decoded. */
  name: string;
  /** The part name: "/" between folders, no leading "/", case kept ("XL/Workbook.xml"). */
  path: string;
  /** 0 stored, 8 deflated; anything else is refused when read. */
  method: number;
  /** General-purpose flags as stored (bit 0: encrypted, bit 11: UTF-8 name). */
  flags: number;
  encrypted: boolean;
  /** CRC-32 of the uncompressed data, as declared; the inflater checks it. */
  crc: number;
  compressedSize: number;
  /** As declared; the inflater checks the real size against it. */
  uncompressedSize: number;
  localHeaderOffset: number;
  /** Where the compressed bytes start, after the local header. */
  dataOffset: number;
  dosTime: number;
  dosDate: number;
  externalAttrs: number;
  versionMadeBy: number;
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

/** "xl\\Worksheets\\Sheet1.xml" and "/xl/worksheets/sheet1.xml" → "xl/Worksheets/Sheet1.xml". */
export function partPath(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '');
}

/** The key entries are found by: Office compares part names without regard to case. */
export function partKey(name: string): string {
  return partPath(name).toLowerCase();
}

function entryName(b: Uint8Array, flags: number): string {
  for (let i = 0; i < b.length; i++) {
    // Bit 11 says UTF-8; without it most writers still use UTF-8, a few code page 437 (read as
    // Latin-1 here: only the lookups of such a name would differ, and no OOXML part has one).
    if (b[i]! >= 0x80) return strFromU8(b, (flags & 0x800) === 0 && !isUtf8(b));
  }
  return String.fromCharCode.apply(null, b as unknown as number[]);
}

function isUtf8(b: Uint8Array): boolean {
  for (let i = 0; i < b.length;) {
    const c = b[i]!;
    const n =
      c < 0x80
        ? 0
        : c >= 0xc2 && c < 0xe0
          ? 1
          : c >= 0xe0 && c < 0xf0
            ? 2
            : c >= 0xf0 && c < 0xf5
              ? 3
              : -1;
    if (n < 0 || i + n >= b.length) return false;
    for (let k = 1; k <= n; k++) if ((b[i + k]! & 0xc0) !== 0x80) return false;
    i += n + 1;
  }
  return true;
}

/**
 * Reads the central directory (the zip's table of contents at its end), keyed by partKey, in
 * the directory's order. Declared sizes come from here, before anything is inflated, so a bomb
 * can be refused without touching its data; and the order of entries in the file does not
 * matter, so the small parts can be read before the sheets.
 *
 * Refused as damaged: two entries with one name (which copy is the part?), and entries whose
 * data overlap (a hundred entries pointing at one blob make a tiny file inflate a hundredfold).
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
  // Each entry takes 46 bytes at least: a count the directory cannot hold is a lie.
  if (count * 46 > size) corrupt(`central directory too small for ${count} entries`);

  const entries = new Map<string, ZipEntry>();
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > b.length || u32(b, p) !== CENTRAL_SIG) corrupt('bad central directory entry');
    const versionMadeBy = u16(b, p + 4);
    const flags = u16(b, p + 8);
    const method = u16(b, p + 10);
    const dosTime = u16(b, p + 12);
    const dosDate = u16(b, p + 14);
    const crc = u32(b, p + 16);
    let compressedSize = u32(b, p + 20);
    let uncompressedSize = u32(b, p + 24);
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    const externalAttrs = u32(b, p + 38);
    let localHeaderOffset = u32(b, p + 42);
    if (p + 46 + nameLen + extraLen + commentLen > b.length) corrupt('central directory truncated');
    const name = entryName(b.subarray(p + 46, p + 46 + nameLen), flags);

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
          const stop = Math.min(end, q + len);
          if (uncompressedSize === 0xffffffff && q + 8 <= stop) {
            uncompressedSize = u64(b, q);
            q += 8;
          }
          if (compressedSize === 0xffffffff && q + 8 <= stop) {
            compressedSize = u64(b, q);
            q += 8;
          }
          if (localHeaderOffset === 0xffffffff && q + 8 <= stop) localHeaderOffset = u64(b, q);
          break;
        }
        e += 4 + len;
      }
    }

    const key = partKey(name);
    if (entries.has(key)) {
      throw new UnusableInputError('duplicate-entry', `two entries named ${key}`);
    }
    const entry: ZipEntry = {
      name,
      path: partPath(name),
      method,
      flags,
      encrypted: (flags & 1) !== 0,
      crc,
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
      dataOffset: 0,
      dosTime,
      dosDate,
      externalAttrs,
      versionMadeBy,
    };
    entry.dataOffset = entryDataOffset(b, entry);
    entries.set(key, entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  refuseOverlaps([...entries.values()]);
  return entries;
}

/** Every entry's header and data must have bytes of their own. */
function refuseOverlaps(entries: ZipEntry[]): void {
  const sorted = entries.slice().sort((x, y) => x.localHeaderOffset - y.localHeaderOffset);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const next = sorted[i]!;
    if (next.localHeaderOffset < prev.dataOffset + prev.compressedSize) {
      throw new UnusableInputError(
        'overlapping-entries',
        `${next.name} overlaps ${prev.name} in the archive`,
      );
    }
  }
}

/** Where an entry's compressed bytes start, from its local header (whose lengths may differ). */
export function entryDataOffset(b: Uint8Array, entry: ZipEntry): number {
  const h = entry.localHeaderOffset;
  if (h + 30 > b.length || u32(b, h) !== LOCAL_SIG) corrupt(`bad local header for ${entry.name}`);
  const start = h + 30 + u16(b, h + 26) + u16(b, h + 28);
  if (start + entry.compressedSize > b.length) corrupt(`${entry.name} is truncated`);
  return start;
}
