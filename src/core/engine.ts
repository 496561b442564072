import { evaluateLog } from './compute/logMeetings';
import { evaluateRegisterRow } from './compute/meetings';
import { rateList, rateSummary } from './compute/ratings';
import { a1, columnLetters, rangeA1 } from './model/address';
import { lastColumn } from './model/cells';
import type { Scalar, WorkbookSnapshot } from './model/snapshot';
import type { WorkbookModel } from './workbookModel';
import { parseMeetingLog } from './parse/meetingLog';
import { parseMeetingRegister } from './parse/meetingRegister';
import { readWorkbookSettings } from './plan/settingCells';
import { parseRatingLists } from './parse/ratingList';
import { markRepeatsOfEarlierParts } from './parse/repeatsAcrossParts';
import { copiedList } from './parse/listCopies';
import { markContinuedDuplicates } from './parse/continuedDuplicates';
import { parseAcrossLists } from './parse/acrossList';
import { parseRatingSummary } from './parse/ratingSummary';
import { CONFIDENT, recognizeSheet } from './recognize/recognizeSheet';
import { continueYears } from './recognize/continuedSheet';
import type { Table } from './recognize/tables';
import {
  REPORT_VERSION,
  type FileReport,
  type Finding,
  type RecognizedTable,
  type SchemeId,
} from './report/types';
import { RULES } from './rules';
import type { ReportInput, Rule } from './rules/rule';
import { tableAt } from './rules/tableAt';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { MAX_CELL_TEXT, SheetView } from './view/sheetView';

/** Recognizes, parses and computes: everything but the findings. */
export function analyzeWorkbook(
  wb: WorkbookSnapshot,
  settings: Settings,
  onTable?: (done: number, count: number) => void,
): WorkbookModel {
  const model: WorkbookModel = {
    views: [],
    tables: [],
    incomplete: [],
    unrecognized: [],
    lists: [],
    copies: [],
    summaries: [],
    registers: [],
    listRatings: new Map(),
    summaryRatings: new Map(),
    meetings: [],
    logs: [],
    logMeetings: [],
    settingProblems: readWorkbookSettings(wb).problems,
  };
  for (const sheet of wb.sheets) {
    if (sheet.owned) continue;
    // A very hidden sheet (state="veryHidden") is a program's: lookup lists behind drop-downs,
    // a template's stale copy, an add-in's storage. Excel offers no way to unhide it, so it is
    // not the user's data and a finding there could never be shown. Hidden sheets are read.
    if (sheet.state === 'veryHidden') continue;
    const corrections = settings.tables.filter((t) => t.sheet === sheet.name);
    // "ignore" without a header row skips the sheet; with one, only that table.
    if (corrections.some((c) => c.kind === 'ignore' && c.headerRow === undefined)) continue;
    const view = new SheetView(wb, sheet);
    model.views.push(view);
    const found = recognizeSheet(
      view,
      corrections.map((c) => ({
        ...(c.headerRow ? { headerRow: c.headerRow - 1 } : {}),
        ...(c.kind ? { kind: c.kind } : {}),
        ...(c.year !== undefined ? { year: c.year } : {}),
      })),
    );
    model.tables.push(...found.tables);
    model.incomplete.push(...found.incomplete);
    if (
      found.tables.length === 0 &&
      found.incomplete.length === 0 &&
      sheet.rows.some((r) => lastColumn(r) >= 0)
    ) {
      model.unrecognized.push(view);
    }
  }
  continueYears(model.tables);
  let parsed = 0;
  for (const table of model.tables) {
    if (table.kind === 'rating-list') {
      const lists = table.across
        ? parseAcrossLists(table)
        : parseRatingLists(table, settings.scoreBands);
      markRepeatsOfEarlierParts(lists, model.lists);
      for (const list of lists) {
        const original = copiedList(list, model.lists);
        if (original) {
          model.copies.push({ list, of: original });
          continue;
        }
        markContinuedDuplicates(list, model.lists);
        model.lists.push(list);
        model.listRatings.set(list, rateList(list, settings));
      }
    } else if (table.kind === 'rating-summary') {
      const summary = parseRatingSummary(table);
      model.summaries.push(summary);
      model.summaryRatings.set(summary, rateSummary(summary, settings));
    } else if (table.kind === 'meeting-log') {
      const log = parseMeetingLog(table);
      model.logs.push(log);
      model.logMeetings.push(...evaluateLog(log, settings));
    } else {
      const register = parseMeetingRegister(table);
      model.registers.push(register);
      for (const row of register.rows) {
        model.meetings.push(evaluateRegisterRow(row, table, settings, register.thematicInMonths));
      }
    }
    onTable?.(++parsed, model.tables.length);
  }
  return model;
}

export interface CheckResult {
  report: FileReport;
  model: WorkbookModel;
}

