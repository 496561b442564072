import { a1, parseRange, quoteSheetName } from '../../../core/model/address';
import {
  storedSparse,
  type CellRange,
  type RowData,
  type Scalar,
} from '../../../core/model/snapshot';
import { UnusableInputError } from '../errors';
import { isoDateSerial } from './isoDateSerial';
import { parseRichText } from './richText';
import type { SharedStrings } from './sharedStringsPart';
import { shiftFormula } from './shiftFormula';
import { StyleRowPool } from './styleRowPool';
import type { StyleTable } from './styleTable';
import {
  decodeCellText,
  detach,
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

/**
 * No cell Excel writes comes near this (32,767 characters, even as rich text of many runs); a
 * longer element is damage. Other programs write longer cells, which are read and cut for
 * matching later: the bound is the memory of one element, not Excel's limit.
 */
const MAX_CARRY = 64 * 1024 * 1024;
/** An unfinished cell longer than this is gathered in pieces rather than re-joined per piece. */
const LONG_ELEMENT = 1024 * 1024;

const GT = 62;
const SLASH = 47;
/** Excel's grid: 1,048,576 rows by 16,384 columns (0-based maxima). */
const MAX_ROW = 1048575;
const MAX_COL = 16383;

/** Whether the character after a tag name ends the name (space, ">", "/"). */
function endsName(code: number): boolean {
  return code === 32 || code === GT || code === SLASH || code === 9 || code === 10 || code === 13;
}

function isName(buf: string, at: number, name: string): boolean {
  return buf.startsWith(name, at) && endsName(buf.charCodeAt(at + name.length));
}

/** A non-negative integer written at s[i...], or -1. */
function intAt(s: string, i: number): number {
  let n = 0;
  let digits = 0;
  for (; ; i++) {
    const ch = s.charCodeAt(i);
    if (!(ch >= 48 && ch <= 57)) break; // NaN past the end stops too
    n = n * 10 + (ch - 48);
    digits++;
  }
  return digits === 0 ? -1 : n;
}

/**
 * Is buf[from, to) exactly <v>…</v>, with no other tag inside? Told by character codes: the
 * builtin searches cost a call each, three a cell, on millions of cells.
 */
function isPlainValue(buf: string, from: number, to: number): boolean {
  const end = to - 4;
  if (
    end < from + 3 ||
    buf.charCodeAt(from) !== 60 /* < */ ||
    buf.charCodeAt(from + 1) !== 118 /* v */ ||
    buf.charCodeAt(from + 2) !== GT ||
    buf.charCodeAt(end) !== 60 ||
    buf.charCodeAt(end + 1) !== SLASH ||
    buf.charCodeAt(end + 2) !== 118 ||
    buf.charCodeAt(end + 3) !== GT
  ) {
    return false;
  }
  for (let i = from + 3; i < end; i++) if (buf.charCodeAt(i) === 60) return false;
  return true;
}

interface SharedFormula {
  row: number;
  col: number;
  text: string;
}

/** Column of an A1 reference's letters, or -1; faster than a regex on 800k cells. */
function refColumn(ref: string, from = 0): number {
  let col = 0;
  let i = from;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch >= 65 && ch <= 90) col = col * 26 + (ch - 64);
    else if (ch >= 97 && ch <= 122) col = col * 26 + (ch - 96);
    else if (ch !== 36) break;
  }
  return i === from ? -1 : col - 1;
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
  /**
   * Where in the carry the search for the end of an unfinished cell may resume: "</c>" is known
   * not to occur before it, so a long cell split over many pieces is searched once, not once
   * per piece.
   */
  private resume = 0;
  /** The pieces of a long unfinished cell, kept apart until its end arrives (see consume). */
  private pending: string[] | null = null;
  private pendingLength = 0;
  private pendingTail = '';
  private prefixed: boolean | null = null;
  private inSheetData = false;
  private row = -1;
  private col = -1;
  /*
   * The row being read, gathered in reused arrays and copied out at the row's end: an array grown
   * cell by cell reserves 17 slots, and a million rows of 4 values would keep the spare 13.
   */
  private readonly values: Scalar[] = [];
  private readonly styleIds: number[] = [];
  private readonly styleRows = new StyleRowPool();
  private width = 0;
  private styledWidth = 0;
  /** Columns put in the row being read, in the order they came. */
  private readonly putCols: number[] = [];
  private formulas: Record<number, string> | null = null;
  private errors: number[] | null = null;
  private readonly shared = new Map<string, SharedFormula>();
  private readonly out: ScannedSheet = { rows: [], merges: [], hiddenRows: [] };

  constructor(private readonly ctx: SheetScanContext) {}

  /** Rows begun so far (the sheet's last row number seen), for progress. */
  get rowsRead(): number {
    return this.row + 1;
  }

  push(text: string): void {
    if (this.pending) {
      // Inside a long cell: only the new text (and the seam) can hold its end.
      const probe = this.pendingTail + text;
      if (!(this.prefixed ? stripElementPrefixes(probe) : probe).includes('</c>')) {
        this.pending.push(text);
        this.pendingLength += text.length;
        this.pendingTail = probe.slice(-64);
        if (this.pendingLength > MAX_CARRY) this.neverEnds();
        return;
      }
      text = this.pending.join('') + text;
      this.pending = null;
    }
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
    if (this.pending) {
      this.carry = this.pending.join('');
      this.pending = null;
    }
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
    if (this.carry.length > MAX_CARRY) this.neverEnds();
    if (this.resume > 0 && this.carry.length > LONG_ELEMENT) {
      // A cell still open after a megabyte: gather the next pieces apart, for joining each piece
      // to it would copy it again and again.
      this.pending = [this.carry];
      this.pendingLength = this.carry.length;
      this.pendingTail = this.carry.slice(-64);
      this.carry = '';
    }
  }

  private neverEnds(): never {
    throw new UnusableInputError('corrupt', `${this.ctx.sheetName}: an element never ends`, {
      location: `${quoteSheetName(this.ctx.sheetName)}!${a1(Math.max(0, this.row), this.col + 1)}`,
    });
  }

  /** Consumes whole elements from buf; returns where the unfinished tail starts. */
  private scan(buf: string): number {
    let p = 0;
    // Good for the cell the buffer starts with, when the last scan stopped inside it.
    const resume = this.resume;
    this.resume = 0;
    for (;;) {
      const lt = buf.indexOf('<', p);
      if (lt < 0) return buf.length;
      const gt = buf.indexOf('>', lt);
      if (gt < 0) return lt;
      const c1 = buf.charCodeAt(lt + 1);
      const selfClosed = buf.charCodeAt(gt - 1) === SLASH;
      p = gt + 1;
      if (c1 === 99 /* c */ && endsName(buf.charCodeAt(lt + 2))) {
        if (!this.inSheetData) continue;
        this.cellAttrs(buf, lt + 2, selfClosed ? gt - 1 : gt);
        if (selfClosed) {
          this.cell(buf, p, -1);
        } else {
          const end = buf.indexOf('</c>', lt === 0 ? Math.max(p, resume) : p);
          if (end < 0) {
            // The next piece starts at lt: what was searched here need not be searched again.
            this.resume = Math.max(0, buf.length - lt - 3);
            return lt;
          }
          this.cell(buf, p, end);
          p = end + 4;
        }
      } else if (c1 === 114 /* r */ && isName(buf, lt + 1, 'row')) {
        if (this.inSheetData) this.startRow(buf.slice(lt + 4, gt));
      } else if (c1 === SLASH) {
        if (buf.startsWith('</sheetData>', lt)) {
          this.flushRow();
          this.inSheetData = false;
        }
      } else if (c1 === 109 /* m */ && isName(buf, lt + 1, 'mergeCell')) {
        const range = parseRange(getAttr(buf.slice(lt + 10, gt), 'ref') ?? '');
        if (range) this.out.merges.push(range);
      } else if (c1 === 115 /* s */ && isName(buf, lt + 1, 'sheetData')) {
        this.inSheetData = !selfClosed;
      }
    }
  }

  private startRow(attrs: string): void {
    this.flushRow();
    const r = getAttr(attrs, 'r');
    const n = r !== undefined ? intAt(r, 0) : -1;
    this.row = n > 0 ? n - 1 : this.row + 1;
    // A sheet past Excel's grid would make the rows array sparse beyond use: refuse it.
    if (this.row > MAX_ROW)
      this.outOfGrid(`row ${this.row + 1}`, `${this.row + 1}:${this.row + 1}`);
    this.col = -1;
    if (attrs.includes('hidden') && isTrue(getAttr(attrs, 'hidden'))) {
      this.out.hiddenRows.push(this.row);
    }
  }

  private outOfGrid(where: string, location: string): never {
    throw new UnusableInputError('corrupt', `${this.ctx.sheetName}: ${where} is outside the grid`, {
      location: `${quoteSheetName(this.ctx.sheetName)}!${location}`,
    });
  }

  private flushRow(): void {
    if (this.width === 0) return;
    const held = this.putCols.length;
    let row: RowData;
    // A dense row costs a slot per column: one value in XFD would cost 16,384 of them.
    if (storedSparse(this.width, held)) {
      row = this.sparseRow();
    } else {
      const v = this.values.slice(0, this.width);
      // Both fields in the literal: a field added later costs the row a second store.
      row =
        this.styledWidth > 0
          ? { v, s: this.styleRows.take(this.styleIds, this.styledWidth) }
          : { v };
    }
    if (this.formulas) row.f = this.formulas;
    if (this.errors) row.e = this.errors;
    if (this.row >= 0) this.out.rows[this.row] = row;
    // Blanks, not stale values, for the next row's skipped columns; keeping the scratch arrays'
    // capacity spares regrowing them on every row. A sparse row clears only the cells it put
    // (put() alone fills the scratch arrays), so it costs what it holds.
    if (row.cols) {
      for (let i = 0; i < held; i++) {
        const c = this.putCols[i]!;
        this.values[c] = null;
        this.styleIds[c] = 0;
      }
    } else {
      for (let i = 0; i < this.width; i++) this.values[i] = null;
      for (let i = 0; i < this.styledWidth; i++) this.styleIds[i] = 0;
    }
    this.putCols.length = 0;
    this.width = 0;
    this.styledWidth = 0;
    this.formulas = null;
    this.errors = null;
  }

  /** The row as its cells alone: columns listed, values and styles in arrays with holes. */
  private sparseRow(): RowData {
    const cols = [...new Set(this.putCols)].sort((a, b) => a - b);
    const v: Scalar[] = [];
    let s: number[] | undefined;
    for (const c of cols) {
      v[c] = this.values[c]!;
      const style = this.styleIds[c];
      if (style) (s ??= [])[c] = style;
    }
    const row: RowData = { v, cols };
    if (s) row.s = s;
    return row;
  }

  /*
   * The cell being read: its attributes, parsed in place from the sheet text so that the common
   * cell allocates nothing but its value.
   */
  private cCol = -1;
  private cType: string | undefined = undefined;
  private cXf = 0;

  /** Reads r, s and t of a <c> tag whose attributes span buf[from, to). */
  private cellAttrs(buf: string, from: number, to: number): void {
    this.cCol = -1;
    this.cType = undefined;
    this.cXf = 0;
    let i = from;
    while (i < to) {
      const ch = buf.charCodeAt(i);
      if (ch === 32 || ch === 9 || ch === 10 || ch === 13) {
        i++;
        continue;
      }
      const nameStart = i;
      while (i < to && buf.charCodeAt(i) !== 61 /* = */) i++;
      const valueStart = i + 2;
      const valueEnd = buf.indexOf('"', valueStart);
      if (i >= to || buf.charCodeAt(i + 1) !== 34 || valueEnd < 0 || valueEnd >= to) {
        // Single quotes or spaces around "=": XML allows them; take the general road.
        this.cellAttrsSlow(buf.slice(from, to));
        return;
      }
      if (i - nameStart === 1) {
        const name = buf.charCodeAt(nameStart);
        if (name === 114 /* r */) this.cCol = refColumn(buf, valueStart);
        else if (name === 115 /* s */) this.cXf = Math.max(0, intAt(buf, valueStart));
        else if (name === 116 /* t */) this.cType = buf.slice(valueStart, valueEnd);
      }
      i = valueEnd + 1;
    }
  }

  private cellAttrsSlow(attrs: string): void {
    const ref = getAttr(attrs, 'r');
    this.cCol = ref !== undefined ? refColumn(ref) : -1;
    this.cType = getAttr(attrs, 't');
    this.cXf = Math.max(0, intAt(getAttr(attrs, 's') ?? '', 0));
  }

  /** One cell whose content spans buf[from, to); to is -1 for a self-closed <c/>. */
  private cell(buf: string, from: number, to: number): void {
    const col = this.cCol >= 0 ? this.cCol : this.col + 1;
    if (col > MAX_COL) {
      this.outOfGrid(`column ${col + 1} of row ${this.row + 1}`, a1(Math.max(0, this.row), col));
    }
    this.col = col;
    if (to < 0 || this.row < 0) return;
    const type = this.cType;
    const xf = this.cXf;

    // Nearly every cell is exactly <v>…</v>: a number or a shared string index, read in place.
    if (isPlainValue(buf, from, to)) {
      if (type === 's') {
        const i = intAt(buf, from + 3);
        if (i < 0) return;
        const font = this.ctx.sharedStrings.runFont[i];
        this.put(
          col,
          this.ctx.sharedStrings.text[i] ?? '',
          font === undefined ? -1 : this.ctx.styles.forXfWithRunFont(xf, font),
          xf,
          undefined,
          false,
        );
        return;
      }
      if (type === undefined || type === 'n') {
        if (to - 4 > from + 3) {
          const text = buf.slice(from + 3, to - 4);
          const n = Number(text);
          this.put(col, Number.isNaN(n) ? detach(text) : n, -1, xf, undefined, false);
        }
        return;
      }
    }
    const content = buf.slice(from, to);

    let value: Scalar = null;
    let isError = false;
    let style = -1;
    // Nearly every cell is exactly <v>…</v>: read it without the general child search.
    const vEnd = content.startsWith('<v>') ? content.indexOf('</v>', 3) : -1;
    const plainValue = vEnd >= 0 && vEnd === content.length - 4;
    let vText: string | undefined;
    if (plainValue) {
      vText = content.slice(3, vEnd);
    } else {
      const v = childElement(content, 'v');
      vText = v ? (v[1] ?? '') : undefined;
    }

    switch (type) {
      case undefined:
      case 'n':
        if (vText !== undefined && vText !== '') {
          const n = Number(vText);
          value = Number.isNaN(n) ? detach(vText) : n;
        }
        break;
      case 's':
        if (vText !== undefined && vText !== '') {
          const i = intAt(vText, 0);
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
          value = detach(decodeXml(vText));
          isError = true;
        }
        break;
      case 'd':
        if (vText !== undefined && vText !== '') {
          const serial = isoDateSerial(vText, this.ctx.date1904);
          if (serial === null) value = detach(vText);
          else {
            value = serial;
            style = this.ctx.styles.forXfAsDate(xf, serial % 1 !== 0);
          }
        }
        break;
      default:
        if (vText !== undefined) value = decodeCellText(vText);
    }

    // A cell that is only <v>…</v> has no formula to look for.
    const formula =
      !plainValue && childTag(content, 'f') >= 0 ? this.formula(content, col) : undefined;
    this.put(col, value, style, xf, formula, isError);
  }

  private put(
    col: number,
    value: Scalar,
    style: number,
    xf: number,
    formula: string | undefined,
    isError: boolean,
  ): void {
    if (value === null && formula === undefined) return;
    this.values[col] = value;
    this.putCols.push(col);
    if (col >= this.width) this.width = col + 1;
    const s = style >= 0 ? style : xf === 0 ? 0 : this.ctx.styles.forXf(xf);
    if (s !== 0) {
      this.styleIds[col] = s;
      if (col >= this.styledWidth) this.styledWidth = col + 1;
    }
    if (formula !== undefined) (this.formulas ??= {})[col] = formula;
    if (isError) (this.errors ??= []).push(col);
  }

  /** The cell's formula text; a shared formula's dependent gets the master's text moved to it. */
  private formula(content: string, col: number): string | undefined {
    const f = childElement(content, 'f');
    if (!f) return undefined;
    const [attrs, inner] = f;
    const text = inner ? detach(decodeXml(inner)) : '';
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
