import type { CellRange, Scalar } from '../model/snapshot';
import { a1, colAbsA1, columnCells, localRange, rowCells } from './grid';
import type { PlanStyle } from './outputPlan';
import type { SheetBuilder } from './sheetBuilder';

/**
 * What a column writes in one row: a value (null: a blank cell in the column's style), or a
 * formula with the core's own result as its cached value.
 */
export type CellContent = Scalar | { formula: string; cached: Scalar };

/** A header over neighbouring columns, in a row above their own headers. */
export interface ColumnGroup {
  title: Scalar;
  style: PlanStyle;
}

/** Where a row's formulas find the other cells of the same row, by column key. */
export interface RowCells<K extends string> {
  /** The sheet row, 0-based. */
  readonly row: number;
  /** This row's cell in a column: "E9". */
  ref(key: K): string;
  /** This row's cell in a column, the column fixed: "$E9". */
  colAbs(key: K): string;
  /** This row's cells from one column to another: "G9:J9". */
  span(from: K, to: K): string;
}

/** One column of a table: everything about it, so that a new column is one more entry. */
export interface ColumnSpec<Row, K extends string = string> {
  /** The name formulas of other columns, and the sheet's layout, know the column by. */
  key: K;
  header: Scalar;
  /** Width in characters; when absent the column keeps whatever width another table gave it. */
  width?: number;
  style: PlanStyle;
  /** Sheet columns each cell covers, merged: 1 when absent. */
  span?: number;
  /** The header over this column and its neighbours: the same object in each of them. */
  group?: ColumnGroup;
  /** The cell of one row; undefined leaves it unwritten. */
  cell: (row: Row, at: RowCells<K>) => CellContent | undefined;
}

/**
 * A table laid out from its column specs: where each column sits, its header (two rows when some
 * columns are grouped), its rows and widths. The order in which cells are written is row by row,
 * left to right, so styles are numbered as they always were.
 */
export class ColumnTable<Row, K extends string> {
  private readonly place = new Map<K, number>();
  /** The last sheet column the table covers. */
  readonly lastCol: number;

  constructor(
    readonly columns: readonly ColumnSpec<Row, K>[],
    left = 0,
  ) {
    let c = left;
    for (const spec of columns) {
      if (this.place.has(spec.key)) throw new Error(`column "${spec.key}" named twice`);
      this.place.set(spec.key, c);
      c += spec.span ?? 1;
    }
    this.lastCol = c - 1;
  }

  /** The sheet column of a key. */
  col(key: K): number {
    return this.place.get(key)!;
  }

  /** Every key's sheet column. */
  cols(): Record<K, number> {
    return Object.fromEntries(this.place) as Record<K, number>;
  }

  /** A column's cells from row r0 to r1. */
  column(key: K, r0: number, r1: number): CellRange {
    return columnCells(this.col(key), r0, r1);
  }

  /** Writes the headers at `row` (and the row under it when columns are grouped); returns the first row below them. */
  writeHeader(b: SheetBuilder, row: number, style: PlanStyle): number {
    const depth = this.columns.some((s) => s.group) ? 2 : 1;
    let previous: ColumnGroup | undefined;
    for (const spec of this.columns) {
      const c = this.col(spec.key);
      const c1 = c + (spec.span ?? 1) - 1;
      if (!spec.group) {
        this.cover(b, { r0: row, c0: c, r1: row + depth - 1, c1 }, spec.header, style);
      } else {
        if (spec.group !== previous) {
          const last = this.groupEnd(spec.group, spec);
          this.cover(b, rowCells(row, c, last), spec.group.title, spec.group.style);
        }
        this.cover(b, rowCells(row + 1, c, c1), spec.header, style);
      }
      previous = spec.group;
    }
    return row + depth;
  }

  /** Writes one row per item from `first` down; returns the row below the last. */
  writeRows(b: SheetBuilder, first: number, rows: readonly Row[]): number {
    let r = first;
    for (const row of rows) this.writeRow(b, r++, row);
    return r;
  }

  writeRow(b: SheetBuilder, r: number, row: Row): void {
    const at: RowCells<K> = {
      row: r,
      ref: (key) => a1(r, this.col(key)),
      colAbs: (key) => colAbsA1(r, this.col(key)),
      span: (from, to) => localRange(rowCells(r, this.col(from), this.col(to))),
    };
    for (const spec of this.columns) {
      const content = spec.cell(row, at);
      if (content === undefined) continue;
      const c = this.col(spec.key);
      if (content !== null && typeof content === 'object')
        b.formula(r, c, content.formula, content.cached, spec.style);
      else b.value(r, c, content, spec.style);
      const span = spec.span ?? 1;
      if (span > 1) this.cover(b, rowCells(r, c, c + span - 1), undefined, spec.style);
    }
  }

  /** Sets the widths the columns give. */
  setWidths(b: SheetBuilder): void {
    for (const spec of this.columns) {
      if (spec.width !== undefined) b.width(this.col(spec.key), spec.width);
    }
  }

  /**
   * A value in the first cell of a range, the range's other cells styled alike (borders are drawn
   * per cell) and merged. Without a value the first cell is left as written.
   */
  private cover(b: SheetBuilder, range: CellRange, value: Scalar | undefined, style: PlanStyle) {
    if (value !== undefined) b.value(range.r0, range.c0, value, style);
    for (let r = range.r0; r <= range.r1; r++) {
      for (let c = range.c0; c <= range.c1; c++) {
        if (r !== range.r0 || c !== range.c0) b.style(r, c, style);
      }
    }
    if (range.r1 > range.r0 || range.c1 > range.c0) b.merge(range);
  }

  private groupEnd(group: ColumnGroup, from: ColumnSpec<Row, K>): number {
    let last = this.col(from.key);
    for (const spec of this.columns.slice(this.columns.indexOf(from))) {
      if (spec.group !== group) break;
      last = this.col(spec.key) + (spec.span ?? 1) - 1;
    }
    return last;
  }
}

/**
 * A table of rows of one type, its column keys taken from the specs: columnsOf<Year>()([...]).
 * Two steps because TypeScript infers the keys only when the row type is not also given.
 */
export function columnsOf<Row>() {
  return <K extends string>(columns: readonly ColumnSpec<Row, K>[], left = 0) =>
    new ColumnTable<Row, K>(columns, left);
}
