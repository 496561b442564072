import type { RatingListTable } from '../recognize/tables';
import type { SheetView } from '../view/sheetView';

/** Roles that name a list's units. */
const NAME_ROLES = new Set(['unit', 'member', 'cell', 'commune', 'org']);

/**
 * The column naming the units a grade column rates. Usually the list's name column; in a table
 * of two lists side by side with no blank column between (old communes and their 2024 grades,
 * then the new commune and its 2025 grade), a later grade column is named by the name column
 * just before it.
 */
export function unitNameCol(table: RatingListTable, gradeCol: number): number {
  const grades = table.gradeCols.map((g) => g.col).sort((a, b) => a - b);
  const i = grades.indexOf(gradeCol);
  if (i <= 0) return table.nameCol;
  const after = grades[i - 1]!;
  let own = table.nameCol;
  for (const r of table.roles) {
    if (r.col > after && r.col < gradeCol && NAME_ROLES.has(r.role)) own = r.col;
  }
  return own;
}

/**
 * Is the row the lower part of one unit typed once and merged down: its grade cell and its name
 * cell both under merges over the same rows? Such a unit is one unit, counted at its top row. A
 * grade merged over rows with names of their own is one grade per name, and stays so.
 */
export function isMergedUnitTail(
  view: SheetView,
  row: number,
  gradeCol: number,
  nameCol: number,
): boolean {
  // Typed cells first: a long list's rows cost no look at the merges.
  const v = view.sheet.rows[row]?.v;
  if (nameCol === gradeCol || filled(v?.[gradeCol]) || filled(v?.[nameCol])) return false;
  const top = view.mergedDownFrom(row, gradeCol);
  if (top === null || view.mergedDownFrom(row, nameCol) !== top) return false;
  const bottoms = mergeBottoms(view);
  return bottoms.get(`${gradeCol}:${top}`) === bottoms.get(`${nameCol}:${top}`);
}

function filled(v: unknown): boolean {
  return v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '');
}

/** Per sheet view: the last row of each one-column merge, by "column:top row". */
const bottomsOf = new WeakMap<SheetView, Map<string, number>>();

function mergeBottoms(view: SheetView): Map<string, number> {
  let out = bottomsOf.get(view);
  if (!out) {
    out = new Map();
    for (const m of view.sheet.merges) {
      if (m.c0 === m.c1 && m.r1 > m.r0) out.set(`${m.c0}:${m.r0}`, m.r1);
    }
    bottomsOf.set(view, out);
  }
  return out;
}
