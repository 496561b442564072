/** Small helpers that lay cells out the way a hand-made board sheet looks. */
import type { Borders, CellValue, Worksheet } from 'exceljs';
import type { Rng } from '../random';

export const FONT = { name: 'Times New Roman', size: 12 };
const THIN: Partial<Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

export function colLetter(c: number): string {
  let s = '';
  let n = c;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function addr(row: number, col: number): string {
  return `${colLetter(col)}${row}`;
}

export function put(
  ws: Worksheet,
  row: number,
  col: number,
  value: CellValue,
  opts: {
    bold?: boolean;
    border?: boolean;
    wrap?: boolean;
    center?: boolean;
    font?: string;
    italic?: boolean;
  } = {},
): void {
  const cell = ws.getCell(row, col);
  cell.value = value;
  cell.font = {
    ...FONT,
    ...(opts.font ? { name: opts.font } : {}),
    bold: !!opts.bold,
    italic: !!opts.italic,
  };
  if (opts.border) cell.border = THIN;
  if (opts.wrap || opts.center) {
    cell.alignment = {
      wrapText: !!opts.wrap,
      vertical: 'middle',
      horizontal: opts.center ? 'center' : 'left',
    };
  }
}

/** A line merged across the table, as titles are. */
export function line(
  ws: Worksheet,
  row: number,
  c0: number,
  c1: number,
  text: string,
  opts: { bold?: boolean; italic?: boolean } = {},
): void {
  put(ws, row, c0, text, { ...opts, center: true });
  if (c1 > c0) ws.mergeCells(row, c0, row, c1);
}

export interface TitleOpts {
  year: number;
  /** What the table is about, in the title's words. */
  subject: string;
  width: number;
  /** The year the report was signed (usually the year after the rating). */
  signedYear?: number;
}

/**
 * The block above a table: party letterhead, a dated signature line, a decision reference, an
 * export date: lines that carry other years than the table's, as real reports do. Returns the
 * next free row.
 */
export function titleBlock(ws: Worksheet, rng: Rng, row: number, o: TitleOpts): number {
  let r = row;
  const signed = o.signedYear ?? o.year + 1;
  const half = Math.max(2, Math.floor(o.width / 2));
  if (rng.chance(0.6)) {
    line(ws, r, 1, half, 'ĐẢNG BỘ TỈNH LẠNG SƠN');
    line(ws, r, half + 1, Math.max(half + 1, o.width), 'ĐẢNG CỘNG SẢN VIỆT NAM', { bold: true });
    r++;
    line(ws, r, 1, half, 'HUYỆN ỦY HỮU LŨNG', { bold: true });
    line(
      ws,
      r,
      half + 1,
      Math.max(half + 1, o.width),
      `Hữu Lũng, ngày ${rng.int(5, 28)} tháng ${rng.pick(['01', '02', '12'])} năm ${signed}`,
      { italic: true },
    );
    r++;
    line(ws, r, 1, half, `Số ${rng.int(10, 480)}-BC/HU`);
    r += 2;
  }
  const titleYearLast = rng.chance(0.8);
  line(ws, r++, 1, o.width, titleYearLast ? `${o.subject} NĂM ${o.year}` : o.subject, {
    bold: true,
  });
  if (!titleYearLast) line(ws, r++, 1, o.width, `(Năm ${o.year})`, { italic: true });
  const extra = rng.int(0, 2);
  for (let i = 0; i < extra; i++) {
    const text = rng.pick([
      `(Kèm theo Báo cáo số ${rng.int(10, 480)}-BC/HU ngày ${rng.int(2, 28)}/01/${signed} của Ban Thường vụ Huyện ủy)`,
      `(Kèm theo Quyết định số ${rng.int(100, 900)}-QĐ/HU ngày ${rng.int(2, 28)}/01/${signed})`,
      `Ngày xuất: ${rng.int(10, 28)}/0${rng.int(1, 3)}/${signed}`,
      `Căn cứ Hướng dẫn số 21-HD/BTCTW ngày 21/10/2019 của Ban Tổ chức Trung ương`,
    ]);
    line(ws, r++, 1, o.width, text, { italic: true });
  }
  return r + (rng.chance(0.5) ? 1 : 0);
}

/** A signature block under a table; returns the next free row. */
export function signatureBlock(
  ws: Worksheet,
  rng: Rng,
  row: number,
  width: number,
  signedYear: number,
): number {
  let r = row + rng.int(1, 2);
  const right = Math.max(2, width - 2);
  put(ws, r, right, `Hữu Lũng, ngày ${rng.int(2, 28)} tháng 01 năm ${signedYear}`, {
    italic: true,
  });
  r++;
  if (rng.chance(0.5)) {
    put(ws, r, 1, 'Nơi nhận:', { bold: true, italic: true });
    put(ws, r + 1, 1, '- Ban Tổ chức Tỉnh ủy;');
    put(ws, r + 2, 1, '- Lưu VP.');
  }
  put(ws, r, right, rng.pick(['NGƯỜI LẬP BIỂU', 'T/M BAN THƯỜNG VỤ', 'TRƯỞNG BAN']), {
    bold: true,
  });
  put(ws, r + 4, right, rng.pick(['Nguyễn Văn Hùng', 'Hoàng Thị Lan', 'Lương Văn Minh']), {
    bold: true,
  });
  return r + 5;
}

/** Header cells: each entry is a label, or null to leave the cell for a vertical merge. */
export function headerRow(
  ws: Worksheet,
  row: number,
  c0: number,
  labels: readonly (string | number | null)[],
): void {
  labels.forEach((label, i) => {
    if (label === null) return;
    put(ws, row, c0 + i, label, { bold: true, border: true, wrap: true, center: true });
  });
}

/** Writes a body cell with a border. */
export function bodyCell(
  ws: Worksheet,
  row: number,
  col: number,
  value: CellValue,
  font?: string,
): void {
  put(ws, row, col, value, { border: true, ...(font ? { font } : {}) });
}

export function widths(ws: Worksheet, ws0: readonly number[]): void {
  ws0.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
}
