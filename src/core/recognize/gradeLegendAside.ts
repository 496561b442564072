import type { ColumnContent } from './content';
import type { ColumnMeaning } from './vocabulary';

/*
 * Beside a list, past a blank column, boards type what the grades mean: the 2025 score bands
 * ("Từ 90 điểm trở lên" | HTXSNV, "Từ 70 đến dưới 90 điểm" | HTTNV, …), or the four grades a
 * drop-down picks from ("Danh mục xếp loại"). Its header sits on the list's header row, so the
 * band takes it in, and its grade column would be a second list of the year: four more units,
 * each checked against the list's scores. Such a column names each grade once and has no names
 * of its own beside it: a legend, not the list's grades.
 */

const NAME_ROLES = new Set(['unit', 'member', 'cell', 'commune']);

/** A legend names each grade once; the four levels (five with the old scheme's exemplary). */
const MAX_LEGEND_GRADES = 5;

/**
 * The columns of legends typed beside a list: each grade column right of a blank column, whose
 * grades are all different levels, with no name column from the blank column to it, while a
 * name column and a grade column stand left of that blank column. The columns from the blank
 * one on are returned, to be left out of the table.
 */
export function gradeLegendColumns(
  typed: ReadonlyMap<number, { meaning: ColumnMeaning }>,
  content: ReadonlyMap<number, ColumnContent>,
  headerCols: ReadonlySet<number>,
  lastCol: number,
): Set<number> {
  const out = new Set<number>();
  const role = (c: number) => typed.get(c)?.meaning.role;
  const isBlank = (c: number) =>
    !typed.has(c) && !headerCols.has(c) && (content.get(c)?.filled ?? 0) === 0;
  for (let c = 1; c <= lastCol; c++) {
    if (role(c) !== 'grade') continue;
    const p = content.get(c);
    if (!p || p.grades === 0 || p.grades > MAX_LEGEND_GRADES || p.levels.size !== p.grades)
      continue;
    let gap = -1;
    for (let g = c - 1; g >= 0 && gap < 0; g--) {
      if (isBlank(g)) gap = g;
      else if (NAME_ROLES.has(role(g) ?? '')) break;
    }
    if (gap < 0) continue;
    let namedLeft = false;
    let gradedLeft = false;
    for (let l = 0; l < gap; l++) {
      if (NAME_ROLES.has(role(l) ?? '')) namedLeft = true;
      if (role(l) === 'grade' || role(l) === 'levelTick') gradedLeft = true;
    }
    if (!namedLeft || !gradedLeft) continue;
    for (let k = gap; k <= c; k++) out.add(k);
  }
  return out;
}
