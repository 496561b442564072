import { LEVELS, type Level } from '../words';

/** At most the two schemes' four grades each: a longer column of grades grades units. */
const MAX_NAMES = 8;
const MIN_RUN = 3;

/**
 * Whether a column's grades, in row order, are the names of the grades themselves (the source
 * of a drop-down on a "Danh mục" sheet, a legend typed as a table): each grade once, best to
 * worst (or worst to best), in one run per scheme. A list sorted by grade repeats a grade; a
 * list of a few units graded one of each is told apart by its names paired row for row (the
 * caller's part).
 */
export function isGradeVocabulary(levels: readonly Level[]): boolean {
  if (levels.length < MIN_RUN || levels.length > MAX_NAMES) return false;
  const at = levels.map((l) => LEVELS.indexOf(l));
  const step = Math.sign(at[1]! - at[0]!);
  if (step === 0) return false;
  let run = 1;
  for (let i = 1; i < at.length; i++) {
    if (at[i]! - at[i - 1]! === step) run++;
    else if (run >= MIN_RUN && at[i] === at[0]) run = 1;
    else return false;
  }
  return run >= MIN_RUN;
}
