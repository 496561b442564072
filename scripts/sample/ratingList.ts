/** One organization rating list, laid out as a year's sheet asks. */
import type ExcelJS from 'exceljs';
import { mergeTitle, put } from './cells';
import type { Counts, Level, Scheme } from './key';
import { gradesFor, PILOTS, UNITS, type Unit } from './units';

export interface ListLayout {
  sheet: string;
  year: number;
  scheme: Scheme;
  /** First column of the table (1-based). */
  col0: number;
  headerRow: number;
  headers: string[];
  nameCol: number;
  gradeCol: number;
  noteCol: number;
  /** Extra column values by header index (e.g. "Loại hình", "Số đảng viên"). */
  extra?: (u: Unit, i: number) => Record<number, ExcelJS.CellValue>;
  titleRows: { row: number; text: string }[];
  gradeText: (lv: Level, i: number) => string;
  groupTitles?: [string, string];
  nameText?: (u: Unit, i: number) => string;
  font?: string;
  encode?: (s: string) => string;
  widths: number[];
}

export interface WrittenList {
  rows: Map<number, number>; // unit index → sheet row
  nextRow: number;
  levels: Level[];
}

export function writeRatingList(wb: ExcelJS.Workbook, L: ListLayout): WrittenList {
  const ws = wb.addWorksheet(L.sheet);
  const enc = L.encode ?? ((s: string) => s);
  const f = L.font ? { font: L.font } : {};
  const lastCol = L.col0 + L.headers.length - 1;
  L.widths.forEach((w, i) => (ws.getColumn(L.col0 + i).width = w));
  for (const t of L.titleRows) mergeTitle(ws, t.row, L.col0, lastCol, enc(t.text), L.font);
  L.headers.forEach((h, i) =>
    put(ws, L.headerRow, L.col0 + i, enc(h), { bold: true, box: true, center: true, ...f }),
  );
  const levels = gradesFor(L.year);
  const rows = new Map<number, number>();
  let r = L.headerRow + 1;
  let stt = 0;
  for (const group of ['I', 'II'] as const) {
    put(ws, r, L.col0, group, { bold: true, box: true, center: true, ...f });
    const titles = L.groupTitles ?? ['ĐẢNG BỘ XÃ, THỊ TRẤN', 'ĐẢNG BỘ, CHI BỘ CƠ QUAN, ĐƠN VỊ'];
    put(ws, r, L.nameCol, enc(group === 'I' ? titles[0] : titles[1]), {
      bold: true,
      box: true,
      ...f,
    });
    r++;
    UNITS.forEach((u, i) => {
      if (u.group !== group) return;
      stt++;
      put(ws, r, L.col0, stt, { box: true, center: true, ...f });
      put(ws, r, L.nameCol, enc(L.nameText ? L.nameText(u, i) : u.name), { box: true, ...f });
      put(ws, r, L.gradeCol, enc(L.gradeText(levels[i]!, i)), { box: true, ...f });
      put(ws, r, L.noteCol, null, { box: true, ...f });
      for (const [col, v] of Object.entries(L.extra?.(u, i) ?? {}))
        put(ws, r, Number(col), v, { box: true, center: true, ...f });
      if (u.commune && PILOTS[L.year] === u.commune)
        put(ws, r, L.noteCol, enc(`Đơn vị điểm năm ${L.year}`), { box: true, ...f });
      rows.set(i, r);
      r++;
    });
  }
  return { rows, nextRow: r, levels };
}

export function countLevels(levels: (Level | null)[]): Counts {
  const c: Counts = { excellent: 0, good: 0, pass: 0, fail: 0 };
  for (const lv of levels) if (lv) c[lv]++;
  return c;
}

export const TITLE = (year: number) =>
  `BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM ${year}`;
export const idx = (name: string) => UNITS.findIndex((u) => u.name === name);
