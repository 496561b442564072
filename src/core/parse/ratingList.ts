import { YEAR_RE } from '../text/charClasses';
import type { Level, SchemeId } from '../report/types';
import { isExemptText, isTickMark } from '../recognize/content';
import { noteExplainsBlankGrade } from './blankExplained';
import { codeOf } from '../recognize/gradeLegend';
import type { GradeGroup } from '../recognize/gradeGroups';
import type { GradeColumn, RatingListTable } from '../recognize/tables';
import { recognizeGrade } from '../text/grades';
import { scoreAndGrade } from '../text/scoreInGrade';
import { labelKey, nameKey } from '../text/normalize';
import { ifChainText } from './ifGrade';
import { isZeroDash, readNumber, type NumberCell } from './numbers';
import { levelForScore } from './scoreGrade';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { isGroupRow, isTotalLabel } from './rows';
import { isMergedUnitTail, unitNameCol } from './mergedUnits';
import { isExemptMember } from './exemptMembers';

/** `multiple`: a tick list row with marks under two or more levels. */
export type GradeStatus = 'ok' | 'blank' | 'unknown' | 'exempt' | 'error' | 'multiple';

export interface ListEntry {
  row: number;
  /** The name as typed, spaces and Unicode form untouched. */
  rawName: string;
  name: string;
  nameKey: string;
  /** Member lists: the organization the member belongs to. */
  org?: string;
  orgKey?: string;
  /**
   * Organization lists: the commune a party cell is under (its commune column, or the committee
   * it is numbered "1.2" or indented under), as a name key; a cell's name is one only there.
   */
  parentKey?: string;
  gradeCol: number;
  gradeText: string;
  status: GradeStatus;
  level?: Level;
  gradeScheme?: SchemeId | 'any';
  /** The score the grade must agree with (superior's when both are given). */
  score?: NumberCell;
  /** A score typed in the grade cell itself ("74 - HTXSNV"), when no score column gives one. */
  cellScore?: number;
  note?: string;
  /** Row of the first entry with the same unit in this table, when this one repeats it. */
  duplicateOf?: number;
  /** The column naming this entry's unit, when not the table's (a half printed beside another). */
  nameCol?: number;
  /** Where the first entry of a repeated unit is, when not in this table's name column. */
  duplicateAt?: { sheet?: string; col: number };
  /** Tick lists: the columns holding a mark, when more than one does. */
  marked?: number[];
  /** The row of the cell holding the grade, when not the entry's own (a group line above it). */
  gradeRow?: number;
}

/** One year's grades from one table (a sheet, or one year column of a sheet). */
export interface RatingList {
  table: RatingListTable;
  year: number | null;
  gradeCol: number;
  scheme: SchemeId;
  /** Entries whose grade belongs to the other scheme than the list's. */
  schemeOutliers: ListEntry[];
  entries: ListEntry[];
  /** A list graded by its scores: the bands it was graded by, which its formulas count by. */
  scoreBands?: Settings['scoreBands'];
}

/** Per-table memo of what repeats down a long list: grade texts and organization names. */
interface Memo {
  grades: Map<string, Pick<ListEntry, 'status' | 'level' | 'gradeScheme'>>;
  keys: Map<string, string>;
  /** What rows share, by grade column and error (gradeCol * 2 + 1 for an error), text and org. */
  shared: Map<number, Map<string, Map<string, RowShared>>>;
  /** Grades typed as codes, by the sheet's legend. */
  codes?: Record<string, Level>;
}

/** What the rows of a list have in common: the grade cell's column, text and reading, the org. */
type RowShared = Pick<
  ListEntry,
  'gradeCol' | 'gradeText' | 'status' | 'level' | 'gradeScheme' | 'org' | 'orgKey'
>;

/**
 * An entry read by readEntry. A member list holds up to a million of them, and all but the row
 * and the name repeat down the list (a handful of grades, a few hundred organizations): those
 * live in one shared object per combination, so an entry costs five fields, not twelve, and is
 * built without growing its shape. The fields read as a plain entry's do.
 */
