import { YEAR_RE } from '../text/charClasses';
import type { Level, SchemeId } from '../report/types';
import type { RatingListTable } from '../recognize/tables';
import { recognizeGrade } from '../text/grades';
import { labelKey, nameKey } from '../text/normalize';
import { readNumber, type NumberCell } from './numbers';
import { isGroupRow, isTotalLabel } from './rows';

export type GradeStatus = 'ok' | 'blank' | 'unknown' | 'exempt' | 'error';

export interface ListEntry {
  row: number;
  /** The name as typed, spaces and Unicode form untouched. */
  rawName: string;
  name: string;
  nameKey: string;
  /** Member lists: the organization the member belongs to. */
  org?: string;
  orgKey?: string;
  gradeCol: number;
  gradeText: string;
  status: GradeStatus;
  level?: Level;
  gradeScheme?: SchemeId | 'any';
  /** The score the grade must agree with (superior's when both are given). */
  score?: NumberCell;
  note?: string;
  /** Row of the first entry with the same unit in this list, when this one repeats it. */
  duplicateOf?: number;
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
}

const EXEMPT =
  /^(mien|mien danh gia|mien xep loai|mien dg|khong danh gia|khong xep loai|chua danh gia)\b/;

/** Per-table memo of what repeats down a long list: grade texts and organization names. */
interface Memo {
  grades: Map<string, Pick<ListEntry, 'status' | 'level' | 'gradeScheme'>>;
  keys: Map<string, string>;
}

export function parseRatingLists(table: RatingListTable): RatingList[] {
  const { view } = table;
  const memo: Memo = { grades: new Map(), keys: new Map() };
  const byKey = new Map<string | number, RatingList>();
  const lists: RatingList[] = [];
  let groupName = '';
  for (let r = table.firstDataRow; r <= table.lastDataRow; r++) {
    const name = view.text(r, table.nameCol);
    const stt = table.sttCol !== undefined ? view.text(r, table.sttCol) : '';
    if (!name) continue;
    const hasGrade = table.gradeCols.some((g) => !isBlank(view, r, g.col));
    if (isTotalLabel(name) || (stt && isTotalLabel(stt))) continue;
    if (isGroupRow(stt, name, hasGrade)) {
      groupName = name.replace(/^[IVXivx]+[.)]\s*/, '');
      continue;
    }
    const org =
      table.orgCol !== undefined
        ? view.text(r, table.orgCol)
        : table.subject === 'member'
          ? groupName
          : '';
    const rowYear = table.yearCol !== undefined ? yearOfCell(view.text(r, table.yearCol)) : null;
    for (const g of table.gradeCols) {
      const year = g.year ?? rowYear ?? table.titleYear ?? table.sheetYear;
      // Without a year column every row of a column goes to the same list: no key to build.
      const listKey = table.yearCol === undefined ? g.col : `${g.col}/${year}`;
      let list = byKey.get(listKey);
      if (!list) {
        list = { table, year, gradeCol: g.col, scheme: '2018', schemeOutliers: [], entries: [] };
        byKey.set(listKey, list);
        lists.push(list);
      }
      // A year column with no grade in this row and other years filled: the unit was not listed.
      if (table.gradeCols.length > 1 && isBlank(view, r, g.col)) continue;
      list.entries.push(readEntry(table, r, g.col, name, org, memo));
    }
  }
  for (const list of lists) settleList(list);
  return lists;
}

function isBlank(view: RatingListTable['view'], row: number, col: number): boolean {
  const v = view.sheet.rows[row]?.v[col];
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
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
): ListEntry {
  const { view } = table;
  const isError = view.sheet.rows[row]?.e?.includes(gradeCol) ?? false;
  const gradeText = view.text(row, gradeCol);
  const raw = view.cell(row, table.nameCol).value;
  const entry: ListEntry = {
    row,
    // Legacy text is an encoding matter (encoding.legacy), not another spelling: use it decoded.
    rawName: typeof raw === 'string' && !view.isLegacy(row, table.nameCol) ? raw : name,
    name,
    // Members are people, matched by nobody: their names need no key (a million of them).
    nameKey: table.subject === 'organization' ? memoKey(memo, name) : '',
    gradeCol,
    gradeText,
    status: 'ok',
  };
  if (org) {
    entry.org = org;
    entry.orgKey = memoKey(memo, org);
  }
  if (isError) entry.status = 'error';
  else if (!gradeText) entry.status = 'blank';
  else {
    let grade = memo.grades.get(gradeText);
    if (!grade) {
      grade = gradeOf(gradeText);
      memo.grades.set(gradeText, grade);
    }
    Object.assign(entry, grade);
  }
  const scoreCol = table.superiorScoreCol ?? table.scoreCol ?? table.selfScoreCol;
  if (scoreCol !== undefined) entry.score = readNumber(view, row, scoreCol);
  if (table.noteCol !== undefined) entry.note = view.text(row, table.noteCol);
  return entry;
}

function gradeOf(text: string): Pick<ListEntry, 'status' | 'level' | 'gradeScheme'> {
  if (EXEMPT.test(labelKey(text))) return { status: 'exempt' };
  const grade = recognizeGrade(text);
  return grade
    ? { status: 'ok', level: grade.level, gradeScheme: grade.scheme }
    : { status: 'unknown' };
}

/** Picks the list's scheme, marks repeated units, and finds grades of the other scheme. */
function settleList(list: RatingList): void {
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
  if (list.table.subject === 'organization') {
    const first = new Map<string, number>();
    for (const e of list.entries) {
      const seen = first.get(e.nameKey);
      if (seen === undefined) first.set(e.nameKey, e.row);
      else e.duplicateOf = seen;
    }
  }
}

function yearOfCell(text: string): number | null {
  const m = YEAR_RE.exec(text);
  return m ? Number(m[1]) : null;
}
