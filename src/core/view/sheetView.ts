import type { CellView } from '../model/cells';
import { cellAt, lastColumn } from '../model/cells';
import type { CellRange, SheetSnapshot, WorkbookSnapshot } from '../model/snapshot';
import { decodeLegacy, fontEncoding, type LegacyEncoding } from '../text/legacy';
import { collapseSpaces, labelKey, toNfc } from '../text/normalize';
import { isPlainText } from '../text/plainText';

/** A cell whose text is longer than an Excel cell can hold, read cut to MAX_CELL_TEXT. */
export interface LongCell {
  row: number;
  col: number;
  /** Characters in the cell as stored. */
  length: number;
}

export interface LegacyCell {
  row: number;
  col: number;
  encoding: LegacyEncoding;
  original: string;
  decoded: string;
}

/**
 * A sheet as the recognizer reads it: text decoded from legacy encodings and normalized to NFC,
 * merged areas resolved to their top-left value. Decoding is cached per distinct string, since
 * a long list repeats the same few grade texts a million times.
 */
export class SheetView {
  readonly name: string;
  readonly rowCount: number;
  /** Cells whose text was TCVN3 or VNI and has been decoded. */
  readonly legacy: LegacyCell[] = [];
  /** Cells whose text passed Excel's 32,767 characters and was cut for matching, each once. */
  readonly long: LongCell[] = [];
  private readonly longSeen = new Set<number>();
  private readonly labelCache = new Map<string, string>();
  /** Merged areas small enough to matter for headers (a whole merged column does not). */
  private readonly merges: CellRange[];
  /** Per row asked about: merged cells of the row by column, to their area's top-left key. */
  private readonly mergeRows = new Map<number, Map<number, number>>();
  private readonly legacySeen = new Set<number>();
  /** One-column merges over several rows, by column; built when a body cell first asks. */
  private vertical: Map<number, CellRange[]> | null = null;
  /*
   * The text last read in each column, as three arrays rather than an object per call: a million
   * reads would otherwise leave a million small objects for the collector.
   */
  private readonly lastRaw: string[] = [];
  private readonly lastStyle: number[] = [];
  private readonly lastText: string[] = [];
  private readonly lastEncoding: (LegacyEncoding | null)[] = [];
  private readonly legacyFonts: boolean[] = [];
  private decodedEncoding: LegacyEncoding | null = null;
  private readonly textCache = new Map<
    number,
    Map<string, { text: string; encoding: LegacyEncoding | null }>
  >();

  constructor(
    readonly wb: WorkbookSnapshot,
    readonly sheet: SheetSnapshot,
  ) {
    this.name = sheet.name;
    this.rowCount = sheet.rows.length;
    // Big merges (a whole column) are not header cells; small ones are looked up by row, when a
    // row is asked about, so a sheet of many merges costs nothing until its header is read.
    this.merges = sheet.merges.filter((m) => (m.r1 - m.r0 + 1) * (m.c1 - m.c0 + 1) <= 4096);
  }

  private mergeRow(row: number): Map<number, number> {
    let cols = this.mergeRows.get(row);
    if (!cols) {
      cols = new Map();
      for (const m of this.merges) {
        if (row < m.r0 || row > m.r1) continue;
        for (let c = m.c0; c <= m.c1; c++) {
          if (row !== m.r0 || c !== m.c0) cols.set(c, key(m.r0, m.c0));
        }
      }
      this.mergeRows.set(row, cols);
    }
    return cols;
  }

  cell(row: number, col: number): CellView {
    return cellAt(this.wb, this.sheet, row, col);
  }

  lastColumn(row: number): number {
    return lastColumn(this.sheet.rows[row]);
  }

  /** Columns of a row that are inside a merged area but not its top-left cell. */
  mergedColumns(row: number): number[] {
    return [...this.mergeRow(row).keys()];
  }

  /** Is the cell inside a merged area but not its top-left cell? */
  isMergedTail(row: number, col: number): boolean {
    return this.mergeRow(row).has(col);
  }

  /**
   * The columns worth visiting on these rows, ascending: every column up to the last one used,
   * as long as the rows are stored dense; a row stored sparse (a few cells far apart) gives only
   * its cells and the merged cells of these rows, so a value in XFD does not cost 16,384 visits.
   */
  columns(...rows: number[]): number[] {
    let last = -1;
    let sparse = false;
    for (const r of rows) {
      last = Math.max(last, this.lastColumn(r));
      if (this.sheet.rows[r]?.cols) sparse = true;
    }
    const out: number[] = [];
    if (!sparse) {
      for (let c = 0; c <= last; c++) out.push(c);
      return out;
    }
    const set = new Set<number>();
    for (const r of rows) {
      const data = this.sheet.rows[r];
      if (data?.cols) for (const c of data.cols) set.add(c);
      else if (data) for (let c = 0; c < data.v.length; c++) set.add(c);
      for (const c of this.mergeRow(r).keys()) set.add(c);
    }
    for (const c of set) if (c <= last) out.push(c);
    return out.sort((a, b) => a - b);
  }

