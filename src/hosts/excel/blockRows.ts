import type { RowData, Scalar } from '../../core/model/snapshot';
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
 * Turns one block into snapshot rows, written into `rows` at their absolute indexes. A formula is
 * told from text that merely starts with "=" by its value: a formula's result differs from its
 * own text, a text cell's "formula" is its value.
 */
export function blockToRows(
  block: LoadedBlock,
  styles: StyleTable,
  rows: (RowData | undefined)[],
): void {
  block.values.forEach((valueRow, r) => {
    // Blocks side by side (tiles of a wide sheet) fill the same row: add to what is there.
    let data: RowData | undefined = rows[block.row0 + r];
    const at = (): RowData => (data ??= { v: [] });
    valueRow.forEach((raw, c) => {
      const type = block.valueTypes[r]?.[c] ?? 'Empty';
      if (type === 'Empty') return;
      const col = block.col0 + c;
      const row = at();
      const value = asScalar(raw);
      row.v[col] = value;
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
    if (data) {
      // Dense values: a hole before the first used column reads as blank, but keep it explicit.
      for (let c = 0; c < data.v.length; c++) if (data.v[c] === undefined) data.v[c] = null;
      rows[block.row0 + r] = data;
    }
  });
}
