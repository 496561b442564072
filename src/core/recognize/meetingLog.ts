import { findKindTicks } from './logKindTicks';
import { numberFromText } from '../parse/numbers';
import { readLogDate, readMeetingKind, type LogDate } from '../parse/logCells';
import { isTotalLabel } from '../parse/rows';
import { isOrgName } from './content';
import { labelKey } from '../text/normalize';
import type { SheetView } from '../view/sheetView';
import { isColumnNumberRow, type HeaderBand } from './headerBand';
import { isEndOfTableText } from './tableBody';
import type { MeetingLogTable, TableColumn } from './tables';
import { yearIn } from './vocabulary';
import { titleYearAbove } from './yearSources';
import { reason } from './reasons';
import { isEntryStamp } from './logStampColumn';
import { presentAndAbsent } from './logAbsentColumn';
import { cellNamedAbove } from './logCellName';

/** Fewest meetings that make a log: fewer rows could be anything with a date in it. */
const MIN_ROWS = 3;
const SAMPLE_ROWS = 200;
/** Rows a header may take above the first meeting: a group label, sub-labels, a numbering row. */
const MAX_HEADER_DEPTH = 3;

interface Profile {
  filled: number;
  dates: number;
  kinds: number;
  integers: number;
  texts: number;
  /** Texts naming a party cell or its place ("Chi bộ thôn…", "Thôn…"): names, never topics. */
  names: number;
  /** Texts naming a commune ("Xã Hòa Sơn", "Đảng bộ thị trấn…"). */
  communes: number;
  distinct: Set<string>;
  length: number;
}

/**
 * A meeting log starting within [from, to]: one row per meeting, told by its cells whatever its
 * header says: a column of days, a column of party-cell names that repeat, and a kind column
 * ("Thường kỳ", "SHCĐ") or a topic column of free text; counts beside it are attendance and
 * members. A member list with birth dates has no kind or topic and is left alone.
 */
export function findMeetingLog(view: SheetView, from: number, to: number): MeetingLogTable | null {
  // A column of days found to be no log (a task list) is not tried again from each row below.
  const notLog = new Map<number, number>();
  // Each try walks the rows under it again: what a row is, whatever column holds the days, is
  // read once for the whole search.
  const lines: RowLines = new Map();
  for (let r = from; r <= Math.min(to, view.rowCount - 1); r++) {
    const last = view.lastColumn(r);
    for (let c = 0; c <= last; c++) {
      if ((notLog.get(c) ?? -1) >= r) continue;
      if (!readLogDate(view, r, c)) continue;
      const table = logFrom(view, r, c, from, lines, (end) => notLog.set(c, end));
      if (table) return table;
    }
  }
  return null;
}

/** How a log's day cells read: whole dates, or days under month lines (recognize/monthBlockLog.ts). */
export type DateReader = (view: SheetView, row: number, col: number) => LogDate | null;

