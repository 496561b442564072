import { labelKey } from '../text/normalize';
import type { SheetView } from '../view/sheetView';
import type { LogDate } from './logCells';

/**
 * A group line over a hand log's meetings ("THÁNG 3", "Tháng 03/2021", "THÁNG 3 NĂM 2021"): the
 * month of every day typed under it, down to the next such line.
 */
export interface MonthLine {
  /** 0-based sheet row. */
  row: number;
  month: number;
  /** The year the line names, if it names one. */
  year: number | null;
}

const MONTH_LINE = /^thang ?(\d{1,2})(?: ?(?:nam)? ?(\d{4}))?$/;

/** The month line at row r: a row holding one text, "Tháng" and a month 1–12 (and a year). */
export function readMonthLine(view: SheetView, r: number): MonthLine | null {
  // Most rows hold several values or no "Th…" text: told apart without decoding any text.
  let lone: string | null = null;
  for (const v of view.sheet.rows[r]?.v ?? []) {
    if (v === null || v === undefined || v === '') continue;
    if (lone !== null || typeof v !== 'string') return null;
    lone = v;
  }
  if (lone === null || !/^\s*th/i.test(lone)) return null;
  const texts = view.rowTexts(r);
  if (texts.length !== 1) return null;
  const m = MONTH_LINE.exec(labelKey(texts[0]!.text));
  if (!m) return null;
  const month = Number(m[1]);
  if (month < 1 || month > 12) return null;
  return { row: r, month, year: m[2] ? Number(m[2]) : null };
}

/** The month lines from row r0 to r1, top to bottom. */
export function monthLinesIn(view: SheetView, r0: number, r1: number): MonthLine[] {
  const out: MonthLine[] = [];
  for (let r = r0; r <= Math.min(r1, view.rowCount - 1); r++) {
    const line = readMonthLine(view, r);
    if (line) out.push(line);
  }
  return out;
}

/** The day of a month as a hand log types it under a month line: 5 or "05", nothing else. */
export function readDayOfMonth(view: SheetView, r: number, c: number): number | null {
  const cell = view.cell(r, c);
  let n: number;
  if (cell.type === 'number') n = cell.value as number;
  else if (cell.type === 'text' && /^\d{1,2}$/.test(view.text(r, c).trim())) {
    n = Number(view.text(r, c).trim());
  } else return null;
  return Number.isInteger(n) && n >= 1 && n <= 31 ? n : null;
}

/**
 * The date of a day typed under month lines: the month (and the year, if it names one) of the
 * nearest line above, else `year`.
 */
export function dayUnderMonthLine(
  view: SheetView,
  lines: readonly MonthLine[],
  year: number,
  r: number,
  c: number,
): LogDate | null {
  const line = lineAbove(lines, r);
  return line ? dayOnLine(view, line, year, r, c) : null;
}

/** The date of the day at (r, c) under `line`; a day its month does not have (31 under "THÁNG 4") is none. */
export function dayOnLine(
  view: SheetView,
  line: MonthLine,
  year: number,
  r: number,
  c: number,
): LogDate | null {
  const day = readDayOfMonth(view, r, c);
  if (day === null) return null;
  const y = line.year ?? year;
  if (day > new Date(Date.UTC(y, line.month, 0)).getUTCDate()) return null;
  return { year: y, month: line.month, day, text: view.cell(r, c).type === 'text' };
}

/** The last line above row r (lines sorted by row), by halving. */
function lineAbove(lines: readonly MonthLine[], r: number): MonthLine | null {
  let lo = 0;
  let hi = lines.length - 1;
  let found: MonthLine | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const line = lines[mid]!;
    if (line.row < r) {
      found = line;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The rows under one month line, down to the next line (the last down to `end`). */
export interface MonthBlock {
  month: number;
  year: number;
  r0: number;
  r1: number;
}

export function monthBlocks(lines: readonly MonthLine[], year: number, end: number): MonthBlock[] {
  return lines.map((line, i) => ({
    month: line.month,
    year: line.year ?? year,
    r0: line.row + 1,
    r1: i + 1 < lines.length ? lines[i + 1]!.row - 1 : end,
  }));
}

/** The year days under month lines take where their line names none: a user's correction first. */
export function monthLinesYear(t: {
  correctedYear?: number;
  titleYear: number | null;
  sheetYear: number | null;
}): number {
  // Recognition found one, or the log would not be read.
  return t.correctedYear ?? t.titleYear ?? t.sheetYear ?? 0;
}
