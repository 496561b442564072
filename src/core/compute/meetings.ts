import type { MeetingRegisterTable } from '../recognize/tables';
import type { Settings } from '../settings';
import type { MeetingResult } from '../report/types';
import type { RegisterMark } from '../parse/monthMark';
import type { RegisterRow } from '../parse/meetingRegister';
import type { NumberCell } from '../parse/numbers';

export type Verdict = 'ok' | 'short' | 'unknown';

export interface MeetingOutcome {
  result: MeetingResult;
  row: RegisterRow;
  /** The register's table, for the columns its findings point at. */
  table: MeetingRegisterTable;
  /** Months (1–12) with nothing recorded yet: no data, not "not held". */
  noDataMonths: number[];
  /** Quarters (1–4) with no thematic record yet. */
  noDataQuarters: number[];
  invalidMonths: RegisterMark[];
  lowAttendance: RegisterMark[];
  regular: Verdict;
  /** Per quarter. */
  thematic: Verdict[];
  /** Thematic meetings are read from the month cells ("x+CĐ"): the register has no column for them. */
  thematicInMonths?: boolean;
}

const quarterOf = (month: number) => Math.ceil(month / 3);

/**
 * A register row's meetings and compliance. A blank stretch at the end of the year whose
 * quarter's thematic count is also blank, or a quarter a note says is not compiled yet, is no
 * data; an answer that such months or unreadable marks could change is unknown (null).
 */
export function evaluateRegisterRow(
  row: RegisterRow,
  table: MeetingRegisterTable,
  settings: Settings,
  thematicInMonths = false,
): MeetingOutcome {
  const sheet = table.view.name;
  const required = settings.meetings.regularPerYear;
  const perQuarter = settings.meetings.thematicPerQuarter;
  const hasQuarterCols = row.quarters.some((q) => q !== null);
  const quarterBlank = (q: number): boolean => {
    const cell = row.quarters[q - 1];
    if (cell) return cell.status === 'blank';
    return !hasQuarterCols && (row.thematicCount === null || row.thematicCount.status === 'blank');
  };

  const noData = new Set<number>();
  for (let m = 12; m >= 1; m--) {
    const mark = row.months[m - 1]!;
    if (!(mark.state === 'not-held' && mark.blank)) break;
    // Two rows per cell: a thematic mark below a blank month is a record of that month.
    const below = row.thematicMonths?.[m - 1];
    if (below && !(below.state === 'not-held' && below.blank)) break;
    if (quarterBlank(quarterOf(m))) noData.add(m);
  }
  for (const q of row.pendingQuarters) for (let m = q * 3 - 2; m <= q * 3; m++) noData.add(m);

  let held = 0;
  let unknown = 0;
  const invalidMonths: RegisterMark[] = [];
  const lowAttendance: RegisterMark[] = [];
  row.months.forEach((mark, i) => {
    const month = i + 1;
    if (noData.has(month) || mark.state === 'absent') {
      unknown++;
      return;
    }
    if (mark.state === 'invalid' || mark.state === 'error') {
      invalidMonths.push(mark);
      unknown++;
      return;
    }
    if (mark.state !== 'held') return;
    held++;
    const members = row.members ?? mark.members ?? null;
    if (mark.attending !== undefined && members !== null && mark.attending <= members) {
      if (mark.attending / members <= settings.meetings.attendanceMin) lowAttendance.push(mark);
    } else if (mark.share !== undefined && mark.share <= settings.meetings.attendanceMin) {
      lowAttendance.push(mark);
    }
  });
  if (row.regularCount) {
    // One typed count for the year: unreadable or blank, every month is without records.
    const count = row.regularCount.value;
    held = count ?? 0;
    unknown = count === null ? 12 : 0;
  }
  const regular: Verdict =
    held >= required ? 'ok' : held + unknown >= required ? 'unknown' : 'short';

  const noDataQuarters: number[] = [];
  const thematicByQuarter: (number | null)[] = [];
  const thematic: Verdict[] = [];
  for (let q = 1; q <= 4; q++) {
    const cell = row.quarters[q - 1] ?? null;
    const monthsMissing = [q * 3 - 2, q * 3 - 1, q * 3].some((m) => noData.has(m));
    const value = quarterValue(cell);
    if (cell && cell.status === 'blank' && monthsMissing) {
      noDataQuarters.push(q);
      thematicByQuarter.push(null);
      thematic.push('unknown');
    } else if (cell) {
      thematicByQuarter.push(value);
      thematic.push(value === null ? 'unknown' : value >= perQuarter ? 'ok' : 'short');
    } else {
      thematicByQuarter.push(null);
      thematic.push('unknown');
    }
  }
  if (thematicInMonths || row.thematicMonths) {
    // Two rows per cell: every mark held on the second row is that month's thematic meeting.
    const marks = row.thematicMonths
      ? row.thematicMonths.map((m) => ({ ...m, thematic: m.state === 'held' }))
      : row.months;
    const inMonths = thematicFromMonths(marks, noData, perQuarter);
    thematicByQuarter.splice(0, 4, ...inMonths.values);
    thematic.splice(0, 4, ...inMonths.verdicts);
    noDataQuarters.push(...inMonths.noDataQuarters);
  } else if (!hasQuarterCols) {
    // Only a yearly count: four quarters' worth is taken as one a quarter.
    const total = row.thematicCount?.value ?? null;
    const verdict: Verdict = total === null ? 'unknown' : total >= perQuarter * 4 ? 'ok' : 'short';
    thematic.fill(verdict);
  }

  // After the quarters: a blank quarter beside an unreadable count is still not held.
  if (row.regularCount && row.regularCount.value === null) {
    for (let m = 1; m <= 12; m++) noData.add(m);
  }

  const verdicts = [regular, ...thematic];
  const compliant = verdicts.includes('short') ? false : verdicts.includes('unknown') ? null : true;
  const noDataMonths = [...noData].sort((a, b) => a - b);
  return {
    row,
    table,
    noDataMonths,
    noDataQuarters,
    invalidMonths,
    lowAttendance,
    regular,
    thematic,
    ...(thematicInMonths ? { thematicInMonths } : {}),
    result: {
      source: 'register',
      sheet,
      row: row.row + 1,
      year: row.year,
      unit: row.unit,
      ...(row.commune ? { commune: row.commune } : {}),
      regular: held,
      thematicByQuarter,
      compliant,
      monthsWithoutData: [
        ...new Set([...noDataMonths, ...invalidMonths.map((m) => monthOfCol(row, m))]),
      ].sort((a, b) => a - b),
    },
  };
}

