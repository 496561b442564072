import type { GradesDownMeasure } from '../recognize/gradesDown';
import type { RatingSummaryTable } from '../recognize/tables';
import { recognizeGrade } from '../text/grades';
import type { Level } from '../report/types';
import { readCount } from './countCell';
import { readPercent, settlePercentUnits, type SummaryLine } from './ratingSummary';
import { isTotalLabel } from './rows';

/**
 * A summary on its side (grades down, counts and shares across): each measure across (one, or
 * one per year) is one line of the year's figures, its levels read down the grade rows and its
 * total from the "Tổng số" row, so the checks of a summary (shares, totals, against the list)
 * read it as they read a summary line.
 */
export function gradesDownLines(table: RatingSummaryTable): SummaryLine[] {
  const { view } = table;
  const repeated = new Set(table.repeatedHeaderRows);
  const gradeRows: { row: number; level: Level }[] = [];
  let totalRow: number | null = null;
  for (let r = table.firstDataRow; r <= table.lastDataRow; r++) {
    if (repeated.has(r)) continue;
    const label = view.text(r, table.labelCol);
    if (!label) continue;
    if (isTotalLabel(label)) {
      totalRow ??= r;
      continue;
    }
    const grade = label.length <= 60 ? recognizeGrade(label) : null;
    if (grade && !gradeRows.some((g) => g.level === grade.level)) {
      gradeRows.push({ row: r, level: grade.level });
    }
  }
  if (gradeRows.length === 0) return [];
  const measures = table.gradesDown ?? [];
  const yearOf = (m: GradesDownMeasure) =>
    m.year ?? table.correctedYear ?? table.titleYear ?? table.sheetYear;
  const lines = measures.map((m): SummaryLine => {
    const year = yearOf(m);
    const row = totalRow ?? gradeRows[0]!.row;
    const label = totalRow !== null ? view.text(totalRow, table.labelCol) : String(year ?? '');
    // Several measures of one year are its parts across (kinds of organization, communes) and
    // their total: only the total speaks for the whole year, as a summary's group lines do.
    const parts = measures.filter((o) => yearOf(o) === year).length > 1;
    return {
      row,
      label: parts && m.label ? `${label} (${m.label})` : label,
      year,
      wholeYear: !parts || m.isTotal,
      measure: m,
      isTotal: totalRow !== null,
      scheme: year !== null && year < 2018 ? 'pre-2018' : '2018',
      total: totalRow !== null ? readCount(view, totalRow, m.countCol) : null,
      levels: gradeRows.map((g) => ({
        level: g.level,
        count: readCount(view, g.row, m.countCol),
        percent: m.percentCol !== undefined ? readPercent(table, g.row, m.percentCol) : null,
      })),
    };
  });
  settlePercentUnits(lines);
  return lines;
}
