import { numberFromText } from '../parse/numbers';
import { recognizeGrade, suggestGrade } from '../text/grades';
import { LETTERS } from '../text/charClasses';
import { labelKey } from '../text/normalize';
import type { SheetView } from '../view/sheetView';
import { isOrgName, isTickMark } from './content';
import { buildBand, isColumnNumberRow, type HeaderBand } from './headerBand';
import { isEndOfTableText, isTitleText } from './tableBody';
import { classifyHeader } from './vocabulary';

const TWO_LETTERS = new RegExp(`[${LETTERS}]{2}`);

const YEAR = /^(nam |năm )?(19|20)\d{2}$/i;

/** The right half of an agency line pair, or the state's motto under it. */
const NATIONAL_HEADING =
  /^(dang cong san viet nam|cong hoa xa hoi chu nghia viet nam|doc lap tu do hanh phuc)/;

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
    const unit = unitRow(view, r);
    // Counted from a little above: the first units' grades may be the mistyped ones.
    if (unit === null || !listFollows(view, Math.max(from, r - 2), unit)) continue;
    return headerAbove(view, listStart(view, r, from, unit), from, unit.grade, r);
  }
  return null;
}

/**
 * The first row of the list whose first graded unit is at `r`: units with no grade yet may head
 * it, and group lines ("II. Khối cơ quan"). Above a group line only a unit numbered like the
 * list's goes on: the first group's unit not graded yet ("I. Đảng bộ xã" / "1 | ĐB xã Ấm Hạ |"
 * with no grade / "II. Khối cơ quan" / "2 | … | HTT NV") is the list's first unit, and its blank
 * grade a defect; a title or letterhead over the first group line is not.
 */
function listStart(view: SheetView, r: number, from: number, unit: UnitRow): number {
  let start = r;
  let crossedGroup = false;
  for (;;) {
    let above = start - 1;
    // A blank row may part the first units, as it may any two.
    if (above - 1 >= from && view.lastColumn(above) < 0) {
      if (!isUngradedUnit(view, above - 1, unit)) break;
      above--;
    }
    if (above < from) break;
    if (isGroupLine(view, above)) {
      crossedGroup = true;
    } else {
      if (!isUngradedUnit(view, above, unit)) break;
      if (crossedGroup && unit.stt === null) break;
      crossedGroup = false;
    }
    start = above;
  }
  return start;
}

/** A row holding a name and, right of it, one grade: a unit of a list, not a header. */
export function readsAsUnit(view: SheetView, r: number): boolean {
  return unitRow(view, r) !== null;
}

interface UnitRow {
  /** Columns of the name, the grade, and a running number left of the name if there is one. */
  name: number;
  grade: number;
  stt: number | null;
}

/** A row with one grade, a name to the left of it, and perhaps a running number. */
function unitRow(view: SheetView, r: number): UnitRow | null {
  let grade: number | null = null;
  let name: number | null = null;
  let stt: number | null = null;
  for (const x of view.rowTexts(r)) {
    if (x.text.length <= 60 && recognizeGrade(x.text)) {
      // Two grades on a row: a level header, or a unit's grades over years (which need a header).
      if (grade !== null) return null;
      grade = x.col;
    } else if (grade === null && x.text.length <= 10 && YEAR.test(x.text.trim())) {
      // A year beside the grade: a list with a year column, which only a header can tell.
      return null;
    } else if (grade === null && name === null) {
      if (isName(x.text)) name = x.col;
      else if (numberFromText(x.text.replace(/\.$/, '')) !== null) stt = x.col;
    }
  }
  return grade !== null && name !== null ? { name, grade, stt } : null;
}

function isName(text: string): boolean {
  return TWO_LETTERS.test(text) && numberFromText(text) === null && !isTickMark(text);
}

/**
 * A unit over the first graded one whose grade is blank or no grade ("Khá"): numbered like the
 * units under it, or named as a party organization; never a title or a line merged across.
 */
const NAME_LABEL_ROLES = new Set(['unit', 'cell', 'commune', 'member']);

