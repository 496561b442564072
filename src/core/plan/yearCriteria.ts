import type { RatingList } from '../parse/ratingList';
import { exactCriterion, str, yearCriterion } from './formulas';

/** Past this many spellings of its year a list's formulas keep the first ones. */
const MAX_SPELLINGS = 4;

/**
 * The texts a list's year cells hold other than the year itself ("Năm 2018", "2018 (bổ sung)"),
 * trimmed, most typed first: the engine reads the year in them, COUNTIFS needs them as typed.
 */
function typedYears(list: RatingList): string[] {
  const col = list.table.yearCol;
  if (col === undefined || list.year === null) return [];
  const year = String(list.year);
  const seen = new Map<string, number>();
  for (const e of list.entries) {
    const raw = list.table.view.sheet.rows[e.row]?.v[col];
    if (typeof raw !== 'string') continue;
    const t = raw.trim();
    if (t && t !== year) seen.set(t, (seen.get(t) ?? 0) + 1);
  }
  return [...seen]
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_SPELLINGS)
    .map(([t]) => t);
}

/**
 * The COUNTIFS criteria of a list's year, each a separate alternative (a row meets exactly one):
 * the year as text, which matches the number and the text "2018", then each other spelling the
 * list's year cells hold, exactly.
 */
export function yearCriteria(list: RatingList): string[] {
  if (list.year === null) return [];
  return [yearCriterion(list.year), ...typedYears(list).map(exactCriterion)];
}

/** A SUMPRODUCT factor true where a year cell holds the list's year in any of its spellings. */
export function yearFactor(list: RatingList, range: string): string {
  if (list.year === null) return '';
  const texts = [String(list.year), ...typedYears(list)];
  return `*(${texts.map((t) => `(TRIM(${range})=${str(t)})`).join('+')})`;
}