export function logFrom(
  view: SheetView,
  first: number,
  dateCol: number,
  ceiling: number,
  lines: RowLines,
  rejected: (lastRow: number) => void,
  read: DateReader = readLogDate,
): MeetingLogTable | null {
  // Columns are typed on the first rows, as for other tables: a long body adds nothing, and is
  // walked only for a column found to be a log (or rejected by its header) to find its end. A
  // sheet of thousands of dated rows is tried from each of its first rows and date columns.
  const sample = bodyRows(view, first, dateCol, SAMPLE_ROWS, lines, read);
  if (sample.length < MIN_ROWS) return null;
  const lastCol = Math.max(...sample.map((r) => view.lastColumn(r)));
  const profiles = new Map<number, Profile>();
  for (let c = 0; c <= lastCol; c++) profiles.set(c, profile(view, sample, c, read));
  const dated = profiles.get(dateCol)!;
  const n = sample.length;
  if (dated.dates < n * 0.8) return null;
  // A register marks its month columns with days: many columns of days are months, not a log.
  const dayColumns = [...profiles.values()].filter((p) => p.dates >= n * 0.5).length;
  if (dayColumns >= 3) return null;

  const isKind = (p: Profile) => p.filled >= n * 0.5 && p.kinds >= p.filled * 0.6;
  const band = headerAbove(view, first, ceiling);
  const others = [...profiles.keys()].filter(
    (c) => c !== dateCol && profiles.get(c)!.dates >= n * 0.8,
  );
  if (isEntryStamp(band, dateCol) && others.length > 0) {
    rejected(lastBodyRow(view, sample, dateCol, read));
    return null;
  }
  // Kinds ticked under "Thường kỳ" / "Chuyên đề": a topic column then only looks like kinds.
  const kindTickCols = findKindTicks(view, band, sample);
  const kindCol = kindTickCols
    ? undefined
    : columns(profiles).find((c) => c !== dateCol && isKind(profiles.get(c)!));
  const textCols = columns(profiles).filter((c) => {
    const p = profiles.get(c)!;
    return c !== dateCol && c !== kindCol && p.filled >= n * 0.8 && p.texts >= p.filled * 0.8;
  });
  // Topics vary most and run longest; names repeat (each cell meets every month).
  const avg = (c: number) => profiles.get(c)!.length / profiles.get(c)!.filled;
  const variety = (c: number) => profiles.get(c)!.distinct.size;
  // A column of cell names is no topic, however long the names run.
  const topicLike = textCols.filter((c) => profiles.get(c)!.names < profiles.get(c)!.filled * 0.5);
  const longest = [...topicLike].sort((a, b) => avg(b) - avg(a) || a - b)[0];
  const topicCol =
    longest !== undefined &&
    textCols.length >= 2 &&
    avg(longest) >= (kindCol === undefined && !kindTickCols ? 20 : 12) &&
    textCols.every((c) => variety(c) <= variety(longest))
      ? longest
      : undefined;
  const names = textCols.filter((c) => c !== topicCol && variety(c) < profiles.get(c)!.filled);
  if (kindCol === undefined && !kindTickCols && topicCol === undefined) return null;
  // No column of names: a log kept for one cell (a sheet per cell), named above or by the sheet.
  const cellName = names.length === 0 ? cellNamedAbove(view, band.top, ceiling) : null;
  if (names.length === 0 && !cellName) return null;
  if (!withinFewYears(view, sample, dateCol, read)) return null;
  // Where columns name cells ("Chi bộ thôn…", "Xã…"), the cell and commune are among them: a
  // column of who chaired repeats as cells do, and varies more when a deputy stands in.
  const named = (c: number) => profiles.get(c)!.names >= profiles.get(c)!.filled * 0.5;
  const pool = names.some(named) ? names.filter(named) : names;
  // A commune repeats more than its cells do, and each cell is in one commune; with one cell per
  // commune, the column naming communes ("Xã…", "Đảng bộ xã…") is the commune, then the left one.
  const communes = (c: number) => profiles.get(c)!.communes;
  const byVariety = [...pool].sort(
    (a, b) => variety(b) - variety(a) || communes(a) - communes(b) || b - a,
  );
  // A one-cell log has no cell column: its rows are told apart by their days alone.
  const cellCol = byVariety[0] ?? dateCol;
  const communeCol = byVariety
    .slice(1)
    .reverse()
    .find((c) => holdsOneValuePer(view, sample, c, cellCol));

  // With neither a kind column nor cell names, dates, repeating names and long texts are any
  // task or event list ("Assigned to", "Due date"): only words about meetings make it a log.
  if (
    kindCol === undefined &&
    !kindTickCols &&
    !names.some(named) &&
    !speaksOfMeetings(view, band)
  ) {
    rejected(lastBodyRow(view, sample, dateCol, read));
    return null;
  }
  const { attendingCol, membersCol } = countColumns(view, sample, profiles, band, n, dateCol);
  const headcount = presentAndAbsent(band, attendingCol, membersCol);
  const header = (c: number) => band.columns.find((x) => x.col === c)?.raw.join(' / ') ?? '';
  const role = (col: number | undefined, name: string): TableColumn[] =>
    col === undefined ? [] : [{ col, role: name, label: header(col), from: 'content' }];
  const roles = [
    ...role(dateCol, 'date'),
    ...role(communeCol, 'commune'),
    ...role(cellName ? undefined : cellCol, 'cell'),
    ...role(kindCol, 'kind'),
    ...role(kindTickCols?.regular, 'kind'),
    ...role(kindTickCols?.thematic, 'kind'),
    ...role(topicCol, 'topic'),
    ...role(headcount.attendingCol, 'attending'),
    ...role(headcount.membersCol, 'members'),
    ...role(headcount.absentCol, 'absent'),
  ].sort((a, b) => a.col - b.col);

  const readable = (kindCol !== undefined ? profiles.get(kindCol)!.kinds : n) / n;
  const share = Math.min(dated.dates / n, readable);
  const cols = roles.map((x) => x.col);
  return {
    kind: 'meeting-log',
    view,
    band,
    firstDataRow: first,
    lastDataRow: lastBodyRow(view, sample, dateCol, read),
    firstCol: Math.min(...cols),
    lastCol: Math.max(...cols),
    titleYear: titleYearAbove(view, band.top, ceiling),
    sheetYear: yearIn(view.name),
    totalRows: [],
    roles,
    confidence: Math.round(share * 100) / 100,
    reasons: [
      kindCol !== undefined || kindTickCols
        ? reason('logByKinds', {
            dates: Math.round((dated.dates / n) * 100),
            kinds: Math.round(readable * 100),
          })
        : reason('logByTopics', { dates: Math.round((dated.dates / n) * 100) }),
      ...(cellName ? [reason('logOneCell')] : []),
    ],
    dateCol,
    cellCol,
    ...(cellName ? { cellName } : {}),
    communeCol,
    kindCol,
    ...(kindTickCols ? { kindTickCols } : {}),
    topicCol,
    ...headcount,
  };
}