class ListRowEntry implements ListEntry {
  declare score?: NumberCell;
  declare cellScore?: number;
  declare note?: string;
  declare duplicateOf?: number;
  declare nameCol?: number;
  declare duplicateAt?: { sheet?: string; col: number };
  /** A status of this row alone (a blank grade its note explains), over the shared one. */
  declare private ownStatus?: GradeStatus;

  constructor(
    readonly row: number,
    readonly rawName: string,
    readonly name: string,
    readonly nameKey: string,
    private readonly shared: RowShared,
  ) {}

  get gradeCol(): number {
    return this.shared.gradeCol;
  }
  get gradeText(): string {
    return this.shared.gradeText;
  }
  get status(): GradeStatus {
    return this.ownStatus ?? this.shared.status;
  }
  set status(status: GradeStatus) {
    this.ownStatus = status;
  }
  get level(): Level | undefined {
    return this.shared.level;
  }
  get gradeScheme(): SchemeId | 'any' | undefined {
    return this.shared.gradeScheme;
  }
  get org(): string | undefined {
    return this.shared.org;
  }
  get orgKey(): string | undefined {
    return this.shared.orgKey;
  }
}

export function parseRatingLists(
  table: RatingListTable,
  /** The score bands a list with no grade column is graded by. */
  bands: Settings['scoreBands'] = DEFAULT_SETTINGS.scoreBands,
): RatingList[] {
  const { view } = table;
  const memo: Memo = { grades: new Map(), keys: new Map(), shared: new Map(), codes: table.codes };
  const byKey = new Map<string | number, RatingList>();
  const lists: RatingList[] = [];
  // A repeated unit is one row too many in every year: the first row of a unit (per year, with a
  // year column) is the one counted, whatever the other rows' grade columns hold.
  const firstRow = new Map<string, { kind: string; row: number }[]>();
  let groupName = '';
  // Without a commune column, a party cell set under its commune's committee (indented, or
  // numbered "1.2") has that committee as its parent.
  let committee = '';
  // Without a commune column, a party cell listed under a group line naming its committee
  // ("Đảng bộ xã Hòa Sơn", "1. Đảng bộ xã Hòa Sơn (8 chi bộ)") is that committee's.
  let groupParent = '';
  const repeated = new Set(table.repeatedHeaderRows);
  // A list graded by group lines: the group each row falls under.
  const groupAt = table.gradeGroups ? new Map(table.gradeGroups.map((g) => [g.row, g])) : null;
  let gradeGroup: GradeGroup | null = null;
  // A plain grade column's units are named by its own name column (two lists side by side).
  const plain = !table.tickCols && !table.gradeGroups && !table.gradeFromScore;
  const ownNames = new Map(
    table.gradeCols.map((g) => [g.col, plain ? unitNameCol(table, g.col) : table.nameCol]),
  );
  for (let r = table.firstDataRow; r <= table.lastDataRow; r++) {
    if (repeated.has(r)) continue;
    // A member list runs to a million rows: no lookup where no group line grades it.
    const opens = groupAt?.get(r);
    if (opens) {
      gradeGroup = opens;
      continue;
    }
    const name = view.bodyText(r, table.nameCol);
    const stt = table.sttCol !== undefined ? view.text(r, table.sttCol) : '';
    if (!name) {
      // A committee's title merged across the table from its first column, over its own header.
      if (stt && table.subject === 'organization' && isCommitteeLine(table, r, '', stt, repeated))
        groupParent = committee = committeeOfLine(memo, stt);
      continue;
    }
    // A unit whose name is struck through was removed (merged, dissolved) and kept for the
    // record: not counted, and not the first row of a unit listed again under the same name.
    if (view.isStruck(r, table.nameCol)) continue;
    const hasGrade = table.gradeCols.some((g) => !isBlank(view, r, g.col));
    if (isTotalLabel(name) || (stt && isTotalLabel(stt))) continue;
    const hasTick = table.tickCols?.some((t) => !isBlank(view, r, t.col)) ?? false;
    if (isGroupRow(stt, name, hasGrade || hasTick)) {
      groupName = name.replace(/^[IVXivx]+[.)]\s*/, '');
      if (table.subject === 'organization') groupParent = committeeOfLine(memo, name);
      continue;
    }
    if (table.subject === 'organization' && isCommitteeLine(table, r, stt, name, repeated)) {
      groupParent = committee = committeeOfLine(memo, name);
      continue;
    }
    const org =
      table.orgCol !== undefined
        ? view.bodyText(r, table.orgCol)
        : table.subject === 'member'
          ? groupName
          : '';
    const rowYear =
      table.yearCol !== undefined ? yearOfCell(view.bodyText(r, table.yearCol)) : null;
    let duplicateOf: number | undefined;
    let parentKey = '';
    if (table.subject === 'organization') {
      // A party cell's name is unique only within its commune ("Chi bộ thôn Đoàn Kết" in two).
      const kind = unitKind(name);
      const sub = kind === 'chi bo' && isSubordinate(view.cell(r, table.nameCol).value, stt);
      if (!sub) committee = kind === 'dang bo' ? memoKey(memo, name) : '';
      parentKey =
        table.parentCol !== undefined
          ? memoKey(memo, view.bodyText(r, table.parentCol))
          : sub
            ? committee
            : kind === 'chi bo'
              ? groupParent
              : '';
      const k = `${rowYear ?? ''}/${parentKey}/${memoKey(memo, name)}`;
      const earlier = firstRow.get(k) ?? [];
      // "Chi bộ Trung tâm Y tế" and "Đảng bộ Trung tâm Y tế" in one list are two units; a
      // name without its kind ("xã Hòa Sơn") is the same unit as either.
      duplicateOf = earlier.find((e) => !e.kind || !kind || e.kind === kind)?.row;
      if (duplicateOf === undefined) firstRow.set(k, [...earlier, { kind, row: r }]);
    } else if (table.memberCodeCol !== undefined) {
      // A member exported twice carries the same code; namesakes carry their own.
      const code = view.text(r, table.memberCodeCol);
      if (code) {
        const k = `${rowYear ?? ''}/#${code}`;
        duplicateOf = firstRow.get(k)?.[0]?.row;
        if (duplicateOf === undefined) firstRow.set(k, [{ kind: '', row: r }]);
      }
    }
    for (const g of table.gradeCols) {
      const year = listYear(table, g, rowYear);
      // Without a year column every row of a column goes to the same list: no key to build.
      const listKey = table.yearCol === undefined ? g.col : `${g.col}/${year}`;
      let list = byKey.get(listKey);
      if (!list) {
        list = { table, year, gradeCol: g.col, scheme: '2018', schemeOutliers: [], entries: [] };
        if (table.gradeFromScore) list.scoreBands = bands;
        byKey.set(listKey, list);
        lists.push(list);
      }
      // A year column with no grade in this row and other years filled: the unit was not listed
      // (not founded yet, or merged away), unless years before and after it are graded.
      const ownName = ownNames.get(g.col) ?? table.nameCol;
      if (table.gradeCols.length > 1 && isBlank(view, r, g.col)) {
        // A grade column naming its units by a name column of its own (a long list printed in
        // halves side by side): a name with a blank grade beside it is a unit with no grade.
        const alone =
          table.gradeCols.filter((o) => (ownNames.get(o.col) ?? table.nameCol) === ownName)
            .length === 1;
        if (alone ? !view.bodyText(r, ownName) : !betweenGraded(table, r, g)) continue;
      }
      // A unit typed once with its grade, both merged down over several rows: one unit.
      if (plain && isMergedUnitTail(view, r, g.col, ownName)) continue;
      const entry = table.tickCols
        ? readTickEntry(table, r, name, org, memo)
        : table.gradeGroups
          ? readGroupedEntry(table, r, name, org, memo, gradeGroup)
          : table.gradeFromScore
            ? readScoredEntry(table, r, g.col, name, org, memo, bands)
            : readEntry(
                table,
                r,
                g.col,
                entryName(view, r, ownName, table.nameCol, name),
                org,
                memo,
                ownName,
              );
      // The row's repeat is of the unit the table's name column names; a half beside it with a
      // name column of its own is looked at by markRepeatsAcrossHalves.
      if (duplicateOf !== undefined && ownName === table.nameCol) entry.duplicateOf = duplicateOf;
      if (entry.status === 'blank' && noteExplainsBlankGrade(entry.note)) entry.status = 'exempt';
      if (parentKey) entry.parentKey = parentKey;
      list.entries.push(entry);
    }
  }
  if (plain && new Set(ownNames.values()).size > 1) markRepeatsAcrossHalves(lists, ownNames);
  for (const list of lists) settleList(list);
  return lists;
}

