import type { RatingList } from '../parse/ratingList';
import type { ColumnCondition } from './gradeCounting';
import { trimmedMatchCount } from './rowFactors';

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
  return trimmedMatchCount(list, list.gradeCol, runs, criteria, where);
}
