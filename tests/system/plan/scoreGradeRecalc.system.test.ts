import ExcelJS from 'exceljs';
import { requireLibreOffice } from '../../helpers/libreOffice';
import { countsAfterRecalc } from '../../helpers/recalcCounts';

/**
 * A 2025 list with a 100-point score and no grade column: the engine grades by the score's band,
 * and the written COUNTIFS by band, once LibreOffice recalculates them, give the same counts,
 * on the band edges and with a blank score and one off the scale left out.
 */
describe('a score-only 2025 list recalculated by LibreOffice', () => {
  async function workbook(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('ĐB xã Bắc Sơn (mới)');
    ws.getCell('A1').value = 'KẾT QUẢ CHẤM ĐIỂM CHẤT LƯỢNG CHI BỘ TRỰC THUỘC NĂM 2025';
    ws.getRow(3).values = ['STT', 'Chi bộ', 'Tổng điểm đạt được', 'Ghi chú'];
    const scores = [100, 90, 89.5, 70, 69.99, 50, 49.5, 0, null, 120];
    scores.forEach((s, i) => (ws.getRow(4 + i).values = [i + 1, `Chi bộ thôn ${i + 1}`, s]));
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it('counts by score band as the engine does', async () => {
    requireLibreOffice();
    const { engine, written } = countsAfterRecalc(await workbook(), 'score-only', 2025);
    expect(engine).toEqual({ excellent: 2, good: 2, pass: 2, fail: 2 });
    expect(written).toEqual([2, 2, 2, 2]);
  });
});