/**
 * A long list printed in halves side by side gives one year two grade columns, each with its own
 * name column: a unit in both halves is listed twice, like a unit twice in one column. (Lists of
 * different years side by side share no year and are left alone, as are lists of no known year.)
 */
function markRepeatsAcrossHalves(lists: RatingList[], ownNames: Map<number, number>): void {
  const byYear = new Map<number, RatingList[]>();
  for (const list of lists) {
    if (list.year === null) continue;
    byYear.set(list.year, [...(byYear.get(list.year) ?? []), list]);
  }
  for (const group of byYear.values()) {
    if (group.length < 2) continue;
    const first = new Map<string, { row: number; col: number }>();
    for (const list of [...group].sort((a, b) => a.gradeCol - b.gradeCol)) {
      const nameCol = ownNames.get(list.gradeCol) ?? list.table.nameCol;
      for (const e of list.entries) {
        if (!e.nameKey || e.duplicateOf !== undefined) continue;
        const k = `${e.parentKey ?? ''}/${e.nameKey}`;
        const at = first.get(k);
        if (at === undefined) first.set(k, { row: e.row, col: nameCol });
        else {
          e.duplicateOf = at.row;
          e.duplicateAt = { col: at.col };
          if (nameCol !== list.table.nameCol) e.nameCol = nameCol;
        }
      }
    }
  }
}

