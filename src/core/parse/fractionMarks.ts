import type { MeetingRegisterTable } from '../recognize/tables';
import type { RegisterMark } from './monthMark';

const FRACTION = /^(\d{1,3})\s*\/\s*(\d{1,3})$/;

interface Fraction {
  attending: number;
  members: number;
}

function fractionOf(mark: RegisterMark): Fraction | null {
  if (typeof mark.raw !== 'string') return null;
  const m = FRACTION.exec(mark.raw.trim());
  if (!m) return null;
  const attending = Number(m[1]);
  const members = Number(m[2]);
  return members > 0 && attending <= members ? { attending, members } : null;
}

/**
 * Month columns (by month index) whose cells are attendance fractions: at least two "27/31"
 * that can be no day (31 is no month), and no fewer than those that could ("9/12").
 */
export function fractionColumns(table: MeetingRegisterTable, rows: RegisterMark[][]): Set<number> {
  const out = new Set<number>();
  table.monthCols.forEach((col, i) => {
    if (col === undefined) return;
    let sure = 0;
    let either = 0;
    for (const months of rows) {
      const f = months[i] ? fractionOf(months[i]) : null;
      if (!f) continue;
      if (f.members > 12) sure++;
      else either++;
    }
    if (sure >= 2 && sure >= either) out.add(i);
  });
  return out;
}

/**
 * "9/12" in a month cell reads as a day (the 9th of December) unless the register says
 * otherwise: in a column of attendance fractions, or in a row whose months share that second
 * number (a day's month would follow its column; a cell's members stay put), it is 9 of 12.
 */
export function readFractions(months: RegisterMark[], columns: Set<number>): RegisterMark[] {
  const fractions = months.map(fractionOf);
  const perMembers = new Map<number, number>();
  for (const f of fractions) if (f) perMembers.set(f.members, (perMembers.get(f.members) ?? 0) + 1);
  return months.map((mark, i) => {
    const f = fractions[i];
    if (!f || mark.attending !== undefined) return mark;
    if (!columns.has(i) && (perMembers.get(f.members) ?? 0) < 3) return mark;
    const share = f.attending / f.members;
    return { ...mark, state: share > 0 ? 'held' : 'not-held', ...f, share };
  });
}
