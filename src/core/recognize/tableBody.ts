import { readMonthMark } from '../parse/monthMark';
import { numberFromText } from '../parse/numbers';
import { isTotalLabel } from '../parse/rows';
import { recognizeGrade } from '../text/grades';
import { lastColumn } from '../model/cells';
import { labelKey } from '../text/normalize';
import type { SheetView } from '../view/sheetView';
import { isExemptText, isOrgName, isTickMark } from './content';
import { gradeGroupAt } from './gradeGroups';
import { isLevelHeaderOverList } from './levelHeaderOverList';
import { startsListTail } from './listTail';
import { repeatsNumberRow } from './repeatedNumberRow';
import type { Table } from './tables';
import { classifyHeader } from './vocabulary';

/** Lines that end a table: signatures, places and dates, recipients, notes. */
const END_OF_TABLE =
  /^(nguoi lap( bieu)?|noi nhan|xac nhan|t\/?m |tm |k t |kt |truong ban|pho truong ban|ky ten|thu truong|(pho )?bi thu$|ban to chuc huyen uy$|ghi chu\b|chu thich\b|nguoi xuat|nguoi ky|xem tiep|con tiep\b)/;

export function isEndOfTableText(text: string): boolean {
  const label = labelKey(text).replace(/^[-*\s]+/, '');
  return END_OF_TABLE.test(label) || wordsInOrder(label, ['ngay', 'thang', 'nam']);
}

/**
 * Whether the words occur in this order ("ngày … tháng … năm": a place-and-date line). Found one
 * after the other from left to right, which is linear, where /ngay.*thang.*nam/ backtracks
 * through every "ngay" and "thang" of a long cell before giving up.
 */
function wordsInOrder(label: string, words: string[]): boolean {
  let from = 0;
  for (const word of words) {
    const re = new RegExp(`\\b${word}\\b`, 'g');
    re.lastIndex = from;
    const m = re.exec(label);
    if (!m) return false;
    from = m.index + word.length;
  }
  return true;
}

/** A line that titles a table rather than naming a unit: "Năm 2020", "DANH SÁCH…", "TỔNG HỢP". */
const TITLE_WORDS =
  /^(bang|danh sach|ket qua|tong hop|bieu|mau|xep loai|so theo doi|thong ke|phan loai|bao cao|phu luc|nam (19|20)\d{2})\b/;

export function isTitleText(text: string): boolean {
  return TITLE_WORDS.test(labelKey(text));
}

/**
 * How a row reads against a table's columns:
 * - strong: its value cells hold what the columns hold (grades, marks, counts, meeting marks);
 * - weak: it names something but its values are blank or unreadable (a blank grade, a typo, a
 *   group line): still the table's;
 * - group: a lone numbered group line ("I. Xã, thị trấn", "B. CHI BỘ CƠ QUAN"): the table goes
 *   on under it, though the line is no row of the table's own;
 * - total: a "Cộng", "Tổng cộng" line;
 * - end: signatures, notes, place and date;
 * - foreign: a title, another header, or a line of figures under a list: another table begins.
 */
type RowKind = 'strong' | 'weak' | 'group' | 'total' | 'end' | 'foreign';

export interface Body {
  /** Last row of the table (0-based), totals included. */
  last: number;
  totals: number[];
  /** Rows that repeat the header (and page-number lines before them): a list pasted page by page. */
  repeats: number[];
}

/**
 * The table's body: rows from under the header down to where something else begins. Blank rows
 * inside do not end it; a title, another header, a signature block, figures under a list, or
 * anything after a total line that is not more of the same do. Data rows are read with cheap
 * checks only (a million-row list passes through here); the costly ones run on rows that do not
 * hold the table's kind of values.
 */
