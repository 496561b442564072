import { parseRange } from '../../../core/model/address';
import type { CellRange, RowData, Scalar } from '../../../core/model/snapshot';
import { UnusableInputError } from '../errors';
import { isoDateSerial } from './isoDateSerial';
import { parseRichText } from './richText';
import type { SharedStrings } from './sharedStringsPart';
import { shiftFormula } from './shiftFormula';
import type { StyleTable } from './styleTable';
import {
  decodeCellText,
  decodeXml,
  getAttr,
  hasPrefixedRoot,
  isTrue,
  stripElementPrefixes,
} from './xmlText';

export interface SheetScanContext {
  sheetName: string;
  sharedStrings: SharedStrings;
  styles: StyleTable;
  date1904: boolean;
}

export interface ScannedSheet {
  rows: (RowData | undefined)[];
  merges: CellRange[];
  hiddenRows: number[];
}

/** No single element of a sheet (a cell, a row tag) comes near this; a longer one is damage. */
const MAX_CARRY = 16 * 1024 * 1024;

/** The elements the scanner acts on; everything else (cols, views, formats) is passed over. */
const TAG = /<(row|c|mergeCell|sheetData)\b([^>]*?)(\/?)>|<\/sheetData>/g;

interface SharedFormula {
  row: number;
  col: number;
  text: string;
}

/** Column of an A1 reference's letters, or -1; faster than a regex on 800k cells. */
function refColumn(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch >= 65 && ch <= 90) col = col * 26 + (ch - 64);
    else if (ch >= 97 && ch <= 122) col = col * 26 + (ch - 96);
    else if (ch !== 36) break;
  }
  return i === 0 ? -1 : col - 1;
}

/** The start of a child element tag (<f>, <v>, <is>) in a cell's content, or -1. */
function childTag(content: string, tag: string): number {
  let i = content.indexOf(`<${tag}`);
  while (i >= 0) {
    const next = content.charCodeAt(i + 1 + tag.length);
    if (next === 62 || next === 47 || next === 32 || next === 9 || next === 10 || next === 13) {
      return i;
    }
    i = content.indexOf(`<${tag}`, i + 1);
  }
  return -1;
}

/** [attributes, inner text or null when self-closed] of a child element found by childTag. */
function childElement(content: string, tag: string): [string, string | null] | null {
  const at = childTag(content, tag);
  if (at < 0) return null;
  const gt = content.indexOf('>', at);
  if (gt < 0) return null;
  const attrs = content.slice(at + 1 + tag.length, gt);
  if (content.charCodeAt(gt - 1) === 47) return [attrs.slice(0, -1), null];
  const close = content.indexOf(`</${tag}>`, gt);
  return [attrs, content.slice(gt + 1, close < 0 ? content.length : close)];
}

/**
 * Reads one worksheet's XML as it streams in: hand it text pieces cut anywhere (push) and it keeps
 * only the unfinished element between pieces, so memory stays at one piece plus the result.
 */
export class SheetScanner {
  private carry = '';
  private prefixed: boolean | null = null;
  private inSheetData = false;
  private row = -1;
  private col = -1;
  private cur: RowData | null = null;
  private readonly shared = new Map<string, SharedFormula>();
  private readonly out: ScannedSheet = { rows: [], merges: [], hiddenRows: [] };

  constructor(private readonly ctx: SheetScanContext) {}

  push(text: string): void {
    const buf = this.carry.length > 0 ? this.carry + text : text;
    if (this.prefixed === null) {
      // The root tag decides whether elements are prefixed; wait until it has surely arrived.
      if (buf.length < 1024) {
        this.carry = buf;
        return;
      }
      this.prefixed = hasPrefixedRoot(buf);
    }
    this.consume(buf);
  }

  finish(): ScannedSheet {
    if (this.prefixed === null) {
      this.prefixed = hasPrefixedRoot(this.carry);
      this.consume(this.carry);
    }
    this.flushRow();
    return this.out;
  }

  private consume(text: string): void {
    const buf = this.prefixed ? stripElementPrefixes(text) : text;
    const done = this.scan(buf);
    this.carry = done >= buf.length ? '' : buf.slice(done);
    if (this.carry.length > MAX_CARRY) {
      throw new UnusableInputError('corrupt', `${this.ctx.sheetName}: an element never ends`);
    }
  }

