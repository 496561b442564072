/**
 * A1 arithmetic for the plan's sheets: every address a builder writes into a formula or a chart
 * comes from here, so no builder spells "$" or ":" itself. Rows and columns are 0-based.
 */
import { a1, quoteSheetName as quoteUnlessPlain, rangeA1 } from '../model/address';
import type { CellRange } from '../model/snapshot';

export { a1 };

/**
 * A sheet name as a formula writes it before "!". Besides what address.ts quotes, a name Excel
 * would read as a reference or a constant when bare must be quoted too: R1C1-style (R1C1, RC,
 * R2, C3, R, C) and the booleans TRUE and FALSE.
 */
export function quoteSheetName(name: string): string {
  const looksLikeReference = /^(R\d*C?\d*|C\d*|TRUE|FALSE)$/i.test(name);
  return looksLikeReference ? `'${name.replace(/'/g, "''")}'` : quoteUnlessPlain(name);
}

/** $D$8: a cell that stays put wherever the formula is copied. */
export function absA1(row: number, col: number): string {
  return a1(row, col).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
}

/** $D8: the column stays put, the row follows the formula (a row's own base cell). */
export function colAbsA1(row: number, col: number): string {
  return a1(row, col).replace(/^([A-Z]+)/, '$$$1');
}

/** Cells of one row, from column c0 to c1. */
export function rowCells(row: number, c0: number, c1: number): CellRange {
  return { r0: row, c0, r1: row, c1 };
}

/** Cells of one column, from row r0 to r1. */
export function columnCells(col: number, r0: number, r1: number): CellRange {
  return { r0, c0: col, r1, c1: col };
}

/** A relative range on the same sheet, one cell written alone: D5:O5, D5. */
export function localRange(r: CellRange): string {
  return rangeA1(r);
}

/**
 * An absolute range with both corners even when they are one cell ($D$5:$D$5): the form the
 * meeting formulas have always written, kept so written workbooks stay as they were.
 */
export function absArea(r: CellRange): string {
  return `${absA1(r.r0, r.c0)}:${absA1(r.r1, r.c1)}`;
}

/** A reference qualified by its sheet: 'Năm 2020'!$D$8. */
export function onSheet(sheet: string, ref: string): string {
  return `${quoteSheetName(sheet)}!${ref}`;
}

/** An absolute reference to a cell of a sheet: 'Năm 2020'!$D$8. */
export function absRef(sheet: string, row: number, col: number): string {
  return onSheet(sheet, absA1(row, col));
}

/** An absolute range of a sheet, one cell written alone: 'Năm 2020'!$D$8:$D$66, 'Năm 2020'!$D$8. */
export function absRange(sheet: string, r: CellRange): string {
  const start = absA1(r.r0, r.c0);
  const end = absA1(r.r1, r.c1);
  return onSheet(sheet, start === end ? start : `${start}:${end}`);
}

/**
 * Indices grouped into runs of consecutive ones, in the order given: the month columns a
 * register row counts, the rows a member list's organization holds.
 */
export function consecutiveRuns(indices: number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const i of indices) {
    const last = runs[runs.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else runs.push([i, i]);
  }
  return runs;
}
