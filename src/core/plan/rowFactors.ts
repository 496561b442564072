import type { RatingList } from '../parse/ratingList';
import { absRange, str } from './formulas';
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
      ? `*(${absRange(sheet, { r0, c0: yearCol, r1, c1: yearCol })}=${list.year})`
      : '';
  const byCol = where
    ? `*ISNUMBER(MATCH(${absRange(sheet, { r0, c0: where.col, r1, c1: where.col })},{${where.texts.map(str).join(',')}},0))`
    : '';
  return byYear + byCol;
}
