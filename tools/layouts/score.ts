/**
 * Holds a report to a generated workbook's key: planted defects found at their cell or row,
 * error-level findings the key does not explain, tables, yearly counts and register rows.
 */
import type { FileReport, Finding, RecognizedTable } from '../../src/core/report/types';
import { nameKey } from '../../src/core/text/normalize';
import type { KeyDefect, KeyLogMeeting, KeyMeeting, KeyRating, KeyTable, LayoutKey } from './key';

export interface Failure {
  /** What went wrong, by cause as far as the key tells it: "missed grade.blank in list/ticks". */
  category: string;
  detail: string;
}

export interface WorkbookScore {
  defects: number;
  found: number;
  falseErrors: number;
  tables: number;
  tablesRight: number;
  years: number;
  yearsRight: number;
  meetings: number;
  meetingsRight: number;
  /** Party cells' years in meeting logs, and those read right. */
  logMeetings: number;
  logMeetingsRight: number;
  failures: Failure[];
}

function rowOf(cell: string | undefined): number | undefined {
  const m = cell ? /(\d+)$/.exec(cell) : null;
  return m ? Number(m[1]) : undefined;
}

export function matchesDefect(f: Finding, d: KeyDefect): boolean {
  if (f.rule !== d.rule || f.sheet !== d.sheet) return false;
  if (d.cell) return f.cell === d.cell;
  if (d.row !== undefined) return f.row === d.row || rowOf(f.cell) === d.row;
  return true;
}

function tableAt(
  key: LayoutKey,
  sheet: string | null,
  row: number | undefined,
): KeyTable | undefined {
  if (sheet === null) return undefined;
  return key.tables.find(
    (t) => t.sheet === sheet && row !== undefined && row >= t.rows[0] && row <= t.rows[1],
  );
}

function sameYears(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((y, i) => y === b[i]);
}

function describeTable(t: RecognizedTable | undefined): string {
  return t
    ? `${t.kind} ${t.range} years [${t.years.join(',')}] header ${t.headerRows.join('-')}`
    : 'nothing';
}

export function scoreReport(report: FileReport, key: LayoutKey): WorkbookScore {
  const failures: Failure[] = [];
  const fail = (category: string, detail: string) => failures.push({ category, detail });

  // Planted defects.
  let found = 0;
  for (const d of key.defects) {
    if (report.issues.some((f) => matchesDefect(f, d))) found++;
    else {
      const near = report.issues.filter((f) => f.sheet === d.sheet && f.rule === d.rule);
      fail(
        `missed ${d.rule} in ${d.tag}`,
        `${d.sheet}!${d.cell ?? `row ${d.row ?? '?'}`} (${d.note})` +
          (near.length
            ? `; the rule fired at ${near
                .slice(0, 3)
                .map((f) => f.cell ?? f.row)
                .join(', ')}`
            : ''),
      );
    }
  }

  // Errors the key does not explain.
  let falseErrors = 0;
  const tolerated = new Map<number, number>();
  for (const f of report.issues) {
    if (f.severity !== 'error') continue;
    if (key.defects.some((d) => matchesDefect(f, d))) continue;
    const row = f.row ?? rowOf(f.cell);
    const tol = key.tolerated.findIndex(
      (t) =>
        t.rule === f.rule &&
        t.sheet === f.sheet &&
        row !== undefined &&
        row >= t.rows[0] &&
        row <= t.rows[1],
    );
    if (tol >= 0) {
      const used = (tolerated.get(tol) ?? 0) + 1;
      tolerated.set(tol, used);
      if (used <= key.tolerated[tol]!.max) continue;
    }
    falseErrors++;
    const t = tableAt(key, f.sheet, row);
    fail(
      `false ${f.rule} in ${t ? t.tag : 'no keyed table'}`,
      `${f.sheet}!${f.cell ?? f.range ?? ''}: ${f.messages.en}`,
    );
  }

  // Tables.
  let tablesRight = 0;
  for (const t of key.tables) {
    const got = report.tables.filter((r) => r.sheet === t.sheet && r.kind === t.kind);
    const right = got.find(
      (r) =>
        r.headerRows[0] === t.headerRows[0] &&
        r.headerRows[1] === t.headerRows[1] &&
        sameYears(r.years, t.years) &&
        (t.subject === undefined || r.subject === t.subject),
    );
    if (right) {
      tablesRight++;
      continue;
    }
    const onSheet = report.tables.filter((r) => r.sheet === t.sheet);
    const near = got.find((r) => r.headerRows[0] === t.headerRows[0]) ?? got[0] ?? onSheet[0];
    const why = !near
      ? 'not found'
      : near.kind !== t.kind
        ? `read as ${near.kind}`
        : near.headerRows[0] !== t.headerRows[0] || near.headerRows[1] !== t.headerRows[1]
          ? 'wrong header rows'
          : !sameYears(near.years, t.years)
            ? 'wrong years'
            : 'wrong subject';
    fail(
      `table ${t.tag}: ${why}`,
      `${t.sheet} rows ${t.rows.join('-')}: want ${t.kind} years [${t.years.join(',')}] header ${t.headerRows.join('-')}, got ${describeTable(near)}`,
    );
  }

  // Yearly counts.
  let yearsRight = 0;
  for (const k of key.ratings) {
    const got = report.results.ratings.filter(
      (r) => r.source === 'list' && r.subject === 'organization' && r.year === k.year,
    );
    const ok =
      got.length === 1 &&
      got[0]!.sheet === k.sheet &&
      got[0]!.scheme === k.scheme &&
      (['excellent', 'good', 'pass', 'fail'] as const).every(
        (lv) => got[0]!.counts[lv] === k.counts[lv],
      );
    if (ok) {
      yearsRight++;
      continue;
    }
    fail(
      `year ${k.tag}: ${yearWhy(got, k)}`,
      `${k.year} on ${k.sheet}: want ${fmt(k.counts)}, got ${got.map((g) => `${g.sheet}: ${fmt(g.counts)}`).join(' | ') || 'nothing'}`,
    );
  }

  // Register rows.
  let meetingsRight = 0;
  for (const m of key.meetings) {
    const got = report.results.meetings.find((x) => x.sheet === m.sheet && x.row === m.row);
    const why = meetingWhy(got, m);
    if (!why) meetingsRight++;
    else
      fail(
        `meeting ${m.tag}: ${why}`,
        `${m.sheet} row ${m.row}: want regular ${m.regular}, thematic [${m.thematicByQuarter.join(',')}], compliant ${m.compliant}; got ${got ? `regular ${got.regular}, thematic [${got.thematicByQuarter.join(',')}], compliant ${got.compliant}, year ${got.year}` : 'no row'}`,
      );
  }

  // Party cells' years in logs.
  let logMeetingsRight = 0;
  for (const m of key.logMeetings) {
    const got = report.results.meetings.find(
      (x) => x.source === 'log' && x.sheet === m.sheet && x.row === m.row && x.year === m.year,
    );
    const why =
      meetingWhy(got, m) ??
      logRowsWhy(got, m) ??
      (got && nameKey(got.unit) !== nameKey(m.unit) ? 'wrong cell name' : null);
    if (!why) logMeetingsRight++;
    else
      fail(
        `log ${m.tag}: ${why}`,
        `${m.sheet} row ${m.row} (${m.unit} ${m.year}): want regular ${m.regular}, thematic [${m.thematicByQuarter.join(',')}], compliant ${m.compliant}; got ${got ? `regular ${got.regular}, thematic [${got.thematicByQuarter.join(',')}], compliant ${got.compliant}, year ${got.year}, ${got.logRows?.length ?? 0} rows` : 'nothing'}`,
      );
  }

  return {
    defects: key.defects.length,
    found,
    falseErrors,
    tables: key.tables.length,
    tablesRight,
    years: key.ratings.length,
    yearsRight,
    meetings: key.meetings.length,
    meetingsRight,
    logMeetings: key.logMeetings.length,
    logMeetingsRight,
    failures,
  };
}

