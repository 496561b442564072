import * as fs from 'node:fs';
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';

/** A one-year rating list with nothing wrong; `extra` cells go on a third row. */
export async function ratingList(file: string, extra: (string | number)[] = []): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Năm 2020');
  ws.addRow(['KẾT QUẢ XẾP LOẠI NĂM 2020']);
  ws.addRow(['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại']);
  ws.addRow([1, 'Đảng bộ xã Hòa Sơn', 'Hoàn thành tốt nhiệm vụ']);
  ws.addRow([2, 'Đảng bộ xã Hòa Bình', 'Hoàn thành xuất sắc nhiệm vụ']);
  if (extra.length) ws.addRow(extra);
  await wb.xlsx.writeFile(file);
}

/** A copy of a workbook without one zip entry (the reader may not need it; the writer does). */
export function withoutEntry(from: string, to: string, entry: string): void {
  const parts = unzipSync(fs.readFileSync(from));
  delete parts[entry];
  fs.writeFileSync(to, zipSync(parts));
}
