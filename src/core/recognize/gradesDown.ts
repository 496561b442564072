import { readNumber } from '../parse/numbers';
import { recognizeGrade } from '../text/grades';
import type { SheetView } from '../view/sheetView';
import type { HeaderBand } from './headerBand';
import { labelKey } from '../text/normalize';
import { isTotalLabel } from '../parse/rows';
import { isCountLabel, isPercentLabel, yearIn } from './vocabulary';

/** One measure of a summary whose rows are the grades: a count column and its share. */
export interface GradesDownMeasure {
  /** The year the measure's header names (years across), or null. */
  year: number | null;
  countCol: number;
  percentCol?: number;
  /** The column's own header ("Xã", "Phường Tam Thanh", "Tổng số"), for messages. */
  label: string;
  /** Does its header name the whole ("Tổng số", "Cộng", "Toàn tỉnh") rather than a part? */
  isTotal: boolean;
}

/** Roles that hold no figure of a grade. */
const NOT_FIGURES = new Set(['stt', 'note', 'year', 'type']);

/** The measures across, and the row of sub-labels ("SL | % | SL | %") the header band left out. */
export interface GradesDown {
  measures: GradesDownMeasure[];
  subLabelRow: number | null;
}

/**
 * A summary turned on its side: the grades down one column (each named once, "Hoàn thành xuất
 * sắc nhiệm vụ | 10 | 17,9%"), and across, counts with their shares, once or once per year
 * ("Năm 2022" over "SL | %"). Null when the rows are no such summary: a grade named twice is a
 * list's, and every grade row must have a count.
 */
export function gradesDownMeasures(
  view: SheetView,
  band: HeaderBand,
  gradeCol: number,
  first: number,
  last: number,
): GradesDown | null {
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
  const subLabelRow = subLabels(view, first, rows[0]!, gradeCol);
  const known = new Map(band.columns.map((c) => [c.col, c]));
  let lastCol = 0;
  for (const r of rows) lastCol = Math.max(lastCol, view.lastColumn(r));
  const counts: { col: number; year: number | null; label: string; isTotal: boolean }[] = [];
  const percents: number[] = [];
  for (let c = 0; c <= lastCol; c++) {
    const head = known.get(c);
    if (c === gradeCol || (head?.meaning && NOT_FIGURES.has(head.meaning.role))) continue;
    const above: string[] = [];
    for (let r = band.top; r <= band.bottom; r++) above.push(view.headerText(r, c));
    const sub = subLabelRow !== null ? view.text(subLabelRow, c) : '';
    const raw = sub || head?.raw[head.raw.length - 1] || above[above.length - 1] || '';
    const figures = rows.filter((r) => readNumber(view, r, c).value !== null).length;
    if (isPercentLabel(raw, labelKey(raw))) percents.push(c);
    else if (figures === rows.length)
      counts.push({
        col: c,
        year: yearIn(above.join(' ')),
        label: raw,
        isTotal: head?.meaning?.role === 'total' || isTotalLabel(raw),
      });
  }
  if (counts.length === 0) return null;
  const measures = counts.map((count, i) => {
    const next = counts[i + 1]?.col ?? Infinity;
    const percentCol = percents.find((p) => p > count.col && p < next);
    return {
      year: count.year,
      countCol: count.col,
      label: count.label,
      isTotal: count.isTotal,
      ...(percentCol !== undefined ? { percentCol } : {}),
    };
  });
  return { measures, subLabelRow };
}

/**
 * A row of sub-labels under the header, before the first grade: "SL" and "%" (a count and a
 * share per year), or the parts of each year ("Đảng bộ xã | Chi bộ cơ quan | Tổng số" under
 * "Năm 2023"): texts only, none over the grades' column, none a number.
 */
function subLabels(
  view: SheetView,
  first: number,
  firstGrade: number,
  gradeCol: number,
): number | null {
  for (let r = first; r < firstGrade; r++) {
    const texts = view.rowTexts(r);
    if (texts.length < 2) continue;
    const labels = texts.filter((x) => {
      const label = labelKey(x.text);
      return isCountLabel(label) || isPercentLabel(x.text, label);
    });
    if (labels.length === texts.length) return r;
    const names = texts.filter(
      (x) => x.col !== gradeCol && readNumber(view, r, x.col).value === null && !yearIn(x.text),
    );
    if (names.length === texts.length) return r;
  }
  return null;
}
