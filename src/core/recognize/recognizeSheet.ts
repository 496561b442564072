import type { SheetView } from '../view/sheetView';
import {
  gradeShare,
  numberShare,
  profileColumns,
  support,
  textShare,
  type ColumnContent,
} from './content';
import { findHeaderBands, MAX_HEADER_ROW, type HeaderBand } from './headerBand';
import { findAcrossList } from './acrossList';
import { codedColumn, type CodedColumn } from './gradeLegend';
import { scoreColumnFor } from './scoreColumn';
import { isFormFieldLine } from './formFieldLine';
import { findBareList, readsAsUnit } from './bareList';
import { numberedUnits } from './numberedUnits';
import { findMeetingLog } from './meetingLog';
import { findLogUnderMonthLines } from './monthBlockLog';
import { nestedShareColumns } from './nestedShares';
import { ratedColumn } from './ratedColumn';
import { countRegisterColumns } from './countRegister';
import { findGradeGroups, type GradeGroup } from './gradeGroups';
import { gradesDownMeasures } from './gradesDown';
import { asideGradeColumns } from './asideGrades';
import { gradeLegendColumns } from './gradeLegendAside';
import { findBody, isEndOfTableText } from './tableBody';
import { listWithCellCounts } from './listWithCellCounts';
import { isLevelHeaderOverList } from './levelHeaderOverList';
import type {
  GradeColumn,
  IncompleteTable,
  MeetingRegisterTable,
  RatingListTable,
  RatingSummaryTable,
  SummaryLevelColumns,
  Table,
  TableColumn,
} from './tables';
import { classifyHeader, yearIn, type ColumnMeaning, type ColumnRole } from './vocabulary';
import { numberFromText } from '../parse/numbers';
import { labelKey } from '../text/normalize';
import { recognizeGrade } from '../text/grades';
import { titleYearAbove } from './yearSources';
import { datedMonthsYear } from './datedMonths';
import { SCORES_FROM } from '../parse/scoreGrade';
import { percent, reason } from './reasons';
import type { Bilingual } from '../words';

export interface SheetRecognition {
  tables: Table[];
  incomplete: IncompleteTable[];
}

/** A user's correction of one table (with `headerRow`) or of every table on the sheet. */
export interface TableHint {
  /** 0-based first header row. */
  headerRow?: number;
  kind?: Table['kind'] | 'ignore';
  year?: number;
}

/** A table recognized with less than this is reported on as a whole, never cell by cell. */
export const CONFIDENT = 0.7;

/**
 * Every table on a sheet, top to bottom: a header band, the body under it up to where something
 * else begins (findBody), then the search goes on below. Stacked years, a summary under a list,
 * several registers: each is a table of its own. A user's correction narrows one table (by its
 * header row) or all of them.
 */
export function recognizeSheet(view: SheetView, hints: TableHint[] = []): SheetRecognition {
  const out: SheetRecognition = { tables: [], incomplete: [] };
  const general = hints.find((h) => h.headerRow === undefined);
  const forced = hints.filter((h) => h.headerRow !== undefined);
  let from = 0;
  // A table with no year above it takes the year of the table above it on the sheet (a
  // breakdown under its list).
  let inherited: number | null = null;
  while (from < view.rowCount) {
    from = nextFilledRow(view, from);
    if (from < 0) break;
    const ceiling = from;
    // A list with no header row is known by its cells; a correction naming its first row
    // names that list, not a header to be built from its first unit.
    const bare = listAllowed(general) ? findBareList(view, from, from + MAX_HEADER_ROW) : null;
    const candidates = findHeaderBands(view, from, from + MAX_HEADER_ROW);
    for (const h of forced) {
      if (
        h.headerRow! >= from &&
        h.headerRow! <= from + MAX_HEADER_ROW &&
        h.headerRow !== bare?.top
      ) {
        candidates.push(...findHeaderBands(view, 0, 0, h.headerRow));
      }
    }
    candidates.sort((a, b) => a.top - b.top);
    let found = firstTable(view, candidates, ceiling, general, forced, inherited);
    // A "header" that is the bare list's first unit (its grade and kind read as column names)
    // is no header.
    if (
      bare &&
      (!found ||
        startOf(found) > bare.top ||
        (startOf(found) > bare.bottom && readsAsUnit(view, startOf(found))))
    ) {
      const table = bareTable(view, bare, ceiling, inherited);
      if (table) found = { table };
    }
    // A list on its side (units across, a row per year) is told by its grade rows: it wins
    // over what its grade rows would pass for (a summary headed by grade names).
    const across = listAllowed(general)
      ? findAcrossList(view, from, from + MAX_HEADER_ROW, {
          titleYear: inherited,
          sheetYear: yearIn(view.name),
        })
      : null;
    if (across && (!found || startOf(found) >= across.band.top)) {
      const hint = hintFor(across.band, general, forced);
      if (hint?.year !== undefined) across.correctedYear = hint.year;
      if (hint?.kind !== 'ignore') out.tables.push(across);
      from = across.lastDataRow + 1;
      continue;
    }
    // A log is told by its cells, not its header: it wins unless a table starts above it or
    // where it does.
    const log = logAllowed(general)
      ? (findMeetingLog(view, from, from + MAX_HEADER_ROW) ??
        findLogUnderMonthLines(view, from, from + MAX_HEADER_ROW))
      : null;
    const logFirst =
      log &&
      (!found ||
        startOf(found) > log.band.top ||
        (found.incomplete && startOf(found) === log.band.top));
    if (log && logFirst) {
      if (hintFor(log.band, general, forced)?.kind !== 'ignore') out.tables.push(log);
      from = log.lastDataRow + 1;
      continue;
    }
    if (!found) break;
    if (found.table) {
      const hint = hintFor(found.table.band, general, forced);
      if (hint?.year !== undefined) found.table.correctedYear = hint.year;
      if (hint?.kind !== 'ignore') out.tables.push(found.table);
      inherited =
        found.table.correctedYear ?? found.table.titleYear ?? headerYear(found.table) ?? inherited;
      from = Math.max(found.table.lastDataRow, found.table.band.bottom) + 1;
      // Tables side by side under the one header row: each is a table of its own.
      for (const t of found.beside ?? []) {
        if (hint?.year !== undefined) t.correctedYear = hint.year;
        if (hint?.kind !== 'ignore') out.tables.push(t);
        from = Math.max(from, t.lastDataRow + 1);
      }
    } else {
      out.incomplete.push(found.incomplete);
      from = found.end + 1;
    }
  }
  return out;
}

