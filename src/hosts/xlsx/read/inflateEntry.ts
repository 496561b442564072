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
 * Inflates raw deflate data off the caller's thread (Node's zlib on its thread pool, in the
 * command line), handing output chunks over as they come. Damaged data ends the iteration with an
 * error; leaving the iteration early must stop the inflater.
 */
export type AsyncInflater = ((compressed: Uint8Array) => AsyncIterable<Uint8Array>) & {
  /**
   * The CRC-32 of more bytes, continuing `crc`, where the host has a faster one than crc32Update
   * (Node's zlib.crc32, native): it runs over every byte the reader inflates.
   */
  crc32?: (crc: number, data: Uint8Array) => number;
};

type Crc32 = (crc: number, data: Uint8Array) => number;

/**
 * One entry's output as it comes, whoever inflates it: refused as soon as it passes the budget,
 * the declared size or the ratio guard, and at the end its CRC must match: a damaged entry is a
 * damaged file, never read nor copied.
 */
class EntryOutput {
  private produced = 0;
  private crc = 0;
  /** Compressed bytes handed to the inflater so far (for the ratio guard). */
  consumed = 0;

  constructor(
    private readonly b: Uint8Array,
    private readonly entry: ZipEntry,
    private readonly budget: InflateBudget,
    private readonly onChunk: (bytes: Uint8Array) => void,
    private readonly crc32: Crc32 = crc32Update,
  ) {
    checkDeclaredSize(entry, budget);
  }

  take(chunk: Uint8Array): void {
    const { entry, budget } = this;
    this.produced += chunk.length;
    budget.used += chunk.length;
    if (budget.used > budget.limit) tooLarge(`inflating ${entry.name} passed the limit`);
    // A part that inflates past what it declared is lying about its size: the mark of a bomb.
    if (this.produced > entry.uncompressedSize)
      tooLarge(`${entry.name} inflates past its declared size`);
    if (this.produced > RATIO_FLOOR && this.produced > MAX_RATIO * Math.max(1, this.consumed)) {
      tooLarge(`${entry.name} inflates over ${MAX_RATIO} times`);
    }
    if (chunk.length > 0) {
      this.crc = this.crc32(this.crc, chunk);
      this.onChunk(chunk);
    }
  }

  /** A stored (not compressed) entry: its bytes are the output. */
  takeStored(): void {
    const start = this.entry.dataOffset;
    const end = start + this.entry.compressedSize;
    for (let p = start; p < end; p += INPUT_SLICE) {
      const slice = this.b.subarray(p, Math.min(end, p + INPUT_SLICE));
      this.consumed += slice.length;
      this.take(slice);
    }
  }

  get compressed(): Uint8Array {
    return this.b.subarray(
      this.entry.dataOffset,
      this.entry.dataOffset + this.entry.compressedSize,
    );
  }

  end(): void {
    const { entry } = this;
    if (this.produced !== entry.uncompressedSize) {
      throw new UnusableInputError('corrupt', `${entry.name} is shorter than declared`);
    }
    if (this.crc !== entry.crc) {
      throw new UnusableInputError('corrupt', `${entry.name}: CRC does not match its data`);
    }
    markVerified(this.b, entry);
  }
}

function doesNotInflate(entry: ZipEntry, e: unknown): never {
  if (e instanceof UnusableInputError) throw e;
  throw new UnusableInputError('corrupt', `${entry.name} does not inflate`, { cause: e });
}

/**
 * Inflates one entry as a stream, handing each output chunk to onChunk as it comes, under the
 * guards of EntryOutput.
 */
export function inflateEntry(
  b: Uint8Array,
  entry: ZipEntry,
  budget: InflateBudget,
  onChunk: (bytes: Uint8Array) => void,
): void {
  const out = new EntryOutput(b, entry, budget, onChunk);
  if (entry.method === 0) out.takeStored();
  else {
    const inflater = new Inflate((chunk) => out.take(chunk));
    const data = out.compressed;
    try {
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
      for (let p = 0; p < data.length; p += INPUT_SLICE) {
        const next = Math.min(data.length, p + INPUT_SLICE);
        out.consumed += next - p;
        inflater.push(data.subarray(p, next), next === data.length);
      }
    } catch (e) {
      doesNotInflate(entry, e);
    }
  }
  out.end();
}

