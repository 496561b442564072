import ExcelJS from 'exceljs';
import { requireLibreOffice } from '../../helpers/libreOffice';
import { countsAfterRecalc } from '../../helpers/recalcCounts';

/**
 * The merger crosswalk: old communes and their 2024 grades on the left, each new commune and its
 * 2025 grade merged down over its old communes on the right. The engine counts a new commune
 * once, and so must the written formulas once LibreOffice recalculates them.
 */
describe('a unit merged down over several rows, recalculated by LibreOffice', () => {
  async function workbook(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Đối chiếu 2024-2025');
    ws.getCell('A1').value =
      'KẾT QUẢ XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG TRƯỚC VÀ SAU SẮP XẾP ĐƠN VỊ HÀNH CHÍNH CẤP XÃ';
    ws.getRow(3).values = [
      'STT',
      'Năm 2024 (trước sắp xếp)',
      null,
      'Năm 2025 (sau sắp xếp)',
      null,
      'Ghi chú',
    ];
    ws.getRow(4).values = [null, 'Đảng bộ xã (cũ)', 'Xếp loại', 'Đảng bộ xã (mới)', 'Xếp loại'];
    const old: [string, string][] = [
      ['An Bình', 'HTTNV'],
      ['Tân Lập', 'HTNV'],
      ['Yên Thịnh', 'HTTNV'],
      ['Minh Hòa', 'HTXSNV'],
      ['Quang Trung', 'HTTNV'],
      ['Đồng Tâm', 'KHTNV'],
      ['Hợp Thành', 'HTTNV'],
    ];
    old.forEach(([name, grade], i) => {
      ws.getRow(5 + i).values = [i + 1, `Đảng bộ xã ${name}`, grade];
    });
    const fresh: [number, number, string, string][] = [
      [5, 7, 'Hòa Bình', 'HTXSNV'],
      [8, 9, 'Kim Sơn', 'HTTNV'],
      [10, 11, 'Phú Lương', 'HTTNV'],
    ];
    for (const [top, bottom, name, grade] of fresh) {
      ws.getCell(`D${top}`).value = `Đảng bộ xã ${name}`;
      ws.getCell(`E${top}`).value = grade;
      ws.mergeCells(`D${top}:D${bottom}`);
      ws.mergeCells(`E${top}:E${bottom}`);
    }
    ws.mergeCells('B3:C3');
    ws.mergeCells('D3:E3');
    ws.mergeCells('A3:A4');
    ws.mergeCells('F3:F4');
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it('counts each new commune once, each old commune once', async () => {
    requireLibreOffice();
    const bytes = await workbook();
    const y2025 = countsAfterRecalc(bytes, 'merged-unit-2025', 2025);
    const engine = [...y2025.check.model.listRatings.values()].find((r) => r.year === 2025);
    expect(engine?.counts).toEqual({ excellent: 1, good: 2, pass: 0, fail: 0 });
    expect(y2025.written).toEqual([1, 2, 0, 0]);
    const y2024 = countsAfterRecalc(bytes, 'merged-unit-2024', 2024);
    expect(y2024.engine).toEqual({ excellent: 1, good: 4, pass: 1, fail: 1 });
    expect(y2024.written).toEqual([1, 4, 1, 1]);
  });
});
