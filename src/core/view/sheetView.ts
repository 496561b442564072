import type { CellView } from '../model/cells';
import { cellAt, lastColumn } from '../model/cells';
import type { SheetSnapshot, WorkbookSnapshot } from '../model/snapshot';
import { decodeLegacy, type LegacyEncoding } from '../text/legacy';
import { collapseSpaces, labelKey, toNfc } from '../text/normalize';

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
  private readonly mergeOrigin = new Map<number, number>();
  private readonly legacySeen = new Set<number>();
  private readonly lastInColumn: {
    v: string;
    style: number;
    hit: { text: string; encoding: LegacyEncoding | null };
  }[] = [];
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
    for (const m of sheet.merges) {
      // Big merges (a whole column) would flood the map; a header merge is small.
      if ((m.r1 - m.r0 + 1) * (m.c1 - m.c0 + 1) > 4096) continue;
      for (let r = m.r0; r <= m.r1; r++) {
        for (let c = m.c0; c <= m.c1; c++) {
          if (r !== m.r0 || c !== m.c0) this.mergeOrigin.set(key(r, c), key(m.r0, m.c0));
        }
      }
    }
  }

  cell(row: number, col: number): CellView {
    return cellAt(this.wb, this.sheet, row, col);
  }

  lastColumn(row: number): number {
    return lastColumn(this.sheet.rows[row]);
  }

  /** Is the cell inside a merged area but not its top-left cell? */
  isMergedTail(row: number, col: number): boolean {
    return this.mergeOrigin.has(key(row, col));
  }

  /** The cell's text as shown, decoded and trimmed; "" for a blank. */
  text(row: number, col: number): string {
    const data = this.sheet.rows[row];
    const v = data?.v[col];
    if (v === null || v === undefined) return '';
    if (typeof v !== 'string') return String(v);
    // One cache per style: the font decides whether a text is legacy, and a long list repeats
    // the same few strings (grades, cell names) in the same few styles.
    const style = data!.s?.[col] ?? 0;
    let cache = this.textCache.get(style);
    if (!cache) {
      cache = new Map();
      this.textCache.set(style, cache);
    }
    // The text last read in this column: isLegacy() right after text() on a member name, or an
    // organization repeated down its rows, costs no lookup (and no decoding past the cache bound).
    const last = this.lastInColumn[col];
    let hit = last && last.v === v && last.style === style ? last.hit : cache.get(v);
    if (!hit) {
      const decoded = decodeLegacy(v, this.wb.styles[style]?.font ?? null);
      hit = decoded
        ? { text: collapseSpaces(decoded.text), encoding: decoded.encoding }
        : { text: collapseSpaces(toNfc(v)), encoding: null };
      // Repeated texts (grades, organizations) come early and stay cached; a million unique
      // member names would only fill memory, so past a bound texts are decoded each time.
      if (cache.size < TEXT_CACHE_MAX) cache.set(v, hit);
    }
    this.lastInColumn[col] = { v, style, hit };
    if (hit.encoding && !this.legacySeen.has(key(row, col))) {
      this.legacySeen.add(key(row, col));
      this.legacy.push({ row, col, encoding: hit.encoding, original: v, decoded: hit.text });
    }
    return hit.text;
  }

  /** Was the cell's text in a legacy encoding (and so decoded by text())? */
  isLegacy(row: number, col: number): boolean {
    this.text(row, col);
    return this.legacySeen.has(key(row, col));
  }

  /** Text of a header cell: a merged area's value shows in each of its cells. */
  headerText(row: number, col: number): string {
    const origin = this.mergeOrigin.get(key(row, col));
    if (origin !== undefined) return this.text(Math.floor(origin / COLS), origin % COLS);
    return this.text(row, col);
  }

  label(row: number, col: number): string {
    return labelKey(this.text(row, col));
  }

  /** Texts of a row's non-blank cells with their columns. */
  rowTexts(row: number): { col: number; text: string }[] {
    const out: { col: number; text: string }[] = [];
    const last = this.lastColumn(row);
    for (let c = 0; c <= last; c++) {
      const t = this.text(row, c);
      if (t) out.push({ col: c, text: t });
    }
    return out;
  }
}

const COLS = 16384;
const TEXT_CACHE_MAX = 20_000;
function key(r: number, c: number): number {
  return r * COLS + c;
}
