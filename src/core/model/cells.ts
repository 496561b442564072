import type { RowData, Scalar, SheetSnapshot, WorkbookSnapshot } from './snapshot';
import { DEFAULT_STYLE } from './snapshot';

export type CellType = 'blank' | 'number' | 'text' | 'boolean' | 'error' | 'date';

/** One cell with everything the checks ask of it. Built on demand; never stored in bulk. */
export interface CellView {
  type: CellType;
  value: Scalar;
  formula: string | undefined;
  numFmt: string;
  font: string | null;
}

export function rowAt(sheet: SheetSnapshot, row: number): RowData | undefined {
  return sheet.rows[row];
}

export function valueAt(sheet: SheetSnapshot, row: number, col: number): Scalar {
  const v = sheet.rows[row]?.v[col];
  return v === undefined ? null : v;
}

export function cellAt(
  wb: WorkbookSnapshot,
  sheet: SheetSnapshot,
  row: number,
  col: number,
): CellView {
  const data = sheet.rows[row];
  const raw = data?.v[col];
  const value = raw === undefined ? null : raw;
  const style = wb.styles[data?.s?.[col] ?? 0] ?? DEFAULT_STYLE;
  const isError = data?.e?.includes(col) ?? false;
  let type: CellType;
  if (isError) type = 'error';
  else if (value === null || value === '') type = 'blank';
  else if (typeof value === 'number') type = isDateFormat(style.numFmt) ? 'date' : 'number';
  else if (typeof value === 'boolean') type = 'boolean';
  else type = 'text';
  return { type, value, formula: data?.f?.[col], numFmt: style.numFmt, font: style.font };
}

/** The last column with a value in a row, or -1. */
export function lastColumn(data: RowData | undefined): number {
  if (!data) return -1;
  const cols = data.cols;
  if (cols) {
    for (let i = cols.length - 1; i >= 0; i--) {
      const v = data.v[cols[i]!];
      if (v !== null && v !== undefined && v !== '') return cols[i]!;
    }
    return -1;
  }
  for (let c = data.v.length - 1; c >= 0; c--) {
    const v = data.v[c];
    if (v !== null && v !== undefined && v !== '') return c;
  }
  return -1;
}

export function isPercentFormat(fmt: string): boolean {
  return /%/.test(stripLiterals(fmt));
}

/** A date or time format: d, m, y, h or s outside quotes and brackets ([h] elapsed time counts). */
export function isDateFormat(fmt: string): boolean {
  if (fmt === 'General' || fmt === '@') return false;
  const bare = stripLiterals(fmt).replace(/\[(?!h\]|hh\]|m\]|mm\]|s\]|ss\])[^\]]*\]/gi, '');
  return /[dmyhs]/i.test(bare) && !/^General$/i.test(bare.trim());
}

/** Digits after the decimal point a number format shows, e.g. "0.0%" → 1; null for General. */
export function formatDecimals(fmt: string): number | null {
  if (fmt === 'General') return null;
  const section = stripLiterals(fmt).split(';')[0] ?? '';
  const m = /\.([0#?]+)/.exec(section);
  return m ? m[1]!.length : 0;
}

function stripLiterals(fmt: string): string {
  return fmt.replace(/"[^"]*"/g, '').replace(/\\./g, '');
}
