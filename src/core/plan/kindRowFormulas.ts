import type { MeetingOutcome } from '../compute/meetings';
import type { CellContent } from './columnTable';
import { absArea, consecutiveRuns, onSheet, rowCells } from './grid';

/** How a row of month cells is read: the held marks, and the cells that are no mark at all. */
export interface MarkReading {
  held: (range: string) => string;
  unreadable: (range: string) => string;
}

/**
 * Where a register marks thematic meetings month by month: the row below (or above) the regular
 * one, two rows per cell (parse/kindRowPairs.ts), with the month columns; or the row itself with
 * each month's thematic column ("Tháng 1" over "TK" | "CĐ"). Null for other registers.
 */
export function thematicMarkSite(
  o: MeetingOutcome,
): { row: number; cols: (number | undefined)[] } | null {
  if (o.row.thematicRow !== undefined) return { row: o.row.thematicRow, cols: o.table.monthCols };
  if (o.table.thematicMonthCols && o.row.thematicMonths)
    return { row: o.row.row, cols: o.table.thematicMonthCols };
  return null;
}

/**
 * The thematic mark cells (thematicMarkSite) from month m to December, as one area; null
 * without those columns.
 */
export function kindRowRest(o: MeetingOutcome, m: number): string | null {
  const at = thematicMarkSite(o);
  if (!at) return null;
  const below = at.row;
  const cols = at.cols
    .slice(m - 1)
    .filter((c): c is number => c !== undefined)
    .sort((a, b) => a - b);
  if (!cols.length) return null;
  return onSheet(o.table.view.name, absArea(rowCells(below, cols[0]!, cols[cols.length - 1]!)));
}

/**
 * A quarter's thematic meetings marked month by month (thematicMarkSite): the held marks of its
 * three months' thematic cells. With none it is blank (not enough data) while its months are
 * without records in both kinds, or a thematic cell of the quarter is unreadable or missing, as
 * the engine decides.
 */
export function kindRowQuarterCell(
  o: MeetingOutcome,
  q: number,
  regularRest: string | null,
  read: MarkReading,
): CellContent {
  const at = thematicMarkSite(o)!;
  const below = at.row;
  const cols = at.cols.slice(q * 3 - 3, q * 3);
  const defined = cols.filter((c): c is number => c !== undefined).sort((a, b) => a - b);
  if (!defined.length) return null;
  const ranges = consecutiveRuns(defined).map(([c0, c1]) =>
    onSheet(o.table.view.name, absArea(rowCells(below, c0, c1))),
  );
  const count = ranges.map(read.held).join('+');
  const belowRest = kindRowRest(o, q * 3);
  const doubt = [
    o.row.pendingQuarters.includes(q) || defined.length < 3 ? 'TRUE' : null,
    regularRest && belowRest ? `COUNTA(${regularRest})+COUNTA(${belowRest})=0` : null,
    ...ranges.map((g) => `${read.unreadable(g)}>0`),
  ].filter((p): p is string => p !== null);
  const cached = o.result.thematicByQuarter[q - 1];
  return {
    formula: countOrDoubt(count, doubt),
    cached: cached === null || cached === undefined ? '' : cached,
  };
}

/**
 * A quarter's count, or blank when it is 0 and in doubt. The count is written once: with the
 * register's word lists it runs to thousands of characters, and twice would pass Excel's 8,192
 * (the cell would then keep a constant). 1/(1/n) fails only for 0; ROUND keeps n whole.
 */
export function countOrDoubt(count: string, doubt: string[]): string {
  return `IFERROR(ROUND(1/(1/(${count})),0),IF(OR(${doubt.join(',')}),"",0))`;
}