/**
 * The one year a list's grade header names ("Mức đánh giá năm 2022"): a summary or breakdown
 * typed under that list without a year of its own is about it.
 */
function headerYear(table: Table): number | null {
  if (table.kind !== 'rating-list' || table.gradeCols.length !== 1) return null;
  return table.gradeCols[0]!.year;
}

function hintFor(
  band: HeaderBand,
  general: TableHint | undefined,
  forced: TableHint[],
): TableHint | undefined {
  return forced.find((h) => h.headerRow === band.top) ?? general;
}

function listAllowed(general: TableHint | undefined): boolean {
  return !general?.kind || general.kind === 'rating-list';
}

/**
 * A list with no header (or only a numbering row or a lone column name over it): known by its
 * names and grades alone, so it is less sure than a list under its own header, and says so.
 */
function bareTable(
  view: SheetView,
  band: HeaderBand,
  ceiling: number,
  inherited: number | null,
): Table | null {
  const { table } = recognizeBand(view, band, ceiling, inherited);
  if (table?.kind !== 'rating-list' || table.tickCols) return null;
  // A title or a sheet name naming ratings ("KẾT QUẢ XẾP LOẠI…", "XL 2021") says what the
  // column of grades is, as a header would: a short list's one mistyped grade then stays a
  // clear defect, where the cells alone (three of four) leave doubt.
  // So do its rows, numbered 1, 2, 3… and naming party organizations (recognize/numberedUnits).
  const named = table.gradeCols.length === 1 && namedRatings(view, band, ceiling);
  if (named || numberedUnits(view, table)) {
    const g = table.gradeCols[0]!.col;
    const p = profileColumns(view, table.firstDataRow, table.lastDataRow, g, g).get(g);
    const share = p ? support(p.grades + p.exempt + p.nearGrades, p.filled, 1) : 0;
    if (share > table.confidence) {
      table.confidence = share;
      table.reasons.push(reason(named ? 'ratingsInTitle' : 'numberedUnits'));
    }
  }
  const names = profileColumns(
    view,
    table.firstDataRow,
    table.lastDataRow,
    table.nameCol,
    table.nameCol,
  ).get(table.nameCol);
  // Names of party organizations ("Đảng bộ xã…", "Chi bộ…") beside grades leave little doubt;
  // bare commune names or people's names, more.
  const orgLike = names !== undefined && names.filled > 0 && names.orgNames / names.filled >= 0.5;
  table.confidence = Math.round(table.confidence * (orgLike ? 0.9 : 0.8) * 100) / 100;
  table.reasons.push(reason(band.columns.length ? 'headerIncomplete' : 'noHeader'));
  return table;
}

/** Ratings named over a headerless list: in a title line above it, or in the sheet's name. */
function namedRatings(view: SheetView, band: HeaderBand, ceiling: number): boolean {
  return looksLikeRatingSheet(view, band, ceiling) || RATING_SHEET_NAME.test(labelKey(view.name));
}

// "XL2017", "KQ2016": the year typed on to the abbreviation names ratings as well.
const RATING_SHEET_NAME = /^(xl|kq|xep loai|ket qua|danh gia)(\b|(?=\d))/;

function logAllowed(general: TableHint | undefined): boolean {
  return !general?.kind || general.kind === 'meeting-log';
}

function startOf(found: Found): number {
  return found.table ? found.table.band.top : found.incomplete.band.top;
}

function nextFilledRow(view: SheetView, from: number): number {
  for (let r = from; r < view.rowCount; r++) if (view.lastColumn(r) >= 0) return r;
  return -1;
}

type Found =
  | { table: Table; beside?: Table[]; incomplete?: undefined }
  | { incomplete: IncompleteTable; end: number; table?: undefined };

/**
 * The topmost table among the header candidates: candidates that overlap (a band and the same
 * band one row lower) compete on score; a band the user named wins.
 */
function firstTable(
  view: SheetView,
  candidates: HeaderBand[],
  ceiling: number,
  general: TableHint | undefined,
  forced: TableHint[],
  inherited: number | null,
): Found | null {
  let i = 0;
  while (i < candidates.length) {
    const lead = candidates[i]!;
    const near = candidates.filter((b) => b.top >= lead.top && b.top <= lead.bottom + 2);
    // A row of bare years ("NĂM 2019 | NĂM 2020" over tables side by side) above a header is
    // the tables' year lines, not a header of its own.
    const group = near.filter((b) => !(isYearLine(b) && near.some((o) => o.top > b.bottom)));
    const isForced = (b: HeaderBand) => forced.some((h) => h.headerRow === b.top);
    group.sort(
      (a, b) => Number(isForced(b)) - Number(isForced(a)) || b.score - a.score || a.top - b.top,
    );
    let incomplete: IncompleteTable | null = null;
    for (const band of group) {
      const hint = hintFor(band, general, forced);
      const side = sideBySide(view, band, ceiling, inherited);
      if (side && (!hint?.kind || hint.kind === side[0]!.kind)) {
        return { table: side[0]!, beside: side.slice(1) };
      }
      const found = recognizeBand(view, band, ceiling, inherited);
      const kind = found.table?.kind ?? found.incomplete?.kind;
      if (hint?.kind && hint.kind !== 'ignore' && kind !== hint.kind) continue;
      if (found.table) return { table: found.table, beside: found.beside ?? [] };
      if (found.incomplete && !incomplete) incomplete = found.incomplete;
    }
    if (incomplete) return { incomplete, end: incompleteEnd(view, incomplete) };
    const next = candidates.findIndex((b) => b.top > lead.bottom + 2);
    if (next < 0) break;
    i = next;
  }
  return null;
}

