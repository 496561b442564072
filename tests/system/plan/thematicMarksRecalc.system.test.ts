/**
 * Issue #10: a register without thematic columns whose month cells carry the quarter's thematic
 * meeting ("x+CĐ", "x, chuyên đề", "CĐ"). The meetings sheet, recalculated by LibreOffice, gives
 * the engine's regular count, months without records, thematic meetings per quarter and verdict.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../../src/core/engine';
import type { WorkbookSnapshot } from '../../../src/core/model/snapshot';
import { buildPlan } from '../../../src/core/plan/buildPlan';
import { resolveSettings } from '../../../src/core/settings';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';
import { applyPlan } from '../../../src/hosts/xlsx/write/applyPlan';
import { convert, requireLibreOffice } from '../../helpers/libreOffice';
import { requireValidator, validateOoxml } from '../xlsx-write/cliRunner';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
type Marks = (string | null)[];
const x12 = (): Marks => Array<string | null>(12).fill('x');
const withMarks = (marks: Record<number, string | null>): Marks => {
  const out = x12();
  for (const [m, v] of Object.entries(marks)) out[Number(m) - 1] = v;
  return out;
};

/** Each row a different reading; the unit names say which. */
const ROWS: [string, Marks][] = [
  // Every quarter, each in another spelling, "x" alone elsewhere.
  ['Chi bộ Đủ', withMarks({ 2: 'x+CĐ', 5: 'x , chuyên đề', 7: 'CĐ', 12: 'TK + cđ' })],
  // Quarter II only "x": short, though every month is held.
  ['Chi bộ Thiếu quý II', withMarks({ 1: 'x (CĐ)', 7: 'x,cđ', 10: 'X CD' })],
  // Kept through October, quarter IV's thematic meeting still to come: not enough data.
  ['Chi bộ Đến tháng 10', withMarks({ 2: 'x+CĐ', 5: 'x+CĐ', 8: 'x+CĐ', 11: null, 12: null })],
  // An unreadable month in quarter III, which has no mark: unknown, and a month without records.
  ['Chi bộ Có dấu hỏi', withMarks({ 2: 'x+CĐ', 5: 'x+CĐ', 8: '?', 11: 'x+CĐ' })],
  // A missed month and a quarter without a thematic meeting: short on both.
  ['Chi bộ Thiếu tháng', withMarks({ 1: 'x+CĐ', 4: null, 8: 'x+CĐ', 11: 'x+CĐ' })],
];

async function registerBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('SHCB 2023');
  ws.getCell('A1').value = 'THEO DÕI SINH HOẠT CHI BỘ NĂM 2023';
  ws.getRow(3).values = ['STT', 'Tên chi bộ', 'Sinh hoạt chi bộ các tháng'];
  ws.getCell('O3').value = 'Ghi chú';
  ws.mergeCells('C3:N3');
  ws.mergeCells('A3:A4');
  ws.mergeCells('B3:B4');
  ws.mergeCells('O3:O4');
  ROMAN.forEach((r, i) => (ws.getCell(4, 3 + i).value = r));
  ROWS.forEach(([unit, marks], i) => {
    ws.getRow(5 + i).values = [i + 1, unit, ...marks];
  });
  ws.getCell(6 + ROWS.length, 1).value = 'Ký hiệu: x - thường kỳ; x+CĐ - thường kỳ và chuyên đề';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function rowsOf(wb: WorkbookSnapshot, name: string): Map<string, unknown[]> {
  const sheet = wb.sheets.find((s) => s.name === name)!;
  const out = new Map<string, unknown[]>();
  for (const r of sheet.rows) {
    const v = r?.v ?? [];
    if (typeof v[0] === 'number' && typeof v[2] === 'string') out.set(v[2], v);
  }
  return out;
}

describe('thematic meetings in month cells, recalculated by LibreOffice', () => {
  it('give the engine’s counts and verdicts', async () => {
    requireLibreOffice();
    const bytes = await registerBytes();
    const snapshot = readXlsx(bytes);
    const settings = resolveSettings({});
    const check = checkWorkbook(snapshot, settings);
    const plan = buildPlan(check, snapshot, settings);
    const name = plan.sheets.find((s) => s.key === 'meetings')!.name;
    const written = applyPlan(bytes, plan);
    const dir = convert(written, 'thematic-marks', 'xlsx');
    const rows = rowsOf(readXlsx(fs.readFileSync(path.join(dir, 'thematic-marks.xlsx'))), name);
    const L = { true: 'Đạt', false: 'Không đạt', null: 'Chưa đủ dữ liệu' } as const;
    const meetings = check.report.results.meetings;
    expect(meetings.map((m) => m.unit)).toEqual(ROWS.map(([unit]) => unit));
    for (const m of meetings) {
      const v = rows.get(m.unit)!;
      expect([m.unit, v[4], v[5], ...v.slice(6, 10), v[10]]).toEqual([
        m.unit,
        m.regular,
        m.monthsWithoutData.length,
        ...m.thematicByQuarter.map((q) => q ?? ''),
        L[String(m.compliant) as 'true' | 'false' | 'null'],
      ]);
    }
    // What the engine says, so that the comparison above can fail.
    expect(meetings.map((m) => [m.regular, m.thematicByQuarter, m.compliant])).toEqual([
      [12, [1, 1, 1, 1], true],
      [12, [1, 0, 1, 1], false],
      [10, [1, 1, 1, null], null],
      [11, [1, 1, null, 1], null],
      [11, [1, 0, 1, 1], false],
    ]);

    requireValidator();
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bk-thematic-marks-'));
    fs.writeFileSync(path.join(tmp, 'in.xlsx'), bytes);
    fs.writeFileSync(path.join(tmp, 'out.xlsx'), written);
    expect(validateOoxml(path.join(tmp, 'out.xlsx'), path.join(tmp, 'in.xlsx')).report).toMatch(
      /^0 schema error/,
    );
  });

  it('a thematic mark typed after the check changes the verdict', async () => {
    requireLibreOffice();
    const bytes = await registerBytes();
    const snapshot = readXlsx(bytes);
    const settings = resolveSettings({});
    const plan = buildPlan(checkWorkbook(snapshot, settings), snapshot, settings);
    const name = plan.sheets.find((s) => s.key === 'meetings')!.name;
    // Quarter II of "Chi bộ Thiếu quý II" (row 6): May becomes "x + CĐ".
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    wb.getWorksheet('SHCB 2023')!.getCell('G6').value = 'x + CĐ';
    const after = new Uint8Array(await wb.xlsx.writeBuffer());
    const dir = convert(applyPlan(after, plan), 'thematic-added', 'xlsx');
    const v = rowsOf(readXlsx(fs.readFileSync(path.join(dir, 'thematic-added.xlsx'))), name).get(
      'Chi bộ Thiếu quý II',
    )!;
    expect([v[4], ...v.slice(6, 10), v[10]]).toEqual([12, 1, 1, 1, 1, 'Đạt']);
  });
});