/** The whole check of one workbook: same snapshot and settings, same report, every time. */
export function checkWorkbook(
  wb: WorkbookSnapshot,
  settings: Settings = DEFAULT_SETTINGS,
  file?: string,
  /** Told after each table is parsed and each rule has run (a page's progress bar). */
  onProgress?: (done: number, total: number) => void,
): CheckResult {
  const model = analyzeWorkbook(wb, settings, (n, count) => onProgress?.(n, count + RULES.length));
  let done = model.tables.length;
  const total = model.tables.length + RULES.length;
  const issues: Finding[] = [];
  const order: { sheet: number; row: number; col: number; rule: number }[] = [];
  const sheetIndex = new Map(wb.sheets.map((s, i) => [s.name, i]));
  RULES.forEach((rule, ruleIndex) => {
    rule.check({
      model,
      settings,
      report: (input) => {
        // Errors need a table recognized with confidence; a half-understood one gets a single
        // table.uncertain note instead of a flood of cell errors.
        if (rule.meta.severity === 'error' && input.sheet !== null) {
          const row = input.range?.r0 ?? input.row;
          const col = input.range?.c0 ?? input.col;
          const table =
            row !== undefined && col !== undefined
              ? tableAt(model, input.sheet, row, col)
              : undefined;
          if (table && table.confidence < CONFIDENT) return;
        }
        issues.push(toFinding(rule, input, settings));
        order.push({
          sheet: input.sheet === null ? -1 : (sheetIndex.get(input.sheet) ?? -1),
          row: input.range?.r0 ?? input.row ?? -1,
          col: input.range?.c0 ?? input.col ?? -1,
          rule: ruleIndex,
        });
      },
    });
    onProgress?.(++done, total);
  });
  const sorted = issues
    .map((f, i) => ({ f, o: order[i]! }))
    .sort(
      (a, b) =>
        a.o.sheet - b.o.sheet || a.o.row - b.o.row || a.o.col - b.o.col || a.o.rule - b.o.rule,
    )
    .map((x) => x.f);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of sorted) counts[f.severity]++;
  const report: FileReport = {
    version: REPORT_VERSION,
    ...(file !== undefined ? { file } : {}),
    tables: model.tables.map((t) => describeTable(t, model)),
    issues: sorted,
    counts,
    results: {
      ratings: [...model.listRatings.values(), ...[...model.summaryRatings.values()].flat()],
      meetings: [...model.meetings.map((m) => m.result), ...model.logMeetings.map((m) => m.result)],
    },
  };
  return { report, model };
}

function toFinding(rule: Rule, input: ReportInput, settings: Settings): Finding {
  const params: Record<string, string | number> = { ...(input.params ?? {}) };
  if (input.sheet !== null) params.sheet ??= input.sheet;
  const row = input.range?.r0 ?? input.row;
  const col = input.range?.c0 ?? input.col;
  const cell = row !== undefined && col !== undefined ? a1(row, col) : undefined;
  if (cell) params.cell ??= cell;
  const vi = render(rule.meta.message.vi, params);
  const en = render(rule.meta.message.en, params);
  const finding: Finding = {
    rule: rule.meta.id,
    severity: rule.meta.severity,
    sheet: input.sheet,
    message: settings.lang === 'en' ? en : vi,
    messages: { vi, en },
  };
  if (cell) finding.cell = cell;
  if (input.range) finding.range = rangeA1(input.range);
  if (row !== undefined) finding.row = row + 1;
  if (input.value !== undefined) finding.value = cutValue(input.value);
  if (input.expected !== undefined) finding.expected = input.expected;
  if (input.actual !== undefined) finding.actual = input.actual;
  if (input.suggestion !== undefined) finding.suggestion = input.suggestion;
  return finding;
}

/** A cell's value as the report carries it: never longer than an Excel cell can hold. */
function cutValue(v: Scalar): Scalar {
  return typeof v === 'string' && v.length > MAX_CELL_TEXT ? v.slice(0, MAX_CELL_TEXT) : v;
}

/** Longest text a message quotes from a cell: a 32,767-character cell must not make a message as long. */
const QUOTE_MAX = 120;

function render(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    if (!(key in params)) return whole;
    const text = String(params[key]);
    return text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX - 1)}…` : text;
  });
}

function describeTable(t: Table, model: WorkbookModel): RecognizedTable {
  const years = new Set<number>();
  const schemes = new Set<SchemeId>();
  for (const list of model.lists) {
    if (list.table !== t) continue;
    if (list.year !== null) years.add(list.year);
    schemes.add(list.scheme);
  }
  for (const s of model.summaries) {
    if (s.table !== t) continue;
    for (const line of s.lines) {
      if (line.year !== null) years.add(line.year);
      schemes.add(line.scheme);
    }
  }
  for (const r of model.registers) {
    if (r.table !== t) continue;
    for (const row of r.rows) if (row.year !== null) years.add(row.year);
  }
  for (const log of model.logs) {
    if (log.table !== t) continue;
    for (const e of log.entries) years.add(e.date.year);
  }
  const scheme: SchemeId | 'mixed' | null =
    schemes.size === 0 ? null : schemes.size > 1 ? 'mixed' : [...schemes][0]!;
  return {
    sheet: t.view.name,
    range: rangeA1({
      r0: t.band.top,
      c0: t.firstCol,
      r1: Math.max(t.lastDataRow, t.band.bottom),
      c1: t.lastCol,
    }),
    kind: t.kind,
    years: [...years].sort((a, b) => a - b),
    scheme,
    ...(t.kind === 'rating-list' ? { subject: t.subject } : {}),
    headerRows: [t.band.top + 1, t.band.bottom + 1],
    columns: t.roles.map((c) => ({
      column: columnLetters(c.col),
      role: c.role,
      label: c.label,
      ...(c.year !== undefined ? { year: c.year } : {}),
      ...(c.level !== undefined ? { level: c.level } : {}),
      from: c.from,
    })),
    confidence: t.confidence,
    reasons: t.reasons.map((r) => r.en),
    totalRows: t.totalRows.map((r) => r + 1),
  };
}