/** Where a half-recognized table's rows stop: a blank row, a signature, or the sheet's end. */
function incompleteEnd(view: SheetView, t: IncompleteTable): number {
  let r = t.band.bottom + 1;
  for (; r < view.rowCount; r++) {
    if (view.lastColumn(r) < 0) break;
    // Signatures and notes hold no figures; a data row's note ("Bí thư mới") ends nothing.
    const numbered = view.sheet.rows[r]!.v.some((v) => typeof v === 'number');
    if (!numbered && view.rowTexts(r).some((x) => isEndOfTableText(x.text))) break;
  }
  return r - 1;
}

interface Typed {
  meaning: ColumnMeaning;
  label: string;
  from: 'header' | 'content';
}

/** Rows looked at to type columns by content, before the body's end is known. */
function sampleBottom(view: SheetView, first: number): number {
  let blanks = 0;
  let seen = 0;
  let lone = false;
  let r = first;
  for (; r < view.rowCount && seen < 200; r++) {
    if (view.lastColumn(r) < 0) {
      if (++blanks >= 2) break;
      continue;
    }
    const afterBlank = blanks > 0;
    const afterBreak = afterBlank || lone;
    blanks = 0;
    // Signatures and notes hold no figures; a data row's note ("Bí thư mới") ends nothing.
    const numbered = view.sheet.rows[r]!.v.some((v) => typeof v === 'number');
    const texts = numbered ? null : view.rowTexts(r);
    if (texts?.some((x) => isEndOfTableText(x.text))) break;
    // Column names under a blank row or a lone lead-in line ("Phân theo loại hình:"): the
    // header of the next table, whose figures would outweigh a short list's own cells.
    // Under a lone line (a group line "I. Khối xã" as well as a lead-in) a unit's grades side by
    // side must not pass for column names: there, names beyond bare grade names are needed.
    if (texts && afterBreak && seen > 0 && namesColumns(view, r, !afterBlank)) break;
    // Grade names over "SL | Tỷ lệ (%)": a hand summary's header, whose counts under the level
    // names would outnumber a tick list's marks.
    if (texts && afterBreak && seen > 0 && isLevelHeaderOverList(view, r)) break;
    lone = texts !== null && texts.length === 1;
    seen++;
  }
  return r - 1;
}

/**
 * Three column names, one at least more than a bare grade name: a unit's grades side by side (a
 * column per year) name levels too, but never "Loại hình", "Tổng số" or "Kết quả".
 */
function namesColumns(view: SheetView, r: number, beyondGrades: boolean): boolean {
  let known = 0;
  let other = false;
  for (const x of view.rowTexts(r)) {
    if (numberFromText(x.text) !== null) return false;
    const m = classifyHeader([x.text], [labelKey(x.text)]);
    if (!m) continue;
    known++;
    // A unit's kind ("Đảng bộ xã, thị trấn") beside its grades reads as a column name too.
    if (!recognizeGrade(x.text) && m.role !== 'commune') other = true;
  }
  return known >= 3 && (other || !beyondGrades);
}

type LevelCol = { col: number; t: Typed };

/** Level columns in one block per year (two years or more, two levels or more each), or null. */
function yearBlocks(levelCols: LevelCol[]): { year: number; cols: LevelCol[] }[] | null {
  const byYear = new Map<number, LevelCol[]>();
  for (const c of levelCols) {
    const y = c.t.meaning.year;
    if (y === undefined) return null;
    byYear.set(y, [...(byYear.get(y) ?? []), c]);
  }
  if (byYear.size < 2) return null;
  const blocks = [...byYear].map(([year, cols]) => ({ year, cols }));
  if (blocks.some((b) => new Set(b.cols.map((c) => c.t.meaning.level)).size < 2)) return null;
  return blocks.sort((a, b) => a.cols[0]!.col - b.cols[0]!.col);
}

function summaryLevels(levelCols: LevelCol[]): SummaryLevelColumns[] {
  const levels: SummaryLevelColumns[] = [];
  for (const c of [...levelCols].sort((a, b) => a.col - b.col)) {
    const level = c.t.meaning.level!;
    let entry = levels.find((l) => l.level === level);
    if (!entry) levels.push((entry = { level }));
    if (c.t.meaning.role === 'levelCount') entry.countCol ??= c.col;
    else entry.percentCol ??= c.col;
  }
  return levels;
}

function isYearLine(band: HeaderBand): boolean {
  return band.columns.every(
    (c) => !c.meaning || /^(nam )?(19|20)\d{2}$/.test(c.labels[c.labels.length - 1] ?? ''),
  );
}

/** The roles a side-by-side table repeats: a name column among them. */
const NAME_ROLES = new Set(['unit', 'member', 'cell', 'commune']);

