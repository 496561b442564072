import type { RatingList } from '../parse/ratingList';
import type { Level } from '../report/types';
import { gradeSpellings } from '../text/grades';
import { TICK_MARKS } from '../recognize/content';
import { absRange, criteriaArray, exactCriterion, str } from './formulas';
import { acrossFormula } from './acrossCounting';
import { codedFormula } from './codedCounting';

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
  const add = (t: string) => {
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
  const merged = yearCol === undefined && !where ? mergedDownTerms(list, runs, crit) : '';
  return (
    runs
      .flatMap(([r0, r1]) =>
        conditions.map((cond) => {
          const range = absRange(sheet, { r0, c0: list.gradeCol, r1, c1: list.gradeCol });
          const byYear =
            yearCol !== undefined && list.year !== null
              ? `,${absRange(sheet, { r0, c0: yearCol, r1, c1: yearCol })},${list.year}`
              : '';
          const byCol = cond
            ? `,${absRange(sheet, { r0, c0: cond.col, r1, c1: cond.col })},${exactCriterion(cond.text)}`
            : '';
          return `SUMPRODUCT(COUNTIFS(${range},${crit}${byYear}${byCol}))`;
        }),
      )
      .join('+') + merged
  );
}

/**
 * A grade typed once and merged down over several units holds only in its top cell, so COUNTIFS
 * counts it once where the engine counts every unit under it: each such merge adds its top cell's
 * count times the other counted rows it covers, so the workbook's figure stays the engine's and
 * still follows an edit of the merged grade.
 */
function mergedDownTerms(list: RatingList, runs: [number, number][], crit: string): string {
  const sheet = list.table.view.name;
  const counted = (r: number) => runs.some(([r0, r1]) => r >= r0 && r <= r1);
  let out = '';
  for (const m of list.table.view.sheet.merges) {
    if (m.c0 !== list.gradeCol || m.c1 !== list.gradeCol || m.r1 <= m.r0) continue;
    let covered = 0;
    for (let r = m.r0 + 1; r <= m.r1; r++) if (counted(r)) covered++;
    if (covered === 0) continue;
    const top = absRange(sheet, { r0: m.r0, c0: m.c0, r1: m.r0, c1: m.c0 });
    out += `+${covered}*SUMPRODUCT(COUNTIFS(${top},${crit}))`;
  }
  // Hundreds of merges would pass Excel's formula length; such a list keeps the plain count.
  return out.length > FORMULA_MAX / 2 ? '' : out;
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
  const sheet = list.table.view.name;
  const marks = `{${TICK_MARKS.map(str).join(',')}}`;
  const yearCol = list.table.yearCol;
  return runs
    .map(([r0, r1]) => {
      const range = absRange(sheet, { r0, c0: col, r1, c1: col });
      const byYear =
        yearCol !== undefined && list.year !== null
          ? `*(${absRange(sheet, { r0, c0: yearCol, r1, c1: yearCol })}=${list.year})`
          : '';
      const byCol = where
        ? `*ISNUMBER(MATCH(${absRange(sheet, { r0, c0: where.col, r1, c1: where.col })},{${where.texts.map(str).join(',')}},0))`
        : '';
      return `SUMPRODUCT(ISNUMBER(MATCH(TRIM(${range}),${marks},0))*1${byYear}${byCol})`;
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
      const byYear =
        yearCol !== undefined && list.year !== null
          ? `*(${absRange(sheet, { r0, c0: yearCol, r1, c1: yearCol })}=${list.year})`
          : '';
      const byCol = where
        ? `*ISNUMBER(MATCH(${absRange(sheet, { r0, c0: where.col, r1, c1: where.col })},{${where.texts.map(str).join(',')}},0))`
        : '';
      return `SUMPRODUCT((${range}<>"")*1${byYear}${byCol})`;
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
  return runs
    .flatMap(([r0, r1]) =>
      conditions.map((cond) => {
        const range = absRange(sheet, { r0, c0: list.gradeCol, r1, c1: list.gradeCol });
        const bounds =
          `${range},${str(`>=${low ?? 0}`)},${range},` +
          (high === null ? str('<=100') : str(`<${high}`));
        const byYear =
          yearCol !== undefined && list.year !== null
            ? `,${absRange(sheet, { r0, c0: yearCol, r1, c1: yearCol })},${list.year}`
            : '';
        const byCol = cond
          ? `,${absRange(sheet, { r0, c0: cond.col, r1, c1: cond.col })},${exactCriterion(cond.text)}`
          : '';
        return `COUNTIFS(${bounds}${byYear}${byCol})`;
      }),
    )
    .join('+');
}
