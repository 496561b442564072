import type { Scalar } from '../model/snapshot';
import type { WorkbookModel } from '../model/workbookModel';
import type { NumberCell } from '../parse/numbers';

export interface UsedCell {
  sheet: string;
  row: number;
  col: number;
  raw: Scalar;
  /** Whether the check needs a number there. */
  numeric: boolean;
  status: NumberCell['status'];
}

/** Every cell a check reads, so value rules look at the same cells the checks use. */
export function* usedCells(model: WorkbookModel): Generator<UsedCell> {
  const num = (sheet: string, c: NumberCell | null | undefined): UsedCell | null =>
    c ? { sheet, row: c.row, col: c.col, raw: c.raw, numeric: true, status: c.status } : null;
  for (const s of model.summaries) {
    const sheet = s.table.view.name;
    for (const line of s.lines) {
      const cells = [line.total, ...line.levels.flatMap((l) => [l.count, l.percent])];
      for (const c of cells) {
        const u = num(sheet, c);
        if (u) yield u;
      }
    }
  }
  for (const list of model.lists) {
    const sheet = list.table.view.name;
    for (const e of list.entries) {
      if (e.status === 'error') {
        const raw = list.table.view.cell(e.row, e.gradeCol).value;
        yield { sheet, row: e.row, col: e.gradeCol, raw, numeric: false, status: 'error' };
      }
      const u = num(sheet, e.score);
      if (u) yield u;
    }
  }
  for (const reg of model.registers) {
    const sheet = reg.table.view.name;
    for (const row of reg.rows) {
      for (const m of row.months) {
        if (m.state === 'error') {
          yield { sheet, row: m.row, col: m.col, raw: m.raw, numeric: false, status: 'error' };
        }
      }
      for (const c of [...row.quarters, row.thematicCount]) {
        // An "x" in a quarter column is a mark, not a number typed as text.
        if (c && c.status === 'unreadable' && /^x$/i.test(String(c.raw ?? '').trim())) continue;
        const u = num(sheet, c);
        if (u) yield u;
      }
    }
  }
}