/**
 * Tables side by side under one header row (a year's list left, the next year's right, a blank
 * column between): the band's columns, split at blank columns into runs that repeat the same
 * roles, each with a name column, each recognized as a table of its own with the year line
 * above its own columns. Null when the band is one table.
 */
function sideBySide(
  view: SheetView,
  band: HeaderBand,
  ceiling: number,
  inherited: number | null,
): Table[] | null {
  const runs: HeaderBand['columns'][] = [];
  for (const c of band.columns) {
    const run = runs[runs.length - 1];
    const prev = run?.[run.length - 1];
    if (run && prev && c.col === prev.col + 1) run.push(c);
    else runs.push([c]);
  }
  if (runs.length < 2) return null;
  const shape = (run: HeaderBand['columns']) => run.map((c) => c.meaning?.role ?? '').join('|');
  const first = shape(runs[0]!);
  if (!runs.every((run) => shape(run) === first)) return null;
  if (!runs[0]!.some((c) => c.meaning && NAME_ROLES.has(c.meaning.role))) return null;
  const tables: Table[] = [];
  for (const run of runs) {
    const part: HeaderBand = { ...band, columns: run };
    const bounds = { c0: run[0]!.col, c1: run[run.length - 1]!.col };
    const found = recognizeBand(view, part, ceiling, inherited, bounds);
    if (!found.table) return null;
    tables.push(found.table);
  }
  return tables;
}

