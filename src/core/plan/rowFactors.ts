import type { RatingList } from '../parse/ratingList';
import { absRange, str } from './formulas';
import { yearFactor } from './yearCriteria';
import type { ColumnCondition } from './gradeCounting';

/**
 * The factors a SUMPRODUCT count multiplies its test by, over rows r0..r1: the list's year in
 * its year column, and the organization's spellings in its column. Empty when neither applies.
 */
export function rowFactors(
  list: RatingList,
  r0: number,
  r1: number,
  where?: ColumnCondition,
): string {
  const sheet = list.table.view.name;
  const yearCol = list.table.yearCol;
  const byYear =
    yearCol !== undefined && list.year !== null
      ? yearFactor(list, absRange(sheet, { r0, c0: yearCol, r1, c1: yearCol }))
      : '';
  const byCol = where
    ? `*ISNUMBER(MATCH(${absRange(sheet, { r0, c0: where.col, r1, c1: where.col })},{${where.texts.map(str).join(',')}},0))`
    : '';
  return byYear + byCol;
}

/**
 * How many cells of a column, over the counted runs, hold one of the texts once trimmed (MATCH
 * ignores case, as the engine does), on rows that meet the list's year and organization.
 */
export function trimmedMatchCount(
  list: RatingList,
  col: number,
  runs: [number, number][],
  texts: string[],
  where?: ColumnCondition,
): string {
  const sheet = list.table.view.name;
  const array = `{${texts.map(str).join(',')}}`;
  return runs
    .map(([r0, r1]) => {
      const range = absRange(sheet, { r0, c0: col, r1, c1: col });
      return `SUMPRODUCT(ISNUMBER(MATCH(TRIM(${range}),${array},0))*1${rowFactors(list, r0, r1, where)})`;
    })
    .join('+');
}