  /** Consumes whole elements from buf; returns where the unfinished tail starts. */
  private scan(buf: string): number {
    const re = TAG;
    re.lastIndex = 0;
    let done = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(buf))) {
      const name = m[1];
      if (name === undefined) {
        this.flushRow();
        this.inSheetData = false;
      } else if (name === 'c') {
        if (m[3] === '/') {
          if (this.inSheetData) this.cell(m[2]!, null);
        } else {
          const end = buf.indexOf('</c>', re.lastIndex);
          if (end < 0) return m.index;
          if (this.inSheetData) this.cell(m[2]!, buf.slice(re.lastIndex, end));
          re.lastIndex = end + 4;
        }
      } else if (name === 'row') {
        if (this.inSheetData) this.startRow(m[2]!);
      } else if (name === 'mergeCell') {
        const range = parseRange(getAttr(m[2]!, 'ref') ?? '');
        if (range) this.out.merges.push(range);
      } else {
        this.inSheetData = m[3] !== '/';
      }
      done = re.lastIndex;
    }
    const lt = buf.lastIndexOf('<');
    if (lt >= done && buf.indexOf('>', lt) < 0) return lt;
    return buf.length;
  }

  private startRow(attrs: string): void {
    this.flushRow();
    const r = getAttr(attrs, 'r');
    this.row = r !== undefined ? Number(r) - 1 : this.row + 1;
    this.col = -1;
    if (attrs.includes('hidden') && isTrue(getAttr(attrs, 'hidden'))) {
      this.out.hiddenRows.push(this.row);
    }
  }

  private flushRow(): void {
    const cur = this.cur;
    if (cur && this.row >= 0) this.out.rows[this.row] = cur;
    this.cur = null;
  }

  private cell(attrs: string, content: string | null): void {
    const ref = getAttr(attrs, 'r');
    const refCol = ref !== undefined ? refColumn(ref) : -1;
    const col = refCol >= 0 ? refCol : this.col + 1;
    this.col = col;
    if (content === null || this.row < 0) return;

    const type = getAttr(attrs, 't');
    const sAttr = getAttr(attrs, 's');
    const xf = sAttr !== undefined ? Number(sAttr) || 0 : 0;

    let value: Scalar = null;
    let isError = false;
    let style = -1;
    const v = childElement(content, 'v');
    const vText = v ? (v[1] ?? '') : undefined;

    switch (type) {
      case undefined:
      case 'n':
        if (vText !== undefined && vText !== '') {
          const n = Number(vText);
          value = Number.isNaN(n) ? vText : n;
        }
        break;
      case 's':
        if (vText !== undefined && vText !== '') {
          const i = Number(vText);
          value = this.ctx.sharedStrings.text[i] ?? '';
          const font = this.ctx.sharedStrings.runFont[i];
          if (font !== undefined) style = this.ctx.styles.forXfWithRunFont(xf, font);
        }
        break;
      case 'str':
        if (vText !== undefined) value = decodeCellText(vText);
        break;
      case 'inlineStr': {
        const is = childElement(content, 'is');
        if (is) {
          const rich = parseRichText(is[1] ?? '');
          value = rich.text;
          if (rich.runFont) style = this.ctx.styles.forXfWithRunFont(xf, rich.runFont);
        } else if (vText !== undefined) {
          value = decodeCellText(vText);
        }
        break;
      }
      case 'b':
        if (vText !== undefined && vText !== '') value = vText === '1' || vText === 'true';
        break;
      case 'e':
        if (vText !== undefined) {
          value = decodeXml(vText);
          isError = true;
        }
        break;
      case 'd':
        if (vText !== undefined && vText !== '') {
          const serial = isoDateSerial(vText, this.ctx.date1904);
          if (serial === null) value = vText;
          else {
            value = serial;
            style = this.ctx.styles.forXfAsDate(xf, serial % 1 !== 0);
          }
        }
        break;
      default:
        if (vText !== undefined) value = decodeCellText(vText);
    }

    const formula = childTag(content, 'f') >= 0 ? this.formula(content, col) : undefined;
    if (value === null && formula === undefined) return;

    const cur = (this.cur ??= { v: [] });
    cur.v[col] = value;
    if (style < 0) style = xf === 0 ? 0 : this.ctx.styles.forXf(xf);
    if (style !== 0) (cur.s ??= [])[col] = style;
    if (formula !== undefined) (cur.f ??= {})[col] = formula;
    if (isError) (cur.e ??= []).push(col);
  }

  /** The cell's formula text; a shared formula's dependent gets the master's text moved to it. */
  private formula(content: string, col: number): string | undefined {
    const f = childElement(content, 'f');
    if (!f) return undefined;
    const [attrs, inner] = f;
    const text = inner ? decodeXml(inner) : '';
    const t = getAttr(attrs, 't');
    if (t === 'dataTable') return undefined;
    if (t !== 'shared') return text;
    const si = getAttr(attrs, 'si') ?? '';
    if (text !== '') {
      this.shared.set(si, { row: this.row, col, text });
      return text;
    }
    const master = this.shared.get(si);
    // A dependent whose master was never seen still has a formula; its text is unknown.
    return master ? shiftFormula(master.text, this.row - master.row, col - master.col) : '';
  }
}
