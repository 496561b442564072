import { a1, quoteSheetName as quoteUnlessPlain, rangeA1 } from '../model/address';
import type { CellRange } from '../model/snapshot';

/**
 * A sheet name as a formula writes it before "!". Besides what address.ts quotes, a name Excel
 * would read as a reference or a constant when bare must be quoted too: R1C1-style (R1C1, RC,
 * R2, C3, R, C) and the booleans TRUE and FALSE.
 */
export function quoteSheetName(name: string): string {
  const looksLikeReference = /^(R\d*C?\d*|C\d*|TRUE|FALSE)$/i.test(name);
  return looksLikeReference ? `'${name.replace(/'/g, "''")}'` : quoteUnlessPlain(name);
}

/** A text as a formula string literal: "..." with quotes doubled. */
export function str(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** An absolute reference to a cell of a sheet: 'Năm 2020'!$D$8. */
export function absRef(sheet: string, row: number, col: number): string {
  return `${quoteSheetName(sheet)}!${absA1(row, col)}`;
}

export function absA1(row: number, col: number): string {
  return a1(row, col).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
}

/** An absolute range of a sheet: 'Năm 2020'!$D$8:$D$66. */
export function absRange(sheet: string, r: CellRange): string {
  const start = absA1(r.r0, r.c0);
  const end = absA1(r.r1, r.c1);
  return `${quoteSheetName(sheet)}!${start === end ? start : `${start}:${end}`}`;
}

/** A relative range on the same sheet: D5:O5. */
export function localRange(r: CellRange): string {
  return rangeA1(r);
}

/**
 * A COUNTIF criterion that matches the text exactly: "=" so that text starting with "<", ">" or
 * "=" is not read as an operator, and ~ before the wildcards * and ?.
 */
export function exactCriterion(text: string): string {
  return str(`=${text.replace(/[~*?]/g, (c) => `~${c}`)}`);
}

/** An array constant of exact criteria: {"=Tốt","=HTTNV"}. */
export function criteriaArray(texts: string[]): string {
  return `{${texts.map(exactCriterion).join(',')}}`;
}

/** The link a report row uses to jump to the cell: HYPERLINK("#'Năm 2018'!D54","D54"). */
export function hyperlinkTo(sheet: string, cell: string, label: string): string {
  return `HYPERLINK(${str(`#${quoteSheetName(sheet)}!${cell}`)},${str(label)})`;
}

/** Splits rows into runs of consecutive rows, so a formula can skip the rows it must not count. */
export function rowRuns(rows: number[]): [number, number][] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const r of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[1] === r - 1) last[1] = r;
    else runs.push([r, r]);
  }
  return runs;
}
