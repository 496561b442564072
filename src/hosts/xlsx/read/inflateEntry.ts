import { Inflate } from 'fflate';
import { UnusableInputError } from '../errors';
import { entryDataOffset, type ZipEntry } from './zipDirectory';

/** Bytes the reader may still inflate, shared by every part of one workbook. */
export interface InflateBudget {
  limit: number;
  used: number;
}

/** Compressed bytes handed to the inflater at a time: small enough to bound each output chunk. */
const INPUT_SLICE = 64 * 1024;
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
 * Inflates one entry as a stream, handing each output chunk to onChunk as it comes, and refuses
 * it as soon as the real output passes the budget, the declared size or the ratio guard.
 */
export function inflateEntry(
  b: Uint8Array,
  entry: ZipEntry,
  budget: InflateBudget,
  onChunk: (bytes: Uint8Array) => void,
): void {
  checkDeclaredSize(entry, budget);
  const start = entryDataOffset(b, entry);
  const end = start + entry.compressedSize;
  let produced = 0;
  let consumed = 0;

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
    if (chunk.length > 0) onChunk(chunk);
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
}

const UNSAFE_XML = /<!(?:DOCTYPE|ENTITY)/i;

/** A DTD can define entities that expand without bound or reach outside the file: never read one. */
export function assertSafeXml(text: string, part: string): void {
  if (text.includes('<!') && UNSAFE_XML.test(text)) {
    throw new UnusableInputError('unsafe-xml', `${part} declares a DOCTYPE or ENTITY`);
  }
}

function encodingOf(first: Uint8Array): string {
  if (first[0] === 0xff && first[1] === 0xfe) return 'utf-16le';
  if (first[0] === 0xfe && first[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

function decoderFor(first: Uint8Array, part: string): TextDecoder {
  const encoding = encodingOf(first);
  try {
    return new TextDecoder(encoding);
  } catch (e) {
    throw new UnusableInputError('corrupt', `${part}: ${encoding} is not supported here`, {
      cause: e,
    });
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
  let decoder: TextDecoder | null = null;
  let tail = '';
  const emit = (text: string): void => {
    assertSafeXml(text, entry.name);
    // A declaration split across two pieces is still seen: join the seam, not the whole pieces.
    if (tail) assertSafeXml(tail + text.slice(0, 9), entry.name);
    tail = text.length >= 9 ? text.slice(-9) : (tail + text).slice(-9);
    if (text.length > 0) onText(text);
  };
  inflateEntry(b, entry, budget, (bytes) => {
    decoder ??= decoderFor(bytes, entry.name);
    emit(decoder.decode(bytes, { stream: true }));
  });
  if (decoder) emit((decoder as TextDecoder).decode());
}

/** A small part (workbook, rels, styles, shared strings) as one string. */
export function readXmlPart(b: Uint8Array, entry: ZipEntry, budget: InflateBudget): string {
  const pieces: string[] = [];
  inflateXmlText(b, entry, budget, (t) => pieces.push(t));
  return pieces.join('');
}