function recognizeBand(
  view: SheetView,
  band: HeaderBand,
  ceiling: number,
  inherited: number | null,
  /** The columns of one of several tables side by side. */
  bounds?: { c0: number; c1: number },
): { table?: Table; beside?: Table[]; incomplete?: IncompleteTable } {
  const firstDataRow = band.bottom + 1;
  const bottom = sampleBottom(view, firstDataRow);
  let lastCol = band.columns[band.columns.length - 1]?.col ?? 0;
  if (!bounds) {
    for (let r = firstDataRow; r <= Math.min(bottom, firstDataRow + 30); r++)
      lastCol = Math.max(lastCol, view.lastColumn(r));
  }
  const content = profileColumns(view, firstDataRow, bottom, bounds?.c0 ?? 0, lastCol);
  const rowsSeen = Math.max(1, ...[...content.values()].map((p) => p.filled));
  const typed = typeColumns(band, content, rowsSeen, lastCol);
  const legend = gradeLegendColumns(
    typed,
    content,
    new Set(band.columns.map((c) => c.col)),
    lastCol,
  );
  for (const c of legend) typed.delete(c);
  const bandCols = band.columns.filter((c) => !legend.has(c.col));
  const coded = legendCoded(
    view,
    band,
    typed,
    content,
    firstDataRow,
    bottom,
    bounds?.c0 ?? 0,
    lastCol,
  );

  const cols = (role: ColumnRole) =>
    [...typed.entries()].filter(([, t]) => t.meaning.role === role).map(([col, t]) => ({ col, t }));
  const first = (role: ColumnRole) => cols(role)[0]?.col;
  const last = (role: ColumnRole) => {
    const at = cols(role).map((c) => c.col);
    return at.length ? Math.max(...at) : undefined;
  };
  const roles: TableColumn[] = [...typed.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([col, t]) => ({
      col,
      role: t.meaning.role,
      label: t.label,
      ...(t.meaning.year !== undefined ? { year: t.meaning.year } : {}),
      ...(t.meaning.level !== undefined ? { level: t.meaning.level } : {}),
      from: t.from,
    }));

  const ownTitleYear = titleYearAbove(view, band.top, ceiling, bounds);
  const titleYear = ownTitleYear ?? inherited;
  const base = {
    view,
    band,
    firstDataRow,
    lastDataRow: firstDataRow - 1,
    firstCol: Math.min(bandCols[0]?.col ?? 0, ...typed.keys()),
    lastCol: Math.max(bandCols[bandCols.length - 1]?.col ?? 0, ...typed.keys()),
    titleYear,
    sheetYear: yearIn(view.name),
    totalRows: [] as number[],
    roles,
    confidence: 1,
    reasons: [] as Bilingual[],
  };

  const months = cols('month');
  if (months.length >= 6) {
    const cellCol = first('cell') ?? first('unit');
    if (cellCol === undefined) {
      return { incomplete: { view, band, kind: 'meeting-register', missing: ['cell'] } };
    }
    const monthCols: (number | undefined)[] = new Array(12).fill(undefined);
    for (const m of months) monthCols[(m.t.meaning.index ?? 1) - 1] ??= m.col;
    const quarterCols: (number | undefined)[] = new Array(4).fill(undefined);
    for (const q of cols('quarter')) quarterCols[(q.t.meaning.index ?? 1) - 1] ??= q.col;
    const thematicMonths = cols('monthThematic');
    const thematicMonthCols: (number | undefined)[] = new Array(12).fill(undefined);
    for (const m of thematicMonths) thematicMonthCols[(m.t.meaning.index ?? 1) - 1] ??= m.col;
    // Months headed with their year ("T1/2023") name the register's year when no title does.
    const monthsYear = datedMonthsYear(
      months.map((m) => band.columns.find((c) => c.col === m.col)?.raw ?? []),
    );
    const table: MeetingRegisterTable = {
      ...base,
      titleYear: ownTitleYear ?? monthsYear ?? inherited,
      kind: 'meeting-register',
      yearCol: first('year'),
      communeCol: first('commune') ?? (first('cell') !== undefined ? first('unit') : undefined),
      cellCol,
      monthCols,
      quarterCols,
      ...(thematicMonths.length > 0 ? { thematicMonthCols } : {}),
      thematicCountCol: first('thematicCount'),
      membersCol: first('members'),
      noteCol: first('note'),
    };
    const share = readableShare(months.map((m) => content.get(m.col)));
    settle(table, share, reason('monthCells', { share: percent(share) }));
    return { table };
  }
  const counted = countRegisterColumns(
    view,
    content,
    {
      cellCol: first('cell') ?? first('unit'),
      counts: cols('regularCount'),
      quarters: cols('quarter'),
      thematicCounts: cols('thematicCount'),
      grades: cols('grade'),
    },
    firstDataRow,
    bottom,
  );
  if (counted) {
    const table: MeetingRegisterTable = {
      ...base,
      kind: 'meeting-register',
      yearCol: first('year'),
      communeCol: first('commune') ?? (first('cell') !== undefined ? first('unit') : undefined),
      cellCol: counted.cellCol,
      monthCols: new Array<undefined>(12).fill(undefined),
      quarterCols: counted.quarterCols,
      regularCountCol: counted.countCol,
      ...(counted.thematicCountCol !== undefined
        ? { thematicCountCol: counted.thematicCountCol }
        : {}),
      membersCol: first('members'),
      noteCol: first('note'),
    };
    settle(
      table,
      counted.share,
      reason(counted.thematicCountCol !== undefined ? 'yearCountsBoth' : 'yearCounts', {
        share: percent(counted.share),
      }),
    );
    return { table };
  }

  const levelCols = [...cols('levelCount'), ...cols('levelPercent')];
  const member = first('member');
  const unit = first('unit') ?? first('cell') ?? first('commune');
  const nameCol = member ?? unit;

  // Tick layout: a column per level, a mark in the unit's one.
  const ticks = cols('levelTick');
  if (new Set(ticks.map((t) => t.t.meaning.level)).size >= 2) {
    if (nameCol === undefined) {
      return { incomplete: { view, band, kind: 'rating-list', missing: ['name'] } };
    }
    const tickCols = ticks.map((t) => ({ level: t.t.meaning.level!, col: t.col }));
    const table: RatingListTable = {
      ...listBase(base, first, last, member, unit, nameCol),
      gradeCols: [
        {
          col: tickCols[0]!.col,
          year: ticks.find((t) => t.t.meaning.year)?.t.meaning.year ?? null,
        },
      ],
      tickCols,
    };
    const share = average(
      ticks.map((t) => {
        const p = content.get(t.col);
        return support(p?.marks ?? 0, p?.filled ?? 0, 1);
      }),
    );
    settle(table, share, reason('tickMarks', { cols: tickCols.length, share: percent(share) }));
    return { table };
  }

  if (new Set(levelCols.map((c) => c.t.meaning.level)).size >= 2) {
    // A row both a unit with its grade and a summary of its party cells: two tables.
    const both =
      nameCol !== undefined && member === undefined
        ? listWithCellCounts({
            view,
            band,
            typed,
            content,
            list: listBase(base, first, last, member, unit, nameCol),
            settle,
          })
        : null;
    if (both) return { table: both[0], beside: [both[1]] };
    const blocks = yearBlocks(levelCols);
    if (blocks) {
      // A block of level columns per year under the year's group label ("Năm 2020" over Tổng
      // số, HTXSNV, HTTNV…): a summary per year, sharing the line labels on the left.
      const labelCol =
        band.columns.find((c) => NAME_ROLES.has(typed.get(c.col)?.meaning.role ?? ''))?.col ??
        band.columns.find((c) => !typed.get(c.col))?.col ??
        band.columns[0]!.col;
      const totals = cols('total').map((t) => t.col);
      const tables = blocks.map((block, i) => {
        const c0 = Math.min(...block.cols.map((c) => c.col));
        const c1 = Math.max(...block.cols.map((c) => c.col));
        const before = i > 0 ? Math.max(...blocks[i - 1]!.cols.map((c) => c.col)) : labelCol;
        const totalCol = totals.find((c) => c > before && c <= c1);
        const table: RatingSummaryTable = {
          ...base,
          roles: base.roles.filter((r) => r.col === labelCol || (r.col > before && r.col <= c1)),
          firstCol: i === 0 ? base.firstCol : Math.min(c0, totalCol ?? c0),
          lastCol: c1,
          titleYear: block.year,
          kind: 'rating-summary',
          labelCol,
          totalCol,
          levels: summaryLevels(block.cols),
        };
        const share = average(
          block.cols.map((c) => {
            const p = content.get(c.col);
            return support(p?.numbers ?? 0, p?.filled ?? 0, 1);
          }),
        );
        settle(table, share, reason('countNumbers', { share: percent(share) }));
        return table;
      });
      return { table: tables[0]!, beside: tables.slice(1) };
    }
    const levels: SummaryLevelColumns[] = [];
    for (const c of levelCols.sort((a, b) => a.col - b.col)) {
      const level = c.t.meaning.level!;
      let entry = levels.find((l) => l.level === level);
      if (!entry) levels.push((entry = { level }));
      if (c.t.meaning.role === 'levelCount') entry.countCol ??= c.col;
      else entry.percentCol ??= c.col;
    }
    const yearCol = first('year');
    // The lines' names: a column of units or kinds ("Đảng bộ", "Loại hình"), not the STT
    // before it, whose blank on the "Cộng" line would hide that line.
    const labelCol =
      yearCol ??
      band.columns.find((c) => {
        const role = typed.get(c.col)?.meaning.role;
        return role === undefined || role === 'type' || NAME_ROLES.has(role);
      })?.col ??
      band.columns[0]!.col;
    const table: RatingSummaryTable = {
      ...base,
      kind: 'rating-summary',
      labelCol,
      yearCol,
      totalCol: first('total'),
      levels,
    };
    const nested = nestedShareColumns(band, new Set(typed.keys()));
    if (nested.length > 0) {
      table.shareCols = nested;
      for (const s of nested) {
        const label = band.columns.find((c) => c.col === s.col)!.raw.join(' / ');
        table.roles.push({ col: s.col, role: 'levelsPercent', label, from: 'header' });
        table.lastCol = Math.max(table.lastCol, s.col);
      }
      table.roles.sort((a, b) => a.col - b.col);
    }
    const rated = ratedColumn(band, (c) => typed.get(c)?.meaning.role, table.totalCol);
    if (rated !== undefined) {
      table.ratedCol = rated;
      const label = band.columns.find((c) => c.col === rated)!.raw.join(' / ');
      table.roles = table.roles.filter((r) => r.col !== rated);
      table.roles.push({ col: rated, role: 'rated', label, from: 'header' });
      table.roles.sort((a, b) => a.col - b.col);
    }
    const share = average(
      levelCols.map((c) => {
        const p = content.get(c.col);
        return support(p?.numbers ?? 0, p?.filled ?? 0, 1);
      }),
    );
    settle(table, share, reason('countNumbers', { share: percent(share) }));
    return { table };
  }

  const grades = cols('grade');
  // The grades down one column, each named once, beside counts: a summary on its side. Names
  // in a name column make it a list, however short.
  const named = nameCol !== undefined && textShare(content.get(nameCol)) >= 0.5;
  const down =
    grades.length === 1 && !named
      ? gradesDownMeasures(view, band, grades[0]!.col, firstDataRow, bottom)
      : null;
  if (down) {
    // Sub-labels under the band ("SL | %" under each year) belong to the header.
    const bottom = down.subLabelRow ?? band.bottom;
    const table: RatingSummaryTable = {
      ...base,
      band: { ...band, bottom },
      firstDataRow: bottom + 1,
      lastDataRow: bottom,
      kind: 'rating-summary',
      labelCol: grades[0]!.col,
      levels: [],
      gradesDown: down.measures,
    };
    for (const m of down.measures) {
      for (const [col, role] of [
        [m.countCol, 'count'],
        [m.percentCol, 'percent'],
      ] as const) {
        if (col === undefined || table.roles.some((x) => x.col === col)) continue;
        const label = view.headerText(bottom, col);
        table.roles.push({
          col,
          role,
          label,
          ...(m.year ? { year: m.year } : {}),
          from: 'content',
        });
      }
      table.lastCol = Math.max(table.lastCol, m.countCol, m.percentCol ?? 0);
    }
    table.roles.sort((a, b) => a.col - b.col);
    settle(table, 1, reason('gradesDown'));
    return { table };
  }
  // The grades' own names beside no counts: a drop-down's source, not a list (no unit graded).
  if (grades.length > 0 && grades.every((g) => content.get(g.col)?.vocabulary)) return {};
  if (grades.length > 0) {
    if (nameCol === undefined) {
      return { incomplete: { view, band, kind: 'rating-list', missing: ['name'] } };
    }
    const gradeCols: GradeColumn[] = grades.map((g) => ({
      col: g.col,
      year: g.t.meaning.year ?? null,
    }));
    const table: RatingListTable = {
      ...listBase(base, first, last, member, unit, nameCol),
      gradeCols,
    };
    if (coded?.codes) table.codes = coded.codes;
    const share = average(
      grades.map((g) => {
        if (g.col === coded?.col) return coded.known / coded.filled;
        const p = content.get(g.col);
        // Under a header of its own, a rating of another system is the column's defect; in a
        // list with no header it is as likely a sign that the column holds something else.
        const rated = band.columns.some((x) => x.col === g.col) ? (p?.otherRatings ?? 0) : 0;
        const fit = p ? p.grades + p.exempt + p.nearGrades + rated : 0;
        return support(fit, p?.filled ?? 0, g.t.from === 'header' ? 1 : 0.5);
      }),
    );
    const byContent = grades.some((g) => g.t.from === 'content');
    settle(
      table,
      share,
      reason('gradeCells', { share: percent(share) }),
      ...(coded?.codes ? [reason('gradesByLegend')] : []),
      ...(coded && !coded.codes ? [reason('gradeCodesNoLegend')] : []),
      ...(byContent && !coded ? [reason('gradeColumnByCells')] : []),
    );
    if (typed.get(nameCol)?.from === 'content') {
      table.reasons.push(reason('nameColumnByCells'));
    }
    return { table };
  }

  // No grade column, but the units sorted under group lines naming a grade: each takes its
  // group's grade.
  const groups = nameCol !== undefined ? leadingGradeGroups(view, firstDataRow, bottom) : null;
  if (groups) {
    const table: RatingListTable = {
      ...listBase(base, first, last, member, unit, nameCol!),
      gradeCols: [{ col: nameCol!, year: null }],
      gradeGroups: groups,
    };
    settle(table, 1, reason('gradeGroups', { groups: groups.length }));
    table.gradeGroups = findGradeGroups(view, firstDataRow, table.lastDataRow);
    return { table };
  }

  // No grade column in a list of the 2025 rating on: the grade is the score's band.
  const scoreYear = titleYear ?? base.sheetYear;
  const scoreCol =
    nameCol !== undefined && scoreYear !== null && scoreYear >= SCORES_FROM
      ? scoreColumnFor(view, band, firstDataRow, bottom, {
          superior: last('superiorScore'),
          score: first('score'),
          self: first('selfScore'),
        })
      : undefined;
  if (scoreCol !== undefined) {
    const table: RatingListTable = {
      ...listBase(base, first, last, member, unit, nameCol!),
      gradeCols: [{ col: scoreCol, year: null }],
      gradeFromScore: true,
    };
    table.scoreCol = scoreCol;
    delete table.superiorScoreCol;
    delete table.selfScoreCol;
    settle(table, 1, reason('gradesFromScores'));
    return { table };
  }

  // A list header with names but no grade column, under a title about ratings.
  if (nameCol !== undefined && looksLikeRatingSheet(view, band, ceiling)) {
    return { incomplete: { view, band, kind: 'rating-list', missing: ['grade'] } };
  }
  return {};
}

