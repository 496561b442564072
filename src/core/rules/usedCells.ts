import type { Scalar } from '../model/snapshot';
import type { WorkbookModel } from '../workbookModel';
import { numberFromText, type NumberCell } from '../parse/numbers';
import type { Table } from '../recognize/tables';
import { tableAt } from './tableAt';
import { keyColumn } from '../recognize/tableBody';

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
      const cells = [
        line.total,
        line.rated,
        ...line.levels.flatMap((l) => [l.count, l.percent]),
        ...(line.shares ?? []).map((x) => x.percent),
      ];
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
        // Quarters that name topics are text by design; an unreadable one is meeting.no-data's.
        if (c?.status === 'unreadable' && reg.table.regularCountCol !== undefined) continue;
        const u = num(sheet, c);
        if (u) yield u;
      }
    }
  }
}

/** At this many numbers stored as text in one table, they are a trait of the file, said once. */
export const TEXT_NUMBERS_COLLAPSE = 3;

/**
 * Whether a table's numbers stored as text are said once: many of them among the cells the checks
 * read, or a body typed that way throughout (an export writes its running numbers and member
 * counts as text too, though a small register reads only two of its figures).
 */
export function collapsesTextNumbers(
  table: Table | null,
  cells: UsedCell[],
  /**
   * Numeric cells the checks read in the table, or in some of its columns; asked only for a
   * table with few text ones.
   */
  numericCells: (cols?: ReadonlySet<number>) => number,
): boolean {
  if (!table || cells.length === 0) return false;
  if (cells.length >= TEXT_NUMBERS_COLLAPSE) return true;
  // Every figure the checks read is text, in the table or in the columns holding the text ones
  // (a register's thematic counts under months of dates): typed (or exported) that way.
  if (cells.length >= 2 && cells.length >= numericCells()) return true;
  if (cells.length >= 2 && cells.length >= numericCells(new Set(cells.map((c) => c.col))))
    return true;
  let found = 0;
  // A row's label ("2016" in a summary's year column, a list's "Năm 2015") is text by nature: a
  // body whose only other text figure is one slip is no export typed as text throughout.
  const labels = new Set([keyColumn(table), ...('yearCol' in table ? [table.yearCol] : [])]);
  for (let r = table.firstDataRow; r <= table.lastDataRow; r++) {
    const v = table.view.sheet.rows[r]?.v;
    if (!v) continue;
    for (let c = table.firstCol; c <= Math.min(table.lastCol, v.length - 1); c++) {
      if (labels.has(c)) continue;
      const x = v[c];
      if (typeof x === 'string' && x.trim() !== '' && numberFromText(x) !== null) {
        if (++found >= TEXT_NUMBERS_COLLAPSE * 2) return true;
      }
    }
  }
  return false;
}

/**
 * Numbers stored as text (read fine, "12", "18,9%"), by the table they lie in: an export that
 * types every figure as text gives one finding for the table, not one per cell.
 */
/**
 * How many cells a table holds that a check reads as a number (any status), counted once per
 * model on first use: a large list whose figures are all numbers never pays for it.
 */
export function numericCellsByTable(
  model: WorkbookModel,
): (table: Table | null, cols?: ReadonlySet<number>) => number {
  let counts: Map<Table | null, Map<number, number>> | null = null;
  return (table, cols) => {
    if (!counts) {
      counts = new Map();
      for (const c of usedCells(model)) {
        if (!c.numeric) continue;
        const t = tableAt(model, c.sheet, c.row, c.col) ?? null;
        const byCol = counts.get(t) ?? new Map<number, number>();
        counts.set(t, byCol);
        // Columns are asked about their figures: a blank cell is none. Blank ones are kept apart
        // (under -1 - col) for the whole table's count, as before.
        const key = c.status === 'blank' ? -1 - c.col : c.col;
        byCol.set(key, (byCol.get(key) ?? 0) + 1);
      }
    }
    let n = 0;
    for (const [col, k] of counts.get(table) ?? []) if (!cols || cols.has(col)) n += k;
    return n;
  };
}

export function textNumbersByTable(model: WorkbookModel): Map<Table | null, UsedCell[]> {
  const out = new Map<Table | null, UsedCell[]>();
  for (const c of usedCells(model)) {
    if (!c.numeric || c.status !== 'text') continue;
    const t = tableAt(model, c.sheet, c.row, c.col) ?? null;
    const list = out.get(t) ?? [];
    list.push(c);
    out.set(t, list);
  }
  return out;
}
