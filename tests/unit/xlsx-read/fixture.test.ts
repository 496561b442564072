import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseRange } from '../../../src/core/model/address';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';
import { readXlsxFile } from '../../../src/hosts/xlsx/read/readXlsxFile';
import { diffAgainstExcelJs, valueAt } from './helpers';

const FIXTURE = path.resolve(__dirname, '../../../../shared/fixtures/board-2017-2021.xlsx');

describe('readXlsx on the board fixture', () => {
  const snap = readXlsx(readFileSync(FIXTURE));

  it('lists the sheets in workbook order, all visible and none owned', () => {
    expect(snap.sheets.map((s) => s.name)).toEqual([
      'Năm 2017',
      'Năm 2018',
      'Năm 2019',
      'Năm 2020',
      'Năm 2021',
      'Tổng hợp',
      'Sinh hoạt chi bộ',
    ]);
    expect(snap.sheets.every((s) => s.state === 'visible' && !s.owned)).toBe(true);
    expect(snap.date1904).toBeUndefined();
  });

  it('reads the header row of a yearly list (row 6)', () => {
    expect(snap.sheets[0]!.rows[5]!.v).toEqual([
      'STT',
      'Tên tổ chức cơ sở đảng',
      'Loại hình',
      'Xếp loại',
      'Ghi chú',
    ]);
  });

  it('reads the summary’s two-row merged header', () => {
    const summary = snap.sheets.find((s) => s.name === 'Tổng hợp')!;
    expect(summary.merges).toEqual(
      expect.arrayContaining([parseRange('A3:A4'), parseRange('C3:D3'), parseRange('I3:J3')]),
    );
    expect(valueAt(snap, 'Tổng hợp', 2, 2)).toBe('Hoàn thành xuất sắc nhiệm vụ');
    expect(valueAt(snap, 'Tổng hợp', 3, 2)).toBe('SL');
    expect(valueAt(snap, 'Tổng hợp', 3, 3)).toBe('%');
  });

  it('reads typed numbers: counts and percent points', () => {
    // 2020: 11 excellent of 58, typed as 18.9 percent points.
    expect(valueAt(snap, 'Tổng hợp', 6, 0)).toBe(2020);
    expect(valueAt(snap, 'Tổng hợp', 6, 1)).toBe(58);
    expect(valueAt(snap, 'Tổng hợp', 6, 2)).toBe(11);
    expect(valueAt(snap, 'Tổng hợp', 6, 3)).toBe(18.9);
  });

  it('keeps grade text as written, including an unknown abbreviation', () => {
    expect(valueAt(snap, 'Năm 2019', 51, 3)).toBe('HTTVN');
    expect(valueAt(snap, 'Năm 2018', 7, 3)).toMatch(/^Hoàn thành/);
  });

  it('reads row 104 of the meeting register with its note', () => {
    const row = snap.sheets[6]!.rows[103]!;
    expect(row.v[0]).toBe(2021);
    expect(row.v[19]).toBe('Chưa tổng hợp quý IV');
    expect(valueAt(snap, 'Sinh hoạt chi bộ', 11, 8)).toBe('?');
  });

  it('gives styles that reference the style table', () => {
    expect(snap.styles[0]).toEqual({ numFmt: 'General', font: 'Calibri' });
    for (const sheet of snap.sheets) {
      for (const row of sheet.rows) {
        for (const s of row?.s ?? []) if (s !== undefined) expect(snap.styles[s]).toBeDefined();
      }
    }
    // The title is in bold Cambria.
    const title = snap.sheets[0]!.rows[3]!;
    expect(snap.styles[title.s![0]!]!.font).toBe('Cambria');
  });

  it('agrees with ExcelJS on every cell', async () => {
    const ej = new ExcelJS.Workbook();
    await ej.xlsx.readFile(FIXTURE);
    expect(diffAgainstExcelJs(snap, ej)).toEqual([]);
  });

  it('reads the same through readXlsxFile', async () => {
    expect(await readXlsxFile(FIXTURE)).toEqual(snap);
  });
});