/**
 * Grades typed as codes ("1".."4", "A".."D") that a legend on the sheet explains: when no column
 * holds grades themselves, the column of codes is the grade column (recognize/gradeLegend.ts).
 * Without a legend it is still the grade column, of a table that says it cannot read its codes
 * (confidence 0: one table.uncertain note, no error, nothing counted).
 */
function legendCoded(
  view: SheetView,
  band: HeaderBand,
  typed: Map<number, Typed>,
  content: Map<number, ColumnContent>,
  top: number,
  bottom: number,
  first: number,
  last: number,
): CodedColumn | null {
  const roles = [...typed.values()].map((t) => t.meaning.role);
  if (roles.some((r) => r === 'levelCount' || r === 'levelTick' || r === 'levelPercent'))
    return null;
  const graded = [...typed].filter(
    ([col, t]) => t.meaning.role === 'grade' && gradeShare(content.get(col)) >= 0.5,
  );
  // A column its header calls a grade and whose cells are grades is the list's.
  if (graded.some(([, t]) => t.from === 'header')) return null;
  const taken = new Set([...typed].filter(([, t]) => t.meaning.role !== 'grade').map(([c]) => c));
  const coded = codedColumn(view, band, taken, top, bottom, first, last);
  // Codes nothing explains are said to be codes only under a header naming grades: a column of
  // small numbers elsewhere (a team, a count) is not a grade column.
  const header = band.columns.find((x) => x.col === coded?.col);
  if (!coded || (!coded.codes && header?.meaning?.role !== 'grade')) return null;
  // A column known only by a few grades in it (the legend's own "Ý nghĩa" column beside the list)
  // loses to the column of codes that legend explains.
  const most = Math.max(0, ...graded.map(([col]) => content.get(col)?.grades ?? 0));
  if (graded.length && (!coded.codes || coded.known <= most)) return null;
  // The coded column is the list's one grade column.
  for (const [col, t] of typed)
    if (t.meaning.role === 'grade' && col !== coded.col) typed.delete(col);
  const year = header ? yearIn(header.raw.join(' ')) : null;
  typed.set(coded.col, {
    meaning: year ? { role: 'grade', year } : { role: 'grade' },
    label: header?.raw.join(' / ') ?? '',
    from: 'content',
  });
  return coded;
}

