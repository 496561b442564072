import { numberFromText } from '../parse/numbers';
import { recognizeGrade } from '../text/grades';
import { LETTERS } from '../text/charClasses';
import { labelKey } from '../text/normalize';
import type { SheetView } from '../view/sheetView';
import { isTickMark } from './content';
import { buildBand, isColumnNumberRow, type HeaderBand } from './headerBand';
import { isEndOfTableText, isTitleText } from './tableBody';
import { classifyHeader } from './vocabulary';

const TWO_LETTERS = new RegExp(`[${LETTERS}]{2}`);

/** Rows that must read as a unit and its grade before a list with no header is believed. */
const MIN_ROWS = 3;
/** Rows looked at from the first such row: a long list shows itself in its first dozen. */
const LOOK = 12;

/**
 * A rating list typed with no header row at all (a title line, then the units; or the units
 * right at the top of the sheet), known by its cells: rows that each hold a name and, to its
 * right, one grade, in the same column, several in a row. Returns the header it has, if any:
 * a numbering row or a lone column name ("Tên chi bộ") over the units, too little for a header
 * band of its own; otherwise an empty band (top = first body row, bottom = the row above), so
 * the body starts at `top`. Looks at rows from..to (0-based).
 */
export function findBareList(view: SheetView, from: number, to: number): HeaderBand | null {
  const last = Math.min(to, view.rowCount - 1);
  for (let r = from; r <= last; r++) {
    const g = unitGradeColumn(view, r);
    if (g === null || !listFollows(view, r, g)) continue;
    let start = r;
    while (start - 1 >= from && isGroupLine(view, start - 1)) start--;
    return headerAbove(view, start, from, g, r);
  }
  return null;
}

/** The column of the one grade on a row that names something to the left of it. */
function unitGradeColumn(view: SheetView, r: number): number | null {
  let grade: number | null = null;
  let named = false;
  for (const x of view.rowTexts(r)) {
    if (x.text.length <= 60 && recognizeGrade(x.text)) {
      // Two grades on a row: a level header, or a unit's grades over years (which need a header).
      if (grade !== null) return null;
      grade = x.col;
    } else if (
      grade === null &&
      TWO_LETTERS.test(x.text) &&
      numberFromText(x.text) === null &&
      !isTickMark(x.text)
    ) {
      named = true;
    }
  }
  return grade !== null && named ? grade : null;
}

/** Most of the rows from `r` down hold a name and a grade in column `g`. */
function listFollows(view: SheetView, r: number, g: number): boolean {
  let seen = 0;
  let hits = 0;
  let blanks = 0;
  for (let k = r; k < view.rowCount && seen < LOOK; k++) {
    if (view.lastColumn(k) < 0) {
      if (++blanks >= 2) break;
      continue;
    }
    blanks = 0;
    seen++;
    if (unitGradeColumn(view, k) === g) hits++;
  }
  return hits >= MIN_ROWS && hits >= seen * 0.6;
}

/** "I. Đảng bộ xã, thị trấn", "II | CHI BỘ CƠ QUAN": a group line heading the first units. */
function isGroupLine(view: SheetView, r: number): boolean {
  const texts = view.rowTexts(r);
  if (texts.length === 0 || texts.length > 2) return false;
  const first = labelKey(texts[0]!.text);
  if (texts.length === 2) return /^(i|ii|iii|iv|v|vi|a|b|c|d)$/.test(first);
  return /^(i|ii|iii|iv|v|vi|a|b|c|d)\s\S/.test(first) && /^[IVXABCD]+[.)]/.test(texts[0]!.text);
}

/**
 * The little header a list may have over its first units: a numbering row "(1) (2)", and a row
 * naming a column the cells bear out ("Tên chi bộ" over the names). A title over the list names
 * no column its cells bear out, so it stays a title.
 */
function headerAbove(
  view: SheetView,
  start: number,
  from: number,
  gradeCol: number,
  unitRow: number,
): HeaderBand {
  const bottom = start - 1;
  const numbered = bottom >= from && isColumnNumberRow(view, bottom);
  let top = numbered ? bottom : start;
  let label = top - 1;
  // A label merged down over two rows leaves the row under it blank but for the merge.
  if (label >= from && view.rowTexts(label).length === 0 && view.mergedColumns(label).length > 0)
    label--;
  if (label >= from && isLabelRow(view, label, unitRow, gradeCol)) top = label;
  if (!numbered && top === start) return { top: start, bottom: start - 1, columns: [], score: 0 };
  return buildBand(view, top, bottom);
}

function isLabelRow(view: SheetView, r: number, body: number, gradeCol: number): boolean {
  const texts = view.rowTexts(r);
  if (texts.length === 0) return false;
  let known = 0;
  for (const x of texts) {
    if (isTitleText(x.text) || isEndOfTableText(x.text)) return false;
    // A line merged across the table is a title, whatever its words.
    if (view.mergedColumns(r).filter((c) => c > x.col).length >= 2) return false;
    const m = classifyHeader([x.text], [labelKey(x.text)]);
    if (!m) continue;
    // The word must fit the cells under it: a name over names, a grade over grades.
    const below = view.text(body, x.col);
    if (['unit', 'cell', 'commune', 'member'].includes(m.role)) {
      if (!below || recognizeGrade(below) || numberFromText(below) !== null) return false;
    } else if (m.role === 'grade' && x.col !== gradeCol) return false;
    known++;
  }
  return known > 0;
}
