/** The first sheet: what the file is and that its data are synthetic. */
import type ExcelJS from 'exceljs';
import { put } from './cells';
import { SYNTHETIC_NOTE } from './key';

export function addIntro(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Giới thiệu');
  ws.getColumn(1).width = 110;
  const lines = [
    'BẢNG KIỂM - TỆP MẪU',
    SYNTHETIC_NOTE,
    'Các trang: Năm 2016 (gõ bằng mã TCVN3, phông .VnTime), Năm 2017, 2018, XL 2019, XL2020, Năm 2021 (danh sách xếp loại TCCSĐ),',
    'Tổng hợp XL (bảng tổng hợp 2017–2021), Đảng viên 2020 (xếp loại đảng viên một số TCCSĐ), Sổ SH chi bộ (sinh hoạt chi bộ các xã điểm).',
    'Tệp có cài sẵn một số lỗi để thử; danh sách lỗi ở bang-kiem-mau.key.json. / The file has planted defects, listed in bang-kiem-mau.key.json.',
  ];
  lines.forEach((t, i) => {
    const c = put(ws, 1 + i, 1, t, { bold: i < 2 });
    c.alignment = { wrapText: true, vertical: 'top' };
    if (i === 1)
      c.font = { name: 'Times New Roman', size: 12, bold: true, color: { argb: 'FFC00000' } };
  });
}