function fmt(c: Record<string, number>): string {
  return `${c.excellent}/${c.good}/${c.pass}/${c.fail}`;
}

function yearWhy(got: FileReport['results']['ratings'], k: KeyRating): string {
  if (got.length === 0) return 'not counted';
  if (got.length > 1) return 'counted in several lists';
  const g = got[0]!;
  if (g.sheet !== k.sheet) return 'counted from another sheet';
  if (g.scheme !== k.scheme) return 'wrong scheme';
  const total = (c: Record<string, number>) => c.excellent! + c.good! + c.pass! + c.fail!;
  const diff = total(g.counts) - total(k.counts);
  return diff > 0
    ? 'counts too many'
    : diff < 0
      ? 'counts too few'
      : 'counts shifted between levels';
}

function meetingWhy(
  got: FileReport['results']['meetings'][number] | undefined,
  m: KeyMeeting,
): string | null {
  if (!got) return 'row not read';
  if (got.year !== m.year) return 'wrong year';
  if (got.regular !== m.regular) return 'wrong regular count';
  if (
    got.thematicByQuarter.length !== 4 ||
    got.thematicByQuarter.some((v, i) => v !== m.thematicByQuarter[i])
  )
    return 'wrong thematic';
  if (got.compliant !== m.compliant) return 'wrong compliance';
  return null;
}

function logRowsWhy(
  got: FileReport['results']['meetings'][number] | undefined,
  m: KeyLogMeeting,
): string | null {
  const rows = got?.logRows ?? [];
  return rows.length === m.rows.length && rows.every((r, i) => r === m.rows[i])
    ? null
    : 'wrong log rows';
}

/** Sums scores over many workbooks. */
export function addScores(a: WorkbookScore, b: WorkbookScore): WorkbookScore {
  return {
    defects: a.defects + b.defects,
    found: a.found + b.found,
    falseErrors: a.falseErrors + b.falseErrors,
    tables: a.tables + b.tables,
    tablesRight: a.tablesRight + b.tablesRight,
    years: a.years + b.years,
    yearsRight: a.yearsRight + b.yearsRight,
    meetings: a.meetings + b.meetings,
    meetingsRight: a.meetingsRight + b.meetingsRight,
    logMeetings: a.logMeetings + b.logMeetings,
    logMeetingsRight: a.logMeetingsRight + b.logMeetingsRight,
    failures: [],
  };
}

export const EMPTY_SCORE: WorkbookScore = {
  defects: 0,
  found: 0,
  falseErrors: 0,
  tables: 0,
  tablesRight: 0,
  years: 0,
  yearsRight: 0,
  meetings: 0,
  meetingsRight: 0,
  logMeetings: 0,
  logMeetingsRight: 0,
  failures: [],
};
