import type { RatingList } from '../parse/ratingList';
import type { Level } from '../report/types';
import { gradeSpellings } from '../text/grades';
import { absRange, criteriaArray, rowRuns } from './formulas';

/** Past this many runs a formula would grow unreadable; the list's whole body is counted instead. */
const MAX_RUNS = 30;

/**
 * Texts a level's COUNTIFS must count in a list: the spellings the user actually typed for it
 * (legacy-encoded and decomposed ones included, as they are stored) and the usual spellings, so
 * a grade corrected to a standard text is still counted. COUNTIFS ignores case, so texts equal
 * but for case are listed once: listing both would count a cell twice.
 */
export function levelCriteria(list: RatingList, level: Level): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (t: string) => {
    const k = t.toLocaleLowerCase('vi');
    if (!seen.has(k)) {
      seen.add(k);
      out.push(t);
    }
  };
  for (const e of list.entries) {
    if (e.status !== 'ok' || e.level !== level) continue;
    const raw = list.table.view.cell(e.row, e.gradeCol).value;
    if (typeof raw === 'string') add(raw);
  }
  for (const s of gradeSpellings(level, list.scheme)) add(s);
  return out;
}

/** The rows of a list a formula counts: its body, less repeated units and other years' rows. */
export function countedRuns(list: RatingList): [number, number][] {
  if (list.entries.length === 0) return [];
  const rows = list.entries.map((e) => e.row);
  const first = Math.min(...rows);
  const last = Math.max(...rows);
  const excluded = new Set<number>();
  for (const e of list.entries) if (e.duplicateOf !== undefined) excluded.add(e.row);
  const keep: number[] = [];
  for (let r = first; r <= last; r++) if (!excluded.has(r)) keep.push(r);
  const runs = rowRuns(keep);
  return runs.length > MAX_RUNS ? [[first, last]] : runs;
}

/**
 * SUMPRODUCT(COUNTIFS(range, {criteria})) over each run, added up; with a year column, each
 * COUNTIFS also asks for the list's year.
 */
export function countFormula(
  list: RatingList,
  runs: [number, number][],
  criteria: string[],
): string {
  if (runs.length === 0 || criteria.length === 0) return '0';
  const sheet = list.table.view.name;
  const crit = criteriaArray(criteria);
  const yearCol = list.table.yearCol;
  return runs
    .map(([r0, r1]) => {
      const range = absRange(sheet, { r0, c0: list.gradeCol, r1, c1: list.gradeCol });
      const byYear =
        yearCol !== undefined && list.year !== null
          ? `,${absRange(sheet, { r0, c0: yearCol, r1, c1: yearCol })},${list.year}`
          : '';
      return `SUMPRODUCT(COUNTIFS(${range},${crit}${byYear}))`;
    })
    .join('+');
}
