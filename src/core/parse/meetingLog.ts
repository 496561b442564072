import { tickedKind } from '../recognize/logKindTicks';
import type { MeetingLogTable } from '../recognize/tables';
import { nameKey } from '../text/normalize';
import {
  readLogDate,
  readMeetingKind,
  topicIsThematic,
  type LogDate,
  type MeetingKind,
} from './logCells';
import { dayUnderMonthLine, monthLinesYear } from './monthBlocks';
import { readNumber } from './numbers';

export interface LogEntry {
  /** 0-based sheet row. */
  row: number;
  date: LogDate;
  commune: string;
  cell: string;
  /** Commune and cell as typed (before decoding and normalizing): what COUNTIFS compares. */
  communeRaw: string;
  cellRaw: string;
  /** The cell as matched across rows: commune and cell name keys. */
  key: string;
  /** null where the kind cell says neither "thường kỳ" nor "chuyên đề". */
  kind: MeetingKind | null;
  /** The kind cell as typed, for the formulas' criteria. */
  kindRaw: string;
  attending: number | null;
  members: number | null;
}

export interface MeetingLog {
  table: MeetingLogTable;
  entries: LogEntry[];
  /** Rows naming a cell whose day cannot be read: in no month, so no month's count. */
  undated: number[];
  /** First and last day the log covers (over every cell): outside them a month has no data. */
  first: LogDate | null;
  last: LogDate | null;
}

/** Who came and who did not, added up, where the log counts the absent ("Vắng"), 0 included. */
function membersWithAbsent(
  view: MeetingLogTable['view'],
  r: number,
  table: MeetingLogTable,
  attending: number | null,
): number | null {
  if (table.absentCol === undefined || attending === null) return null;
  const absent = readNumber(view, r, table.absentCol).value;
  return absent === null || absent === undefined || absent < 0 ? null : attending + absent;
}

export function parseMeetingLog(table: MeetingLogTable): MeetingLog {
  const { view } = table;
  const entries: LogEntry[] = [];
  const undated: number[] = [];
  const repeated = new Set(table.repeatedHeaderRows);
  const daysYear = monthLinesYear(table);
  for (let r = table.firstDataRow; r <= table.lastDataRow; r++) {
    if (repeated.has(r)) continue;
    const cell = table.cellName ?? view.text(r, table.cellCol);
    if (!cell) continue;
    const date = table.monthLines
      ? dayUnderMonthLine(view, table.monthLines, daysYear, r, table.dateCol)
      : readLogDate(view, r, table.dateCol);
    if (!date) {
      undated.push(r);
      continue;
    }
    const commune = table.communeCol !== undefined ? view.text(r, table.communeCol) : '';
    const kindRaw = table.kindCol !== undefined ? view.text(r, table.kindCol) : '';
    const topic = table.topicCol !== undefined ? view.text(r, table.topicCol) : '';
    const count = (c: number | undefined) => {
      const v = c === undefined ? null : readNumber(view, r, c).value;
      return v !== null && v !== undefined && v > 0 ? v : null;
    };
    const raw = (c: number | undefined) => {
      const v = c === undefined ? null : view.sheet.rows[r]?.v[c];
      return v === null || v === undefined ? '' : String(v);
    };
    entries.push({
      row: r,
      date,
      commune,
      cell,
      communeRaw: raw(table.communeCol),
      cellRaw: table.cellName ?? raw(table.cellCol),
      key: `${nameKey(commune)}|${nameKey(cell)}`,
      kind:
        table.kindCol !== undefined
          ? readMeetingKind(kindRaw)
          : table.kindTickCols
            ? tickedKind(view, r, table.kindTickCols)
            : topicIsThematic(topic)
              ? 'thematic'
              : 'regular',
      kindRaw,
      attending: count(table.attendingCol),
      members:
        count(table.membersCol) ?? membersWithAbsent(view, r, table, count(table.attendingCol)),
    });
  }
  const order = (d: LogDate) => d.year * 10000 + d.month * 100 + d.day;
  const sorted = entries.map((e) => e.date).sort((a, b) => order(a) - order(b));
  return {
    table,
    entries,
    undated,
    first: sorted[0] ?? null,
    last: sorted[sorted.length - 1] ?? null,
  };
}
