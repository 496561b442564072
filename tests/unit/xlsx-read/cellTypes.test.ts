import ExcelJS from 'exceljs';
import type { WorkbookSnapshot } from '../../../src/core/model/snapshot';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';
import { diffAgainstExcelJs, excelJsBytes } from './helpers';

/** The style a cell uses in the snapshot. */
function styleOf(snap: WorkbookSnapshot, sheet: number, row: number, col: number) {
  const s = snap.sheets[sheet]!.rows[row]?.s?.[col] ?? 0;
  return snap.styles[s]!;
}

describe('readXlsx on a workbook written by ExcelJS', () => {
  let bytes: Uint8Array;
  let snap: WorkbookSnapshot;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Kiểu ô');
    ws.getCell('A1').value = 42;
    ws.getCell('B1').value = -3.25;
    ws.getCell('C1').value = 'Hoàn thành tốt nhiệm vụ';
    ws.getCell('D1').value = true;
    ws.getCell('E1').value = false;
    ws.getCell('A2').value = { formula: 'A1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellValue;
    ws.getCell('B2').value = { formula: 'C1&"!"', result: 'Hoàn thành tốt nhiệm vụ!' };
    ws.getCell('C2').value = { formula: 'A1*2', result: 84 };
    ws.getCell('A3').value = 0.189;
    ws.getCell('A3').numFmt = '0.0%';
    ws.getCell('B3').value = 0.5;
    ws.getCell('B3').numFmt = '0%';
    ws.getCell('C3').value = new Date(Date.UTC(2020, 11, 31));
    ws.getCell('C3').numFmt = 'dd/mm/yyyy';
    ws.getCell('D3').value = new Date(Date.UTC(2021, 0, 15));
    ws.getCell('A4').value = 'Ban Tæ chøc';
    ws.getCell('A4').font = { name: '.VnTime', size: 13 };
    ws.getCell('B4').value = {
      richText: [
        { text: 'Hoµn thµnh ', font: { name: '.VnTime' } },
        { text: 'tèt', font: { name: '.VnTime', bold: true } },
      ],
    };
    ws.getCell('C4').value = 'a & b < c > "d" \'e\'';
    ws.getCell('A5').value = 'Tổng số';
    ws.mergeCells('A5:C5');
    ws.getCell('A6').value = 1;
    ws.getCell('B6').value = 2;
    ws.fillFormula('C6:C9', 'A6+B6*$B$6', [3, 2, 2, 2]);
    ws.getCell('A10').value = 'ẩn';
    ws.getRow(10).hidden = true;
    ws.getCell('B12').value = 'ẩn nữa';
    ws.getRow(12).hidden = true;

    const hidden = wb.addWorksheet('Ẩn', { state: 'hidden' });
    hidden.getCell('A1').value = 'x';
    const veryHidden = wb.addWorksheet('Rất ẩn', { state: 'veryHidden' });
    veryHidden.getCell('A1').value = 'y';
    bytes = await excelJsBytes(wb);
    snap = readXlsx(bytes);
  });

  const v = (r: number, c: number) => snap.sheets[0]!.rows[r]?.v[c] ?? null;

  it('reads numbers, text and booleans', () => {
    expect([v(0, 0), v(0, 1), v(0, 2), v(0, 3), v(0, 4)]).toEqual([
      42,
      -3.25,
      'Hoàn thành tốt nhiệm vụ',
      true,
      false,
    ]);
  });

  it('reads a formula error as its text, marks the column and keeps the formula', () => {
    const row = snap.sheets[0]!.rows[1]!;
    expect(row.v[0]).toBe('#DIV/0!');
    expect(row.e).toEqual([0]);
    expect(row.f?.[0]).toBe('A1/0');
  });

  it('reads formula results with their formulas, string results included', () => {
    const row = snap.sheets[0]!.rows[1]!;
    expect(row.v[1]).toBe('Hoàn thành tốt nhiệm vụ!');
    expect(row.f?.[1]).toBe('C1&"!"');
    expect(row.v[2]).toBe(84);
    expect(row.f?.[2]).toBe('A1*2');
    expect(snap.sheets[0]!.rows[0]!.f).toBeUndefined();
  });

  it('reads number formats: percent, custom date and built-in date', () => {
    expect(v(2, 0)).toBeCloseTo(0.189);
    expect(styleOf(snap, 0, 2, 0).numFmt).toBe('0.0%');
    expect(styleOf(snap, 0, 2, 1).numFmt).toBe('0%');
    expect(v(2, 2)).toBe(44196); // 31/12/2020
    expect(styleOf(snap, 0, 2, 2).numFmt).toBe('dd/mm/yyyy');
    expect(v(2, 3)).toBe(44211); // 15/01/2021, ExcelJS's default date format is built-in 14
    expect(styleOf(snap, 0, 2, 3).numFmt).toBe('m/d/yyyy');
  });

  it('reads legacy fonts from the cell style and from rich-text runs', () => {
    expect(v(3, 0)).toBe('Ban Tæ chøc');
    expect(styleOf(snap, 0, 3, 0).font).toBe('.VnTime');
    expect(v(3, 1)).toBe('Hoµn thµnh tèt');
    expect(styleOf(snap, 0, 3, 1).font).toBe('.VnTime');
    expect(styleOf(snap, 0, 0, 2).font).toBe('Calibri');
  });

  it('decodes XML entities', () => {
    expect(v(3, 2)).toBe('a & b < c > "d" \'e\'');
  });

  it('reads merged areas', () => {
    expect(snap.sheets[0]!.merges).toEqual([{ r0: 4, c0: 0, r1: 4, c1: 2 }]);
  });

  it('expands shared formulas to each dependent cell', () => {
    const f = (r: number) => snap.sheets[0]!.rows[r]?.f?.[2];
    expect(f(5)).toBe('A6+B6*$B$6');
    expect(f(6)).toBe('A7+B7*$B$6');
    expect(f(8)).toBe('A9+B9*$B$6');
    expect(v(8, 2)).toBe(2);
  });

  it('reads hidden rows and sheet states', () => {
    expect(snap.sheets[0]!.hiddenRows).toEqual([9, 11]);
    expect(snap.sheets.map((s) => [s.name, s.state])).toEqual([
      ['Kiểu ô', 'visible'],
      ['Ẩn', 'hidden'],
      ['Rất ẩn', 'veryHidden'],
    ]);
  });

  it('deduplicates the style table', () => {
    const keys = snap.styles.map((s) => `${s.numFmt}|${s.font}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('agrees with ExcelJS reading the same bytes', async () => {
    const ej = new ExcelJS.Workbook();
    await ej.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    expect(diffAgainstExcelJs(snap, ej)).toEqual([]);
  });
});
