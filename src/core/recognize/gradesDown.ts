import { readNumber } from '../parse/numbers';
import { recognizeGrade } from '../text/grades';
import type { SheetView } from '../view/sheetView';
import type { HeaderBand } from './headerBand';
import { isPercentLabel, yearIn } from './vocabulary';

/** One measure of a summary whose rows are the grades: a count column and its share. */
export interface GradesDownMeasure {
  /** The year the measure's header names (years across), or null. */
  year: number | null;
  countCol: number;
  percentCol?: number;
}

/** Roles that hold no figure of a grade. */
const NOT_FIGURES = new Set(['stt', 'note', 'year', 'type']);

/**
 * A summary turned on its side: the grades down one column (each named once, "Hoàn thành xuất
 * sắc nhiệm vụ | 10 | 17,9%"), and across, counts with their shares, once or once per year.
 * Returns the measures, or null when the rows are no such summary: a grade named twice is a
 * list's, and every grade row must have a count.
 */
export function gradesDownMeasures(
  view: SheetView,
  band: HeaderBand,
  gradeCol: number,
  first: number,
  last: number,
): GradesDownMeasure[] | null {
  const rows: number[] = [];
  const levels = new Set<string>();
  for (let r = first; r <= last; r++) {
    const text = view.text(r, gradeCol);
    const grade = text && text.length <= 60 ? recognizeGrade(text) : null;
    if (!grade) continue;
    if (levels.has(grade.level)) return null;
    levels.add(grade.level);
    rows.push(r);
  }
  if (rows.length < 2) return null;
  const counts: { col: number; year: number | null }[] = [];
  const percents: number[] = [];
  for (const c of band.columns) {
    if (c.col === gradeCol || (c.meaning && NOT_FIGURES.has(c.meaning.role))) continue;
    const figures = rows.filter((r) => readNumber(view, r, c.col).value !== null).length;
    const raw = c.raw[c.raw.length - 1] ?? '';
    const label = c.labels[c.labels.length - 1] ?? '';
    if (isPercentLabel(raw, label)) percents.push(c.col);
    else if (figures === rows.length) counts.push({ col: c.col, year: yearIn(c.raw.join(' ')) });
  }
  if (counts.length === 0) return null;
  return counts.map((count, i) => {
    const next = counts[i + 1]?.col ?? Infinity;
    const percentCol = percents.find((p) => p > count.col && p < next);
    return {
      year: count.year,
      countCol: count.col,
      ...(percentCol !== undefined ? { percentCol } : {}),
    };
  });
}