/**
 * Rows of meetings from the first, at most `limit` of them: a blank row, a total, a signature or a
 * row without a day ends them.
 */
function bodyRows(
  view: SheetView,
  first: number,
  dateCol: number,
  limit = Infinity,
  lines?: RowLines,
  read: DateReader = readLogDate,
): number[] {
  const rows: number[] = [];
  for (let r = first; r < view.rowCount && rows.length < limit; r++) {
    let line = lines?.get(r);
    if (line === undefined) {
      line = rowLine(view, r);
      lines?.set(r, line);
    }
    if (line === 'end') break;
    if (line === 'month') continue;
    // One unreadable day inside the log stays the log's (a typo); two in a row end it.
    if (!read(view, r, dateCol)) {
      const next = r + 1 < view.rowCount && read(view, r + 1, dateCol);
      if (!next || view.text(r, dateCol) === '') break;
    }
    rows.push(r);
  }
  return rows;
}

/** What a row is to a log's body, by its texts alone (its day is the log's own column's). */
type RowLine = 'end' | 'month' | 'row';
export type RowLines = Map<number, RowLine>;

/** A blank row, a total or a signature ends a log; a month line groups the meetings under it. */
function rowLine(view: SheetView, r: number): RowLine {
  if (view.lastColumn(r) < 0) return 'end';
  const texts = view.rowTexts(r);
  if (texts.some((t) => isEndOfTableText(t.text) || isTotalLabel(t.text))) return 'end';
  return isMonthLine(view, r) ? 'month' : 'row';
}

/** The last row of the body whose first SAMPLE_ROWS rows are `sample`: the walk goes on past them. */
function lastBodyRow(view: SheetView, sample: number[], dateCol: number, read: DateReader): number {
  const last = sample[sample.length - 1]!;
  if (sample.length < SAMPLE_ROWS) return last;
  const rest = bodyRows(view, last + 1, dateCol, Infinity, undefined, read);
  return rest.length > 0 ? rest[rest.length - 1]! : last;
}

