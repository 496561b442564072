import { continues, roles } from '../recognize/continuedSheet';
import type { RatingList } from './ratingList';
import { markRepeats } from './repeatsAcrossParts';

/**
 * A long list printed in parts, the next part under "(Tiếp theo)" further down the sheet or on
 * the next sheet, is one list to whoever reads it: a unit listed in an earlier part and again in
 * this one is a repeated unit (`unit.duplicate`), counted once, as within one part. Marks this
 * part's entries repeating an earlier part's (the parts before it that it continues, in turn).
 * Each part stays a list of its own for counting: a year's list may be split over sheets.
 */
export function markContinuedDuplicates(list: RatingList, earlier: readonly RatingList[]): void {
  if (list.table.subject !== 'organization' || list.year === null) return;
  const parts: RatingList[] = [];
  let part = list;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const before = earlier[i]!;
    // Another year column of the same earlier table is no part of this list.
    if (before.table === part.table) continue;
    if (!continuesFrom(part, before)) break;
    parts.push(before);
    part = before;
  }
  markRepeats(list, parts.reverse());
}

/** `list` is the next part of `before`: the same columns and year, under "(Tiếp theo)". */
function continuesFrom(list: RatingList, before: RatingList): boolean {
  const a = list.table;
  const b = before.table;
  if (b.subject !== 'organization' || before.year !== list.year) return false;
  if (a.across || b.across || a.gradeCols.length !== 1 || b.gradeCols.length !== 1) return false;
  return roles(a) === roles(b) && continues(a);
}
