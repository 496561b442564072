import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../../src/core/engine';
import type { WorkbookSnapshot } from '../../../src/core/model/snapshot';
import { buildPlan } from '../../../src/core/plan/buildPlan';
import { resolveSettings } from '../../../src/core/settings';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';
import { applyPlan } from '../../../src/hosts/xlsx/write/applyPlan';
import { convert, requireLibreOffice } from '../../helpers/libreOffice';

const TOPIC = 'Công tác phát triển đảng viên';
const T4 = [TOPIC, 'Xây dựng nông thôn mới', TOPIC, 'Công tác dân vận'];
type Cell = string | number | null;

/**
 * A register without month columns: each count form ("12/12", "11 buổi", 12, "11/12 buổi",
 * " 12 lần ", "đủ", a blank) and each quarter form (topics, blank, "x", "0", "-", "không", a
 * count, "?", spaces only).
 */
const ROWS: [string, Cell, Cell[]][] = [
  ['Chi bộ thôn A', '12/12', T4],
  ['Chi bộ thôn B', '11 buổi', T4],
  ['Chi bộ thôn C', 12, [TOPIC, null, TOPIC, TOPIC]],
  ['Chi bộ thôn D', '11/12 buổi', ['x', '0', '-', 'không']],
  ['Chi bộ thôn E', ' 12 lần ', [1, 'X', TOPIC, TOPIC]],
  ['Chi bộ thôn F', 'đủ', T4],
  ['Chi bộ thôn G', '12', ['?', TOPIC, TOPIC, TOPIC]],
  ['Chi bộ thôn H', '12 / 12', [TOPIC, '   ', TOPIC, TOPIC]],
  ['Chi bộ thôn I', null, T4],
];

async function registerBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('SH chi bộ 2022');
  ws.getCell('A1').value = 'TỔNG HỢP KẾT QUẢ SINH HOẠT CHI BỘ NĂM 2022';
  ws.getRow(2).values = ['STT', 'Chi bộ', 'Số buổi SH thường kỳ', 'Sinh hoạt chuyên đề'];
  ws.getRow(3).values = [null, null, null, 'Quý I', 'Quý II', 'Quý III', 'Quý IV'];
  ws.mergeCells('A2:A3');
  ws.mergeCells('B2:B3');
  ws.mergeCells('C2:C3');
  ws.mergeCells('D2:G2');
  ROWS.forEach(([cell, count, quarters], i) => {
    ws.getRow(4 + i).values = [i + 1, cell, count, ...quarters];
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function rowsOf(wb: WorkbookSnapshot, name: string): Map<string, unknown[]> {
  const sheet = wb.sheets.find((s) => s.name === name)!;
  const out = new Map<string, unknown[]>();
  for (const r of sheet.rows) {
    const v = r?.v ?? [];
    if (typeof v[0] === 'number' && typeof v[2] === 'string') out.set(String(v[2]), v);
  }
  return out;
}

describe('count-and-topics register rows of the meetings sheet, recalculated by LibreOffice', () => {
  it('give the engine’s counts and verdicts', async () => {
    requireLibreOffice();
    const bytes = await registerBytes();
    const snapshot = readXlsx(bytes);
    const settings = resolveSettings({});
    const check = checkWorkbook(snapshot, settings);
    const plan = buildPlan(check, snapshot, settings);
    const name = plan.sheets.find((s) => s.key === 'meetings')!.name;
    const dir = convert(applyPlan(bytes, plan), 'count-topics-checked', 'xlsx');
    const out = readXlsx(fs.readFileSync(path.join(dir, 'count-topics-checked.xlsx')));
    const rows = rowsOf(out, name);
    const L = { true: 'Đạt', false: 'Không đạt', null: 'Chưa đủ dữ liệu' } as const;
    const meetings = check.report.results.meetings;
    expect(meetings.map((m) => m.unit)).toEqual(ROWS.map((r) => r[0]));
    for (const m of meetings) {
      const v = rows.get(m.unit)!;
      expect([m.unit, v[4], v[5], ...v.slice(6, 10), v[10]]).toEqual([
        m.unit,
        m.regular,
        m.monthsWithoutData.length,
        ...m.thematicByQuarter.map((q) => q ?? '?'),
        L[String(m.compliant) as 'true' | 'false' | 'null'],
      ]);
    }
    // What the engine read, so that the comparison above is about these forms.
    expect(meetings.map((m) => [m.regular, m.compliant])).toEqual([
      [12, true],
      [11, false],
      [12, false],
      [11, false],
      [12, true],
      [0, null],
      [12, null],
      [12, false],
      [0, null],
    ]);
  });
});