/** The name of the unit a grade column rates in the row: its own name column's, if it has one. */
function entryName(
  view: RatingListTable['view'],
  row: number,
  ownName: number,
  nameCol: number,
  name: string,
): string {
  return ownName === nameCol ? name : view.bodyText(row, ownName) || name;
}

/** A group line's name without its numbering ("1.", "I.", "A)") or a count "(8 chi bộ)" after it. */
function lineName(name: string): string {
  return name
    .replace(/^\s*([IVXivx]+|\d+|[A-Da-d])[.)]\s*/, '')
    .replace(/\s*\(\s*\d+[^)]*\)\s*$/, '')
    .trim();
}

/** The committee a group line names, as a name key; '' for a line naming a kind or anything else. */
function committeeOfLine(memo: Memo, name: string): string {
  const bare = lineName(name);
  return unitKind(bare) === 'dang bo' ? memoKey(memo, bare) : '';
}

/** A count of cells or members typed where a group line's grade would be ("8 chi bộ"). */
const COUNT_TEXT = /^\(?\d+\s*(chi bo|to chuc|tccs|dang vien|dv)\b/;

/**
 * A line naming a party committee with no number and no grade of its own (at most a count of its
 * cells in the grade column), right above party cells: the cells' parent, not a unit.
 */
function isCommitteeLine(
  table: RatingListTable,
  r: number,
  stt: string,
  name: string,
  repeatedHeaders: ReadonlySet<number>,
): boolean {
  if (table.parentCol !== undefined || stt.trim() !== '') return false;
  if (unitKind(lineName(name)) !== 'dang bo') return false;
  const { view } = table;
  // A number in the first column is a unit's, whether or not that column was read as STT.
  if (table.firstCol !== table.nameCol && /^\d+[.)]?$/.test(view.text(r, table.firstCol).trim()))
    return false;
  if (table.tickCols?.some((t) => !isBlank(view, r, t.col))) return false;
  for (const g of table.gradeCols) {
    if (isBlank(view, r, g.col)) continue;
    const text = view.text(r, g.col);
    if (text !== name && !COUNT_TEXT.test(labelKey(text))) return false;
  }
  for (let k = r + 1; k <= Math.min(r + 3, table.lastDataRow); k++) {
    if (repeatedHeaders.has(k)) continue;
    const next = view.bodyText(k, table.nameCol);
    if (next) return unitKind(next) === 'chi bo';
  }
  return false;
}

