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
  const lines = (table.gradesDown ?? []).map((m): SummaryLine => {
    const year = m.year ?? table.correctedYear ?? table.titleYear ?? table.sheetYear;
    const row = totalRow ?? gradeRows[0]!.row;
    return {
      row,
      label: totalRow !== null ? view.text(totalRow, table.labelCol) : String(year ?? ''),
      year,
      wholeYear: true,
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
