import { percent, reason } from './reasons';
import type { SheetView } from '../view/sheetView';
import { isTotalLabel } from '../parse/rows';
import { LETTER_RE } from '../text/charClasses';
import { recognizeGrade } from '../text/grades';
import { isExemptText } from './content';
import { isColumnNumberRow, type HeaderBand } from './headerBand';
import type { RatingListTable, TableColumn } from './tables';
import { yearIn } from './vocabulary';

/** A grade row needs this many grades, and grades in this share of its filled cells. */
const MIN_GRADES = 3;
const GRADE_SHARE = 0.6;

/**
 * A rating list on its side (issue #10, "transposed"): the units across the columns, a row per
 * year down. Column typing by content turned 90°: a row labelled with a year whose other cells
 * are mostly grades is that year's grade row; the row above it names the units. Null when the
 * rows from `from` to `to` hold no such list.
 */
export function findAcrossList(
  view: SheetView,
  from: number,
  to: number,
  inherit: Pick<RatingListTable, 'titleYear' | 'sheetYear'>,
): RatingListTable | null {
  const last = Math.min(view.rowCount - 1, to);
  for (let r = Math.max(from + 1, 1); r <= last; r++) {
    const first = gradeRow(view, r);
    if (!first) continue;
    // The unit names, above a row numbering the columns if there is one.
    const header = r >= 2 && isColumnNumberRow(view, r - 1) ? r - 2 : r - 1;
    const unitCols = first.gradeCols.filter((c) => unitName(view, header, c) !== '');
    // The row above must name (nearly) every unit: a row of grades under column names is not
    // enough to know which unit each grade is.
    if (unitCols.length < MIN_GRADES || unitCols.length < first.gradeCols.length * GRADE_SHARE)
      continue;
    let bottom = r;
    const years = new Set([first.year]);
    const graded = new Set(unitCols);
    for (let b = r + 1; b < view.rowCount; b++) {
      const next = gradeRow(view, b);
      if (!next || next.labelCol !== first.labelCol || years.has(next.year)) break;
      years.add(next.year);
      for (const c of next.gradeCols) if (unitName(view, header, c)) graded.add(c);
      bottom = b;
    }
    const span = [...graded].sort((a, b) => a - b);
    return acrossTable(view, header, r, bottom, first.labelCol, span, inherit);
  }
  return null;
}

interface GradeRow {
  labelCol: number;
  year: number;
  /** Columns right of the label holding a grade (or an exemption). */
  gradeCols: number[];
}

/** A row whose first cell is a year and whose other cells are mostly grades, or null. */
function gradeRow(view: SheetView, r: number): GradeRow | null {
  const cols = view.columns(r);
  let labelCol = -1;
  let stt = false;
  let year: number | null = null;
  let filled = 0;
  const gradeCols: number[] = [];
  for (const c of cols) {
    const text = view.text(r, c);
    if (!text) continue;
    if (labelCol < 0) {
      year = yearLabel(text);
      // A running number before the year ("1 | 2019 | HTTNV…") is the row's STT.
      if (year === null && !stt && /^\d{1,2}\.?$/.test(text)) {
        stt = true;
        continue;
      }
      if (year === null) return null;
      labelCol = c;
      continue;
    }
    filled++;
    if (recognizeGrade(text) || isExemptText(text)) gradeCols.push(c);
  }
  if (year === null || gradeCols.length < MIN_GRADES || gradeCols.length < filled * GRADE_SHARE)
    return null;
  return { labelCol, year, gradeCols };
}

/** "2019", "Năm 2019": a row label naming one year and nothing else. */
function yearLabel(text: string): number | null {
  if (!/^(n[aă]m\s*)?(19|20)\d{2}$/i.test(text.trim())) return null;
  return yearIn(text);
}

/** The unit a column's header cell names: a text that is neither a grade, a year nor a total. */
function unitName(view: SheetView, row: number, col: number): string {
  const text = view.headerText(row, col);
  if (!text || recognizeGrade(text) || yearLabel(text) !== null || isTotalLabel(text)) return '';
  return LETTER_RE.test(text) ? text : '';
}

function acrossTable(
  view: SheetView,
  header: number,
  firstRow: number,
  lastRow: number,
  labelCol: number,
  unitCols: number[],
  inherit: Pick<RatingListTable, 'titleYear' | 'sheetYear'>,
): RatingListTable {
  // Every column the row above names between the first unit and the last is a unit, though a
  // year may leave some of its cells blank (a unit not yet rated).
  const c0 = unitCols[0]!;
  const c1 = unitCols[unitCols.length - 1]!;
  const cols: number[] = [];
  for (let c = c0; c <= c1; c++) if (unitName(view, header, c)) cols.push(c);
  const labelText = view.headerText(header, labelCol);
  const band: HeaderBand = {
    top: header,
    bottom: firstRow - 1,
    columns: [labelCol, ...cols].map((c) => {
      const text = view.headerText(header, c);
      return { col: c, raw: [text], labels: [view.labelOf(text)], meaning: null };
    }),
    score: cols.length,
  };
  const roles: TableColumn[] = [
    { col: labelCol, role: 'year', label: labelText, from: 'content' },
    ...cols.map((c): TableColumn => ({
      col: c,
      role: 'grade',
      label: view.headerText(header, c),
      from: 'content',
    })),
  ];
  // How many of the units' cells are grades, blanks aside.
  let filled = 0;
  let grades = 0;
  for (let r = firstRow; r <= lastRow; r++) {
    for (const c of cols) {
      const text = view.text(r, c);
      if (!text) continue;
      filled++;
      if (recognizeGrade(text) || isExemptText(text)) grades++;
    }
  }
  const share = filled ? grades / filled : 0;
  return {
    kind: 'rating-list',
    subject: 'organization',
    view,
    band,
    firstDataRow: firstRow,
    lastDataRow: lastRow,
    firstCol: Math.min(labelCol, c0),
    lastCol: c1,
    titleYear: inherit.titleYear,
    sheetYear: inherit.sheetYear,
    totalRows: [],
    roles,
    confidence: Math.round(share * 100) / 100,
    reasons: [reason('unitsAcross', { share: percent(share) })],
    nameCol: labelCol,
    yearCol: labelCol,
    gradeCols: [{ col: c0, year: null }],
    across: { headerRow: header, unitCols: cols },
  };
}
