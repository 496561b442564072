import ExcelJS from 'exceljs';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';
import { excelJsBytes } from './helpers';

/*
 * A struck-through font is how staff mark a unit removed (merged, dissolved) while keeping its
 * row (round 9 of the wild layouts, issue #10): the reader carries it to the cell's style.
 */
describe('a struck-through font', () => {
  it('reaches the cell style, and only the struck cells', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Năm 2024');
    ws.getCell('A1').value = 'Đảng bộ xã Hòa Sơn';
    ws.getCell('A2').value = 'Đảng bộ xã Hòa Bình';
    ws.getCell('A2').font = { name: 'Times New Roman', strike: true };
    ws.getCell('A3').value = 'Đảng bộ xã Yên Thịnh';
    ws.getCell('A3').font = { name: 'Times New Roman', strike: false };
    const snap = readXlsx(await excelJsBytes(wb));
    const struck = snap.sheets[0]!.rows.map((r) => snap.styles[r?.s?.[0] ?? 0]?.strike === true);
    expect(struck).toEqual([false, true, false]);
  });
});
