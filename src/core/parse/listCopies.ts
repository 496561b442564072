import type { RatingList } from './ratingList';

/** Fewer units than this could agree by chance (two communes both "HTTNV"). */
const COPY_MIN_UNITS = 3;

/**
 * The earlier list this one repeats unit for unit and grade for grade in the same year: a copy
 * laid out for printing beside the original, or pasted onto a sheet of its own. Counting both
 * would count every unit twice, so the copy is counted once (as the original) and said so.
 */
export function copiedList(list: RatingList, earlier: readonly RatingList[]): RatingList | null {
  const n = list.entries.length;
  if (n < COPY_MIN_UNITS) return null;
  for (const other of earlier) {
    if (other.year !== list.year || other.entries.length !== n) continue;
    if (other.table === list.table && other.gradeCol === list.gradeCol) continue;
    let same = true;
    for (let i = 0; i < n && same; i++) {
      const a = list.entries[i]!;
      const b = other.entries[i]!;
      same = a.nameKey === b.nameKey && a.gradeText.trim() === b.gradeText.trim();
    }
    if (same) return other;
  }
  return null;
}
