import ExcelJS from 'exceljs';
import { requireLibreOffice } from '../../helpers/libreOffice';
import { countsAfterRecalc } from '../../helpers/recalcCounts';

/**
 * A list sorted by grade, each grade typed once and merged down over its units (a layout boards
 * use): the engine counts every unit under a merge, and so must the written formulas once
 * LibreOffice recalculates them, including after the merged grade is edited.
 */
describe('merged-down grades recalculated by LibreOffice', () => {
  async function workbook(merged: string): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Năm 2020');
    ws.getCell('A1').value = 'KẾT QUẢ XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2020';
    ws.getRow(2).values = ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại'];
    const grades = ['HTXSNV', merged, merged, merged, 'HTNV', 'HTNV', 'KHTNV'];
    grades.forEach((g, i) => (ws.getRow(3 + i).values = [i + 1, `Đảng bộ xã ${'ABCDEFG'[i]}`, g]));
    // The merged grade typed in C4 and merged over C4:C6; HTNV in C7 merged over C7:C8.
    for (const r of [5, 6, 8]) ws.getCell(`C${r}`).value = null;
    ws.mergeCells('C4:C6');
    ws.mergeCells('C7:C8');
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it('count every unit under a merge, as the engine does', async () => {
    requireLibreOffice();
    const { engine, written } = countsAfterRecalc(await workbook('HTTNV'), 'merged-grade', 2020);
    expect(engine).toEqual({ excellent: 1, good: 3, pass: 2, fail: 1 });
    expect(written).toEqual([1, 3, 2, 1]);
  });

  it('count a merge by the level its top cell says', async () => {
    requireLibreOffice();
    const edited = await workbook('HTNV');
    const { engine, written } = countsAfterRecalc(edited, 'merged-grade-edited', 2020);
    expect(engine).toEqual({ excellent: 1, good: 0, pass: 5, fail: 1 });
    expect(written).toEqual([1, 0, 5, 1]);
  });
});
