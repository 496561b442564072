import ExcelJS from 'exceljs';
import { requireLibreOffice } from '../../helpers/libreOffice';
import { countsAfterRecalc } from '../../helpers/recalcCounts';

/**
 * A 2025 list whose grades are IF chains over the score, saved with no cached value (as a tool
 * writes them): the engine reads what each chain gives, and the written COUNTIFS, once
 * LibreOffice computes the chains and the counts, give the same numbers.
 */
describe('grades by an uncached IF chain, recalculated by LibreOffice', () => {
  const chain = (ref: string, full: boolean) =>
    full
      ? `IF(${ref}>=90,"Hoàn thành xuất sắc nhiệm vụ",IF(${ref}>=70,"Hoàn thành tốt nhiệm vụ",IF(${ref}>=50,"Hoàn thành nhiệm vụ","Không hoàn thành nhiệm vụ")))`
      : `IF(${ref}<50,"KHTNV",IF(${ref}<70,"HTNV",IF(${ref}<90,"HTTNV","HTXSNV")))`;

  async function workbook(full: boolean): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Chấm điểm 2025');
    ws.getCell('A1').value = 'KẾT QUẢ CHẤM ĐIỂM, XẾP LOẠI CHI BỘ NĂM 2025';
    ws.getRow(3).values = ['STT', 'Tên chi bộ', 'Điểm tự chấm', 'Điểm Đảng ủy xã chấm', 'Xếp loại'];
    const scores = [95, 90, 89.5, 72, 70, 64, 50, 45];
    scores.forEach((s, i) => {
      const r = 4 + i;
      ws.getRow(r).values = [i + 1, `Chi bộ thôn ${i + 1}`, Math.min(100, s + 2), s];
      ws.getCell(r, 5).value = { formula: chain(`D${r}`, full) } as ExcelJS.CellFormulaValue;
    });
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it.each([true, false])('counts what the chains give (full names: %s)', async (full) => {
    requireLibreOffice();
    const { engine, written } = countsAfterRecalc(await workbook(full), `if-${full}`, 2025);
    expect(engine).toEqual({ excellent: 2, good: 3, pass: 2, fail: 1 });
    expect(written).toEqual([2, 3, 2, 1]);
  });
});
