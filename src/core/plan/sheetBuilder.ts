import type { OwnedSheetKey, PlanCell, PlanPageSetup, PlanSheet, PlanStyle } from './outputPlan';
import type { CellRange, Scalar } from '../model/snapshot';

/** Collects the plan's styles once each, so hosts create one format per look. */
export class StyleBook {
  readonly styles: PlanStyle[] = [{}];
  private readonly index = new Map<string, number>([['{}', 0]]);

  id(style: PlanStyle): number {
    const key = JSON.stringify(style, Object.keys(style).sort());
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.styles.length;
      this.styles.push(style);
      this.index.set(key, i);
    }
    return i;
  }
}

/** Builds one owned sheet cell by cell. */
export class SheetBuilder {
  readonly sheet: PlanSheet;
  private readonly cells = new Map<number, PlanCell>();

  constructor(
    key: OwnedSheetKey,
    name: string,
    readonly book: StyleBook,
  ) {
    this.sheet = { key, name, cells: [], columns: [], merges: [], conditionalFormats: [] };
  }

  value(row: number, col: number, value: Scalar, style?: PlanStyle): this {
    return this.put({ row, col, value }, style);
  }

  formula(row: number, col: number, formula: string, cached: Scalar, style?: PlanStyle): this {
    return this.put({ row, col, formula, cached }, style);
  }

  /** A title across the first row and, below it, a note in small print, both spanning to lastCol. */
  titled(
    title: string,
    titleStyle: PlanStyle,
    note: string | null,
    noteStyle: PlanStyle,
    lastCol: number,
  ): this {
    this.value(0, 0, title, titleStyle).merge({ r0: 0, c0: 0, r1: 0, c1: lastCol });
    if (note !== null)
      this.value(1, 0, note, noteStyle).merge({ r0: 1, c0: 0, r1: 1, c1: lastCol });
    return this;
  }

  merge(range: CellRange): this {
    this.sheet.merges!.push(range);
    return this;
  }

  width(col: number, width: number, hidden = false): this {
    this.sheet.columns!.push({ col, width, ...(hidden ? { hidden } : {}) });
    return this;
  }

  /** Style for a blank cell, e.g. a border inside a merged title. */
  style(row: number, col: number, style: PlanStyle): this {
    const existing = this.cells.get(row * 16384 + col);
    if (existing) existing.style = this.book.id(style);
    else this.put({ row, col, value: null }, style);
    return this;
  }

  build(): PlanSheet {
    this.sheet.cells = [...this.cells.values()].sort((a, b) => a.row - b.row || a.col - b.col);
    const heights = this.rowHeights();
    if (heights.length) this.sheet.rowHeights = heights;
    return this.sheet;
  }

  /**
   * Heights for rows whose wrapped text needs more than one line. Spreadsheet applications do
   * not grow rows on open, so without this a long message is cut off on screen and on paper.
   */
  private rowHeights(): { row: number; height: number }[] {
    const width = new Map(this.sheet.columns!.map((c) => [c.col, c.width]));
    const colWidth = (c: number) => width.get(c) ?? 8.43;
    const spans = new Map<number, number>();
    for (const m of this.sheet.merges!) {
      if (m.r0 !== m.r1) continue;
      let w = 0;
      for (let c = m.c0; c <= m.c1; c++) w += colWidth(c);
      spans.set(m.r0 * 16384 + m.c0, w);
    }
    const vertical = new Set<number>();
    for (const m of this.sheet.merges!) if (m.r0 !== m.r1) vertical.add(m.r0 * 16384 + m.c0);
    const byRow = new Map<number, number>();
    for (const cell of this.sheet.cells) {
      const style = cell.style !== undefined ? this.book.styles[cell.style] : undefined;
      if (
        !style?.wrap ||
        typeof cell.value !== 'string' ||
        vertical.has(cell.row * 16384 + cell.col)
      )
        continue;
      const w = spans.get(cell.row * 16384 + cell.col) ?? colWidth(cell.col);
      // Bold text (headers) is wider than the column unit assumes.
      const perLine = Math.max(1, Math.floor(w * (style.bold ? 0.95 : 1.1)));
      const lines = cell.value
        .split('\n')
        .reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
      const size = style.fontSize ?? 11;
      const height = Math.ceil(lines * 15 * (size / 11)) + 2;
      if (lines > 1) byRow.set(cell.row, Math.max(byRow.get(cell.row) ?? 0, height));
    }
    return [...byRow.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([row, height]) => ({ row, height }));
  }

  private put(cell: PlanCell, style?: PlanStyle): this {
    if (style) cell.style = this.book.id(style);
    this.cells.set(cell.row * 16384 + cell.col, cell);
    return this;
  }
}

/** A4 landscape, all columns on one page wide, the header rows (first, last) on every page. */
export function landscapePage(printTitleRows?: [number, number]): PlanPageSetup {
  return {
    orientation: 'landscape',
    paper: 'A4',
    fitToWidth: true,
    ...(printTitleRows ? { printTitleRows } : {}),
  };
}
