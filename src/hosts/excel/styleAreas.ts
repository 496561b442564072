import type { PlanCell } from '../../core/plan/outputPlan';
import type { CellRange } from '../../core/model/snapshot';

/**
 * Groups the cells of each style into rectangles: runs of adjacent columns in a row, then runs
 * stacked on consecutive rows with the same columns. A table styled by column gives one rectangle
 * per column whatever its length, so formatting costs do not grow with the row count.
 */
export function styleAreas(cells: PlanCell[]): Map<number, CellRange[]> {
  const byStyle = new Map<number, PlanCell[]>();
  for (const cell of cells) {
    const s = cell.style ?? 0;
    if (s === 0) continue;
    const list = byStyle.get(s);
    if (list) list.push(cell);
    else byStyle.set(s, [cell]);
  }
  const out = new Map<number, CellRange[]>();
  for (const [style, list] of byStyle) out.set(style, rectangles(list));
  return out;
}

function rectangles(cells: PlanCell[]): CellRange[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: CellRange[] = [];
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.r0 === cell.row && last.c1 + 1 === cell.col) last.c1 = cell.col;
    else if (!(last && last.r0 === cell.row && last.c1 >= cell.col)) {
      runs.push({ r0: cell.row, r1: cell.row, c0: cell.col, c1: cell.col });
    }
  }
  // Stack runs: an open rectangle per column span, extended while the next row repeats it.
  const open = new Map<string, CellRange>();
  const done: CellRange[] = [];
  for (const run of runs) {
    const key = `${run.c0}:${run.c1}`;
    const rect = open.get(key);
    if (rect && rect.r1 + 1 === run.r0) {
      rect.r1 = run.r0;
    } else {
      if (rect) done.push(rect);
      open.set(key, { ...run });
    }
  }
  done.push(...open.values());
  return done.sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
}
