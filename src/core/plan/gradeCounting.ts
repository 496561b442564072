import type { RatingList } from '../parse/ratingList';
import type { Level } from '../report/types';
import { gradeSpellings } from '../text/grades';
import { TICK_MARKS } from '../recognize/content';
import { absRange, criteriaArray, exactCriterion, str } from './formulas';
import { yearCriteria } from './yearCriteria';
import { acrossFormula } from './acrossCounting';
import { codedFormula } from './codedCounting';
import { rowFactors, trimmedMatchCount } from './rowFactors';
import { isMergedUnitTail, unitNameCol } from '../parse/mergedUnits';

/** Past this many runs a formula would grow unreadable; the list's whole body is counted instead. */
const MAX_RUNS = 30;

/**
 * Texts a level's COUNTIFS must count in a list: the spellings the user actually typed for it
 * (legacy-encoded and decomposed ones included, as they are stored) and the usual spellings, so
 * a grade corrected to a standard text is still counted. COUNTIFS ignores case, so texts equal
 * but for case are listed once: listing both would count a cell twice.
 */
export function levelCriteria(list: RatingList, level: Level): string[] {
  // A tick list counts marks in the level's own column; the criteria name the level.
  if (list.table.tickCols) return [`${TICK_LEVEL}${level}`];
  // A list graded by group lines counts the names under the level's groups.
  if (list.table.gradeGroups) return [`${GROUP_LEVEL}${level}`];
  // A list graded by its scores counts the scores in the level's band.
  if (list.scoreBands) return [`${SCORE_LEVEL}${level}`];
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (typed: string) => {
    // A line break pasted from Word ("HTTNV\r\n") reaches Excel and LibreOffice as LF alone
    // (XML turns CR LF into LF): the criterion "HTTNV\n" is the one that matches it, once.
    const t = typed.replace(/\r\n?/g, '\n');
    const k = t.toLocaleLowerCase('vi');
    if (!seen.has(k)) {
      seen.add(k);
      out.push(t);
    }
  };
  // Codes the sheet's legend gives the level ("1", "A") are what the cells hold.
  for (const [code, l] of Object.entries(list.table.codes ?? {})) if (l === level) add(code);
  // Most typed first, so a formula that must be shortened keeps what counts most.
  const typed = new Map<string, number>();
  for (const e of list.entries) {
    if (e.status !== 'ok' || e.level !== level) continue;
    const raw = list.table.view.cell(e.row, e.gradeCol).value;
    // A coded cell is counted by its code ("2" for " 2" and 2 alike).
    if (typeof raw === 'string' && !list.table.codes?.[raw.trim().toUpperCase()])
      typed.set(raw, (typed.get(raw) ?? 0) + 1);
  }
  for (const [t] of [...typed].sort((a, b) => b[1] - a[1])) add(t);
  for (const s of gradeSpellings(level, list.scheme)) add(s);
  return out;
}

/** The rows of a list a formula counts: its body, less repeated units and other years' rows. */
export function countedRuns(list: RatingList): [number, number][] {
  if (list.entries.length === 0) return [];
  // Loops, not Math.min(...rows) or an array of kept rows: a list can hold a million rows.
  let first = Infinity;
  let last = -Infinity;
  const excluded = new Set<number>();
  for (const e of list.entries) {
    if (e.row < first) first = e.row;
    if (e.row > last) last = e.row;
    // Repeated units, and tick rows marked under two levels: the engine counts neither.
    if (e.duplicateOf !== undefined || e.status === 'multiple') excluded.add(e.row);
  }
  const runs: [number, number][] = [];
  let start = -1;
  for (let r = first; r <= last; r++) {
    if (excluded.has(r)) {
      if (start >= 0) runs.push([start, r - 1]);
      start = -1;
    } else if (start < 0) start = r;
  }
  if (start >= 0) runs.push([start, last]);
  return runs.length > MAX_RUNS ? [[first, last]] : runs;
}

/** An extra COUNTIFS condition: a column that must hold one of some texts (an organization). */
export interface ColumnCondition {
  col: number;
  texts: string[];
}

/** Excel refuses formulas over 8,192 characters; keep a margin. */
const FORMULA_MAX = 8000;

/**
 * The count formula, within Excel's length limit: if skipping repeated units' rows or listing
 * every typed spelling makes it too long, the whole body is counted, then the rarest spellings
 * are dropped. The engine's own count stays the cached value either way.
 */
