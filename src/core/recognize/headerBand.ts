import { dateHeaderText } from './datedMonths';
import type { SheetView } from '../view/sheetView';
import { recognizeGrade } from '../text/grades';
import { isOrgName } from './content';
import { isFormFieldLine } from './formFieldLine';
import { isTitleBlockLine } from './titleBlockLine';
import {
  ABSENT_LABEL,
  classifyHeader,
  isCountLabel,
  isPercentLabel,
  monthOf,
  PRESENT_LABEL,
  quarterOf,
  REGULAR_SUB,
  THEMATIC_SUB,
  type ColumnMeaning,
} from './vocabulary';
import { hasRomanMonthRun, romanMonthOf } from './romanMonths';

export interface HeaderColumn {
  col: number;
  /** Texts from the top of the band to the bottom, repeated merged texts once. */
  raw: string[];
  labels: string[];
  meaning: ColumnMeaning | null;
}

export interface HeaderBand {
  /** 0-based first and last header rows. */
  top: number;
  bottom: number;
  columns: HeaderColumn[];
  score: number;
}

/** How far down a header may start: title blocks are a handful of rows, never dozens. */
export const MAX_HEADER_ROW = 60;

/**
 * Every plausible header starting on a row in [from, to] (0-based), in row order. With `atRow`,
 * only headers starting on that row: a user's correction. A header needs two known labels (one
 * when the user named its row); titles (one text across a merged row) never score.
 */
export function findHeaderBands(
  view: SheetView,
  from = 0,
  to = from + MAX_HEADER_ROW,
  atRow?: number,
): HeaderBand[] {
  const bands: HeaderBand[] = [];
  const first = atRow ?? from;
  const last = atRow ?? Math.min(view.rowCount - 1, to);
  for (let r = first; r <= last; r++) {
    if (atRow === undefined && distinctTexts(view, r) < 2) continue;
    // A header's first row names columns itself; a letterhead above it does not.
    if (atRow === undefined && !namesAColumn(view, r)) continue;
    if (atRow === undefined && (isFormFieldLine(view, r) || isTitleBlockLine(view, r))) continue;
    let best: HeaderBand | null = null;
    for (const depth of [1, 2, 3, 4]) {
      const bottom = r + depth - 1;
      // A numbering row closes the header; a fourth row can only be one.
      if (bottom > r && isColumnNumberRow(view, bottom - 1)) break;
      if (bottom > r && !isSubHeaderRow(view, bottom, r)) break;
      if (depth === 4 && !isColumnNumberRow(view, bottom)) break;
      const band = buildBand(view, r, bottom);
      // A deeper band wins ties: its sub-labels (SL, %, T1) are header, not data.
      if (band.score >= (atRow === undefined ? 2 : 1) && (!best || band.score >= best.score))
        best = band;
    }
    if (best) bands.push(best);
  }
  return bands;
}

function namesAColumn(view: SheetView, row: number): boolean {
  for (const c of view.columns(row)) {
    const t = view.text(row, c);
    if (t && classifyHeader([t], [view.labelOf(t)])) return true;
  }
  return false;
}

function distinctTexts(view: SheetView, row: number): number {
  const seen = new Set<string>();
  for (const c of view.columns(row)) {
    const t = view.headerText(row, c);
    if (t) seen.add(t);
  }
  return seen.size;
}

/**
 * A row belongs to the header above it when it holds sub-labels (SL, %, T1, Quý I, a year) or
 * continues merged cells from above; a row of names and grades does not.
 */
/**
 * "(1)", "2", "(6)=(4)/(3)", "(9)=(3)+…+(6)+(7)-(8)", "A": the number a form gives each
 * column, on a row of its own (a formula of them may skip a run with "…").
 */
const COLUMN_NUMBER =
  /^(\(?\d{1,2}\)?(\s*[=+\-*/:x]\s*(\(?\d{1,2}\)?|…|\.{2,3}))*|\(?[a-eA-E]\)?)$/;

/**
 * A row numbering the columns under a header ("(1) (2) (3)…" or 1, 2, 3… in order): part of
 * the header, never data.
 */