/**
 * Group lines naming a grade, when the body opens with one (units above the first would have
 * no grade) and units follow it; null otherwise.
 */
function leadingGradeGroups(view: SheetView, first: number, last: number): GradeGroup[] | null {
  let top = first;
  while (top <= last && view.lastColumn(top) < 0) top++;
  const groups = findGradeGroups(view, top, last);
  if (groups[0]?.row !== top) return null;
  const units = last - top + 1 - groups.length;
  return units > 0 ? groups : null;
}

function listBase(
  base: Omit<RatingListTable, 'kind' | 'subject' | 'nameCol' | 'gradeCols'>,
  first: (role: ColumnRole) => number | undefined,
  last: (role: ColumnRole) => number | undefined,
  member: number | undefined,
  unit: number | undefined,
  nameCol: number,
): Omit<RatingListTable, 'gradeCols'> {
  return {
    ...base,
    kind: 'rating-list',
    subject: member !== undefined ? 'member' : 'organization',
    nameCol,
    orgCol: member !== undefined ? unit : undefined,
    memberCodeCol: member !== undefined ? first('memberCode') : undefined,
    exemptCol: member !== undefined ? first('exemptFlag') : undefined,
    parentCol: member === undefined && nameCol === first('cell') ? first('commune') : undefined,
    sttCol: first('stt'),
    yearCol: first('year'),
    scoreCol: first('score'),
    selfScoreCol: first('selfScore'),
    // Levels are laid out low to high ("Tự chấm", "Thẩm định", "BTV quyết định"): the grade
    // follows the last, the highest level's.
    superiorScoreCol: last('superiorScore'),
    noteCol: first('note'),
  };
}

function settle(table: Table, share: number, ...why: Bilingual[]): void {
  table.confidence = Math.round(Math.min(1, share) * 100) / 100;
  table.reasons.push(...why);
  const body = findBody(table);
  table.lastDataRow = body.last;
  table.totalRows = body.totals;
  if (body.repeats.length) table.repeatedHeaderRows = body.repeats;
}

function average(xs: number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}

/** Month cells that read as held or not held (marks, dates, counts, words), of those filled. */
function readableShare(ps: (ColumnContent | undefined)[]): number {
  let filled = 0;
  let bad = 0;
  for (const p of ps) {
    if (!p) continue;
    filled += p.filled;
    // Grades and org names in month cells are not meeting marks; other words may be ("Không SH").
    bad += p.grades + p.orgNames;
  }
  return support(filled - bad, filled, 1);
}

/**
 * The role of every column: the header's words are a prior, the cells decide. A vague header
 * ("Kết quả") is a grade column only if its cells are grades; a column with no known header whose
 * cells are grades is one; grade columns full of figures are not; level columns full of ticks
 * are a tick list's; a list with no name header takes the column of names its cells show.
 */
/** A column label that names a number of something: "Số đảng viên", "SL ĐV", "Tổng số ĐV". */
const COUNT_LABEL = /^(so|sl|tong so)\b/;

