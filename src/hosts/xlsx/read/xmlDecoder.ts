import { DecodeUTF8 } from 'fflate';
import { UnusableInputError } from '../errors';

/**
 * The one XML text decoder of the xlsx host, for the reader and the writer alike. OOXML parts are
 * UTF-8 nearly always, but UTF-16 (with or without a byte order mark) and a UTF-8 BOM are legal
 * and some generators write them, as they write an encoding in the XML declaration. The encoding
 * is found as XML 1.0 Appendix F says: the BOM, else the first bytes, else the declaration.
 * Runs without TextDecoder (jsdom, old webviews): UTF-8 then goes through fflate, UTF-16 and
 * Latin-1 are decoded here.
 */

export type XmlEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'latin1' | string;

/** Bytes the declaration must fit in to be read (it is first in the part, and short). */
const SNIFF_BYTES = 256;

export interface SniffedEncoding {
  encoding: XmlEncoding;
  /** Bytes of byte order mark to skip. */
  skip: number;
}

/** The encoding of a part from its first bytes (SNIFF_BYTES or all of a shorter part). */
export function sniffXmlEncoding(first: Uint8Array): SniffedEncoding {
  const [a, b, c, d] = [first[0], first[1], first[2], first[3]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (a === 0xff && b === 0xfe) {
    if (c === 0 && d === 0) return unsupported('UTF-32');
    return { encoding: 'utf-16le', skip: 2 };
  }
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', skip: 2 };
  if (a === 0x3c && b === 0 && c === 0x3f && d === 0) return { encoding: 'utf-16le', skip: 0 };
  if (a === 0 && b === 0x3c && c === 0 && d === 0x3f) return { encoding: 'utf-16be', skip: 0 };
  if (a === 0 && b === 0 && (c === 0 || c === 0xfe)) return unsupported('UTF-32');
  // An ASCII-compatible encoding: the declaration, if any, names it.
  let head = '';
  for (let i = 0; i < first.length && i < SNIFF_BYTES; i++) {
    const ch = first[i]!;
    if (ch === 0x3e /* > */) break;
    head += String.fromCharCode(ch);
  }
  const m = /^<\?xml\s[^?]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return { encoding: m ? encodingFromLabel(m[1]!) : 'utf-8', skip: 0 };
}

function encodingFromLabel(label: string): XmlEncoding {
  const l = label.toLowerCase();
  // A UTF-16 declaration on single-byte text is a writer's mistake: the bytes decide.
  if (/^(utf-?8|utf-?16|unicode|ucs-?2|us-ascii|ascii)$/.test(l)) return 'utf-8';
  if (/^(iso[-_]?8859-1|latin-?1|l1|cp819|ibm819)$/.test(l)) return 'latin1';
  return l;
}

function unsupported(what: string): never {
  throw new UnusableInputError('corrupt', `an XML part is in ${what}, which no Office writes`);
}

type Sink = (text: string) => void;

/** Decodes one part's bytes as they come, piece by piece; the text starts after any BOM. */
export class XmlPartDecoder {
  private pending: Uint8Array | null = null;
  private step: ((bytes: Uint8Array, final: boolean) => string) | null = null;

  constructor(private readonly part: string) {}

  /** The text of these bytes (possibly empty: a split character waits for the next piece). */
  push(bytes: Uint8Array): string {
    if (!this.step) {
      const joined = this.pending ? concat(this.pending, bytes) : bytes;
      if (joined.length < SNIFF_BYTES) {
        this.pending = joined.slice();
        return '';
      }
      this.pending = null;
      return this.start(joined, false);
    }
    return this.step(bytes, false);
  }

  /** What is left at the end of the part. */
  end(): string {
    if (!this.step) {
      const all = this.pending ?? new Uint8Array(0);
      this.pending = null;
      return this.start(all, true);
    }
    return this.step(new Uint8Array(0), true);
  }

  private start(first: Uint8Array, final: boolean): string {
    const { encoding, skip } = sniffXmlEncoding(first);
    this.step = stepFor(encoding, this.part);
    return this.step(skip ? first.subarray(skip) : first, final);
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

const HAS_TEXT_DECODER = typeof TextDecoder === 'function';

function stepFor(encoding: XmlEncoding, part: string): (b: Uint8Array, final: boolean) => string {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return utf16Step(encoding === 'utf-16be');
  if (encoding === 'latin1') return latin1Step;
  if (encoding === 'utf-8' && !HAS_TEXT_DECODER) return utf8FallbackStep();
  let decoder: TextDecoder;
  try {
    // ignoreBOM: the BOM is already skipped; a second one is text.
    decoder = new TextDecoder(encoding, { ignoreBOM: true });
  } catch (e) {
    throw new UnusableInputError('corrupt', `${part}: encoding ${encoding} is not supported`, {
      cause: e,
    });
  }
  return (bytes, final) =>
    final ? decoder.decode(bytes) : decoder.decode(bytes, { stream: true });
}

/** UTF-16 by hand: the same in every environment, and a split code unit waits for its byte. */
function utf16Step(bigEndian: boolean): (b: Uint8Array, final: boolean) => string {
  let carry = -1;
  return (bytes, final) => {
    let out = '';
    let i = 0;
    const units: number[] = [];
    const flush = (): void => {
      out += String.fromCharCode.apply(null, units);
      units.length = 0;
    };
    if (carry >= 0 && bytes.length > 0) {
      units.push(bigEndian ? (carry << 8) | bytes[0]! : carry | (bytes[0]! << 8));
      carry = -1;
      i = 1;
    }
    for (; i + 1 < bytes.length; i += 2) {
      units.push(bigEndian ? (bytes[i]! << 8) | bytes[i + 1]! : bytes[i]! | (bytes[i + 1]! << 8));
      if (units.length === 8192) flush();
    }
    if (i < bytes.length) carry = bytes[i]!;
    flush();
    if (final && carry >= 0) out += '\uFFFD';
    return out;
  };
}

function latin1Step(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    out += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192) as unknown as number[]);
  }
  return out;
}

function utf8FallbackStep(): (b: Uint8Array, final: boolean) => string {
  let out = '';
  const decoder = new DecodeUTF8((text) => {
    out += text;
  });
  return (bytes, final) => {
    decoder.push(bytes, final);
    const text = out;
    out = '';
    return text;
  };
}

/** A whole part's text. */
export function decodeXmlBytes(bytes: Uint8Array, part: string): string {
  const d = new XmlPartDecoder(part);
  return d.push(bytes) + d.end();
}

/** Streams a part's text to a sink as its bytes come (the reader's sheets). */
export function xmlTextSink(
  part: string,
  onText: Sink,
): { push(b: Uint8Array): void; end(): void } {
  const d = new XmlPartDecoder(part);
  return {
    push: (b) => {
      const t = d.push(b);
      if (t) onText(t);
    },
    end: () => {
      const t = d.end();
      if (t) onText(t);
    },
  };
}

/**
 * The text to store for a part read in any encoding and now written as UTF-8: its declaration
 * must say so (or say nothing), or the next reader decodes UTF-8 bytes as UTF-16.
 */
export function declareUtf8(xml: string): string {
  if (!xml.startsWith('<?xml')) return xml;
  const end = xml.indexOf('?>');
  if (end < 0) return xml;
  const decl = xml.slice(0, end);
  const fixed = decl.replace(
    /(\sencoding\s*=\s*)(["'])([^"']*)\2/,
    (whole, pre: string, q: string, v: string) =>
      /^utf-?8$/i.test(v) ? whole : `${pre}${q}UTF-8${q}`,
  );
  return fixed === decl ? xml : fixed + xml.slice(end);
}