export function isColumnNumberRow(view: SheetView, row: number): boolean {
  const data = view.sheet.rows[row];
  if (!data) return false;
  let count = 0;
  let last = -Infinity;
  let first = NaN;
  let ordered = true;
  // Numbering starts under the first column; months 1–12 under a group label start further in.
  // (Over the columns that can hold a header text: a value, or a merged cell; not 16,384 of
  // them when the row above is stored sparse.)
  let firstAbove = row > 0 ? data.v.length : 0;
  if (row > 0) {
    for (const c of [...view.columns(row - 1), ...view.mergedColumns(row - 1)]) {
      if (c < firstAbove && view.headerText(row - 1, c)) firstAbove = c;
    }
  }
  for (const c of view.columns(row)) {
    const v = data.v[c];
    if (v === null || v === undefined || v === '') continue;
    if (count === 0 && c > firstAbove) return false;
    const text = typeof v === 'number' ? String(v) : view.text(row, c);
    if (!COLUMN_NUMBER.test(text.trim())) return false;
    const n = Number(/\d+/.exec(text)?.[0] ?? NaN);
    if (!Number.isNaN(n)) {
      if (Number.isNaN(first)) first = n;
      if (n <= last) ordered = false;
      last = n;
    }
    count++;
  }
  // Three or more column numbers, climbing: a row of figures does not climb one by one. A
  // two-column table numbers its columns "(1) (2)" or 1 2: exactly that, nothing else.
  if (count === 2) return ordered && first === 1 && last === 2;
  return count >= 3 && ordered;
}

function isSubHeaderRow(view: SheetView, row: number, top: number): boolean {
  if (row >= view.rowCount) return false;
  if (isColumnNumberRow(view, row)) return true;
  let sub = 0;
  let data = 0;
  let numbers = 0;
  const levels = new Set<string>();
  const gradeCols: number[] = [];
  let spansDown: boolean | undefined;
  let romanRun: boolean | undefined;
  for (const c of view.columns(row, top)) {
    if (view.isMergedTail(row, c)) {
      sub++;
      continue;
    }
    const raw = view.text(row, c);
    if (!raw) continue;
    if (typeof view.sheet.rows[row]?.v[c] === 'number') numbers++;
    const grade = recognizeGrade(raw);
    if (grade) {
      levels.add(grade.level);
      gradeCols.push(c);
    }
    const label = view.labelOf(raw);
    // A label under a group label merged across columns ("Đảng bộ xã (cũ)" and "Xếp loại"
    // under "Năm 2024"): a sub-label, though it reads like a unit's name or a grade column.
    if (
      !grade &&
      typeof view.sheet.rows[row]?.v[c] !== 'number' &&
      underGroup(view, row, c) &&
      (spansDown ??= mergedDownInto(view, row))
    ) {
      if (classifyHeader([raw], [label])) {
        sub++;
        continue;
      }
    }
    // A unit's name ("Xã Thanh Sơn") is never a sub-label: the row is the first unit, though its
    // running number reads as a month and its year as a year's label.
    if (!grade && isOrgName(raw) && !classifyHeader([raw], [label])) return false;
    if (
      raw.includes('%') ||
      isCountLabel(label) ||
      isPercentLabel(raw, label) ||
      /^(diem|tu cham|cap tren cham)$/.test(label) ||
      monthOf(label, true) !== null ||
      (romanMonthOf(label, true) !== null &&
        underGroup(view, row, c) &&
        (romanRun ??= rowHasRomanMonths(view, row, top))) ||
      quarterOf(label) !== null ||
      /^(nam )?(19|20)\d{2}$/.test(label) ||
      PRESENT_LABEL.test(label) ||
      ABSENT_LABEL.test(label) ||
      // A month split by kind: "Thường kỳ" | "Chuyên đề" (TK | CĐ) under its merged label.
      ((REGULAR_SUB.test(label) || THEMATIC_SUB.test(label)) && underGroup(view, row, c))
    ) {
      sub++;
    } else {
      data++;
    }
  }
  // Grade names side by side (HTXSNV, HTTNV… under "Kết quả xếp loại") are sub-labels; a data
  // row holds one grade, and numbers.
  // They sit under one group label; under labels of their own ("Kết quả 2016", "Xếp loại năm
  // 2017") they are a unit's grades in a list with a column per year.
  if (levels.size >= 2 && numbers === 0) {
    const above = new Set(gradeCols.map((c) => view.headerText(row - 1, c)));
    if (above.size < gradeCols.length) return true;
  }
  return sub > 0 && sub >= data;
}

