import type { RatingList } from './ratingList';

/**
 * A list printed in parts (continued on the next sheet under "(Tiếp theo)", or in halves side by
 * side) is one list: a unit in an earlier part and again in a later one is listed twice that
 * year. Marks the later entries of `lists` (one table's, just parsed) as repeats of the earlier
 * parts' (already in `earlier`) the recognizer linked to its table, before any is counted.
 */
export function markRepeatsOfEarlierParts(
  lists: readonly RatingList[],
  earlier: readonly RatingList[],
): void {
  for (const list of lists) {
    const parts: RatingList[] = [];
    for (let part = list.table.continues; part; part = part.continues) {
      parts.unshift(...earlier.filter((o) => o.table === part && o.year === list.year));
    }
    markRepeats(list, parts);
  }
}

/**
 * Marks `list`'s entries naming a unit an earlier part (`parts`, first to last) already lists,
 * at that part's first row of it, unless `list` repeats half its units or more: then it is the
 * list typed again (another version), not its next page, and its repeats are no one's mistake.
 */
export function markRepeats(list: RatingList, parts: readonly RatingList[]): void {
  const first = new Map<string, { row: number; sheet: string; col: number }>();
  for (const p of parts) {
    for (const e of p.entries) {
      const k = unitKey(e);
      if (k && e.duplicateOf === undefined && !first.has(k))
        first.set(k, { row: e.row, sheet: p.table.view.name, col: e.nameCol ?? p.table.nameCol });
    }
  }
  if (first.size === 0) return;
  const repeats = list.entries.flatMap((e) => {
    const at = e.duplicateOf === undefined ? first.get(unitKey(e)) : undefined;
    return at ? [{ e, at }] : [];
  });
  if (repeats.length * 2 >= list.entries.length) return;
  for (const { e, at } of repeats) {
    e.duplicateOf = at.row;
    e.duplicateAt = {
      col: at.col,
      ...(at.sheet !== list.table.view.name ? { sheet: at.sheet } : {}),
    };
  }
}

/** A unit across parts: its name under its parent organization; none without a name. */
function unitKey(e: RatingList['entries'][number]): string {
  return e.nameKey ? `${e.parentKey ?? ''}/${e.nameKey}` : '';
}
