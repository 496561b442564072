import { continues, roles } from '../recognize/continuedSheet';
import type { RatingList } from './ratingList';

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
  if (parts.length === 0) return;
  const first = new Map<string, { row: number; sheet: string; col: number }>();
  for (const p of parts.reverse()) {
    for (const e of p.entries) {
      const k = unitKey(e);
      if (e.duplicateOf === undefined && !first.has(k))
        first.set(k, { row: e.row, sheet: p.table.view.name, col: e.nameCol ?? p.table.nameCol });
    }
  }
  const repeats = list.entries.flatMap((e) => {
    const seen = e.duplicateOf === undefined ? first.get(unitKey(e)) : undefined;
    return seen ? [{ e, seen }] : [];
  });
  // A part repeating half the units before it or more is the list typed again (another
  // version), not its next page: its repeats are no one's mistake to flag.
  if (repeats.length * 2 >= list.entries.length) return;
  for (const { e, seen } of repeats) {
    e.duplicateOf = seen.row;
    e.duplicateAt = {
      col: seen.col,
      ...(seen.sheet !== list.table.view.name ? { sheet: seen.sheet } : {}),
    };
  }
}

function unitKey(e: RatingList['entries'][number]): string {
  return `${e.parentKey ?? ''}/${e.nameKey}`;
}

/** `list` is the next part of `before`: the same columns and year, under "(Tiếp theo)". */
function continuesFrom(list: RatingList, before: RatingList): boolean {
  const a = list.table;
  const b = before.table;
  if (b.subject !== 'organization' || before.year !== list.year) return false;
  if (a.across || b.across || a.gradeCols.length !== 1 || b.gradeCols.length !== 1) return false;
  return roles(a) === roles(b) && continues(a);
}
