import { Inflate } from 'fflate';
import { UnusableInputError } from '../errors';
import { crc32Update } from './crc32';
import { XmlPartDecoder } from './xmlDecoder';
import type { ZipEntry } from './zipDirectory';

/** Most bytes inflated from one workbook, by the reader and again by the writer. */
export const DEFAULT_MAX_UNCOMPRESSED_BYTES = 1024 * 1024 * 1024;

/** Bytes the reader may still inflate, shared by every part of one workbook. */
export interface InflateBudget {
  limit: number;
  used: number;
}

/**
 * Compressed bytes handed to the inflater at a time: small enough to bound each output chunk
 * (at most about a thousand times this, for the worst bomb) before the guards below see it.
 */
export const INPUT_SLICE = 16 * 1024;
/**
 * Real sheet XML deflates 10–60 times; a run of zeros, about a thousand. Past this ratio, on a
 * part big enough to matter, the part is a bomb whatever size it declares.
 */
const MAX_RATIO = 250;
const RATIO_FLOOR = 16 * 1024 * 1024;

function tooLarge(detail: string): never {
  throw new UnusableInputError('too-large', detail);
}

/** Refuses a part by its declared sizes, before any byte is inflated. */
export function checkDeclaredSize(entry: ZipEntry, budget: InflateBudget): void {
  if (entry.encrypted) throw new UnusableInputError('encrypted', `${entry.name} is encrypted`);
  if (entry.method !== 0 && entry.method !== 8) {
    throw new UnusableInputError('corrupt', `${entry.name}: compression method ${entry.method}`);
  }
  if (entry.uncompressedSize > budget.limit - budget.used) {
    tooLarge(`${entry.name} declares ${entry.uncompressedSize} bytes`);
  }
  if (
    entry.uncompressedSize > RATIO_FLOOR &&
    entry.uncompressedSize > MAX_RATIO * Math.max(1, entry.compressedSize)
  ) {
    tooLarge(`${entry.name} declares a ratio over ${MAX_RATIO}`);
  }
}

/**
 * Entries whose CRC was found right, by the archive they belong to: the writer, handed the bytes
 * the reader has just read, need not inflate the sheets a second time to check them. Keyed
 * weakly, so an archive's record goes when its bytes do.
 */
const verified = new WeakMap<Uint8Array, Set<number>>();

export function isVerified(b: Uint8Array, entry: ZipEntry): boolean {
  return verified.get(b)?.has(entry.localHeaderOffset) ?? false;
}

function markVerified(b: Uint8Array, entry: ZipEntry): void {
  let set = verified.get(b);
  if (!set) verified.set(b, (set = new Set()));
  set.add(entry.localHeaderOffset);
}

/**
 * Inflates one entry as a stream, handing each output chunk to onChunk as it comes, and refuses
 * it as soon as the real output passes the budget, the declared size or the ratio guard. At the
 * end its CRC must match: a damaged entry is a damaged file, never read nor copied.
 */
export function inflateEntry(
  b: Uint8Array,
  entry: ZipEntry,
  budget: InflateBudget,
  onChunk: (bytes: Uint8Array) => void,
): void {
  checkDeclaredSize(entry, budget);
  const start = entry.dataOffset;
  const end = start + entry.compressedSize;
  let produced = 0;
  let consumed = 0;
  let crc = 0;

  const account = (chunk: Uint8Array): void => {
    produced += chunk.length;
    budget.used += chunk.length;
    if (budget.used > budget.limit) tooLarge(`inflating ${entry.name} passed the limit`);
    // A part that inflates past what it declared is lying about its size: the mark of a bomb.
    if (produced > entry.uncompressedSize)
      tooLarge(`${entry.name} inflates past its declared size`);
    if (produced > RATIO_FLOOR && produced > MAX_RATIO * Math.max(1, consumed)) {
      tooLarge(`${entry.name} inflates over ${MAX_RATIO} times`);
    }
    if (chunk.length > 0) {
      crc = crc32Update(crc, chunk);
      onChunk(chunk);
    }
  };

  if (entry.method === 0) {
    for (let p = start; p < end; p += INPUT_SLICE) {
      const slice = b.subarray(p, Math.min(end, p + INPUT_SLICE));
      consumed += slice.length;
      account(slice);
    }
  } else {
    const inflater = new Inflate((chunk) => account(chunk));
    try {
      if (start === end) inflater.push(new Uint8Array(0), true);
      for (let p = start; p < end; p += INPUT_SLICE) {
        const next = Math.min(end, p + INPUT_SLICE);
        consumed += next - p;
        inflater.push(b.subarray(p, next), next === end);
      }
    } catch (e) {
      if (e instanceof UnusableInputError) throw e;
      throw new UnusableInputError('corrupt', `${entry.name} does not inflate`, { cause: e });
    }
  }
  if (produced !== entry.uncompressedSize) {
    throw new UnusableInputError('corrupt', `${entry.name} is shorter than declared`);
  }
  if (crc !== entry.crc) {
    throw new UnusableInputError('corrupt', `${entry.name}: CRC does not match its data`);
  }
  markVerified(b, entry);
}

/** Checks an entry's CRC (inflating it under the budget) unless that was done already. */
export function verifyEntry(b: Uint8Array, entry: ZipEntry, budget: InflateBudget): void {
  if (!isVerified(b, entry)) inflateEntry(b, entry, budget, () => {});
}

/** An entry's uncompressed bytes, under the budget and checked. */
export function entryBytes(b: Uint8Array, entry: ZipEntry, budget: InflateBudget): Uint8Array {
  if (entry.method === 0 && entry.compressedSize === entry.uncompressedSize) {
    verifyEntry(b, entry, budget);
    return b.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  }
  const out = new Uint8Array(entry.uncompressedSize);
  let at = 0;
  inflateEntry(b, entry, budget, (chunk) => {
    out.set(chunk, at);
    at += chunk.length;
  });
  return out;
}

const UNSAFE_XML = /<!(?:DOCTYPE|ENTITY)/i;

/** A DTD can define entities that expand without bound or reach outside the file: never read one. */
export function assertSafeXml(text: string, part: string): void {
  if (text.includes('<!') && UNSAFE_XML.test(text)) {
    throw new UnusableInputError('unsafe-xml', `${part} declares a DOCTYPE or ENTITY`);
  }
}

/**
 * Inflates an XML part as a stream of text pieces. A piece may end inside a tag or a character;
 * the decoder carries split characters and the caller carries split elements.
 */
export function inflateXmlText(
  b: Uint8Array,
  entry: ZipEntry,
  budget: InflateBudget,
  onText: (text: string) => void,
): void {
  const decoder = new XmlPartDecoder(entry.name);
  let tail = '';
  const emit = (text: string): void => {
    assertSafeXml(text, entry.name);
    // A declaration split across two pieces is still seen: join the seam, not the whole pieces.
    if (tail) assertSafeXml(tail + text.slice(0, 9), entry.name);
    tail = text.length >= 9 ? text.slice(-9) : (tail + text).slice(-9);
    if (text.length > 0) onText(text);
  };
  inflateEntry(b, entry, budget, (bytes) => emit(decoder.push(bytes)));
  emit(decoder.end());
}

/** A small part (workbook, rels, styles, shared strings) as one string. */
export function readXmlPart(b: Uint8Array, entry: ZipEntry, budget: InflateBudget): string {
  const pieces: string[] = [];
  inflateXmlText(b, entry, budget, (t) => pieces.push(t));
  return pieces.join('');
}