export function countFormula(
  list: RatingList,
  runs: [number, number][],
  criteria: string[],
  where?: ColumnCondition,
): string {
  let formula = runsFormula(list, runs, criteria, where);
  if (formula.length <= FORMULA_MAX) return formula;
  const whole: [number, number][] = runs.length ? [[runs[0]![0], runs[runs.length - 1]![1]]] : [];
  let crit = criteria;
  formula = runsFormula(list, whole, crit, where);
  while (formula.length > FORMULA_MAX && crit.length > 1) {
    crit = crit.slice(0, Math.max(1, Math.floor(crit.length * 0.8)));
    formula = runsFormula(list, whole, crit, where);
  }
  return formula;
}

/**
 * SUMPRODUCT(COUNTIFS(range, {criteria})) over each run, added up; with a year column, each
 * COUNTIFS also asks for the list's year.
 */
function runsFormula(
  list: RatingList,
  runs: [number, number][],
  criteria: string[],
  where?: ColumnCondition,
): string {
  // No rows, no spelling, or a condition no text can meet: nothing to count.
  if (runs.length === 0 || criteria.length === 0 || where?.texts.length === 0) return '0';
  if (list.table.tickCols) return tickFormula(list, runs, criteria, where);
  if (list.table.across) return acrossFormula(list, criteria);
  if (list.table.codes) return codedFormula(list, runs, criteria, where);
  if (list.table.gradeGroups) return groupFormula(list, runs, criteria, where);
  if (list.scoreBands) return scoreFormula(list, runs, criteria, where);
  const sheet = list.table.view.name;
  const crit = criteriaArray(criteria);
  const yearCol = list.table.yearCol;
  // One COUNTIFS per spelling of the condition: two array criteria would pair up, not cross.
  const conditions = where ? where.texts.map((t) => ({ col: where.col, text: t })) : [null];
  // The year as a number or text, then each other spelling of it ("Năm 2018"): one COUNTIFS each.
  const years: (string | null)[] =
    yearCol !== undefined && list.year !== null ? yearCriteria(list) : [null];
  const merged = mergedDownTerms(list, runs, crit, where);
  return (
    runs
      .flatMap(([r0, r1]) =>
        conditions.flatMap((cond) =>
          years.map((year) => {
            const range = absRange(sheet, { r0, c0: list.gradeCol, r1, c1: list.gradeCol });
            const byYear =
              year !== null && yearCol !== undefined
                ? `,${absRange(sheet, { r0, c0: yearCol, r1, c1: yearCol })},${year}`
                : '';
            const byCol = cond
              ? `,${absRange(sheet, { r0, c0: cond.col, r1, c1: cond.col })},${exactCriterion(cond.text)}`
              : '';
            return `SUMPRODUCT(COUNTIFS(${range},${crit}${byYear}${byCol}))`;
          }),
        ),
      )
      .join('+') + merged
  );
}

/** A column a count asks about, and what its cell must hold: grade texts, the year, or an org. */
interface CountedColumn {
  col: number;
  /** One criterion per alternative (summed); the grade's array of spellings is one criterion. */
  criteria: string[];
}

/**
 * A grade, a year or an organization typed once and merged down over several rows holds only in
 * its top cell, so COUNTIFS skips the rows under it where the engine reads the top cell's text
 * for each of them. Rows whose asked-about cells come (partly) from merge tops are added back:
 * rows sharing the same tops, the tops' own condition (a 1 or 0) times the count of those rows
 * meeting the rest in their own cells. The workbook's figure stays the engine's and still
 * follows an edit of a merged cell.
 */
function mergedDownTerms(
  list: RatingList,
  runs: [number, number][],
  crit: string,
  where?: ColumnCondition,
): string {
  const view = list.table.view;
  const sheet = view.name;
  const columns: CountedColumn[] = [{ col: list.gradeCol, criteria: [crit] }];
  const yearCol = list.table.yearCol;
  if (yearCol !== undefined && list.year !== null)
    columns.push({ col: yearCol, criteria: yearCriteria(list) });
  if (where) columns.push({ col: where.col, criteria: where.texts.map(exactCriterion) });
  const groups = mergeGroups(list, runs, columns, where);
  let out = '';
  for (const g of groups) {
    const fromTop = columns.filter((_, i) => g.tops[i]! >= 0);
    const own = columns.filter((_, i) => g.tops[i]! < 0);
    const topOf = (c: CountedColumn) => g.tops[columns.indexOf(c)]!;
    const topFactor = countsOf(fromTop, (c) =>
      absRange(sheet, { r0: topOf(c), c0: c.col, r1: topOf(c), c1: c.col }),
    );
    if (own.length === 0) {
      const n = g.runs.reduce((s, [r0, r1]) => s + r1 - r0 + 1, 0);
      out += `+${n}*${topFactor}`;
    } else {
      const ownCounts = g.runs.map(([r0, r1]) =>
        countsOf(own, (c) => absRange(sheet, { r0, c0: c.col, r1, c1: c.col })),
      );
      out += `+${topFactor}*(${ownCounts.join('+')})`;
    }
  }
  // Hundreds of merges would pass Excel's formula length; such a list keeps the plain count.
  return out.length > FORMULA_MAX / 2 ? '' : out;
}

