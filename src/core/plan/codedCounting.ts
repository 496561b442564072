import type { RatingList } from '../parse/ratingList';
import { absRange, str } from './formulas';
import type { ColumnCondition } from './gradeCounting';
import { rowFactors } from './rowFactors';

/**
 * A coded list's count (grades typed as "1".."4" or "A".."D", read by the sheet's legend): the
 * cells whose trimmed text is one of the level's codes or spellings. TRIM turns a number into its
 * text and drops stray spaces, and MATCH ignores case, so 2, "2", " 2" and "b" count as the engine
 * counts them, where a COUNTIFS criterion would tell a number from a text.
 */
export function codedFormula(
  list: RatingList,
  runs: [number, number][],
  criteria: string[],
  where?: ColumnCondition,
): string {
  const sheet = list.table.view.name;
  const texts = `{${criteria.map(str).join(',')}}`;
  return runs
    .map(([r0, r1]) => {
      const range = absRange(sheet, { r0, c0: list.gradeCol, r1, c1: list.gradeCol });
      const factors = rowFactors(list, r0, r1, where);
      return `SUMPRODUCT(ISNUMBER(MATCH(TRIM(${range}),${texts},0))*1${factors})`;
    })
    .join('+');
}