function isUngradedUnit(view: SheetView, r: number, unit: UnitRow): boolean {
  const name = view.text(r, unit.name);
  if (!name || !isName(name) || isTitleText(name) || isEndOfTableText(name)) return false;
  // "Chi bộ, đảng bộ cơ sở" over the names is their column's label, though it names party bodies.
  if (NAME_LABEL_ROLES.has(classifyHeader([name], [labelKey(name)])?.role ?? '')) return false;
  if (view.mergedColumns(r).length > 0 || unitRow(view, r) !== null) return false;
  // An agency line pair ("ĐẢNG BỘ TỈNH … | ĐẢNG CỘNG SẢN VIỆT NAM") names a party body too.
  if (view.rowTexts(r).some((x) => NATIONAL_HEADING.test(labelKey(x.text)))) return false;
  if (view.rowTexts(r).some((x) => x.col < unit.name && x.col !== unit.stt)) return false;
  if (unit.stt === null) return isOrgName(name);
  return numberFromText(view.text(r, unit.stt).replace(/\.$/, '')) !== null;
}

/**
 * Most of the rows from `r` down to the last such row hold a name and a grade in column `g`
 * (what follows the last one is the next table).
 */
function listFollows(view: SheetView, r: number, unit: UnitRow): boolean {
  const g = unit.grade;
  let seen = 0;
  let hits = 0;
  // Units numbered and named like the graded ones whose grade is blank or no grade ("Tiên
  // tiến"): with two graded units, a third such makes a short list, its grade a defect.
  let ungraded = 0;
  let seenAtLastHit = 0;
  let seenAtFirstHit = -1;
  let blanks = 0;
  for (let k = r; k < view.rowCount && seen < LOOK; k++) {
    if (view.lastColumn(k) < 0) {
      // Blank rows between a title and the first units are no end of the list.
      if (seen > 0 && ++blanks >= 2) break;
      continue;
    }
    blanks = 0;
    // Group lines between the units ("II. Chi bộ cơ quan") are the list's, neither for nor against.
    if (isGroupLine(view, k)) continue;
    seen++;
    // A lookup showing #N/A where the grade goes is a unit gone wrong, still a unit.
    // So is a grade mistyped ("Hoàn thành tôt nhiệm vụ").
    const errorAtGrade = view.sheet.rows[k]?.e?.includes(g) === true;
    const nearGrade = () => {
      const t = view.text(k, g);
      return t.length <= 60 && suggestGrade(t) !== null;
    };
    if (
      unitRow(view, k)?.grade === g ||
      ((errorAtGrade || nearGrade()) && view.rowTexts(k).some((x) => x.col < g && isName(x.text)))
    ) {
      hits++;
      seenAtLastHit = seen;
      if (seenAtFirstHit < 0) seenAtFirstHit = seen - 1;
    } else if (unit.stt !== null && isUngradedUnit(view, k, unit)) {
      ungraded++;
    }
  }
  if (hits < MIN_ROWS && (hits < MIN_ROWS - 1 || hits + ungraded < MIN_ROWS)) return false;
  return hits >= (seenAtLastHit - seenAtFirstHit) * 0.6;
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

function opensWithRunningNumber(view: SheetView, r: number): boolean {
  const first = view.columns(r)[0];
  if (first === undefined) return false;
  const v = view.cell(r, first).value;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v < 1000;
}

function isLabelRow(view: SheetView, r: number, body: number, gradeCol: number): boolean {
  const texts = view.rowTexts(r);
  if (texts.length === 0) return false;
  // "1 | ĐB xã Minh Tiến | Đảng bộ xã, thị trấn": a numbered unit not graded yet, whose kind
  // reads like a column name; a header's first cell is a word ("TT"), never a running number.
  if (opensWithRunningNumber(view, r)) return false;
  let known = 0;
  for (const x of texts) {
    if (isTitleText(x.text)) return false;
    // "Bí thư" signs a sheet alone on its line; beside column names it heads the secretaries.
    if (isEndOfTableText(x.text)) {
      if (texts.length === 1) return false;
      continue;
    }
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