export function findBody(table: Table): Body {
  const { view } = table;
  const key = keyColumn(table);
  const values = valueColumns(table);
  const gradeMemo = new Map<string, boolean>();
  // The header's label over the key column, read once rather than on each of a million rows.
  let head: string | undefined;
  let last = table.firstDataRow - 1;
  const totals: number[] = [];
  const repeats: number[] = [];
  let afterTotal = false;
  let afterBlank = false;
  // A weak row may be a lead-in line ("Phân theo loại hình:") over the next table's header.
  let afterWeak = false;
  for (let r = table.firstDataRow; r < view.rowCount; r++) {
    if (lastColumn(view.sheet.rows[r]) < 0) {
      afterBlank = true;
      continue;
    }
    // Only straight on (no blank row before it) and in a list: registers stacked one per
    // commune under the same header are tables of their own.
    const again =
      table.kind === 'rating-list' && !afterBlank
        ? repeatedHeader(table, r, key, (head ??= headLabel(table, key)))
        : 0;
    if (again > 0) {
      for (let i = 0; i < again; i++) repeats.push(r + i);
      r += again - 1;
      continue;
    }
    if (table.kind === 'rating-list' && repeatsNumberRow(view, r, key, table.band)) {
      repeats.push(r);
      continue;
    }
    // A list graded by its group lines: such a line opens the next group, whatever it reads as.
    if (table.kind === 'rating-list' && table.gradeGroups && gradeGroupAt(view, r)) {
      afterBlank = false;
      afterWeak = true;
      continue;
    }
    const kind = classifyRow(
      table,
      r,
      key,
      values,
      gradeMemo,
      afterTotal || afterBlank || afterWeak,
    );
    afterBlank = false;
    afterWeak = kind === 'weak' || kind === 'group';
    if (kind === 'end' || kind === 'foreign') break;
    // A group line right under the header or after a subtotal: the table goes on if rows follow.
    if (kind === 'group') continue;
    if (kind === 'total') {
      totals.push(r);
      last = r;
      afterTotal = true;
      continue;
    }
    if (afterTotal && kind !== 'strong') break;
    afterTotal = false;
    last = r;
  }
  return { last, totals, repeats };
}

function headLabel(t: Table, key: number): string {
  return t.view.text(t.band.top, key) || t.view.text(t.band.bottom, key);
}

const PAGE_LINE = /^(trang\s*\d+|-\s*\d+\s*-|\d+\s*\/\s*\d+)$/i;

/**
 * How many rows from r repeat the table's header band (a list pasted page by page from Word
 * brings its header along), a page-number line ("Trang 2") before it included; 0 if none.
 */
function repeatedHeader(t: Table, r: number, key: number, head: string): number {
  const { view, band } = t;
  if (!head) return 0;
  let at = r;
  // Cheap gates first: a data row's key cell is a name, rarely as long as the header's label.
  const own = view.text(r, key);
  if (!own) {
    const lone = view.rowTexts(r);
    if (lone.length === 1 && PAGE_LINE.test(lone[0]!.text.trim())) at++;
  } else if (Math.abs(own.length - head.length) > 3) return 0;
  const here = view.text(at, key) || view.text(at + band.bottom - band.top, key);
  if (!here || labelKey(here) !== labelKey(head)) return 0;
  for (let i = 0; i <= band.bottom - band.top; i++) {
    const a = view.rowTexts(band.top + i).map((x) => `${x.col}:${labelKey(x.text)}`);
    const b = view.rowTexts(at + i).map((x) => `${x.col}:${labelKey(x.text)}`);
    if (a.join('|') !== b.join('|')) return 0;
  }
  return at - r + band.bottom - band.top + 1;
}

export function keyColumn(t: Table): number {
  return t.kind === 'rating-list'
    ? t.nameCol
    : t.kind === 'rating-summary'
      ? t.labelCol
      : t.cellCol;
}

function valueColumns(t: Table): number[] {
  if (t.kind === 'rating-list') {
    return t.tickCols ? t.tickCols.map((x) => x.col) : t.gradeCols.map((g) => g.col);
  }
  if (t.kind === 'rating-summary' && t.gradesDown) {
    return t.gradesDown.flatMap((m) => [m.countCol, m.percentCol]).filter((c) => c !== undefined);
  }
  if (t.kind === 'rating-summary') {
    return t.levels.flatMap((l) => [l.countCol, l.percentCol]).filter((c) => c !== undefined);
  }
  if (t.kind === 'meeting-log') return [t.dateCol];
  return t.monthCols.filter((c) => c !== undefined);
}

