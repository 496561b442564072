import { labelKey } from '../text/normalize';
import type { ColumnMeaning } from './vocabulary';

/*
 * A list may grade more than the unit for its year: its committee ("Tập thể cấp ủy", "Tập thể
 * BCH"), its secretary ("Bí thư"), or the half-year review ("Sơ kết 6 tháng đầu năm", "XL 6
 * tháng") beside the year's grade. Counted too, every unit would count two or three times, and a
 * half-year "Khá" would be an unknown grade of the year. Beside a grade column that names none
 * of these, such a column is read as a grade set aside: not counted, not checked. Alone, it is
 * the list's grade (a list of secretaries).
 */
const ASIDE = /\b(tap the|bch|ban chap hanh|bi thu|6 thang|sau thang|so ket|giua nam)\b/;

/** Whether a grade column's own label (the lowest header text) names another subject or period. */
function isAside(label: string): boolean {
  const parts = label.split(' / ');
  return ASIDE.test(labelKey(parts[parts.length - 1] ?? ''));
}

/**
 * The grade columns to set aside among those typed, by column: each names another subject or
 * period, and a grade column of the same year (or of no stated year) names none.
 */
export function asideGradeColumns(
  typed: ReadonlyMap<number, { meaning: ColumnMeaning; label: string }>,
): number[] {
  const grades = [...typed].filter(([, t]) => t.meaning.role === 'grade');
  const own = grades.filter(([, t]) => !isAside(t.label));
  if (own.length === 0) return [];
  const sameYear = (a: ColumnMeaning, b: ColumnMeaning) =>
    a.year === undefined || b.year === undefined || a.year === b.year;
  return grades
    .filter(([, t]) => isAside(t.label) && own.some(([, o]) => sameYear(o.meaning, t.meaning)))
    .map(([col]) => col);
}