/** A row set under the one above it: its name indented or bulleted "+", or its STT "1.2". */
function isSubordinate(raw: unknown, stt: string): boolean {
  if (/^\d+[.,]\d+$/.test(stt.trim())) return true;
  return typeof raw === 'string' && /^([\s\u00a0]+|[\s\u00a0]*\+\s*)\S/.test(raw);
}

/** The kind of unit a name starts with: a party cell or a party committee. */
function unitKind(name: string): string {
  const m = /^(chi bo|dang bo)\b/.exec(labelKey(name));
  return m ? m[1]! : '';
}

/**
 * A list's year: a user's correction; the grade column's own year when the table has a column
 * per year; the row's year column; then the title above the table, the grade column's header,
 * and the sheet's name, in that order.
 */
function listYear(table: RatingListTable, g: GradeColumn, rowYear: number | null): number | null {
  if (table.correctedYear !== undefined) return table.correctedYear;
  if (table.gradeCols.length > 1 && g.year !== null) return g.year;
  return rowYear ?? table.titleYear ?? g.year ?? table.sheetYear;
}

/** A tick list's row: the level whose column holds the one mark. */
function readTickEntry(
  table: RatingListTable,
  row: number,
  name: string,
  org: string,
  memo: Memo,
): ListEntry {
  const { view } = table;
  const ticks = table.tickCols!;
  const marked: { level: Level; col: number }[] = [];
  let other: { col: number; text: string } | null = null;
  let error: number | null = null;
  for (const t of ticks) {
    if (view.sheet.rows[row]?.e?.includes(t.col)) {
      error ??= t.col;
      continue;
    }
    // A form check box's linked cell: TRUE ticks the grade, FALSE is an empty box.
    const v = view.cell(row, t.col).value;
    if (typeof v === 'boolean') {
      if (v) marked.push(t);
      continue;
    }
    const text = view.text(row, t.col);
    if (!text) continue;
    if (isTickMark(text)) marked.push(t);
    else other ??= { col: t.col, text };
  }
  const raw = view.cell(row, table.nameCol).value;
  const entry: ListEntry = {
    row,
    rawName: typeof raw === 'string' && !view.isLegacy(row, table.nameCol) ? raw : name,
    name,
    nameKey: table.subject === 'organization' ? memoKey(memo, name) : '',
    gradeCol: marked[0]?.col ?? error ?? other?.col ?? ticks[0]!.col,
    gradeText: marked.length === 1 ? view.text(row, marked[0]!.col) : (other?.text ?? ''),
    status: 'ok',
  };
  if (org) {
    entry.org = org;
    entry.orgKey = memoKey(memo, org);
  }
  if (marked.length === 1) {
    entry.level = marked[0]!.level;
    entry.gradeScheme = 'any';
  } else if (marked.length > 1) {
    entry.status = 'multiple';
    entry.marked = marked.map((m) => m.col);
  } else if (error !== null) entry.status = 'error';
  else if (other) entry.status = 'unknown';
  else entry.status = 'blank';
  if (table.noteCol !== undefined) entry.note = view.text(row, table.noteCol);
  return entry;
}