function profile(view: SheetView, rows: number[], c: number, read: DateReader): Profile {
  const p: Profile = {
    filled: 0,
    dates: 0,
    kinds: 0,
    integers: 0,
    texts: 0,
    names: 0,
    communes: 0,
    distinct: new Set(),
    length: 0,
  };
  for (const r of rows) {
    const cell = view.cell(r, c);
    if (cell.type === 'blank') continue;
    p.filled++;
    if (read(view, r, c)) p.dates++;
    const text = view.text(r, c);
    if (cell.type === 'number' && Number.isInteger(cell.value) && (cell.value as number) >= 0) {
      p.integers++;
    } else if (cell.type === 'text') {
      const n = numberFromText(text);
      if (n !== null && Number.isInteger(n) && n >= 0) p.integers++;
      else if (readMeetingKind(text) && isKindLabel(text)) p.kinds++;
      else if (!read(view, r, c)) p.texts++;
      if (isCellName(text)) p.names++;
      if (COMMUNE.test(labelKey(text))) p.communes++;
    }
    p.distinct.add(labelKey(text));
    p.length += text.length;
  }
  return p;
}

/**
 * A kind cell is a short label ("SH chuyên đề", "Sinh hoạt thường kỳ"); a topic that mentions
 * its kind ("Sinh hoạt chuyên đề quý 1: học tập và làm theo…") is a topic.
 */
function isKindLabel(text: string): boolean {
  return text.trim().split(/\s+/).length <= 6;
}

const COMMUNE = /^((dang bo|db) )?(xa|thi tran|phuong)\b/;
const PLACE = /^(thon|ban|khu|khu pho|to dan pho|xom|ap|lang|truong)\b/;

const MEETING_WORDS = /\b(chi bo|sinh hoat|shcb|hop|cuoc hop|noi dung|chuyen de|thuong ky|buoi)\b/;

/** The header or the sheet's name speaks of party meetings ("Nội dung sinh hoạt", "Chi bộ"). */
function speaksOfMeetings(view: SheetView, band: HeaderBand): boolean {
  return (
    MEETING_WORDS.test(labelKey(view.name)) ||
    band.columns.some((c) => c.labels.some((l) => MEETING_WORDS.test(l)))
  );
}

function isCellName(text: string): boolean {
  return isOrgName(text) || PLACE.test(labelKey(text));
}

/** Birth dates span decades; a log spans a few years. */
function withinFewYears(
  view: SheetView,
  rows: number[],
  dateCol: number,
  read: DateReader,
): boolean {
  const years = rows.map((r) => read(view, r, dateCol)?.year).filter((y) => y !== undefined);
  return Math.max(...years) - Math.min(...years) <= 10;
}

function columns(profiles: Map<number, Profile>): number[] {
  return [...profiles.keys()].sort((a, b) => a - b);
}

/**
 * Attending and members: integer columns that are not a row number. Where both exist, attending
 * is the one never above the other; a lone count is members if its header says so.
 */
function countColumns(
  view: SheetView,
  rows: number[],
  profiles: Map<number, Profile>,
  band: HeaderBand,
  n: number,
  dateCol: number,
): { attendingCol?: number; membersCol?: number } {
  // Days of the month typed as 5 or "05" are integers too.
  const counts = columns(profiles).filter((c) => {
    const p = profiles.get(c)!;
    return (
      c !== dateCol &&
      p.filled >= n * 0.5 &&
      p.integers >= p.filled * 0.9 &&
      !isRowNumber(view, rows, c) &&
      !isMonthOfDay(view, rows, c, dateCol)
    );
  });
  const value = (r: number, c: number) => numberFromText(view.text(r, c));
  if (counts.length >= 2) {
    for (let i = 0; i < counts.length; i++) {
      for (let j = 0; j < counts.length; j++) {
        if (i === j) continue;
        const [a, m] = [counts[i]!, counts[j]!];
        const both = rows.filter((r) => value(r, a) !== null && value(r, m) !== null);
        const under = both.filter((r) => value(r, a)! <= value(r, m)!);
        const strictly = both.some((r) => value(r, a)! < value(r, m)!);
        if (both.length > 0 && under.length >= both.length * 0.9 && strictly) {
          return { attendingCol: a, membersCol: m };
        }
      }
    }
  }
  if (counts.length >= 1) {
    const c = counts[0]!;
    const label = labelKey(band.columns.find((x) => x.col === c)?.raw.join(' ') ?? '');
    if (/dang vien|so dv|tong so|bien che/.test(label) && !/du|co mat|tham gia/.test(label)) {
      return { membersCol: c };
    }
    return { attendingCol: c };
  }
  return {};
}

