import ExcelJS from 'exceljs';
import { requireLibreOffice } from '../../helpers/libreOffice';
import { countsAfterRecalc } from '../../helpers/recalcCounts';

/**
 * Each đảng bộ's own grade beside its party cells' counts per grade: the written counts are of
 * the đảng bộ, as the engine's list is, not of the cells those rows also count.
 */
describe('a list with its cells counted in the same rows, recalculated by LibreOffice', () => {
  it('counts the đảng bộ by their own grades', async () => {
    requireLibreOffice();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Tổng hợp 2024');
    ws.getCell('A1').value = 'KẾT QUẢ XẾP LOẠI ĐẢNG BỘ CƠ SỞ VÀ CHI BỘ TRỰC THUỘC NĂM 2024';
    ws.getRow(3).values = [
      'STT',
      'Tên đảng bộ cơ sở',
      'Xếp loại đảng bộ',
      'Số chi bộ trực thuộc',
      'Xếp loại chi bộ trực thuộc',
    ];
    ws.getRow(4).values = [null, null, null, null, 'HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'];
    const rows: [string, string, number[]][] = [
      ['Đảng bộ phường Tam Thanh', 'Hoàn thành xuất sắc nhiệm vụ', [1, 13, 4, 0]],
      ['Đảng bộ phường Đông Kinh', 'Hoàn thành tốt nhiệm vụ', [5, 12, 1, 0]],
      ['Đảng bộ xã Hữu Lũng', 'Hoàn thành tốt nhiệm vụ', [4, 21, 0, 2]],
      ['Đảng bộ xã Tân Thành', 'Hoàn thành nhiệm vụ', [4, 14, 2, 1]],
    ];
    rows.forEach(([name, grade, counts], i) => {
      const n = counts.reduce((a, b) => a + b, 0);
      ws.getRow(5 + i).values = [i + 1, name, grade, n, ...counts];
    });
    ws.getCell('B9').value = 'Tổng cộng';
    for (const c of ['D', 'E', 'F', 'G', 'H'])
      ws.getCell(`${c}9`).value = { formula: `SUM(${c}5:${c}8)` };
    ws.mergeCells('E3:H3');
    for (const c of ['A', 'B', 'C', 'D']) ws.mergeCells(`${c}3:${c}4`);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const { engine, written } = countsAfterRecalc(bytes, 'list-with-cell-counts', 2024);
    expect(engine).toEqual({ excellent: 1, good: 2, pass: 1, fail: 0 });
    expect(written).toEqual([1, 2, 1, 0]);
  });
});