/**
 * inflateEntry with the inflating done by `inflate`, off this thread: the same guards, the same
 * chunks to onChunk. The ratio guard counts the whole compressed entry as consumed from the
 * start, which only loosens it for the first chunks; the declared-size and budget guards hold.
 */
export async function inflateEntryAsync(
  b: Uint8Array,
  entry: ZipEntry,
  budget: InflateBudget,
  onChunk: (bytes: Uint8Array) => void,
  inflate: AsyncInflater,
): Promise<void> {
  const out = new EntryOutput(b, entry, budget, onChunk, inflate.crc32);
  if (entry.method === 0) out.takeStored();
  else {
    out.consumed = entry.compressedSize;
    try {
      for await (const chunk of inflate(out.compressed)) out.take(chunk);
    } catch (e) {
      doesNotInflate(entry, e);
    }
  }
  out.end();
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
  if (hasMarkupDeclaration(text) && UNSAFE_XML.test(text)) {
    throw new UnusableInputError('unsafe-xml', `${part} declares a DOCTYPE or ENTITY`);
  }
}

/**
 * Whether "<!" occurs in the text, found by its "!": markup holds a "<" every few characters, each
 * a stop for a search of "<!" (80 ms over 45 MB of sheet XML), and seldom a "!" (2 ms).
 */
function hasMarkupDeclaration(text: string): boolean {
  for (let i = text.indexOf('!', 1); i >= 0; i = text.indexOf('!', i + 1)) {
    if (text.charCodeAt(i - 1) === 60 /* < */) return true;
  }
  return false;
}

/**
 * Decodes an XML part's bytes to text pieces, refusing any DTD. A piece may end inside a tag or a
 * character; the decoder carries split characters and the caller carries split elements.
 */
class XmlPieces {
  private readonly decoder: XmlPartDecoder;
  private tail = '';

  constructor(
    private readonly part: string,
    private readonly onText: (text: string) => void,
  ) {
    this.decoder = new XmlPartDecoder(part);
  }

  push(bytes: Uint8Array): void {
    this.emit(this.decoder.push(bytes));
  }

  end(): void {
    this.emit(this.decoder.end());
  }

  private emit(text: string): void {
    assertSafeXml(text, this.part);
    // A declaration split across two pieces is still seen: join the seam, not the whole pieces.
    if (this.tail) assertSafeXml(this.tail + text.slice(0, 9), this.part);
    this.tail = text.length >= 9 ? text.slice(-9) : (this.tail + text).slice(-9);
    if (text.length > 0) this.onText(text);
  }
}

/** Inflates an XML part as a stream of text pieces (see XmlPieces). */
export function inflateXmlText(
  b: Uint8Array,
  entry: ZipEntry,
  budget: InflateBudget,
  onText: (text: string) => void,
): void {
  const pieces = new XmlPieces(entry.name, onText);
  inflateEntry(b, entry, budget, (bytes) => pieces.push(bytes));
  pieces.end();
}

/** inflateXmlText with the inflating done off this thread (see inflateEntryAsync). */
export async function inflateXmlTextAsync(
  b: Uint8Array,
  entry: ZipEntry,
  budget: InflateBudget,
  onText: (text: string) => void,
  inflate: AsyncInflater,
): Promise<void> {
  const pieces = new XmlPieces(entry.name, onText);
  await inflateEntryAsync(b, entry, budget, (bytes) => pieces.push(bytes), inflate);
  pieces.end();
}

/** A small part (workbook, rels, styles, shared strings) as one string. */
export function readXmlPart(b: Uint8Array, entry: ZipEntry, budget: InflateBudget): string {
  const pieces: string[] = [];
  inflateXmlText(b, entry, budget, (t) => pieces.push(t));
  return pieces.join('');
}
