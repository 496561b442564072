import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { checkWorkbook, type CheckResult } from '../../src/core/engine';
import { buildPlan } from '../../src/core/plan/buildPlan';
import { resolveSettings } from '../../src/core/settings';
import { readXlsx } from '../../src/hosts/xlsx/read/readXlsx';
import { applyPlan } from '../../src/hosts/xlsx/write/applyPlan';
import { convert } from './libreOffice';
import type { LevelCounts } from '../../src/core/report/types';
import type { WorkbookSnapshot } from '../../src/core/model/snapshot';

/**
 * Checks a workbook, writes the plan into it and has LibreOffice recalculate the result: the
 * engine's counts of the first list beside the summary sheet's written counts (excellent, good,
 * pass, fail) for a year, as a user's spreadsheet shows them.
 */
export function countsAfterRecalc(
  bytes: Uint8Array,
  name: string,
  year: number,
): { check: CheckResult; engine: LevelCounts; written: unknown[] } {
  const snapshot = readXlsx(bytes);
  const settings = resolveSettings({});
  const check = checkWorkbook(snapshot, settings);
  const engine = [...check.model.listRatings.values()][0]!;
  const plan = buildPlan(check, snapshot, settings);
  const dir = convert(applyPlan(bytes, plan), name, 'xlsx');
  const out = readXlsx(fs.readFileSync(path.join(dir, `${name}.xlsx`)));
  const summaryName = plan.sheets.find((s) => s.key === 'summary')!.name;
  const summary = out.sheets.find((s) => s.name === summaryName)!;
  const row = summary.rows.find((r) => r?.v[0] === year)!;
  return { check, engine: engine.counts, written: [row.v[4], row.v[6], row.v[8], row.v[10]] };
}

/**
 * Writes the plan of a check into the workbook and has LibreOffice recalculate it: the meetings
 * sheet's rows, keyed by the register or log row each links to, as the chosen columns show them.
 */
export function meetingRowsAfterRecalc(
  check: CheckResult,
  snapshot: WorkbookSnapshot,
  bytes: Uint8Array,
  name: string,
  cols: number[],
): Map<number, unknown[]> {
  const plan = buildPlan(check, snapshot, resolveSettings({}));
  const dir = convert(applyPlan(bytes, plan), name, 'xlsx');
  const out = readXlsx(fs.readFileSync(path.join(dir, `${name}.xlsx`)));
  const meetingsName = plan.sheets.find((s) => s.key === 'meetings')!.name;
  const sheet = out.sheets.find((s) => s.name === meetingsName)!;
  const written = new Map<number, unknown[]>();
  for (const row of sheet.rows) {
    const link = row?.v[3];
    if (typeof link === 'string' && /^\d+$/.test(link))
      written.set(
        Number(link),
        cols.map((c) => row!.v[c]),
      );
  }
  return written;
}

/**
 * A year's meeting register as the recalculation tests type it: a title in A1, then "TT | Tên chi
 * bộ | Tháng 1 … Tháng 12 | CĐ quý I … IV" in row 2, rows from 3 left to the test.
 */
export function yearRegister(
  sheet: string,
  title: string,
): { wb: ExcelJS.Workbook; ws: ExcelJS.Worksheet; months: string[] } {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  ws.getCell('A1').value = title;
  const months = Array.from({ length: 12 }, (_, m) => `Tháng ${m + 1}`);
  ws.getRow(2).values = [
    'TT',
    'Tên chi bộ',
    ...months,
    'CĐ quý I',
    'CĐ quý II',
    'CĐ quý III',
    'CĐ quý IV',
  ];
  return { wb, ws, months };
}
