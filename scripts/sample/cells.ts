/** Writing cells the way the sample's sheets are typed: Times New Roman 12, thin boxes. */
import type ExcelJS from 'exceljs';
import { a1 } from '../../src/core/model/address';

export const THIN = { style: 'thin' as const };
export const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export function put(
  ws: ExcelJS.Worksheet,
  row: number,
  col: number,
  value: ExcelJS.CellValue,
  style: { bold?: boolean; font?: string; numFmt?: string; box?: boolean; center?: boolean } = {},
): ExcelJS.Cell {
  const cell = ws.getCell(row, col);
  cell.value = value;
  cell.font = { name: style.font ?? 'Times New Roman', size: 12, bold: style.bold ?? false };
  if (style.numFmt) cell.numFmt = style.numFmt;
  if (style.box) cell.border = BOX;
  if (style.center) cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  return cell;
}

/** 1-based row/col to "B7". */
export const ref = (row: number, col: number) => a1(row - 1, col - 1);

export function mergeTitle(
  ws: ExcelJS.Worksheet,
  row: number,
  c0: number,
  c1: number,
  text: string,
  font?: string,
) {
  put(ws, row, c0, text, { bold: true, center: true, ...(font ? { font } : {}) });
  ws.mergeCells(row, c0, row, c1);
}

export function signature(
  ws: ExcelJS.Worksheet,
  row: number,
  col: number,
  font?: string,
  enc = (s: string) => s,
) {
  put(ws, row, col, enc('Người lập biểu'), { bold: true, center: true, ...(font ? { font } : {}) });
  put(ws, row + 1, col, enc('(Ký, ghi rõ họ tên)'), { center: true, ...(font ? { font } : {}) });
  put(ws, row + 4, col, enc('Nguyễn Thị Lan'), {
    bold: true,
    center: true,
    ...(font ? { font } : {}),
  });
}
