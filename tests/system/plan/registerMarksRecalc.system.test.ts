/**
 * Every word a register may use for "held" and "not held", written in the month cells as staff
 * type them (capitals, spaces), and a mark of the register's own: the meetings sheet's formulas,
 * recalculated by LibreOffice, give the engine's count and verdict on every row.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkWorkbook } from '../../../src/core/engine';
import type { Scalar, WorkbookSnapshot } from '../../../src/core/model/snapshot';
import { HELD_TEXTS, NOT_HELD_TEXTS } from '../../../src/core/parse/monthMark';
import { buildPlan } from '../../../src/core/plan/buildPlan';
import { resolveSettings } from '../../../src/core/settings';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';
import { applyPlan } from '../../../src/hosts/xlsx/write/applyPlan';
import { convert, requireLibreOffice } from '../../helpers/libreOffice';
import { registerRow, registerSheet } from '../../helpers/ruleSheets';
import { xlsxOf } from '../../helpers/specXlsx';

const typed = (w: string, i: number): string =>
  i % 3 === 0 ? w.toLocaleUpperCase('vi') : i % 3 === 1 ? ` ${w} ` : w;

/** Twelve months from a list of words, the rest of the year "x". */
const months = (words: string[], offset: number): Scalar[] =>
  Array.from({ length: 12 }, (_, m) => (m < words.length ? typed(words[m]!, m + offset) : 'x'));

function chunks<T>(xs: readonly T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

function rowsOf(wb: WorkbookSnapshot, name: string): Map<string, unknown[]> {
  const sheet = wb.sheets.find((s) => s.name === name)!;
  const out = new Map<string, unknown[]>();
  for (const r of sheet.rows) {
    const v = r?.v ?? [];
    if (typeof v[0] === 'number' && typeof v[2] === 'string') out.set(`${v[2]} ${v[0]}`, v);
  }
  return out;
}

describe('register marks, recalculated by LibreOffice', () => {
  it('give the engine’s regular count and verdict for every word and for an unknown mark', () => {
    requireLibreOffice();
    const rows: Scalar[][] = [];
    const add = (ms: Scalar[]) =>
      rows.push(registerRow(ms, [1, 1, 1, 1], null, 20, `Chi bộ Thôn ${rows.length + 1}`));
    chunks(HELD_TEXTS, 12).forEach((ws, i) => add(months(ws, i)));
    chunks(NOT_HELD_TEXTS, 6).forEach((ws, i) => add(months(ws, i)));
    // The register's own mark, used in three rows: one warning, months unknown.
    for (let i = 0; i < 3; i++) add(months(['y', 'y'], 0));
    const bytes = xlsxOf(registerSheet(rows));
    const snapshot = readXlsx(bytes);
    const settings = resolveSettings({});
    const check = checkWorkbook(snapshot, settings);
    expect(check.report.issues.filter((f) => f.rule === 'meeting.unknown-mark')).toHaveLength(1);
    expect(check.report.issues.filter((f) => f.severity === 'error')).toEqual([]);
    const plan = buildPlan(check, snapshot, settings);
    const name = plan.sheets.find((s) => s.key === 'meetings')!.name;
    const dir = convert(applyPlan(bytes, plan), 'marks-checked', 'xlsx');
    const written = rowsOf(readXlsx(fs.readFileSync(path.join(dir, 'marks-checked.xlsx'))), name);
    const L = { true: 'Đạt', false: 'Không đạt', null: 'Chưa đủ dữ liệu' } as const;
    const results = check.report.results.meetings;
    expect(results).toHaveLength(rows.length);
    for (const m of results) {
      const v = written.get(`${m.unit} ${m.year}`)!;
      expect([m.unit, v[4], v[10]]).toEqual([
        m.unit,
        m.regular,
        L[String(m.compliant) as 'true' | 'false' | 'null'],
      ]);
    }
    // Rows of held words are complete, rows of "not held" words short, the unknown mark unknown.
    expect(new Set(results.map((m) => m.compliant))).toEqual(new Set([true, false, null]));
  });
});
