import type { WorkbookModel } from '../workbookModel';
import type { Table } from '../recognize/tables';

/** The recognized table a cell lies in (header, body and total lines), if any. */
export function tableAt(
  model: WorkbookModel,
  sheet: string,
  row: number,
  col: number,
): Table | undefined {
  return model.tables.find(
    (t) =>
      t.view.name === sheet &&
      row >= t.band.top &&
      row <= Math.max(t.lastDataRow, t.band.bottom) &&
      col >= t.firstCol &&
      col <= t.lastCol,
  );
}

/** A table's place for messages: "A5:F64" on its sheet. */
export function tableRange(t: Table): { r0: number; c0: number; r1: number; c1: number } {
  return {
    r0: t.band.top,
    c0: t.firstCol,
    r1: Math.max(t.lastDataRow, t.band.bottom),
    c1: t.lastCol,
  };
}