interface MergeGroup {
  /** Per counted column, the merge top row its cells read from; -1: the row's own cell. */
  tops: number[];
  runs: [number, number][];
}

/** Per list and runs, the groups for each condition: a list's levels share them. */
const groupCache = new WeakMap<
  RatingList,
  WeakMap<object, Map<ColumnCondition | undefined, MergeGroup[]>>
>();

/** The counted rows under merges of the asked-about columns, grouped by the tops they read. */
function mergeGroups(
  list: RatingList,
  runs: [number, number][],
  columns: CountedColumn[],
  where?: ColumnCondition,
): MergeGroup[] {
  let byRuns = groupCache.get(list);
  if (!byRuns) groupCache.set(list, (byRuns = new WeakMap()));
  let byWhere = byRuns.get(runs);
  if (!byWhere) byRuns.set(runs, (byWhere = new Map()));
  const cached = byWhere.get(where);
  if (cached) return cached;
  const view = list.table.view;
  const orgTexts = new Set(where?.texts.map((t) => t.toLocaleLowerCase('vi')));
  // A unit typed once with its grade, name and grade merged down together, counts at its top
  // row only: its lower rows are not added back.
  const nameCol = unitNameCol(list.table, list.gradeCol);
  const counted = (r: number) =>
    runs.some(([r0, r1]) => r >= r0 && r <= r1) &&
    !isMergedUnitTail(view, r, list.gradeCol, nameCol);

  // Rows under a merge of an asked-about column, with the top row each such column reads from
  // (-1: the row's own cell). The merges are few; a list's rows may be a million.
  const tops = new Map<number, number[]>();
  for (const [i, { col }] of columns.entries()) {
    for (const m of view.sheet.merges) {
      if (m.c0 !== col || m.c1 !== col || m.r1 <= m.r0) continue;
      for (let r = m.r0 + 1; r <= m.r1; r++) {
        if (!counted(r) || view.text(r, col) !== '') continue;
        let t = tops.get(r);
        if (!t) tops.set(r, (t = columns.map(() => -1)));
        t[i] = m.r0;
      }
    }
  }
  // Rows sharing their tops: counted together, in runs of consecutive rows when some condition
  // is read in each row's own cells.
  const groups = new Map<string, MergeGroup>();
  for (const r of [...tops.keys()].sort((a, b) => a - b)) {
    const t = tops.get(r)!;
    // Another organization's merged name cannot count for this one (as it reads now): leaving
    // its rows out keeps a list of many organizations within Excel's formula length.
    const orgTop = where ? t[columns.length - 1]! : -1;
    if (orgTop >= 0 && !orgTexts.has(view.text(orgTop, where!.col).toLocaleLowerCase('vi')))
      continue;
    const k = t.join(',');
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { tops: t, runs: [] }));
    const last = g.runs[g.runs.length - 1];
    if (last && last[1] === r - 1) last[1] = r;
    else g.runs.push([r, r]);
  }
  const out = [...groups.values()];
  byWhere.set(where, out);
  return out;
}

/**
 * How many of the rows of some ranges (one per column, all of one size) meet every column's
 * condition: one COUNTIFS per alternative of a column with several (an organization's
 * spellings), as a sum.
 */
function countsOf(columns: CountedColumn[], range: (c: CountedColumn) => string): string {
  let combos: string[][] = [[]];
  for (const c of columns)
    combos = combos.flatMap((p) => c.criteria.map((k) => [...p, `${range(c)},${k}`]));
  const terms = combos.map((p) => `SUMPRODUCT(COUNTIFS(${p.join(',')}))`);
  return terms.length === 1 ? terms[0]! : `(${terms.join('+')})`;
}

/** Marker a tick list's criteria carry: the level whose column is counted. */
const TICK_LEVEL = 'tick:';

/**
 * A tick list's count: the marks in the level's column, trimmed and in any case (MATCH ignores
 * case, as the engine does), over the counted runs; with a year column or an organization
 * condition, only rows that meet it.
 */
function tickFormula(
  list: RatingList,
  runs: [number, number][],
  criteria: string[],
  where?: ColumnCondition,
): string {
  const level = criteria[0]!.slice(TICK_LEVEL.length) as Level;
  const col = list.table.tickCols!.find((t) => t.level === level)?.col;
  if (col === undefined) return '0';
  return `${trimmedMatchCount(list, col, runs, TICK_MARKS, where)}+${checkedBoxes(list, col, runs, where)}`;
}

