import { ABSENT_LABEL } from '../recognize/vocabulary';
import type { MeetingRegisterTable } from '../recognize/tables';
import { readNumber } from './numbers';
import type { RegisterMark } from './monthMark';

/**
 * A month split into "Có mặt" | "Vắng" (either order): the absent count beside each month's
 * attendance column, by month index; a month without one is left out. Who came plus who did not
 * is the cell's members that month, the count its attendance is measured against.
 */
export function absentColumns(table: MeetingRegisterTable): Map<number, number> {
  const out = new Map<number, number>();
  const months = new Set(table.monthCols.filter((c): c is number => c !== undefined));
  const header = new Map(table.band.columns.map((c) => [c.col, c]));
  table.monthCols.forEach((col, i) => {
    if (col === undefined) return;
    const own = header.get(col);
    for (const side of [col + 1, col - 1]) {
      const h = header.get(side);
      if (!h || months.has(side)) continue;
      // The same month over both: the group label is the pair's.
      if (own && h.labels[0] !== own.labels[0]) continue;
      if (ABSENT_LABEL.test(h.labels[h.labels.length - 1] ?? '')) {
        out.set(i, side);
        break;
      }
    }
  });
  return out;
}

/** A month's attendance with its members: who came and who did not ("18" beside "2": 18 of 20). */
export function withAbsent(
  mark: RegisterMark,
  table: MeetingRegisterTable,
  row: number,
  absentCol: number | undefined,
): RegisterMark {
  if (absentCol === undefined || mark.state !== 'held' || mark.attending === undefined) return mark;
  const absent = readNumber(table.view, row, absentCol);
  // Blank, unreadable or no whole number: the members stay unknown, as without the column.
  const n = absent.status === 'ok' || absent.status === 'text' ? absent.value : null;
  if (n === null || n < 0 || !Number.isInteger(n)) return mark;
  return { ...mark, members: mark.attending + n };
}