function classifyRow(
  t: Table,
  r: number,
  key: number,
  values: number[],
  gradeMemo: Map<string, boolean>,
  /** The row follows a blank, a total or a weak line, where another table may begin. */
  afterBreak: boolean,
): RowKind {
  const { view } = t;
  const row = view.sheet.rows[r]!;
  const sttCol = t.kind === 'rating-list' ? t.sttCol : undefined;
  // A key or notes typed under the list: numbered like units, so looked for before the fast path.
  if (afterBreak && t.kind === 'rating-list' && startsListTail(view, r, key, values)) return 'end';
  // A numbered row is the list's own (a total or a header carries no running number): the fast
  // path a million-row list takes, its name never read here.
  if (sttCol !== undefined && sttCol !== key && typeof row.v[sttCol] === 'number') {
    const k = row.v[key];
    if (k !== null && k !== undefined && k !== '') return 'strong';
  }
  const keyText = view.text(r, key);
  const stt = sttCol !== undefined && sttCol !== key ? view.text(r, sttCol) : '';
  if ((keyText && isTotalLabel(keyText)) || (stt && isTotalLabel(stt))) {
    // "Tổng số" heads a column of the next table's header as often as it starts a total line.
    return !hasNumber(view, r) && looksLikeHeader(view.rowTexts(r).map((x) => x.text))
      ? 'foreign'
      : 'total';
  }
  // A unit named like a grade, beside other grade names: the level header of a summary below.
  if (t.kind === 'rating-list' && keyText.length <= 40 && recognizeGrade(keyText)) {
    const levels = new Set(view.rowTexts(r).map((x) => recognizeGrade(x.text)?.level));
    levels.delete(undefined);
    if (levels.size >= 2 && !hasNumber(view, r)) return 'foreign';
  }
  // Column names after a break ("Năm | Số TCCSĐ | SL HTXSNV | % HTXSNV"): the next table's
  // header, though a label like "% HTXSNV" reads as a grade where the list keeps its grades.
  // Only cells outside the grade columns vote: a unit's grades, one per year, name levels too.
  if (
    afterBreak &&
    !(keyText && isOrgName(keyText)) &&
    !hasNumber(view, r) &&
    looksLikeHeader(
      view
        .rowTexts(r)
        .filter((x) => !values.includes(x.col))
        .map((x) => x.text),
      3,
    )
  ) {
    return 'foreign';
  }
  // Under a list with a column per year, a summary's header puts its level names over the
  // list's grade columns; beside them, a total or a share where a unit has its name, kind
  // or notes ("Nội dung | Tổng số TCCSĐ | HTXSNV | … | KHTNV") tells it from a unit's grades.
  if (
    t.kind === 'rating-list' &&
    afterBreak &&
    !(keyText && isOrgName(keyText)) &&
    !hasNumber(view, r) &&
    summaryColumnsOutside(view, r, values)
  ) {
    return 'foreign';
  }
  if (
    t.kind === 'rating-list' &&
    !t.tickCols &&
    afterBreak &&
    !(keyText && isOrgName(keyText)) &&
    !hasNumber(view, r) &&
    isLevelHeaderOverList(view, r)
  ) {
    return 'foreign';
  }
  // Grade names across columns the list keeps no grade in ("Kết quả | HTXSNV | HTTNV | …"): the
  // level header of a hand summary typed under the list, not a unit graded by its one cell that
  // happens to fall in the grade column.
  // Only looked for after a break, so the rows of a long list do not pay for it.
  if (
    t.kind === 'rating-list' &&
    !t.tickCols &&
    afterBreak &&
    levelsOutside(view, r, values) >= 2
  ) {
    if (!hasNumber(view, r)) return 'foreign';
  }
  let good = 0;
  let numeric = 0;
  for (const c of values) {
    const v = row.v[c];
    if (v === null || v === undefined || v === '') continue;
    if (t.kind === 'rating-list') {
      if (typeof v === 'number') {
        numeric++;
        continue;
      }
      // A check box's linked cell under a grade: TRUE ticks it, FALSE leaves it empty.
      if (typeof v === 'boolean') {
        if (v && t.tickCols) good++;
        continue;
      }
      const text = view.text(r, c);
      if (t.tickCols) {
        if (isTickMark(text)) good++;
        else if (numberFromText(text) !== null) numeric++;
        continue;
      }
      let ok = gradeMemo.get(text);
      if (ok === undefined) {
        ok = recognizeGrade(text) !== null || isExemptText(text);
        if (!ok && numberFromText(text) !== null) ok = false;
        gradeMemo.set(text, ok);
      }
      if (ok) good++;
      else if (numberFromText(text) !== null) numeric++;
    } else if (t.kind === 'rating-summary') {
      if (typeof v === 'number' || numberFromText(view.text(r, c)) !== null) good++;
    } else {
      const state = readMonthMark(view, r, c).state;
      if (state === 'held' || state === 'not-held') good++;
    }
  }
  // A list's grade cells holding figures: a summary line under the list.
  // A numbered row keeps its place in the list (a grade typed as a number is a defect of it).
  if (t.kind === 'rating-list' && numeric > 0 && good === 0) {
    if (firstTextIsTotal(view, r)) return 'total';
    if (sttCol === undefined || !/^\d+$/.test(view.text(r, sttCol))) return 'foreign';
  }
  if (good > 0) return 'strong';
  // A formula error in a value cell (a lookup showing #N/A): the table's row, gone wrong; no
  // header or title computes.
  if (row.e?.some((c) => values.includes(c))) return 'weak';
  const texts = view.rowTexts(r);
  if (texts.some((x) => isEndOfTableText(x.text))) return 'end';
  if (!keyText) {
    if (texts.length > 0 && isTotalLabel(texts[0]!.text)) return 'total';
    // A line with one text and nothing under the table's key column: a title, or a group line.
    if (texts.length === 1) {
      // A note in parentheses right under a register's header ("(Ghi: số ĐV dự/tổng số ĐV)")
      // says how to read the cells; the rows under it are the register's.
      if (t.kind === 'meeting-register' && r === t.firstDataRow && /^\(.*\)$/.test(texts[0]!.text))
        return 'group';
      return isGroupLine(texts[0]!.text) ? 'group' : 'foreign';
    }
    return 'weak';
  }
  if (texts.length === 1 && TITLE_WORDS.test(labelKey(keyText))) return 'foreign';
  // A unit named in the key column, beside cells that happen to read as column names (its kind
  // "Đảng bộ xã, thị trấn", a year): a row of the list with a grade gone wrong.
  if (isOrgName(keyText) && !classifyHeader([keyText], [labelKey(keyText)])) return 'weak';
  // A year in the list's year column ("Năm 2015") is the unit's year, not a column name.
  const yearCol = t.kind === 'rating-list' ? t.yearCol : undefined;
  if (looksLikeHeader(texts.filter((x) => x.col !== yearCol).map((x) => x.text))) return 'foreign';
  return 'weak';
}