/** Is the cell under a group label: a merge across columns on the row above that ends there? */
function rowHasRomanMonths(view: SheetView, row: number, top: number): boolean {
  return hasRomanMonthRun(view.columns(row, top).map((c) => view.labelOf(view.text(row, c))));
}

function underGroup(view: SheetView, row: number, c: number): boolean {
  if (row === 0) return false;
  const spans = (col: number) => view.isMergedTail(row - 1, col) && !view.isMergedTail(row, col);
  return (
    spans(c) || (spans(c + 1) && view.headerText(row - 1, c) === view.headerText(row - 1, c + 1))
  );
}

/**
 * Does a header cell of the row above run down into this row ("STT" merged over two rows)? A
 * two-row header has one; a year line over a one-row header ("NĂM 2020" over TT | Đơn vị) has not.
 */
function mergedDownInto(view: SheetView, row: number): boolean {
  return view
    .mergedColumns(row)
    .some(
      (c) =>
        view.headerText(row, c) !== '' &&
        view.headerText(row, c) === view.headerText(row - 1, c) &&
        !underGroup(view, row, c),
    );
}

function isSubLabel(view: SheetView, text: string): boolean {
  const label = view.labelOf(text);
  return (
    text.includes('%') ||
    isCountLabel(label) ||
    isPercentLabel(text, label) ||
    quarterOf(label) !== null ||
    recognizeGrade(text) !== null
  );
}

/**
 * The band's columns, with those past the last stored value that a header cell merged down from
 * above reaches ("Chưa xếp loại" merged over three header rows at the right edge of a form): the
 * lower rows store nothing there, yet the column is the table's.
 */
function bandColumns(view: SheetView, rows: number[]): number[] {
  const cols = new Set(view.columns(...rows));
  for (const r of rows) for (const c of view.mergedColumns(r)) cols.add(c);
  return [...cols].filter((c) => !continuesLeft(view, rows, c)).sort((a, b) => a - b);
}

/**
 * A column whose every header cell continues a merge from the column on its left ("Xếp loại"
 * merged across C:D, each grade merged the same way below) is part of that column: read as a
 * column of its own, it is a second grade column of blanks.
 */
function continuesLeft(view: SheetView, rows: number[], c: number): boolean {
  if (c === 0) return false;
  return rows.every((r) => {
    if (!view.isMergedTail(r, c)) return false;
    const t = view.headerText(r, c);
    return t !== '' && t === view.headerText(r, c - 1);
  });
}

export function buildBand(view: SheetView, top: number, bottom: number): HeaderBand {
  const rows: number[] = [];
  for (let r = top; r <= bottom; r++) rows.push(r);
  const columns: HeaderColumn[] = [];
  const seen = new Set<string>();
  let score = 0;
  // The last group label seen on each header row but the bottom one: a group label merged over
  // several columns reads as blank past its first column when the host cannot report merges
  // (Office.js before ExcelApi 1.13), so a blank under-labelled cell takes the label on its left.
  const group: string[] = [];
  // A numbering row ("(1) (2)…") belongs to the band but names nothing.
  let named = bottom;
  while (named > top && isColumnNumberRow(view, named)) named--;
  for (const c of bandColumns(view, rows)) {
    const raw: string[] = [];
    const below = view.headerText(named, c);
    for (let r = top; r <= named; r++) {
      let t = dateHeaderText(view, r, c) ?? view.headerText(r, c);
      if (r < named) {
        if (t) group[r - top] = t;
        else if (below && named > top && isSubLabel(view, below)) t = group[r - top] ?? '';
      }
      if (t && raw[raw.length - 1] !== t) raw.push(t);
    }
    if (raw.length === 0) continue;
    const labels = raw.map((t) => view.labelOf(t));
    const meaning = classifyHeader(raw, labels);
    columns.push({ col: c, raw, labels, meaning });
    if (meaning) {
      const id = `${meaning.role}/${meaning.year ?? ''}/${meaning.level ?? ''}/${meaning.index ?? ''}`;
      if (!seen.has(id)) {
        seen.add(id);
        score++;
      }
    }
  }
  return { top, bottom, columns, score };
}