/** A row of a list graded by group lines: its group's grade, or blank above the first group. */
function readGroupedEntry(
  table: RatingListTable,
  row: number,
  name: string,
  org: string,
  memo: Memo,
  group: GradeGroup | null,
): ListEntry {
  const { view } = table;
  const raw = view.cell(row, table.nameCol).value;
  const entry: ListEntry = {
    row,
    rawName: typeof raw === 'string' && !view.isLegacy(row, table.nameCol) ? raw : name,
    name,
    nameKey: table.subject === 'organization' ? memoKey(memo, name) : '',
    gradeCol: group?.col ?? table.nameCol,
    gradeText: group?.text ?? '',
    status: group ? 'ok' : 'blank',
  };
  if (group) {
    entry.gradeRow = group.row;
    entry.level = group.level;
    entry.gradeScheme = group.scheme;
  }
  if (org) {
    entry.org = org;
    entry.orgKey = memoKey(memo, org);
  }
  if (table.noteCol !== undefined) entry.note = view.text(row, table.noteCol);
  return entry;
}

/** A row of a list with no grade column: the band its score falls in. */
function readScoredEntry(
  table: RatingListTable,
  row: number,
  scoreCol: number,
  name: string,
  org: string,
  memo: Memo,
  bands: Settings['scoreBands'],
): ListEntry {
  const { view } = table;
  const score = readNumber(view, row, scoreCol);
  const raw = view.cell(row, table.nameCol).value;
  const entry: ListEntry = {
    row,
    rawName: typeof raw === 'string' && !view.isLegacy(row, table.nameCol) ? raw : name,
    name,
    nameKey: table.subject === 'organization' ? memoKey(memo, name) : '',
    gradeCol: scoreCol,
    gradeText: view.text(row, scoreCol),
    status: 'ok',
    score,
  };
  if (score.status === 'error') entry.status = 'error';
  else if (score.status === 'blank') entry.status = 'blank';
  else if (score.value === null || score.value < 0 || score.value > 100) entry.status = 'unknown';
  else {
    entry.level = levelForScore(score.value, bands);
    entry.gradeScheme = '2018';
  }
  if (org) {
    entry.org = org;
    entry.orgKey = memoKey(memo, org);
  }
  if (table.noteCol !== undefined) entry.note = view.text(row, table.noteCol);
  return entry;
}

/**
 * Whether a year column's blank cell lies between two graded years of the row (2023 and 2025
 * graded, 2024 blank): the unit existed that year, and its grade was left out.
 */
function betweenGraded(table: RatingListTable, row: number, g: GradeColumn): boolean {
  if (g.year === null) return false;
  let before = false;
  let after = false;
  for (const o of table.gradeCols) {
    if (o.year === null || o.year === g.year || isBlank(table.view, row, o.col)) continue;
    if (o.year < g.year) before = true;
    else after = true;
  }
  return before && after;
}

function isBlank(view: RatingListTable['view'], row: number, col: number): boolean {
  const v = view.sheet.rows[row]?.v[col];
  const blank = v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
  return blank && view.mergedDownFrom(row, col) === null;
}

function memoKey(memo: Memo, name: string): string {
  let k = memo.keys.get(name);
  if (k === undefined) {
    k = nameKey(name);
    memo.keys.set(name, k);
  }
  return k;
}