/** "I. …", "B. …", "2) …", "1.1. …" before a group's name, as lists number their groups. */
const GROUP_NUMBER = /^\s*(?:[IVX]{1,4}|[A-ZĐ]|\d{1,2}(?:\.\d{1,2})*)\s*[.)]\s*(?=\S)/;

/**
 * A group line: a numbered label, or a kind of organization ("ĐẢNG BỘ XÃ, THỊ TRẤN"), that is
 * no title ("II. KẾT QUẢ XẾP LOẠI…", "Năm 2020") of a table of its own.
 */
function isGroupLine(text: string): boolean {
  const m = GROUP_NUMBER.exec(text);
  const rest = m ? text.slice(m[0].length) : text;
  if (TITLE_WORDS.test(labelKey(rest))) return false;
  return m !== null || isOrgName(rest);
}

/** Two column names outside the given columns, one a summary's (a total, a share). */
function summaryColumnsOutside(view: SheetView, r: number, cols: number[]): boolean {
  let known = 0;
  let summary = false;
  for (const x of view.rowTexts(r)) {
    if (cols.includes(x.col)) continue;
    const m = classifyHeader([x.text], [labelKey(x.text)]);
    if (!m) continue;
    known++;
    // A bare grade name may be a unit's grade in a column the list did not keep; a total or a
    // share is no unit's.
    if (m.role === 'total' || m.role === 'levelPercent') summary = true;
  }
  return known >= 2 && summary;
}

/** Distinct grade levels named in the row's cells outside the given columns. */
function levelsOutside(view: SheetView, r: number, cols: number[]): number {
  const levels = new Set<string>();
  for (const x of view.rowTexts(r)) {
    if (cols.includes(x.col) || x.text.length > 40) continue;
    const g = recognizeGrade(x.text);
    if (g) levels.add(g.level);
  }
  return levels.size;
}

function hasNumber(view: SheetView, r: number): boolean {
  const v = view.sheet.rows[r]?.v ?? [];
  // Over the row's columns, not its slots: a sparse row spans 16,384 of them.
  for (const c of view.columns(r)) {
    const x = v[c];
    if (typeof x === 'number') return true;
    if (typeof x === 'string' && numberFromText(x) !== null) return true;
  }
  return false;
}

function firstTextIsTotal(view: SheetView, r: number): boolean {
  const first = view.rowTexts(r)[0];
  return first !== undefined && isTotalLabel(first.text);
}

/** Two or more cells that read as column names: the header of the next table. */
function looksLikeHeader(texts: string[], needed = 2): boolean {
  let known = 0;
  for (const t of texts) {
    if (classifyHeader([t], [labelKey(t)])) known++;
    if (known >= needed) return true;
  }
  return false;
}
