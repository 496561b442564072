import type { RatingList } from './ratingList';

/**
 * A list printed in parts (continued on the next sheet under "(Tiếp theo)", or in halves side by
 * side) is one list: a unit in an earlier part and again in a later one is listed twice that
 * year. Marks the later entries of `lists` (one table's, just parsed) as repeats of the earlier
 * parts' (already in `earlier`), before any of them is counted.
 */
export function markRepeatsOfEarlierParts(
  lists: readonly RatingList[],
  earlier: readonly RatingList[],
): void {
  for (const list of lists) {
    const first = new Map<string, { row: number; sheet: string; col: number }>();
    for (let part = list.table.continues; part; part = part.continues) {
      for (const other of earlier) {
        if (other.table !== part || other.year !== list.year) continue;
        for (const e of other.entries) {
          if (!e.nameKey || e.duplicateOf !== undefined) continue;
          const k = `${e.parentKey ?? ''}/${e.nameKey}`;
          // Parts are walked last to first: the earliest row of a unit wins.
          first.set(k, { row: e.row, sheet: part.view.name, col: e.nameCol ?? part.nameCol });
        }
      }
    }
    if (first.size === 0) continue;
    const repeats = list.entries.flatMap((e) => {
      if (!e.nameKey || e.duplicateOf !== undefined) return [];
      const at = first.get(`${e.parentKey ?? ''}/${e.nameKey}`);
      return at ? [{ e, at }] : [];
    });
    // A part repeating half the units before it or more is the list typed again (another
    // version), not its next page: its repeats are no one's mistake to flag.
    if (repeats.length * 2 >= list.entries.length) continue;
    for (const { e, at } of repeats) {
      e.duplicateOf = at.row;
      e.duplicateAt = {
        col: at.col,
        ...(at.sheet !== list.table.view.name ? { sheet: at.sheet } : {}),
      };
    }
  }
}
