import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../../src/core/engine';
import { buildPlan } from '../../../src/core/plan/buildPlan';
import { resolveSettings } from '../../../src/core/settings';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';
import { applyPlan } from '../../../src/hosts/xlsx/write/applyPlan';
import { convert, requireLibreOffice } from '../../helpers/libreOffice';

/**
 * A tick list ("x" under the level's column, stray spaces and capitals, a row with no mark, a
 * row marked twice, a repeated unit): the counts the written formulas give in LibreOffice are
 * the engine's.
 */
describe('tick-list counts recalculated by LibreOffice', () => {
  it('match the engine', async () => {
    requireLibreOffice();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Năm 2020');
    ws.getCell('A1').value = 'BẢNG XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2020';
    ws.getRow(2).values = ['STT', 'Tên TCCSĐ', 'Kết quả xếp loại'];
    ws.mergeCells('C2:F2');
    ws.mergeCells('A2:A3');
    ws.mergeCells('B2:B3');
    ws.getRow(3).values = [null, null, 'HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'];
    const marks: [string, (string | null)[]][] = [
      ['Đảng bộ xã A', ['x', null, null, null]],
      ['Đảng bộ xã B', [null, ' X ', null, null]],
      ['Đảng bộ xã C', [null, 'x', null, null]],
      ['Đảng bộ xã D', [null, null, '✓', null]],
      ['Đảng bộ xã E', [null, null, null, null]],
      ['Đảng bộ xã F', ['x', 'x', null, null]],
      ['Đảng bộ xã A', [null, 'x', null, null]],
      ['Đảng bộ xã G', [null, null, null, 'x']],
    ];
    marks.forEach(([name, m], i) => (ws.getRow(4 + i).values = [i + 1, name, ...m]));
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const snapshot = readXlsx(bytes);
    const settings = resolveSettings({});
    const check = checkWorkbook(snapshot, settings);
    const engine = [...check.model.listRatings.values()][0]!;
    expect(engine.counts).toEqual({ excellent: 1, good: 2, pass: 1, fail: 1 });

    const plan = buildPlan(check, snapshot, settings);
    const out = applyPlan(bytes, plan);
    const dir = convert(out, 'tick-checked', 'xlsx');
    const recalculated = readXlsx(fs.readFileSync(path.join(dir, 'tick-checked.xlsx')));
    const summaryName = plan.sheets.find((s) => s.key === 'summary')!.name;
    const summary = recalculated.sheets.find((s) => s.name === summaryName)!;
    const row = summary.rows.find((r) => r?.v[0] === 2020)!;
    expect([row.v[4], row.v[6], row.v[8], row.v[10]]).toEqual([1, 2, 1, 1]);
  });

  it('match the engine with check-box cells (TRUE the tick, FALSE an empty box)', async () => {
    requireLibreOffice();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Năm 2021');
    ws.getCell('A1').value = 'TỔNG HỢP XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2021';
    ws.getRow(2).values = ['STT', 'Tên tổ chức', 'HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'];
    const levels = [0, 1, 1, 2, 1, 3, 1];
    levels.forEach((l, i) => {
      ws.getRow(3 + i).values = [
        i + 1,
        `Đảng bộ xã ${'ABCDEFG'[i]}`,
        ...[0, 1, 2, 3].map((k) => k === l),
      ];
    });
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const snapshot = readXlsx(bytes);
    const settings = resolveSettings({});
    const check = checkWorkbook(snapshot, settings);
    const engine = [...check.model.listRatings.values()][0]!;
    expect(engine.counts).toEqual({ excellent: 1, good: 4, pass: 1, fail: 1 });

    const plan = buildPlan(check, snapshot, settings);
    const dir = convert(applyPlan(bytes, plan), 'checkbox-checked', 'xlsx');
    const recalculated = readXlsx(fs.readFileSync(path.join(dir, 'checkbox-checked.xlsx')));
    const summaryName = plan.sheets.find((s) => s.key === 'summary')!.name;
    const summary = recalculated.sheets.find((s) => s.name === summaryName)!;
    const row = summary.rows.find((r) => r?.v[0] === 2021)!;
    expect([row.v[4], row.v[6], row.v[8], row.v[10]]).toEqual([1, 4, 1, 1]);
  });
});