  /** The cell's text as shown, decoded and trimmed; "" for a blank. */
  text(row: number, col: number): string {
    const data = this.sheet.rows[row];
    const v = data?.v[col];
    if (v === null || v === undefined) return '';
    if (typeof v !== 'string') return String(v);
    const style = data!.s?.[col] ?? 0;
    if (v.length > MAX_CELL_TEXT && !this.longSeen.has(key(row, col))) {
      this.longSeen.add(key(row, col));
      this.long.push({ row, col, length: v.length });
    }
    // The text last read in this column: isLegacy() right after text() on a member name, or an
    // organization repeated down its rows, costs no lookup (and no decoding past the cache bound).
    let text: string;
    let encoding: LegacyEncoding | null;
    if (this.lastRaw[col] === v && this.lastStyle[col] === style) {
      text = this.lastText[col]!;
      encoding = this.lastEncoding[col]!;
    } else {
      if (v.length <= MAX_CELL_TEXT && isPlainText(v) && !this.legacyFont(style)) {
        // Most cells (every member name) read as they are: no normalizing, nothing to cache.
        text = v;
        encoding = null;
      } else {
        text = this.decode(v, style);
        encoding = this.decodedEncoding;
      }
      this.lastRaw[col] = v;
      this.lastStyle[col] = style;
      this.lastText[col] = text;
      this.lastEncoding[col] = encoding;
    }
    if (encoding && !this.legacySeen.has(key(row, col))) {
      this.legacySeen.add(key(row, col));
      this.legacy.push({ row, col, encoding, original: v, decoded: text });
    }
    return text;
  }

  /**
   * A text decoded from its legacy encoding if any, in NFC, spaces collapsed; cached per style.
   * Its encoding is left in decodedEncoding, so that no call makes an object.
   */
  private decode(v: string, style: number): string {
    // One cache per style: the font decides whether a text is legacy, and a long list repeats
    // the same few strings (grades, cell names) in the same few styles.
    let cache = this.textCache.get(style);
    if (!cache) {
      cache = new Map();
      this.textCache.set(style, cache);
    }
    const hit = cache.get(v);
    if (hit) {
      this.decodedEncoding = hit.encoding;
      return hit.text;
    }
    // Excel holds 32,767 characters in a cell; a longer text (another program's, or crafted)
    // is matched on that much, so no text costs more than a cell Excel could have written.
    const cut = v.length > MAX_CELL_TEXT ? v.slice(0, MAX_CELL_TEXT) : v;
    const decoded = decodeLegacy(cut, this.wb.styles[style]?.font ?? null);
    const text = collapseSpaces(decoded ? decoded.text : toNfc(cut));
    const encoding = decoded ? decoded.encoding : null;
    // Repeated texts (grades, organizations) come early and stay cached; a million unique
    // member names would only fill memory, so past a bound texts are decoded each time (and
    // no object is made for them: V8 would place them straight in the old generation, having
    // seen the cached ones live on).
    if (cache.size < TEXT_CACHE_MAX) cache.set(v, { text, encoding });
    this.decodedEncoding = encoding;
    return text;
  }

  /** Does the style's font name a legacy encoding (.VnTime, VNI-Times)? Known once per style. */
  private legacyFont(style: number): boolean {
    let legacy = this.legacyFonts[style];
    if (legacy === undefined) {
      legacy = fontEncoding(this.wb.styles[style]?.font ?? null) !== null;
      this.legacyFonts[style] = legacy;
    }
    return legacy;
  }

  /**
   * A body cell's text. A blank cell inside a merge one column wide and several rows tall reads
   * the merge's top cell: boards type a grade, a commune or a year once and merge it down over
   * the rows it holds for.
   */
  bodyText(row: number, col: number): string {
    const t = this.text(row, col);
    if (t) return t;
    const top = this.mergedDownFrom(row, col);
    return top === null ? '' : this.text(top, col);
  }

  /** The top row of the one-column, several-row merge the cell lies under, or null. */
  mergedDownFrom(row: number, col: number): number | null {
    if (!this.vertical) {
      this.vertical = new Map();
      for (const m of this.sheet.merges) {
        if (m.c0 !== m.c1 || m.r1 === m.r0) continue;
        const list = this.vertical.get(m.c0);
        if (list) list.push(m);
        else this.vertical.set(m.c0, [m]);
      }
    }
    const list = this.vertical.get(col);
    if (!list) return null;
    for (const m of list) if (row > m.r0 && row <= m.r1) return m.r0;
    return null;
  }

  /** Was the cell's text in a legacy encoding (and so decoded by text())? */
  isLegacy(row: number, col: number): boolean {
    this.text(row, col);
    return this.legacySeen.has(key(row, col));
  }

  /** Is the cell's font struck through? Staff strike out a removed unit instead of deleting it. */
  isStruck(row: number, col: number): boolean {
    const style = this.sheet.rows[row]?.s?.[col] ?? 0;
    return this.wb.styles[style]?.strike === true;
  }

  /** Text of a header cell: a merged area's value shows in each of its cells. */
  headerText(row: number, col: number): string {
    const origin = this.mergeRow(row).get(col);
    if (origin !== undefined) return this.text(Math.floor(origin / COLS), origin % COLS);
    return this.text(row, col);
  }

  label(row: number, col: number): string {
    return this.labelOf(this.text(row, col));
  }

  /**
   * labelKey of a text, computed once: the header search asks for the same cells' labels band
   * after band, and a long text is costly to normalize each time.
   */
  labelOf(text: string): string {
    let label = this.labelCache.get(text);
    if (label === undefined) {
      label = labelKey(text);
      if (this.labelCache.size < TEXT_CACHE_MAX) this.labelCache.set(text, label);
    }
    return label;
  }

  /** Texts of a row's non-blank cells with their columns. */
  rowTexts(row: number): { col: number; text: string }[] {
    const out: { col: number; text: string }[] = [];
    for (const c of this.columns(row)) {
      const t = this.text(row, c);
      if (t) out.push({ col: c, text: t });
    }
    return out;
  }
}

const COLS = 16384;
const TEXT_CACHE_MAX = 20_000;
/** The most characters an Excel cell holds. */
export const MAX_CELL_TEXT = 32767;
function key(r: number, c: number): number {
  return r * COLS + c;
}
