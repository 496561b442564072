import ExcelJS from 'exceljs';
import { requireLibreOffice } from '../../helpers/libreOffice';
import { countsAfterRecalc } from '../../helpers/recalcCounts';

/**
 * A list with no grade column, its units under group lines naming a grade ("I. HOÀN THÀNH XUẤT
 * SẮC NHIỆM VỤ (02 TCCSĐ)"): the written counts, once LibreOffice recalculates them, are the
 * engine's, a repeated unit left out and a blank row inside a group counting nothing.
 */
describe('a list grouped by grade recalculated by LibreOffice', () => {
  async function workbook(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Năm 2020');
    ws.getCell('A1').value = 'KẾT QUẢ XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2020';
    ws.getRow(2).values = ['STT', 'Tên tổ chức cơ sở đảng', 'Ghi chú'];
    const rows: (string | number)[][] = [
      ['I. HOÀN THÀNH XUẤT SẮC NHIỆM VỤ (02 TCCSĐ)'],
      [1, 'Đảng bộ xã A'],
      [2, 'Đảng bộ xã B'],
      ['II. HOÀN THÀNH TỐT NHIỆM VỤ (04 TCCSĐ)'],
      [1, 'Đảng bộ xã C'],
      [2, 'Đảng bộ xã D'],
      [],
      [3, 'Đảng bộ xã E'],
      [4, 'Đảng bộ xã A'],
      ['III. Hoàn thành nhiệm vụ'],
      [1, 'Chi bộ Kho bạc'],
      ['IV. Không hoàn thành nhiệm vụ (0 TCCSĐ)'],
    ];
    rows.forEach((values, i) => (ws.getRow(3 + i).values = values));
    for (const r of [3, 6, 12, 14]) ws.mergeCells(`A${r}:C${r}`);
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it('counts the names under each group as the engine does', async () => {
    requireLibreOffice();
    const { engine, written } = countsAfterRecalc(await workbook(), 'grouped-grade', 2020);
    // "Đảng bộ xã A" again under the second group: a duplicate, counted once, in the first.
    expect(engine).toEqual({ excellent: 2, good: 3, pass: 1, fail: 0 });
    expect(written).toEqual([2, 3, 1, 0]);
  });
});
