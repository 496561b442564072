import ExcelJS from 'exceljs';
import type { WorkbookSnapshot } from '../../../src/core/model/snapshot';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';
import { excelJsBytes } from './helpers';

/*
 * Rows with the same styles share one style array (StyleRowPool): each cell must still read its
 * own style, whatever rows came before it.
 */

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** A list as a board formats it: bordered cells, a banded fill, a date column, a total row. */
async function formattedList(): Promise<WorkbookSnapshot> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  for (let r = 1; r <= 40; r++) {
    const row = ws.getRow(r);
    row.values = [r, `Đảng viên ${r}`, new Date(Date.UTC(2024, 0, r)), 'Hoàn thành tốt nhiệm vụ'];
    for (let c = 1; c <= 4; c++) {
      const cell = row.getCell(c);
      cell.border = THIN;
      cell.font = { name: r % 2 ? 'Times New Roman' : 'Arial' };
    }
    row.getCell(3).numFmt = 'dd/mm/yyyy';
    // Five rows that differ in one column only, and rows that are wider than the rest.
    if (r >= 20 && r < 25) row.getCell(4).font = { name: '.VnTime' };
    if (r >= 30 && r < 33) {
      row.getCell(5).value = 'ghi chú';
      row.getCell(5).font = { name: 'VNI-Times' };
    }
  }
  return readXlsx(await excelJsBytes(wb));
}

describe('style arrays shared between rows', () => {
  let snap: WorkbookSnapshot;
  beforeAll(async () => {
    snap = await formattedList();
  });

  const font = (r: number, c: number) => {
    const s = snap.sheets[0]!.rows[r]!.s?.[c] ?? 0;
    return snap.styles[s]!.font;
  };

  it('reads every cell with its own style', () => {
    for (let r = 0; r < 40; r++) {
      const banded = r % 2 === 0 ? 'Times New Roman' : 'Arial';
      expect([font(r, 0), font(r, 1), font(r, 2)]).toEqual([banded, banded, banded]);
      expect(font(r, 3)).toBe(r >= 19 && r < 24 ? '.VnTime' : banded);
      expect(font(r, 4)).toBe(r >= 29 && r < 32 ? 'VNI-Times' : snap.styles[0]!.font);
      const s = snap.sheets[0]!.rows[r]!.s![2]!;
      expect(snap.styles[s]!.numFmt).toBe('dd/mm/yyyy');
    }
  });

  it('holds one array for rows styled alike, and apart ones for rows styled otherwise', () => {
    const rows = snap.sheets[0]!.rows;
    // Banded rows alternate between two arrays.
    expect(rows[2]!.s).toBe(rows[4]!.s);
    expect(rows[3]!.s).toBe(rows[5]!.s);
    expect(rows[2]!.s).not.toBe(rows[3]!.s);
    // The rows around a run of differing rows get the arrays of their band back.
    expect(rows[20]!.s).toBe(rows[22]!.s);
    expect(rows[20]!.s).not.toBe(rows[18]!.s);
    expect(rows[24]!.s).toBe(rows[18]!.s);
    // A wider row is not given a narrower row's array, nor the other way round.
    expect(rows[30]!.s!.length).toBe(5);
    expect(rows[33]!.s!.length).toBe(4);
    expect(rows[33]!.s).toBe(rows[27]!.s);
  });
});
