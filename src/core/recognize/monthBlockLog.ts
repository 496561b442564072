import { readLogDate } from '../parse/logCells';
import {
  dayOnLine,
  monthLinesIn,
  readDayOfMonth,
  readMonthLine,
  type MonthLine,
} from '../parse/monthBlocks';
import { numberFromText } from '../parse/numbers';
import type { SheetView } from '../view/sheetView';
import { headerAbove, logFrom, type DateReader, type RowLines } from './meetingLog';
import type { MeetingLogTable } from './tables';
import { yearIn } from './vocabulary';
import { titleYearAbove } from './yearSources';

/** Rows of the day column looked at to tell days from a row number. */
const SAMPLE = 30;

/**
 * A hand log grouped by month: a "THÁNG 3" line, then that month's meetings with the day of the
 * month only (5 or "05"). The month comes from the line above each day and the year from the
 * line, the title or the sheet's name; without a year the days are no dates and nothing is read.
 * Otherwise it is a log like any other (recognize/meetingLog.ts), told by its cells.
 */
export function findLogUnderMonthLines(
  view: SheetView,
  from: number,
  to: number,
): MeetingLogTable | null {
  const lines: RowLines = new Map();
  for (let r = from; r <= Math.min(to, view.rowCount - 2); r++) {
    const top = readMonthLine(view, r);
    if (!top) continue;
    const first = r + 1;
    const band = headerAbove(view, first, from);
    const year = top.year ?? titleYearAbove(view, band.top, from) ?? yearIn(view.name);
    if (year === null) return null;
    const last = view.lastColumn(first);
    for (let c = 0; c <= last; c++) {
      if (readDayOfMonth(view, first, c) === null) continue;
      if (!headedAsDay(band.columns.find((x) => x.col === c)?.labels ?? [])) continue;
      if (isRowNumber(view, first, c)) continue;
      const read = dayReader(view, top, year, c);
      const table = logFrom(view, first, c, from, lines, () => undefined, read);
      if (!table) continue;
      table.monthLines = monthLinesIn(view, r, table.lastDataRow);
      return table;
    }
    return null;
  }
  return null;
}

/** A day column is headed "Ngày", "Ngày SH"… or not at all: a column "STT" or "Số ĐV" is no day. */
function headedAsDay(labels: string[]): boolean {
  return labels.length === 0 || labels.some((l) => /\bngay\b/.test(l));
}

/** Numbers rising by one down the rows (month lines skipped) are an STT column, not days. */
function isRowNumber(view: SheetView, first: number, c: number): boolean {
  let prev: number | null = null;
  let rising = 0;
  let seen = 0;
  for (let r = first; r < Math.min(view.rowCount, first + SAMPLE); r++) {
    if (readMonthLine(view, r)) continue;
    const v = numberFromText(view.text(r, c));
    if (v === null) break;
    if (prev !== null && v === prev + 1) rising++;
    prev = v;
    seen++;
  }
  return seen >= 3 && rising >= (seen - 1) * 0.8;
}

/**
 * Reads column `dayCol` as days under the month lines from `top` down, any other column as whole
 * dates. The lines are found once, as the walk down the log reaches them.
 */
function dayReader(view: SheetView, top: MonthLine, year: number, dayCol: number): DateReader {
  const months: (MonthLine | null)[] = [];
  const monthAt = (r: number): MonthLine | null => {
    for (let i = months.length; i <= r - top.row; i++) {
      const row = top.row + i;
      months.push(readMonthLine(view, row) ?? (i === 0 ? top : months[i - 1]!));
    }
    return months[r - top.row] ?? null;
  };
  return (v, r, c) => {
    if (c !== dayCol) return readLogDate(v, r, c);
    if (r <= top.row) return null;
    const line = monthAt(r);
    if (!line || line.row === r) return null;
    return dayOnLine(v, line, year, r, c);
  };
}
