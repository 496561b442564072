import type { LogDate } from '../parse/logCells';
import type { LogEntry, MeetingLog } from '../parse/meetingLog';
import type { MeetingResult } from '../report/types';
import type { Settings } from '../settings';
import type { Verdict } from './meetings';

/** One party cell's year, derived from the rows of a meeting log. */
export interface LogOutcome {
  log: MeetingLog;
  year: number;
  commune: string;
  unit: string;
  /** The cell's meetings that year, in sheet order: none in a year the log covers without it. */
  entries: LogEntry[];
  /** The cell's last meeting of an earlier year: where a year without any meeting is shown. */
  earlier: LogEntry | null;
  /** Every spelling of the cell's name (commune, cell) as typed in the log: the formulas count each. */
  spellings: { commune: string; cell: string }[];
  /** Months (1–12) with a regular meeting. */
  heldMonths: number[];
  /** Months with two or more regular meetings: one month held, worth a note. */
  repeatedMonths: { month: number; entries: LogEntry[] }[];
  /** Months the log does not cover (before its first day or after its last) without a meeting. */
  noDataMonths: number[];
  /** Months covered and without a regular meeting: not held. */
  missedMonths: number[];
  thematicByQuarter: number[];
  noDataQuarters: number[];
  lowAttendance: LogEntry[];
  regular: Verdict;
  thematic: Verdict[];
  result: MeetingResult;
}

const monthIndex = (year: number, month: number) => year * 12 + month - 1;
const dayOrder = (d: LogDate) => d.year * 10000 + d.month * 100 + d.day;

/**
 * Per cell and year: one regular meeting a month counts (a second in the same month adds
 * nothing), thematic meetings per quarter, attendance of each meeting against its members.
 * Months the log does not reach are no data, and a verdict they could change is unknown.
 */
export function evaluateLog(log: MeetingLog, settings: Settings): LogOutcome[] {
  const groups = new Map<string, LogEntry[]>();
  for (const e of log.entries) {
    const k = `${e.key}|${e.date.year}`;
    const list = groups.get(k);
    if (list) list.push(e);
    else groups.set(k, [e]);
  }
  // Every spelling of each cell, over all its years: a formula must count them all.
  const spellings = new Map<string, { commune: string; cell: string }[]>();
  for (const e of log.entries) {
    const list = spellings.get(e.key) ?? [];
    if (!list.some((s) => s.commune === e.communeRaw && s.cell === e.cellRaw)) {
      list.push({ commune: e.communeRaw, cell: e.cellRaw });
    }
    spellings.set(e.key, list);
  }
  const out = [...groups.values()].map((entries) =>
    evaluateCellYear(
      log,
      entries,
      entries[0]!.date.year,
      null,
      spellings.get(entries[0]!.key)!,
      settings,
    ),
  );
  // A cell the log knows, without a single meeting in a later year the log covers from January
  // to December: that year it held none. A year the log covers in part could be one not typed
  // in yet, and a year before the cell's first meeting one before it existed: both stay silent.
  if (log.first && log.last) {
    const whole = (y: number) =>
      monthIndex(log.first!.year, log.first!.month) <= monthIndex(y, 1) &&
      monthIndex(log.last!.year, log.last!.month) >= monthIndex(y, 12);
    const byCell = new Map<string, LogEntry[]>();
    for (const e of log.entries) byCell.set(e.key, [...(byCell.get(e.key) ?? []), e]);
    for (const [key, all] of byCell) {
      const since = Math.min(...all.map((e) => e.date.year));
      for (let y = since + 1; y <= log.last.year; y++) {
        if (groups.has(`${key}|${y}`) || !whole(y)) continue;
        const before = all
          .filter((e) => e.date.year < y)
          .sort((a, b) => dayOrder(a.date) - dayOrder(b.date) || a.row - b.row);
        out.push(
          evaluateCellYear(log, [], y, before[before.length - 1]!, spellings.get(key)!, settings),
        );
      }
    }
  }
  return out;
}