function readEntry(
  table: RatingListTable,
  row: number,
  gradeCol: number,
  name: string,
  org: string,
  memo: Memo,
  nameCol = table.nameCol,
): ListEntry {
  const { view } = table;
  const isError = view.sheet.rows[row]?.e?.includes(gradeCol) ?? false;
  const gradeText = view.bodyText(row, gradeCol) || uncachedIfGrade(table, row, gradeCol);
  const raw = view.cell(row, nameCol).value;
  const entry = new ListRowEntry(
    row,
    // Legacy text is an encoding matter (encoding.legacy), not another spelling: use it decoded.
    typeof raw === 'string' && !view.isLegacy(row, nameCol) ? raw : name,
    name,
    // Members are people, matched by nobody: their names need no key (a million of them).
    table.subject === 'organization' ? memoKey(memo, name) : '',
    isExemptMember(table, row, gradeText)
      ? {
          gradeCol,
          gradeText,
          status: 'exempt',
          ...(org ? { org, orgKey: memoKey(memo, org) } : {}),
        }
      : rowShared(memo, gradeCol, isError, gradeText, org),
  );
  const scoreCol = table.superiorScoreCol ?? table.scoreCol ?? table.selfScoreCol;
  if (scoreCol !== undefined) entry.score = readNumber(view, row, scoreCol);
  else if (entry.status === 'ok') {
    const typed = scoreAndGrade(gradeText);
    if (typed) entry.cellScore = typed.score;
  }
  if (table.noteCol !== undefined) entry.note = view.text(row, table.noteCol);
  return entry;
}

/** A grade cell holding an IF chain and no value (saved by a tool): the text the chain gives. */
function uncachedIfGrade(table: RatingListTable, row: number, col: number): string {
  const formula = table.view.sheet.rows[row]?.f?.[col];
  if (!formula) return '';
  return ifChainText(formula, (r, c) => readNumber(table.view, r, c).value) ?? '';
}

function rowShared(
  memo: Memo,
  gradeCol: number,
  isError: boolean,
  gradeText: string,
  org: string,
): RowShared {
  const colKey = gradeCol * 2 + (isError ? 1 : 0);
  let byText = memo.shared.get(colKey);
  if (!byText) memo.shared.set(colKey, (byText = new Map()));
  let byOrg = byText.get(gradeText);
  if (!byOrg) byText.set(gradeText, (byOrg = new Map()));
  let shared = byOrg.get(org);
  if (!shared) {
    shared = { gradeCol, gradeText, status: 'ok' };
    if (org) {
      shared.org = org;
      shared.orgKey = memoKey(memo, org);
    }
    if (isError) shared.status = 'error';
    else if (!gradeText) shared.status = 'blank';
    else {
      let grade = memo.grades.get(gradeText);
      if (!grade) {
        grade = gradeOf(gradeText, memo.codes);
        memo.grades.set(gradeText, grade);
      }
      Object.assign(shared, grade);
    }
    byOrg.set(org, shared);
  }
  return shared;
}

export function gradeOf(
  text: string,
  codes?: Record<string, Level>,
): Pick<ListEntry, 'status' | 'level' | 'gradeScheme'> {
  const code = codes ? codeOf(text) : null;
  if (code && codes?.[code]) return { status: 'ok', level: codes[code], gradeScheme: 'any' };
  // A dash or a slash where a grade goes: the unit had none that year (not yet founded, merged
  // away); forms strike a cell that does not apply with a "/".
  if (isExemptText(text) || isZeroDash(text) || /^[\s\u00a0]*\/[\s\u00a0]*$/.test(text))
    return { status: 'exempt' };
  const grade = recognizeGrade(text);
  return grade
    ? { status: 'ok', level: grade.level, gradeScheme: grade.scheme }
    : { status: 'unknown' };
}

/** Picks the list's scheme and finds grades of the other scheme. */
export function settleList(list: RatingList): void {
  let pre = 0;
  let post = 0;
  for (const e of list.entries) {
    if (e.gradeScheme === 'pre-2018') pre++;
    else if (e.gradeScheme === '2018') post++;
  }
  // The year decides the scheme (2017 and before: HD 27; 2018 on: QĐ 132), and grades of the
  // other scheme are flagged; without a year, the grades themselves decide.
  if (list.year !== null) list.scheme = list.year < 2018 ? 'pre-2018' : '2018';
  else list.scheme = pre > post ? 'pre-2018' : '2018';
  list.schemeOutliers = list.entries.filter(
    (e) => e.gradeScheme && e.gradeScheme !== 'any' && e.gradeScheme !== list.scheme,
  );
}

function yearOfCell(text: string): number | null {
  const m = YEAR_RE.exec(text);
  return m ? Number(m[1]) : null;
}
