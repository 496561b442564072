import type { RatingList } from '../parse/ratingList';
import { absRange, criteriaArray, rowRuns } from './formulas';

/**
 * A list on its side (units across, a row per year): its year's row, over the units' columns,
 * counted with SUMPRODUCT(COUNTIFS(…)) per run of adjacent unit columns, so a column between
 * units (a note, a total) is not counted.
 */
export function acrossFormula(list: RatingList, criteria: string[]): string {
  const across = list.table.across;
  const row = list.entries[0]?.row;
  if (!across || row === undefined || criteria.length === 0) return '0';
  const sheet = list.table.view.name;
  const crit = criteriaArray(criteria);
  return rowRuns(list.entries.map((e) => e.gradeCol))
    .map(
      ([c0, c1]) =>
        `SUMPRODUCT(COUNTIFS(${absRange(sheet, { r0: row, c0, r1: row, c1 })},${crit}))`,
    )
    .join('+');
}
