import { deflateSync, strToU8 } from 'fflate';
import { crc32 } from '../../src/hosts/xlsx/read/crc32';

/**
 * A zip writer for crafting archives the usual tools refuse to make: zip64 records, names with
 * backslashes or in any case, two entries with one name, directory entries that share one blob,
 * entries whose CRC lies, precompressed data. Independent of the project's own zip writer.
 */
export interface BuildEntry {
  name: string;
  /** Uncompressed content; ignored when `deflated` is given. */
  data?: Uint8Array;
  /** Stored instead of deflated. */
  store?: boolean;
  /** Already deflated data, with its uncompressed size and CRC. */
  deflated?: { raw: Uint8Array; size: number; crc: number };
  /** Written instead of the real CRC (a damaged entry). */
  crc?: number;
  /** Written instead of the real uncompressed size. */
  declaredSize?: number;
}

export interface BuildOptions {
  /** Zip64 end records and zip64 extra fields on every entry. */
  zip64?: boolean;
  /** Extra central directory entries pointing at the local header of another entry. */
  aliases?: { name: string; of: string }[];
  /** Deflate level for entries not stored (default 6). */
  level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
}

interface Laid {
  name: Uint8Array;
  raw: Uint8Array;
  method: number;
  crc: number;
  size: number;
  offset: number;
}

export function buildZip(entries: BuildEntry[], opts: BuildOptions = {}): Uint8Array {
  const chunks: Uint8Array[] = [];
  let at = 0;
  const push = (b: Uint8Array): void => {
    chunks.push(b);
    at += b.length;
  };
  const z64 = !!opts.zip64;
  const laid: Laid[] = [];
  for (const e of entries) {
    const data = e.data ?? new Uint8Array(0);
    const raw = e.deflated
      ? e.deflated.raw
      : e.store
        ? data
        : deflateSync(data, { level: opts.level ?? 6 });
    const l: Laid = {
      name: strToU8(e.name),
      raw,
      method: e.store ? 0 : 8,
      crc: e.crc ?? e.deflated?.crc ?? crc32(data),
      size: e.declaredSize ?? e.deflated?.size ?? data.length,
      offset: at,
    };
    laid.push(l);
    const extra = z64 ? zip64Extra([l.size, raw.length]) : new Uint8Array(0);
    const h = new Uint8Array(30);
    const v = new DataView(h.buffer);
    v.setUint32(0, 0x04034b50, true);
    v.setUint16(4, z64 ? 45 : 20, true);
    v.setUint16(6, 0x800, true);
    v.setUint16(8, l.method, true);
    v.setUint16(12, 0x21, true);
    v.setUint32(14, l.crc, true);
    v.setUint32(18, z64 ? 0xffffffff : raw.length, true);
    v.setUint32(22, z64 ? 0xffffffff : l.size, true);
    v.setUint16(26, l.name.length, true);
    v.setUint16(28, extra.length, true);
    push(h);
    push(l.name);
    push(extra);
    push(raw);
  }
  const central = [...laid];
  for (const a of opts.aliases ?? []) {
    const of = laid[entries.findIndex((e) => e.name === a.of)]!;
    central.push({ ...of, name: strToU8(a.name) });
  }
  const dirStart = at;
  for (const l of central) {
    const extra = z64 ? zip64Extra([l.size, l.raw.length, l.offset]) : new Uint8Array(0);
    const h = new Uint8Array(46);
    const v = new DataView(h.buffer);
    v.setUint32(0, 0x02014b50, true);
    v.setUint16(4, z64 ? 45 : 20, true);
    v.setUint16(6, z64 ? 45 : 20, true);
    v.setUint16(8, 0x800, true);
    v.setUint16(10, l.method, true);
    v.setUint16(14, 0x21, true);
    v.setUint32(16, l.crc, true);
    v.setUint32(20, z64 ? 0xffffffff : l.raw.length, true);
    v.setUint32(24, z64 ? 0xffffffff : l.size, true);
    v.setUint16(28, l.name.length, true);
    v.setUint16(30, extra.length, true);
    v.setUint32(42, z64 ? 0xffffffff : l.offset, true);
    push(h);
    push(l.name);
    push(extra);
  }
  const dirSize = at - dirStart;
  if (z64) {
    const rec = new Uint8Array(56);
    const v = new DataView(rec.buffer);
    const recAt = at;
    v.setUint32(0, 0x06064b50, true);
    v.setBigUint64(4, 44n, true);
    v.setUint16(12, 45, true);
    v.setUint16(14, 45, true);
    v.setBigUint64(24, BigInt(central.length), true);
    v.setBigUint64(32, BigInt(central.length), true);
    v.setBigUint64(40, BigInt(dirSize), true);
    v.setBigUint64(48, BigInt(dirStart), true);
    push(rec);
    const loc = new Uint8Array(20);
    const lv = new DataView(loc.buffer);
    lv.setUint32(0, 0x07064b50, true);
    lv.setBigUint64(8, BigInt(recAt), true);
    lv.setUint32(16, 1, true);
    push(loc);
  }
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, z64 ? 0xffff : central.length, true);
  ev.setUint16(10, z64 ? 0xffff : central.length, true);
  ev.setUint32(12, z64 ? 0xffffffff : dirSize, true);
  ev.setUint32(16, z64 ? 0xffffffff : dirStart, true);
  push(end);
  const out = new Uint8Array(at);
  let p = 0;
  for (const c of chunks) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}

function zip64Extra(values: number[]): Uint8Array {
  const b = new Uint8Array(4 + 8 * values.length);
  const v = new DataView(b.buffer);
  v.setUint16(0, 0x0001, true);
  v.setUint16(2, 8 * values.length, true);
  values.forEach((x, i) => v.setBigUint64(4 + 8 * i, BigInt(x), true));
  return b;
}
