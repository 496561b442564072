import { storedSparse, type RowData, type Scalar } from '../../core/model/snapshot';
import type { StyleTable } from './styleTable';

/** What one block read returns: the Range properties, row-major, plus fonts when known. */
export interface LoadedBlock {
  row0: number;
  col0: number;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  valueTypes: string[][];
  /** Font name per cell (ExcelApi 1.9 getCellProperties), or null when not read. */
  fonts: (string | null)[][] | null;
}

function asScalar(v: unknown): Scalar {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return null;
}

/**
 * Turns one block into snapshot rows, written into `rows` at their absolute indexes; a row that a
 * block of other columns already began (a wide sheet is read in column bands) gets the new cells
 * added. A formula is told from text that merely starts with "=" by its value: a formula's result
 * differs from its own text, a text cell's "formula" is its value.
 */
export function blockToRows(
  block: LoadedBlock,
  styles: StyleTable,
  rows: (RowData | undefined)[],
): void {
  block.values.forEach((valueRow, r) => {
    // Blocks side by side (tiles of a wide sheet) fill the same row: add to what is there.
    let data = rows[block.row0 + r];
    let cols: number[] | null = null;
    const at = (): RowData => {
      cols ??= data ? columnsHeld(data) : [];
      return (data ??= { v: [] });
    };
    valueRow.forEach((raw, c) => {
      const type = block.valueTypes[r]?.[c] ?? 'Empty';
      if (type === 'Empty') return;
      const col = block.col0 + c;
      const row = at();
      const value = asScalar(raw);
      row.v[col] = value;
      cols!.push(col);
      if (type === 'Error') (row.e ??= []).push(col);
      const formula = block.formulas[r]?.[c];
      if (typeof formula === 'string' && formula.startsWith('=') && formula !== raw) {
        (row.f ??= {})[col] = formula.slice(1);
      }
      const font = type === 'String' ? (block.fonts?.[r]?.[c] ?? null) : null;
      const numFmt = block.numberFormat[r]?.[c];
      const s = styles.indexOf(typeof numFmt === 'string' ? numFmt : 'General', font);
      if (s !== 0) (row.s ??= [])[col] = s;
    });
    if (data && cols) {
      settle(data, cols);
      rows[block.row0 + r] = data;
    }
  });
}

/** The columns a row holds something in: its list when sparse, else its non-blank slots. */
function columnsHeld(data: RowData): number[] {
  if (data.cols) return data.cols.slice();
  const out: number[] = [];
  for (let c = 0; c < data.v.length; c++) {
    if ((data.v[c] !== null && data.v[c] !== undefined) || data.f?.[c] !== undefined) out.push(c);
  }
  return out;
}

/**
 * Dense or sparse, as the xlsx reader decides: a few cells far apart (one in XFD) are listed, not
 * spread over 16,384 slots; otherwise a hole before a used column is made an explicit blank.
 */
function settle(data: RowData, cols: number[]): void {
  let ascending = true;
  for (let i = 1; i < cols.length && ascending; i++) ascending = cols[i]! > cols[i - 1]!;
  const held = ascending ? cols : [...new Set(cols)].sort((a, b) => a - b);
  const width = data.v.length;
  if (storedSparse(width, held.length)) {
    data.cols = held;
  } else {
    delete data.cols;
    for (let c = 0; c < width; c++) if (data.v[c] === undefined) data.v[c] = null;
  }
}
