import { parseRichText } from './richText';
import { detachQuotable, hasPrefixedRoot, stripElementPrefixes } from './xmlText';

export interface SharedStrings {
  text: string[];
  /** Run font by index, only for items whose runs name a font; sparse. */
  runFont: (string | undefined)[];
}

/** An unfinished item longer than this is gathered in pieces rather than re-joined per piece. */
const LONG_ITEM = 1024 * 1024;

/**
 * Reads sharedStrings.xml as it inflates, an item (<si>) at a time, keeping only the unfinished
 * item between pieces. A list of a million members has a million distinct names: read whole, the
 * part's text (and its pieces before joining) would be 140 MB of garbage beside them.
 */
export class SharedStringsReader {
  private readonly out: SharedStrings = { text: [], runFont: [] };
  private carry = '';
  private prefixed: boolean | null = null;
  /** Where in the carry the search for the open item's "</si>" may resume. */
  private resume = 0;
  /** The pieces of a long unfinished item, kept apart until its end arrives. */
  private pending: string[] | null = null;
  private pendingTail = '';

  push(text: string): void {
    if (this.pending) {
      const probe = this.pendingTail + text;
      if (!(this.prefixed ? stripElementPrefixes(probe) : probe).includes('</si>')) {
        this.pending.push(text);
        this.pendingTail = probe.slice(-64);
        return;
      }
      text = this.pending.join('') + text;
      this.pending = null;
    }
    const buf = this.carry + text;
    if (this.prefixed === null) {
      // The root tag decides whether elements are prefixed; wait until it has surely arrived.
      if (buf.length < 1024) {
        this.carry = buf;
        return;
      }
      this.prefixed = hasPrefixedRoot(buf.slice(0, 1024));
    }
    this.consume(buf, false);
  }

  finish(): SharedStrings {
    let rest = this.carry;
    if (this.pending) rest = this.pending.join('');
    this.pending = null;
    this.carry = '';
    if (this.prefixed === null) this.prefixed = hasPrefixedRoot(rest.slice(0, 1024));
    this.consume(rest, true);
    return this.out;
  }

  /** Parses the whole items of buf; keeps what may begin an item still to come. */
  private consume(text: string, final: boolean): void {
    const buf = this.prefixed ? stripElementPrefixes(text) : text;
    const resume = this.resume;
    this.resume = 0;
    this.carry = '';
    let p = 0;
    for (;;) {
      const open = buf.indexOf('<si', p);
      if (open < 0) {
        // A tag cut at the end of the piece ("<x:s") may be the next item's start.
        const lt = buf.lastIndexOf('<');
        if (!final && lt >= p && buf.indexOf('>', lt) < 0) this.carry = buf.slice(lt);
        return;
      }
      const gt = buf.indexOf('>', open);
      if (gt < 0) {
        if (!final) this.carry = buf.slice(open);
        return;
      }
      if (buf.charCodeAt(gt - 1) === 47 /* / */) {
        this.out.text.push('');
        p = gt + 1;
        continue;
      }
      const close = buf.indexOf('</si>', open === 0 ? Math.max(gt, resume) : gt);
      if (close < 0) {
        if (final) return;
        this.carry = buf.slice(open);
        // The next piece starts at open: what was searched here need not be searched again.
        this.resume = Math.max(0, this.carry.length - 4);
        if (this.carry.length > LONG_ITEM) {
          this.pending = [this.carry];
          this.pendingTail = this.carry.slice(-64);
          this.carry = '';
          this.resume = 0;
        }
        return;
      }
      const plain = plainItem(buf, gt + 1, close);
      if (plain !== null) this.out.text.push(plain);
      else {
        const rich = parseRichText(buf.slice(gt + 1, close));
        if (rich.runFont) this.out.runFont[this.out.text.length] = rich.runFont;
        this.out.text.push(rich.text);
      }
      p = close + 5;
    }
  }
}

/**
 * The text of an item that is one plain <t> element holding nothing to decode ("<t>Nguyễn Văn
 * An</t>": no entity, no "_x" escape, no character JSON would escape), as parseRichText would
 * read it; null for any other item. A million member names are such items: one pass over each
 * instead of parseRichText's searches and the copies between them.
 */
function plainItem(buf: string, from: number, to: number): string | null {
  const start = from + 3;
  const end = to - 4;
  if (
    end < start ||
    buf.charCodeAt(from) !== 60 /* < */ ||
    buf.charCodeAt(from + 1) !== 116 /* t */ ||
    buf.charCodeAt(from + 2) !== 62 /* > */ ||
    !buf.startsWith('</t>', end)
  ) {
    return null;
  }
  for (let i = start; i < end; i++) {
    const c = buf.charCodeAt(i);
    // "<" (markup), "&" (an entity), "_" (maybe an _xHHHH_ escape), and what JSON escapes.
    if (c === 60 || c === 38 || c === 95 || c === 34 || c === 92 || c < 32) return null;
  }
  return detachQuotable(buf.slice(start, end));
}
