/**
 * Issue #10: a register kept two sheet rows per cell, "Thường kỳ" marking each month and
 * "Chuyên đề" below it marking the month of each quarter's thematic meeting. The meetings sheet,
 * recalculated by LibreOffice, gives the engine's regular count, months without records,
 * thematic meetings per quarter (read from the second row) and verdict.
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

type Marks = (string | null)[];
/** Marks in the given months (1–12), "x" unless said otherwise. */
const marks = (months: number[], mark: Record<number, string> = {}): Marks =>
  Array.from({ length: 12 }, (_, m) => mark[m + 1] ?? (months.includes(m + 1) ? 'x' : null));
const ALL = Array.from({ length: 12 }, (_, m) => m + 1);
const without = (...gone: number[]) => ALL.filter((m) => !gone.includes(m));

/** Each cell a different reading; the names say which. Regular row, then thematic row. */
const CELLS: [string, Marks, Marks][] = [
  ['Chi bộ Đủ', marks(ALL), marks([2, 5, 8, 11], { 11: 'CĐ' })],
  ['Chi bộ Thiếu tháng', marks(without(6)), marks([1, 4, 9, 10, 12])],
  ['Chi bộ Thiếu quý III', marks(ALL), marks([3, 6, 12])],
  // Kept through October: quarter IV's thematic meeting is still to come.
  ['Chi bộ Đến tháng 10', marks(without(11, 12)), marks([1, 4, 7])],
  // An unreadable thematic cell in quarter II, which has no mark: unknown.
  ['Chi bộ Có dấu hỏi', marks(ALL), marks([2, 8, 11], { 5: '?' })],
  // December's thematic meeting under a blank regular month: December is recorded, not held.
  ['Chi bộ Chỉ chuyên đề T12', marks(without(12)), marks([2, 5, 8, 12])],
];

async function registerBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Theo dõi SH 2024');
  ws.getCell('A1').value = 'THEO DÕI SINH HOẠT THƯỜNG KỲ VÀ CHUYÊN ĐỀ CỦA CÁC CHI BỘ NĂM 2024';
  ws.getRow(3).values = ['TT', 'Chi bộ', 'Loại sinh hoạt', 'Tháng'];
  ws.getCell('P3').value = 'Cộng';
  ws.mergeCells('D3:O3');
  for (const c of ['A', 'B', 'C', 'P']) ws.mergeCells(`${c}3:${c}4`);
  for (let m = 1; m <= 12; m++) ws.getCell(4, 3 + m).value = m;
  CELLS.forEach(([unit, regular, thematic], i) => {
    const r = 5 + 2 * i;
    ws.getRow(r).values = [i + 1, unit, 'Thường kỳ', ...regular];
    ws.getRow(r + 1).values = [null, null, 'Chuyên đề', ...thematic];
    for (const rr of [r, r + 1]) ws.getCell(rr, 16).value = { formula: `COUNTA(D${rr}:O${rr})` };
    ws.mergeCells(`A${r}:A${r + 1}`);
    ws.mergeCells(`B${r}:B${r + 1}`);
  });
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

describe('a register with two rows per cell, recalculated by LibreOffice', () => {
  it('gives the engine’s counts and verdicts', async () => {
    requireLibreOffice();
    const bytes = await registerBytes();
    const snapshot = readXlsx(bytes);
    const settings = resolveSettings({});
    const check = checkWorkbook(snapshot, settings);
    const plan = buildPlan(check, snapshot, settings);
    const name = plan.sheets.find((s) => s.key === 'meetings')!.name;
    const written = applyPlan(bytes, plan);
    const dir = convert(written, 'two-row-register', 'xlsx');
    const rows = rowsOf(readXlsx(fs.readFileSync(path.join(dir, 'two-row-register.xlsx'))), name);
    const L = { true: 'Đạt', false: 'Không đạt', null: 'Chưa đủ dữ liệu' } as const;
    const meetings = check.report.results.meetings;
    expect(meetings.map((m) => m.unit)).toEqual(CELLS.map(([unit]) => unit));
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
    expect(
      meetings.map((m) => [m.regular, m.monthsWithoutData, m.thematicByQuarter, m.compliant]),
    ).toEqual([
      [12, [], [1, 1, 1, 1], true],
      [11, [], [1, 1, 1, 2], false],
      [12, [], [1, 1, 0, 1], false],
      [10, [11, 12], [1, 1, 1, null], null],
      [12, [], [1, null, 1, 1], null],
      [11, [], [1, 1, 1, 1], false],
    ]);

    requireValidator();
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bk-two-row-register-'));
    fs.writeFileSync(path.join(tmp, 'in.xlsx'), bytes);
    fs.writeFileSync(path.join(tmp, 'out.xlsx'), written);
    expect(validateOoxml(path.join(tmp, 'out.xlsx'), path.join(tmp, 'in.xlsx')).report).toMatch(
      /^0 schema error/,
    );
  });

  it('a thematic mark typed on the second row after the check changes the verdict', async () => {
    requireLibreOffice();
    const bytes = await registerBytes();
    const snapshot = readXlsx(bytes);
    const settings = resolveSettings({});
    const plan = buildPlan(checkWorkbook(snapshot, settings), snapshot, settings);
    const name = plan.sheets.find((s) => s.key === 'meetings')!.name;
    // Quarter III of "Chi bộ Thiếu quý III" (rows 9 and 10): August's thematic row becomes "x".
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    wb.getWorksheet('Theo dõi SH 2024')!.getCell('K10').value = 'x';
    const after = new Uint8Array(await wb.xlsx.writeBuffer());
    const dir = convert(applyPlan(after, plan), 'two-row-added', 'xlsx');
    const v = rowsOf(readXlsx(fs.readFileSync(path.join(dir, 'two-row-added.xlsx'))), name).get(
      'Chi bộ Thiếu quý III',
    )!;
    expect([v[4], ...v.slice(6, 10), v[10]]).toEqual([12, 1, 1, 1, 1, 'Đạt']);
  });
});