function typeColumns(
  band: HeaderBand,
  content: Map<number, ColumnContent>,
  rows: number,
  lastCol: number,
): Map<number, Typed> {
  const typed = new Map<number, Typed>();
  const enough = (p: ColumnContent | undefined) =>
    p !== undefined && p.filled >= Math.max(1, rows * 0.3);
  for (const c of band.columns) {
    const m = c.meaning;
    if (!m) continue;
    const p = content.get(c.col);
    const label = c.raw.join(' / ');
    if (m.role === 'grade') {
      // A short list's group lines fill the name column, not the grade column: a vague header
      // over nothing but grades is believed however few they are.
      if (m.weak && !((enough(p) || gradeShare(p) === 1) && gradeShare(p) >= 0.5)) continue;
      // Figures under a year or "Xếp loại": counts of a summary, not grades.
      if (p && p.filled > 0 && numberShare(p) >= 0.6 && gradeShare(p) < 0.2) continue;
    }
    // "Đảng viên" heads a register's member counts and a member list's names alike; "Số đảng
    // viên" only counts, whatever text the sample finds under a short list's few figures.
    if (
      m.role === 'members' &&
      p &&
      p.filled > 0 &&
      textShare(p) >= 0.6 &&
      !COUNT_LABEL.test(labelKey(c.raw[c.raw.length - 1] ?? ''))
    ) {
      typed.set(c.col, { meaning: { role: 'member' }, label, from: 'content' });
      continue;
    }
    typed.set(c.col, { meaning: stripWeak(m), label, from: m.weak ? 'content' : 'header' });
  }
  for (const col of asideGradeColumns(typed)) {
    const t = typed.get(col)!;
    typed.set(col, { ...t, meaning: { role: 'otherGrade' } });
  }
  const hasGrade = [...typed.values()].some((t) => t.meaning.role === 'grade');
  const levelCols = [...typed.entries()].filter(([, t]) => t.meaning.role === 'levelCount');
  // The sample runs past the list into what is typed under it (a summary, a breakdown), whose
  // figures may outnumber a short list's marks; a summary's count columns hold no marks at all.
  const isTick = (p: ColumnContent | undefined) =>
    p !== undefined && p.marks > 0 && (p.marks >= p.numbers || p.marks >= 2);
  const filledLevels = levelCols.filter(([col]) => (content.get(col)?.filled ?? 0) > 0);
  const tickLike = levelCols.filter(([col]) => isTick(content.get(col)));
  if (tickLike.length >= 1 && tickLike.length * 2 >= filledLevels.length) {
    // Two level columns of marks make a tick list: a level nobody got has no marks, and the
    // figures the sample finds in it are a summary typed under the list.
    const allTicks = new Set(tickLike.map(([, t]) => t.meaning.level)).size >= 2;
    for (const [col, t] of levelCols) {
      const p = content.get(col);
      if (allTicks || !p || p.filled === 0 || isTick(p)) {
        typed.set(col, { ...t, meaning: { ...t.meaning, role: 'levelTick' } });
      }
    }
  }
  if (!hasGrade && !levelCols.length) {
    for (let c = 0; c <= lastCol; c++) {
      if (typed.has(c)) continue;
      const p = content.get(c);
      if (enough(p) && gradeLike(p!)) {
        const header = band.columns.find((x) => x.col === c);
        const year = header ? yearIn(header.raw.join(' ')) : null;
        typed.set(c, {
          meaning: year ? { role: 'grade', year } : { role: 'grade' },
          label: header?.raw.join(' / ') ?? '',
          from: 'content',
        });
      }
    }
  }
  const named = [...typed.values()].some((t) =>
    ['unit', 'member', 'cell', 'commune'].includes(t.meaning.role),
  );
  const gradeOrTick = [...typed.values()].some(
    (t) => t.meaning.role === 'grade' || t.meaning.role === 'levelTick',
  );
  if (!named && gradeOrTick) {
    for (let c = 0; c <= lastCol; c++) {
      if (typed.has(c)) continue;
      const p = content.get(c);
      // Running numbers typed as text ("3.") are texts too, but name nothing.
      if (enough(p) && textShare(p) >= 0.6 && p!.worded >= p!.filled * 0.6) {
        const header = band.columns.find((x) => x.col === c);
        typed.set(c, {
          meaning: { role: 'unit' },
          label: header?.raw.join(' / ') ?? '',
          from: 'content',
        });
        break;
      }
    }
  }
  return typed;
}

/**
 * Cells that are grades, or a typo away from one ("HTTVN"), with the grades at least as many as
 * the typos: a short list's grade column with no header, whose one mistyped grade would otherwise
 * leave too few grades to tell it by. A column of "Mới thành lập" alone, with no grade in it, is
 * a note beside the grades, not a year's grades of its own.
 */
function gradeLike(p: ColumnContent): boolean {
  if (p.grades === 0) return false;
  if (gradeShare(p) >= 0.6) return true;
  return p.grades >= p.nearGrades && (p.grades + p.exempt + p.nearGrades) / p.filled >= 0.6;
}

function stripWeak(m: ColumnMeaning): ColumnMeaning {
  if (!m.weak) return m;
  const rest = { ...m };
  delete rest.weak;
  return rest;
}

function looksLikeRatingSheet(view: SheetView, band: HeaderBand, ceiling: number): boolean {
  for (let r = ceiling; r < band.top; r++) {
    // "Xếp loại Đảng viên: ………" on a form's line of fields is a blank to fill, not the subject.
    if (isFormFieldLine(view, r)) continue;
    for (const t of view.rowTexts(r)) {
      if (/xếp loại|đánh giá|xep loai|danh gia/i.test(t.text)) return true;
    }
  }
  return false;
}