/**
 * The TRUE cells of a column (a form check box's linked cell ticks the level), as the engine
 * reads them; an error cell counts nothing rather than breaking the sum. (LibreOffice equates
 * TRUE with the number 1; a 1 typed in a tick column is no mark either way in Excel.)
 */
function checkedBoxes(
  list: RatingList,
  col: number,
  runs: [number, number][],
  where?: ColumnCondition,
): string {
  const sheet = list.table.view.name;
  return runs
    .map(([r0, r1]) => {
      const range = absRange(sheet, { r0, c0: col, r1, c1: col });
      return `SUMPRODUCT(IFERROR((${range}=TRUE)*1,0)${rowFactors(list, r0, r1, where)})`;
    })
    .join('+');
}

/** Marker a grouped list's criteria carry: the level whose groups are counted. */
const GROUP_LEVEL = 'group:';

/**
 * A list graded by group lines: the names under each group of the level, counted where they
 * stand (COUNTA over each stretch of counted rows between the group's line and the next), so a
 * unit moved or added inside a group moves the count. With a year column or an organization
 * condition, only rows that meet it.
 */
function groupFormula(
  list: RatingList,
  runs: [number, number][],
  criteria: string[],
  where?: ColumnCondition,
): string {
  const level = criteria[0]!.slice(GROUP_LEVEL.length) as Level;
  const { view, nameCol, yearCol } = list.table;
  const sheet = view.name;
  const counted = (r: number) => runs.some(([r0, r1]) => r >= r0 && r <= r1);
  const stretches: [number, number][] = [];
  let open: [number, number] | null = null;
  let openGroup = -1;
  for (const e of list.entries) {
    if (e.level !== level || e.gradeRow === undefined || !counted(e.row)) continue;
    // Only blank names between two counted rows of one group: one stretch.
    let joined = open !== null && openGroup === e.gradeRow;
    for (let r = (open?.[1] ?? 0) + 1; joined && r < e.row; r++) {
      if (view.text(r, nameCol) !== '') joined = false;
    }
    if (open && joined) open[1] = e.row;
    else {
      open = [e.row, e.row];
      openGroup = e.gradeRow;
      stretches.push(open);
    }
  }
  if (stretches.length === 0) return '0';
  return stretches
    .map(([r0, r1]) => {
      const range = absRange(sheet, { r0, c0: nameCol, r1, c1: nameCol });
      if (yearCol === undefined && !where) return `COUNTA(${range})`;
      const factors = rowFactors(list, r0, r1, where);
      return `SUMPRODUCT((${range}<>"")*1${factors})`;
    })
    .join('+');
}

/** Marker a scored list's criteria carry: the level whose band is counted. */
const SCORE_LEVEL = 'score:';

/**
 * A list graded by its scores: the scores in the level's band (">=90", ">=70" and "<90"…, on
 * the 100-point scale), with a year column or an organization condition only rows that meet it.
 * Scores stored as text are numbers to the engine but not to COUNTIFS.
 */
function scoreFormula(
  list: RatingList,
  runs: [number, number][],
  criteria: string[],
  where?: ColumnCondition,
): string {
  const level = criteria[0]!.slice(SCORE_LEVEL.length) as Level;
  const bands = list.scoreBands!;
  const [low, high] = {
    excellent: [bands.excellent, null],
    good: [bands.good, bands.excellent],
    pass: [bands.pass, bands.good],
    fail: [null, bands.pass],
  }[level];
  const sheet = list.table.view.name;
  const yearCol = list.table.yearCol;
  const conditions = where ? where.texts.map((t) => ({ col: where.col, text: t })) : [null];
  const years: (string | null)[] =
    yearCol !== undefined && list.year !== null ? yearCriteria(list) : [null];
  return runs
    .flatMap(([r0, r1]) =>
      conditions.flatMap((cond) =>
        years.map((year) => {
          const range = absRange(sheet, { r0, c0: list.gradeCol, r1, c1: list.gradeCol });
          const bounds =
            `${range},${str(`>=${low ?? 0}`)},${range},` +
            (high === null ? str('<=100') : str(`<${high}`));
          const byYear =
            year !== null && yearCol !== undefined
              ? `,${absRange(sheet, { r0, c0: yearCol, r1, c1: yearCol })},${year}`
              : '';
          const byCol = cond
            ? `,${absRange(sheet, { r0, c0: cond.col, r1, c1: cond.col })},${exactCriterion(cond.text)}`
            : '';
          return `COUNTIFS(${bounds}${byYear}${byCol})`;
        }),
      ),
    )
    .join('+');
}