const MONTH_LINE = /^(thang|quy) ?(\d{1,2}|i{1,3}|iv)( ?(\/|-|nam)? ?\d{4})?$/;

/** A row holding only "Tháng 3/2021", "THÁNG 03 NĂM 2021" or "Quý I": it groups the meetings under it. */
function isMonthLine(view: SheetView, r: number): boolean {
  const texts = view.rowTexts(r);
  return texts.length === 1 && MONTH_LINE.test(labelKey(texts[0]!.text));
}

/** Does a merged area reach from row r into the row under it? */
function mergedDown(view: SheetView, r: number): boolean {
  const last = Math.max(view.lastColumn(r), view.lastColumn(r + 1));
  for (let c = 0; c <= last; c++) {
    if (view.isMergedTail(r + 1, c) && view.headerText(r + 1, c) === view.headerText(r, c)) {
      return true;
    }
  }
  return false;
}

/** Does column c read the same on every row of each value of column `by` (one commune per cell)? */
function holdsOneValuePer(view: SheetView, rows: number[], c: number, by: number): boolean {
  const seen = new Map<string, string>();
  for (const r of rows) {
    const key = labelKey(view.text(r, by));
    const value = labelKey(view.text(r, c));
    if (!key || !value) continue;
    if ((seen.get(key) ?? value) !== value) return false;
    seen.set(key, value);
  }
  return true;
}

/** A "Tháng" column beside the day: each row's number is its day's month, no head count. */
function isMonthOfDay(view: SheetView, rows: number[], c: number, dateCol: number): boolean {
  let same = 0;
  for (const r of rows) {
    if (numberFromText(view.text(r, c)) === readLogDate(view, r, dateCol)?.month) same++;
  }
  return same >= rows.length * 0.9;
}

/** 1, 2, 3…: the STT column. */
function isRowNumber(view: SheetView, rows: number[], c: number): boolean {
  let prev = -Infinity;
  let rising = 0;
  for (const r of rows) {
    const v = numberFromText(view.text(r, c));
    if (v === null) continue;
    if (v === prev + 1) rising++;
    prev = v;
  }
  return rising >= rows.length * 0.8;
}

/** The header rows right above the first meeting, whatever they say; none when rows touch a title. */
export function headerAbove(view: SheetView, first: number, ceiling: number): HeaderBand {
  // A month line over the first meetings ("Tháng 1/2021") groups them; the header is above it.
  let under = first;
  while (under - 1 >= ceiling && isMonthLine(view, under - 1)) under--;
  let top = under;
  for (let r = under - 1; r >= Math.max(ceiling, under - MAX_HEADER_DEPTH); r--) {
    const texts = view.rowTexts(r);
    // A title is one text across the row; a header names several columns.
    if (texts.length < 2) break;
    // A row above the header's lowest joins it only when the row under it carries on from it (a
    // numbering row, or labels merged down): an agency line pair ("HUYỆN ỦY…", "ĐẢNG CỘNG SẢN
    // VIỆT NAM") right above a one-row header names no column.
    if (r < under - 1 && !isColumnNumberRow(view, r + 1) && !mergedDown(view, r)) break;
    top = r;
  }
  if (top === under) top = first;
  const bottom = top === first ? first - 1 : under - 1;
  const cols = new Map<number, string[]>();
  for (let r = top; r <= bottom && top < first; r++) {
    // A group label merged across shows over each column under it.
    const last = Math.max(view.lastColumn(r), ...view.mergedColumns(r));
    for (let c = 0; c <= last; c++) {
      const t = view.headerText(r, c);
      if (!t) continue;
      const raw = cols.get(c) ?? [];
      if (raw[raw.length - 1] !== t) raw.push(t);
      cols.set(c, raw);
    }
  }
  return {
    top: top === first ? first : top,
    bottom,
    columns: [...cols.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([col, raw]) => ({ col, raw, labels: raw.map(labelKey), meaning: null })),
    score: 0,
  };
}