/**
 * A quarter's thematic meetings counted from its month marks ("x+CĐ"). With none, the quarter is
 * no data while its months are (a blank end of the year, a note), and unknown while one of its
 * months cannot be read or has no column; else it is short (as the written formula decides).
 */
function thematicFromMonths(
  months: RegisterMark[],
  noData: Set<number>,
  perQuarter: number,
): { values: (number | null)[]; verdicts: Verdict[]; noDataQuarters: number[] } {
  const values: (number | null)[] = [];
  const verdicts: Verdict[] = [];
  const noDataQuarters: number[] = [];
  for (let q = 1; q <= 4; q++) {
    const ms = [q * 3 - 2, q * 3 - 1, q * 3];
    const marks = ms.map((m) => months[m - 1]!);
    const held = marks.filter((m) => m.thematic).length;
    const missing = ms.some((m) => noData.has(m));
    const unreadable = marks.some((m) => ['invalid', 'error', 'absent'].includes(m.state));
    if (held > 0 || !(missing || unreadable)) {
      values.push(held);
      verdicts.push(held >= perQuarter ? 'ok' : 'short');
      continue;
    }
    if (missing) noDataQuarters.push(q);
    values.push(null);
    verdicts.push('unknown');
  }
  return { values, verdicts, noDataQuarters };
}

function quarterValue(cell: NumberCell | null): number | null {
  if (!cell) return null;
  if (cell.status === 'blank') return 0;
  if (cell.status === 'error' || cell.status === 'unreadable') {
    return /^x$/i.test(String(cell.raw ?? '').trim()) ? 1 : null;
  }
  return cell.value;
}

function monthOfCol(row: RegisterRow, mark: RegisterMark): number {
  return row.months.indexOf(mark) + 1;
}

/** "Chi bộ Thôn Đồng Bé (Hòa Sơn)": cells of different communes often share a village's name. */
export function unitLabel(row: RegisterRow): string {
  return row.commune ? `${row.unit} (${row.commune})` : row.unit;
}