function evaluateCellYear(
  log: MeetingLog,
  entries: LogEntry[],
  year: number,
  earlier: LogEntry | null,
  spellings: { commune: string; cell: string }[],
  settings: Settings,
): LogOutcome {
  const required = settings.meetings.regularPerYear;
  const perQuarter = settings.meetings.thematicPerQuarter;
  const covered = (m: number) =>
    log.first !== null &&
    log.last !== null &&
    monthIndex(year, m) >= monthIndex(log.first.year, log.first.month) &&
    monthIndex(year, m) <= monthIndex(log.last.year, log.last.month);

  const regularByMonth = new Map<number, LogEntry[]>();
  const thematicByQuarter = [0, 0, 0, 0];
  for (const e of entries) {
    if (e.kind === 'regular') {
      const list = regularByMonth.get(e.date.month) ?? [];
      list.push(e);
      regularByMonth.set(e.date.month, list);
    } else if (e.kind === 'thematic') {
      thematicByQuarter[Math.ceil(e.date.month / 3) - 1]!++;
    }
  }
  const heldMonths = [...regularByMonth.keys()].sort((a, b) => a - b);
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  const noDataMonths = months.filter((m) => !regularByMonth.has(m) && !covered(m));
  const missedMonths = months.filter((m) => !regularByMonth.has(m) && covered(m));
  const held = heldMonths.length;
  const regular: Verdict =
    held >= required ? 'ok' : held + noDataMonths.length >= required ? 'unknown' : 'short';

  const noDataQuarters: number[] = [];
  const thematic: Verdict[] = thematicByQuarter.map((n, i) => {
    if (n >= perQuarter) return 'ok';
    const q = i + 1;
    if ([q * 3 - 2, q * 3 - 1, q * 3].some((m) => !covered(m))) {
      noDataQuarters.push(q);
      return 'unknown';
    }
    return 'short';
  });

  // A meeting without its own member count takes the cell's largest that year.
  const cellMembers = Math.max(0, ...entries.map((e) => e.members ?? 0)) || null;
  const lowAttendance = entries.filter((e) => {
    const members = e.members ?? cellMembers;
    return (
      e.attending !== null &&
      members !== null &&
      e.attending <= members &&
      e.attending / members <= settings.meetings.attendanceMin
    );
  });

  const verdicts = [regular, ...thematic];
  const compliant = verdicts.includes('short') ? false : verdicts.includes('unknown') ? null : true;
  // A year without meetings is named and shown by the cell's last meeting before it.
  const first = entries[0] ?? earlier!;
  return {
    log,
    year,
    commune: first.commune,
    unit: first.cell,
    entries,
    earlier,
    spellings,
    heldMonths,
    repeatedMonths: [...regularByMonth.entries()]
      .filter(([, list]) => list.length > 1)
      .map(([month, list]) => ({ month, entries: list }))
      .sort((a, b) => a.month - b.month),
    noDataMonths,
    missedMonths,
    thematicByQuarter,
    noDataQuarters,
    lowAttendance,
    regular,
    thematic,
    result: {
      source: 'log',
      sheet: log.table.view.name,
      row: first.row + 1,
      logRows: entries.map((e) => e.row + 1),
      year,
      unit: first.cell,
      ...(first.commune ? { commune: first.commune } : {}),
      regular: held,
      thematicByQuarter: thematicByQuarter.map((n, i) => (thematic[i] === 'unknown' ? null : n)),
      compliant,
      monthsWithoutData: noDataMonths,
    },
  };
}

/**
 * The cell's last meeting before a day (the evidence for a gap after it), or its first meeting
 * when the gap opens the year; in a year without meetings, its last meeting before that year.
 */
export function lastMeetingBefore(o: LogOutcome, month: number): LogEntry {
  if (o.entries.length === 0) return o.earlier!;
  const limit = o.year * 10000 + month * 100;
  const before = o.entries.filter((e) => dayOrder(e.date) < limit);
  const pool = before.length ? before : o.entries;
  const sorted = [...pool].sort((a, b) => dayOrder(a.date) - dayOrder(b.date) || a.row - b.row);
  return before.length ? sorted[sorted.length - 1]! : sorted[0]!;
}

/** "Chi bộ Thôn Đồng Bé (Hòa Sơn)", as registers' findings name a cell. */
export function logUnitLabel(o: LogOutcome): string {
  return o.commune ? `${o.unit} (${o.commune})` : o.unit;
}
