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
 * Two layouts whose written counts are not COUNTIFS down a column of grade texts: a list on its
 * side (units across, a row per year) and grades typed as codes explained by a legend. Once
 * LibreOffice recalculates the written workbook, each year's counts must be the engine's.
 */
describe('lists on their side and coded grades recalculated by LibreOffice', () => {
  async function countsAfterRecalc(wb: ExcelJS.Workbook, name: string) {
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const snapshot = readXlsx(bytes);
    const settings = resolveSettings({});
    const check = checkWorkbook(snapshot, settings);
    const engine = [...check.model.listRatings.entries()].map(([list, r]) => [
      list.year,
      Object.values(r.counts),
    ]);
    const plan = buildPlan(check, snapshot, settings);
    const dir = convert(applyPlan(bytes, plan), name, 'xlsx');
    const out = readXlsx(fs.readFileSync(path.join(dir, `${name}.xlsx`)));
    const summaryName = plan.sheets.find((s) => s.key === 'summary')!.name;
    const rows = out.sheets.find((s) => s.name === summaryName)!.rows;
    const written = engine.map(([year]) => {
      const row = rows.find((r) => r?.v[0] === year)!;
      return [year, [row.v[4], row.v[6], row.v[8], row.v[10]]];
    });
    return { engine, written };
  }

  it('count each year of a list on its side over its own row', async () => {
    requireLibreOffice();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Theo xã');
    ws.getCell('A1').value = 'KẾT QUẢ XẾP LOẠI CÁC XÃ GIAI ĐOẠN 2019 - 2021';
    ws.getRow(3).values = ['Năm', 'Xã Hòa Sơn', 'Xã Minh Sơn', 'Xã Tân Lập', 'Xã Đông Hòa'];
    ws.getRow(4).values = [2019, 'HTXSNV', 'HTTNV', 'HTTNV', 'KHTNV'];
    ws.getRow(5).values = [2020, 'Hoàn thành tốt nhiệm vụ', 'HTTNV', 'HTNV', 'HTTNV'];
    ws.getRow(6).values = [2021, 'HTXSNV', 'HTXSNV', 'HTTNV', 'htnv'];
    const { engine, written } = await countsAfterRecalc(wb, 'across-list');
    expect(engine).toEqual([
      [2019, [1, 2, 0, 1]],
      [2020, [0, 3, 1, 0]],
      [2021, [2, 1, 1, 0]],
    ]);
    expect(written).toEqual(engine);
  });

  it('count codes typed as numbers or letters by what the legend says they stand for', async () => {
    requireLibreOffice();
    const wb = new ExcelJS.Workbook();
    const sheets: [string, (number | string)[], string][] = [
      ['Năm 2020', [1, 2, '2', 3, 2, 4, ' 2'], '1 = HTXSNV; 2 = HTTNV; 3 = HTNV; 4 = KHTNV'],
      [
        'Năm 2021',
        ['A', 'B', 'b', 'C', 'B', 'A'],
        'A - Hoàn thành xuất sắc nhiệm vụ; B - HTTNV; C - HTNV; D - KHTNV',
      ],
    ];
    for (const [name, codes, legend] of sheets) {
      const ws = wb.addWorksheet(name);
      ws.getCell('A1').value = `KẾT QUẢ XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG ${name.toUpperCase()}`;
      ws.getRow(2).values = ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại (mã)'];
      codes.forEach((c, i) => (ws.getRow(3 + i).values = [i + 1, `Đảng bộ xã ${'ABCDEFG'[i]}`, c]));
      ws.getCell(`A${codes.length + 4}`).value = `Ghi chú: ${legend}`;
    }
    const { engine, written } = await countsAfterRecalc(wb, 'coded-grades');
    expect(engine).toEqual([
      [2020, [1, 4, 1, 1]],
      [2021, [2, 3, 1, 0]],
    ]);
    expect(written).toEqual(engine);
  });
});
