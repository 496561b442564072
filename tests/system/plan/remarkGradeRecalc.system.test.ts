import ExcelJS from 'exceljs';
import { requireLibreOffice } from '../../helpers/libreOffice';
import { countsAfterRecalc } from '../../helpers/recalcCounts';

/**
 * Grades typed with a remark after a comma or dash ("HTTNV - đề nghị khen") count under their
 * grade in the engine, and the written COUNTIFS must give the same numbers once LibreOffice
 * recalculates them: a remark behind "Hoàn thành nhiệm vụ" must not count as another grade, and
 * "Không hoàn thành nhiệm vụ" must not count as "Hoàn thành nhiệm vụ".
 */
describe('grades with a remark recalculated by LibreOffice', () => {
  it('counts each remark-bearing grade once, under its own level', async () => {
    requireLibreOffice();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Năm 2020');
    ws.getCell('A1').value = 'KẾT QUẢ XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2020';
    ws.getRow(2).values = ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại'];
    const grades = [
      'Hoàn thành xuất sắc nhiệm vụ',
      'Hoàn thành tốt nhiệm vụ, đề nghị khen',
      'HTTNV - đề nghị UBKT xem xét',
      'Hoàn thành tốt nhiệm vụ',
      'Hoàn thành nhiệm vụ; có 1 đv vi phạm',
      'Hoàn thành nhiệm vụ',
      'Không hoàn thành nhiệm vụ, đề nghị kiểm điểm',
      'Không hoàn thành nhiệm vụ',
    ];
    grades.forEach((g, i) => (ws.getRow(3 + i).values = [i + 1, `Đảng bộ xã ${'ABCDEFGH'[i]}`, g]));
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());

    const { check, engine, written } = countsAfterRecalc(bytes, 'remark-grade', 2020);
    expect(check.report.issues.filter((f) => f.severity === 'error')).toEqual([]);
    expect(engine).toEqual({ excellent: 1, good: 3, pass: 2, fail: 2 });
    expect(written).toEqual([1, 3, 2, 2]);
  });
});
