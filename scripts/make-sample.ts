/**
 * Builds the bundled sample workbook samples/bang-kiem-mau.xlsx and its answer key
 * samples/bang-kiem-mau.key.json. Run: npm run sample.
 *
 * The data are synthetic, made for testing, consistent with the 2022 article on Hữu Lũng
 * district (58 TCCSĐ; pilot communes 2017–2021; 2020: 11 excellent, 42 good). The layout differs
 * on purpose from the shared fixture so the engine meets other shapes. Deterministic: a seeded
 * PRNG and fixed dates, so a rerun writes the same content.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { a1 } from '../src/core/model/address';
import { encodeTcvn3, verifyTcvn3Encoder } from '../tests/helpers/legacyEncode';

type Level = 'excellent' | 'good' | 'pass' | 'fail';
type Counts = Record<Level, number>;
type Scheme = 'pre-2018' | '2018';

interface Issue {
  rule: string;
  sheet: string;
  cell?: string;
  row?: number;
  note: string;
}

interface MeetingKey {
  sheet: string;
  row: number;
  year: number;
  commune: string;
  cell: string;
  members: number;
  regular: number;
  thematicByQuarter: (number | null)[];
  compliant: boolean | null;
}

const OUT_DIR = path.resolve(__dirname, '..', 'samples');
const FILE = 'bang-kiem-mau.xlsx';
const FIXED_DATE = new Date(Date.UTC(2022, 2, 15, 8, 0, 0));
const SYNTHETIC_NOTE =
  'Dữ liệu giả lập, lập ra để kiểm thử Bảng Kiểm; số liệu khớp với bài báo năm 2022 về huyện Hữu Lũng (58 TCCSĐ, các xã điểm 2017–2021) nhưng không phải số liệu thật. / Synthetic data made for testing, consistent with the article; not real records.';

const issues: Issue[] = [];
const ratings: Record<string, { scheme: Scheme; sheet: string; counts: Counts }> = {};
const meetings: MeetingKey[] = [];

/** mulberry32: small, seeded, good enough to shuffle grades. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = prng(20220315);

function shuffle<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

// ---------------------------------------------------------------- units

const COMMUNES = [
  'Hòa Sơn',
  'Hòa Bình',
  'Yên Thịnh',
  'Thiện Tân',
  'Đồng Tiến',
  'Hòa Lạc',
  'Hòa Thắng',
  'Hồ Sơn',
  'Minh Hòa',
  'Minh Sơn',
  'Minh Tiến',
  'Nhật Tiến',
  'Quyết Thắng',
  'Sơn Hà',
  'Tân Lập',
  'Tân Thành',
  'Thanh Sơn',
  'Vân Nham',
  'Yên Bình',
  'Yên Sơn',
  'Yên Vượng',
  'Cai Kinh',
  'Đô Lương',
  'Đồng Tân',
  'Hữu Liên',
];
const AGENCIES = [
  'Đảng bộ Công an huyện',
  'Đảng bộ Quân sự huyện',
  'Đảng bộ Trung tâm Y tế huyện',
  'Chi bộ Văn phòng Huyện ủy',
  'Chi bộ Văn phòng HĐND và UBND huyện',
  'Chi bộ Mặt trận Tổ quốc và các đoàn thể huyện',
  'Chi bộ Phòng Tài chính - Kế hoạch',
  'Chi bộ Phòng Nội vụ',
  'Chi bộ Phòng Giáo dục và Đào tạo',
  'Chi bộ Phòng Nông nghiệp và PTNT',
  'Chi bộ Phòng Tài nguyên và Môi trường',
  'Chi bộ Phòng Kinh tế và Hạ tầng',
  'Chi bộ Phòng Lao động - Thương binh và Xã hội',
  'Chi bộ Phòng Văn hóa và Thông tin',
  'Chi bộ Thanh tra huyện',
  'Chi bộ Tòa án nhân dân huyện',
  'Chi bộ Viện Kiểm sát nhân dân huyện',
  'Chi bộ Chi cục Thi hành án dân sự',
  'Chi bộ Chi cục Thuế',
  'Chi bộ Kho bạc Nhà nước',
  'Chi bộ Bảo hiểm xã hội huyện',
  'Chi bộ Ngân hàng Nông nghiệp và PTNT',
  'Chi bộ Ngân hàng Chính sách xã hội',
  'Chi bộ Trung tâm Văn hóa - Thể thao và Truyền thông',
  'Chi bộ Trường THPT Hữu Lũng',
  'Chi bộ Trường THPT Vân Nham',
  'Chi bộ Trung tâm GDNN - GDTX',
  'Chi bộ Hạt Kiểm lâm',
  'Chi bộ Điện lực Hữu Lũng',
  'Chi bộ Ban Quản lý dự án đầu tư xây dựng',
  'Chi bộ Trung tâm Dịch vụ nông nghiệp',
  'Chi bộ Hội Nông dân và Hội Cựu chiến binh huyện',
];

interface Unit {
  name: string;
  group: 'I' | 'II';
  commune?: string;
}
const UNITS: Unit[] = [
  ...COMMUNES.map((c): Unit => ({ name: `Đảng bộ xã ${c}`, group: 'I', commune: c })),
  { name: 'Đảng bộ thị trấn Hữu Lũng', group: 'I' },
  ...AGENCIES.map((name): Unit => ({ name, group: 'II' })),
];
if (UNITS.length !== 58) throw new Error(`expected 58 TCCSĐ, have ${UNITS.length}`);

const PILOTS: Record<number, string> = {
  2017: 'Hòa Sơn',
  2018: 'Hòa Bình',
  2019: 'Yên Thịnh',
  2020: 'Thiện Tân',
  2021: 'Đồng Tiến',
};

// ---------------------------------------------------------------- grades per year

/** True grades before any planted defect. */
const YEAR_COUNTS: Record<number, Counts> = {
  2016: { excellent: 8, good: 33, pass: 13, fail: 4 },
  2017: { excellent: 9, good: 35, pass: 11, fail: 3 },
  2018: { excellent: 8, good: 45, pass: 5, fail: 0 },
  2019: { excellent: 8, good: 44, pass: 6, fail: 0 },
  2020: { excellent: 11, good: 42, pass: 5, fail: 0 },
  2021: { excellent: 10, good: 44, pass: 4, fail: 0 },
};

/** The pilot communes: weak before their year, "good" from it (Hòa Sơn good 2017–2020). */
function fixedLevels(year: number): Map<string, Level> {
  const fixed = new Map<string, Level>();
  const pilotYear = (c: string) => Number(Object.keys(PILOTS).find((y) => PILOTS[+y] === c));
  for (const c of Object.values(PILOTS)) {
    const py = pilotYear(c);
    let level: Level;
    if (year >= py) level = 'good';
    else if (c === 'Hòa Sơn' || (c === 'Đồng Tiến' && year <= 2017)) level = 'fail';
    else level = 'pass';
    if (c === 'Hòa Sơn' && year === 2021) level = 'excellent';
    fixed.set(`Đảng bộ xã ${c}`, level);
  }
  return fixed;
}

function gradesFor(year: number): Level[] {
  const fixed = fixedLevels(year);
  const left = { ...YEAR_COUNTS[year]! };
  for (const lv of fixed.values()) left[lv]--;
  const pool: Level[] = [];
  for (const lv of ['excellent', 'good', 'pass', 'fail'] as Level[])
    for (let i = 0; i < left[lv]; i++) pool.push(lv);
  const shuffled = shuffle(pool);
  return UNITS.map((u) => fixed.get(u.name) ?? shuffled.pop()!);
}

const OLD_FULL: Record<Level, string> = {
  excellent: 'Trong sạch, vững mạnh',
  good: 'Hoàn thành tốt nhiệm vụ',
  pass: 'Hoàn thành nhiệm vụ',
  fail: 'Yếu kém',
};
const NEW_FULL: Record<Level, string> = {
  excellent: 'Hoàn thành xuất sắc nhiệm vụ',
  good: 'Hoàn thành tốt nhiệm vụ',
  pass: 'Hoàn thành nhiệm vụ',
  fail: 'Không hoàn thành nhiệm vụ',
};
const NEW_ABBR: Record<Level, string> = {
  excellent: 'HTXSNV',
  good: 'HTTNV',
  pass: 'HTNV',
  fail: 'KHTNV',
};
const NEW_SHORT: Record<Level, string> = {
  excellent: 'Xuất sắc',
  good: 'Tốt',
  pass: 'HT',
  fail: 'Không HT',
};

// ---------------------------------------------------------------- sheet helpers

const THIN = { style: 'thin' as const };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function put(
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
const ref = (row: number, col: number) => a1(row - 1, col - 1);

function mergeTitle(
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

function signature(
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

// ---------------------------------------------------------------- rating lists

interface ListLayout {
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

interface WrittenList {
  rows: Map<number, number>; // unit index → sheet row
  nextRow: number;
  levels: Level[];
}

function writeRatingList(wb: ExcelJS.Workbook, L: ListLayout): WrittenList {
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

function countLevels(levels: (Level | null)[]): Counts {
  const c: Counts = { excellent: 0, good: 0, pass: 0, fail: 0 };
  for (const lv of levels) if (lv) c[lv]++;
  return c;
}

const TITLE = (year: number) =>
  `BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM ${year}`;
const idx = (name: string) => UNITS.findIndex((u) => u.name === name);

function addLegacy2016(wb: ExcelJS.Workbook): void {
  const sheet = 'Năm 2016';
  const w = writeRatingList(wb, {
    sheet,
    year: 2016,
    scheme: 'pre-2018',
    col0: 1,
    headerRow: 5,
    headers: ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại', 'Ghi chú'],
    nameCol: 2,
    gradeCol: 3,
    noteCol: 4,
    // TCVN3 has no toned capitals: the board typed titles in a capitals font or in mixed case.
    titleRows: [
      { row: 1, text: 'Huyện ủy Hữu Lũng - Ban Tổ chức' },
      { row: 3, text: 'Bảng tổng hợp kết quả đánh giá, xếp loại tổ chức cơ sở đảng năm 2016' },
    ],
    gradeText: (lv) => OLD_FULL[lv],
    groupTitles: ['Đảng bộ xã, thị trấn', 'Đảng bộ, chi bộ cơ quan, đơn vị'],
    font: '.VnTime',
    encode: encodeTcvn3,
    widths: [6, 44, 30, 22],
  });
  const ws = wb.getWorksheet(sheet)!;
  signature(ws, w.nextRow + 1, 3, '.VnTime', encodeTcvn3);
  ratings['2016'] = { scheme: 'pre-2018', sheet, counts: countLevels(w.levels) };
  issues.push({
    rule: 'encoding.legacy',
    sheet,
    cell: 'A1',
    note: 'The whole sheet is typed in TCVN3 with .VnTime: "Hßa S¬n" reads Hòa Sơn.',
  });
}

function add2017(wb: ExcelJS.Workbook): void {
  const sheet = 'Năm 2017';
  const w = writeRatingList(wb, {
    sheet,
    year: 2017,
    scheme: 'pre-2018',
    col0: 1,
    headerRow: 5,
    headers: ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại', 'Ghi chú'],
    nameCol: 2,
    gradeCol: 3,
    noteCol: 4,
    titleRows: [
      { row: 1, text: 'HUYỆN ỦY HỮU LŨNG - BAN TỔ CHỨC' },
      { row: 3, text: TITLE(2017) },
    ],
    gradeText: (lv, i) => (lv === 'excellent' && i % 2 === 0 ? 'TSVM' : OLD_FULL[lv]),
    widths: [6, 46, 30, 24],
  });
  signature(wb.getWorksheet(sheet)!, w.nextRow + 1, 3);
  ratings['2017'] = { scheme: 'pre-2018', sheet, counts: countLevels(w.levels) };
}

function add2018(wb: ExcelJS.Workbook): void {
  const sheet = '2018';
  const blankUnit = idx('Chi bộ Phòng Nội vụ');
  const w = writeRatingList(wb, {
    sheet,
    year: 2018,
    scheme: '2018',
    col0: 1,
    headerRow: 7,
    headers: ['STT', 'Tên TCCSĐ', 'Loại hình', 'Số đảng viên', 'Xếp loại', 'Ghi chú'],
    nameCol: 2,
    gradeCol: 5,
    noteCol: 6,
    extra: (u, i) => ({
      3: u.group === 'I' ? 'Xã, thị trấn' : 'Cơ quan',
      4: 20 + ((i * 37) % 180),
    }),
    titleRows: [
      { row: 1, text: 'HUYỆN ỦY HỮU LŨNG' },
      { row: 2, text: 'BAN TỔ CHỨC' },
      { row: 4, text: `${TITLE(2018)}` },
      { row: 5, text: '(Theo Quy định 132-QĐ/TW ngày 08/3/2018)' },
    ],
    gradeText: (lv, i) => (i % 3 === 0 ? NEW_FULL[lv] : NEW_ABBR[lv]),
    nameText: (u) => (u.commune === 'Hòa Sơn' ? 'Đảng bộ xã Hoà Sơn' : u.name),
    widths: [6, 46, 14, 10, 30, 24],
  });
  const ws = wb.getWorksheet(sheet)!;
  if (w.levels[blankUnit] !== 'good') throw new Error('2018 blank grade must hide a good unit');
  const blankRow = w.rows.get(blankUnit)!;
  ws.getCell(blankRow, 5).value = null;
  signature(ws, w.nextRow + 2, 5);
  const levels: (Level | null)[] = [...w.levels];
  levels[blankUnit] = null;
  ratings['2018'] = { scheme: '2018', sheet, counts: countLevels(levels) };
  issues.push({ rule: 'grade.blank', sheet, cell: ref(blankRow, 5), note: 'No grade typed.' });
  issues.push({
    rule: 'unit.name-variant',
    sheet,
    cell: ref(w.rows.get(idx('Đảng bộ xã Hòa Sơn'))!, 2),
    note: '"Hoà Sơn" (mark on a) is the usual "Hòa Sơn".',
  });
}

function add2019(wb: ExcelJS.Workbook): void {
  const sheet = 'XL 2019';
  const unknownUnit = idx('Chi bộ Kho bạc Nhà nước');
  const w = writeRatingList(wb, {
    sheet,
    year: 2019,
    scheme: '2018',
    col0: 2,
    headerRow: 6,
    headers: ['STT', 'Tên tổ chức cơ sở đảng', 'Kết quả xếp loại', 'Ghi chú'],
    nameCol: 3,
    gradeCol: 4,
    noteCol: 5,
    titleRows: [
      { row: 2, text: 'ĐẢNG BỘ HUYỆN HỮU LŨNG' },
      { row: 3, text: `KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG TCCSĐ NĂM 2019` },
    ],
    gradeText: (lv, i) => (i % 4 === 1 ? NEW_FULL[lv] : NEW_SHORT[lv]),
    nameText: (u) => {
      if (u.commune === 'Hòa Sơn') return 'xã Hòa Sơn';
      // typed on a Windows Vietnamese keyboard: decomposed Unicode
      if (u.commune === 'Yên Thịnh') return u.name.normalize('NFD');
      return u.name;
    },
    widths: [6, 46, 30, 24],
  });
  const ws = wb.getWorksheet(sheet)!;
  ws.getColumn(1).width = 3;
  if (w.levels[unknownUnit] !== 'good') throw new Error('2019 unknown grade must hide a good unit');
  const row = w.rows.get(unknownUnit)!;
  ws.getCell(row, 4).value = 'Khá';
  signature(ws, w.nextRow + 1, 4);
  const levels: (Level | null)[] = [...w.levels];
  levels[unknownUnit] = null;
  ratings['2019'] = { scheme: '2018', sheet, counts: countLevels(levels) };
  issues.push({ rule: 'grade.unknown', sheet, cell: ref(row, 4), note: '"Khá" is no grade.' });
  issues.push({
    rule: 'unit.name-variant',
    sheet,
    cell: ref(w.rows.get(idx('Đảng bộ xã Hòa Sơn'))!, 3),
    note: '"xã Hòa Sơn" without "Đảng bộ".',
  });
  issues.push({
    rule: 'unit.name-variant',
    sheet,
    cell: ref(w.rows.get(idx('Đảng bộ xã Yên Thịnh'))!, 3),
    note: 'Typed decomposed (NFD).',
  });
}

function add2020(wb: ExcelJS.Workbook): void {
  const sheet = 'XL2020';
  const w = writeRatingList(wb, {
    sheet,
    year: 2020,
    scheme: '2018',
    col0: 1,
    headerRow: 4,
    headers: ['STT', 'Tổ chức cơ sở đảng', 'Xếp loại năm 2020', 'Ghi chú'],
    nameCol: 2,
    gradeCol: 3,
    noteCol: 4,
    titleRows: [{ row: 2, text: `DANH SÁCH XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2020` }],
    gradeText: (lv) => NEW_FULL[lv],
    widths: [6, 46, 32, 30],
  });
  const ws = wb.getWorksheet(sheet)!;
  const counts = countLevels(w.levels);
  const r = w.nextRow;
  put(ws, r, 1, null, { box: true });
  put(ws, r, 2, 'Tổng cộng: 58 TCCSĐ', { bold: true, box: true });
  put(ws, r, 3, null, { box: true });
  put(ws, r, 4, `${counts.excellent} HTXSNV, ${counts.good} HTTNV, ${counts.pass} HTNV`, {
    bold: true,
    box: true,
  });
  signature(ws, r + 2, 3);
  ratings['2020'] = { scheme: '2018', sheet, counts };
}

function add2021(wb: ExcelJS.Workbook): void {
  const sheet = 'Năm 2021';
  const dupUnit = idx('Chi bộ Chi cục Thuế');
  const spaced = idx('Đảng bộ xã Minh Sơn');
  const w = writeRatingList(wb, {
    sheet,
    year: 2021,
    scheme: '2018',
    col0: 1,
    headerRow: 6,
    headers: ['STT', 'Tên tổ chức cơ sở đảng', 'Đơn vị tự xếp loại', 'Xếp loại', 'Ghi chú'],
    nameCol: 2,
    gradeCol: 4,
    noteCol: 5,
    extra: () => ({ 3: 'HTTNV' }),
    titleRows: [
      { row: 1, text: 'HUYỆN ỦY HỮU LŨNG' },
      { row: 3, text: TITLE(2021) },
    ],
    gradeText: (lv, i) => (i % 2 === 0 ? NEW_ABBR[lv] : NEW_FULL[lv]),
    nameText: (u, i) => (i === spaced ? 'Đảng bộ xã  Minh Sơn' : u.name),
    widths: [6, 46, 14, 30, 24],
  });
  const ws = wb.getWorksheet(sheet)!;
  // The "Đơn vị tự xếp loại" column is what units said of themselves; the board's grade is column D.
  // A late addition at the end of the list, typed again with another grade.
  const r = w.nextRow;
  const other: Level = w.levels[dupUnit] === 'excellent' ? 'good' : 'excellent';
  put(ws, r, 1, 59, { box: true, center: true });
  put(ws, r, 2, UNITS[dupUnit]!.name, { box: true });
  put(ws, r, 3, 'HTXSNV', { box: true, center: true });
  put(ws, r, 4, NEW_FULL[other], { box: true });
  put(ws, r, 5, 'Bổ sung', { box: true });
  signature(ws, r + 2, 4);
  ratings['2021'] = { scheme: '2018', sheet, counts: countLevels(w.levels) };
  issues.push({
    rule: 'unit.duplicate',
    sheet,
    cell: ref(r, 2),
    note: 'Listed twice; the first row counts.',
  });
  issues.push({
    rule: 'unit.name-variant',
    sheet,
    cell: ref(w.rows.get(spaced)!, 2),
    note: 'Two spaces in "xã  Minh Sơn".',
  });
}

// ---------------------------------------------------------------- summary

function addSummary(wb: ExcelJS.Workbook): void {
  const sheet = 'Tổng hợp XL';
  const ws = wb.addWorksheet(sheet);
  mergeTitle(ws, 1, 1, 10, 'TỔNG HỢP KẾT QUẢ XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG GIAI ĐOẠN 2017 - 2021');
  put(
    ws,
    2,
    1,
    '(Năm 2017 xếp loại theo Hướng dẫn 27-HD/BTCTW: cột "xuất sắc" ghi số "Trong sạch, vững mạnh")',
  );
  ws.mergeCells('A2:J2');
  const h1 = 4;
  const h2 = 5;
  put(ws, h1, 1, 'Năm', { bold: true, box: true, center: true });
  ws.mergeCells(h1, 1, h2, 1);
  const grades = NEW_FULL;
  (['excellent', 'good', 'pass', 'fail'] as Level[]).forEach((lv, k) => {
    const c = 2 + 2 * k;
    put(ws, h1, c, grades[lv], { bold: true, box: true, center: true });
    ws.mergeCells(h1, c, h1, c + 1);
    put(ws, h2, c, 'SL', { bold: true, box: true, center: true });
    put(ws, h2, c + 1, k % 2 === 0 ? 'Tỷ lệ' : '%', { bold: true, box: true, center: true });
  });
  put(ws, h1, 10, 'Tổng số', { bold: true, box: true, center: true });
  ws.mergeCells(h1, 10, h2, 10);
  ws.getColumn(1).width = 8;
  for (let c = 2; c <= 10; c++) ws.getColumn(c).width = c % 2 === 0 ? 14 : 9;
  ws.getRow(h1).height = 45;

  const years = [2017, 2018, 2019, 2020, 2021];
  years.forEach((year, k) => {
    const r = h2 + 1 + k;
    const listed = ratings[String(year)]!.counts;
    let counts = { ...listed };
    let total = 58;
    if (year === 2019) counts = { ...counts, good: counts.good + 1 }; // still counts "Khá" as good
    put(ws, r, 1, year, { box: true, center: true });
    (['excellent', 'good', 'pass', 'fail'] as Level[]).forEach((lv, j) => {
      const c = 2 + 2 * j;
      put(ws, r, c, counts[lv], { box: true, center: true });
      const share = (counts[lv] / total) * 100;
      // 2017–2019 typed as true percentages with a % format; 2020–2021 as percent points.
      if (year <= 2019)
        put(ws, r, c + 1, Math.round(share * 10) / 1000, {
          box: true,
          center: true,
          numFmt: '0.0%',
        });
      else
        put(ws, r, c + 1, Math.round(share * 10) / 10, { box: true, center: true, numFmt: '0.0' });
    });
    put(ws, r, 10, total, { box: true, center: true });
    if (year === 2018) {
      // The blank grade was left out of the counts but the total still says 58.
      total = 58;
      issues.push({
        rule: 'total.mismatch',
        sheet,
        row: r,
        note: `Counts add up to ${listed.excellent + listed.good + listed.pass + listed.fail}, total says 58.`,
      });
    }
    if (year === 2019)
      issues.push({
        rule: 'summary.list-mismatch',
        sheet,
        row: r,
        note: `HTTNV ${counts.good} here, ${listed.good} in the list ("Khá" is no grade).`,
      });
    if (year === 2020) {
      // The article's 18.9%: 11/58 is 18.97%, so one decimal shows 19.0.
      ws.getCell(r, 3).value = 18.9;
      issues.push({
        rule: 'percent.mismatch',
        sheet,
        cell: ref(r, 3),
        note: '11/58 = 19.0%, typed 18.9.',
      });
    }
    if (year === 2021) {
      ws.getCell(r, 6).value = `${counts.pass} `;
      issues.push({
        rule: 'value.not-number',
        sheet,
        cell: ref(r, 6),
        note: 'Count typed as text "4 ".',
      });
      ws.getCell(r, 9).value = { formula: `H${r}/L${r}`, result: { error: '#DIV/0!' } };
      issues.push({
        rule: 'value.formula-error',
        sheet,
        cell: ref(r, 9),
        note: 'A percentage formula divides by the empty L column.',
      });
    }
  });
  const notes = h2 + 1 + years.length + 1;
  put(
    ws,
    notes,
    1,
    'Ghi chú: năm 2020 có 11/58 TCCSĐ hoàn thành xuất sắc nhiệm vụ (theo báo cáo ghi 18,9%).',
  );
  signature(ws, notes + 2, 8);
}

// ---------------------------------------------------------------- member list

const FAMILY = ['Nguyễn', 'Hoàng', 'Lương', 'Vi', 'Hà', 'Lê', 'Trần', 'Phạm', 'Lăng', 'Chu'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Thanh', 'Minh', 'Thu', 'Hữu', 'Ngọc'];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dung',
  'Giang',
  'Hà',
  'Hùng',
  'Lan',
  'Long',
  'Mai',
  'Nam',
  'Phúc',
  'Quân',
  'Thảo',
  'Tuấn',
  'Yến',
];

function personName(): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  return `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
}

function addMemberList(wb: ExcelJS.Workbook): void {
  const sheet = 'Đảng viên 2020';
  const ws = wb.addWorksheet(sheet);
  mergeTitle(ws, 1, 1, 4, 'DANH SÁCH ĐÁNH GIÁ, XẾP LOẠI ĐẢNG VIÊN NĂM 2020');
  put(ws, 2, 1, '(Một số tổ chức cơ sở đảng, trích)');
  ws.mergeCells('A2:D2');
  const hr = 4;
  ['STT', 'Họ và tên', 'Chi bộ / Đảng bộ', 'Xếp loại'].forEach((h, i) =>
    put(ws, hr, 1 + i, h, { bold: true, box: true, center: true }),
  );
  [6, 28, 36, 32].forEach((w, i) => (ws.getColumn(1 + i).width = w));
  // Hòa Sơn: 6 excellent against 24 good, more than 20% (at most 4).
  const orgs: { org: string; counts: Counts; exempt: number }[] = [
    { org: 'Đảng bộ xã Hòa Sơn', counts: { excellent: 6, good: 24, pass: 3, fail: 0 }, exempt: 2 },
    {
      org: 'Đảng bộ xã Thiện Tân',
      counts: { excellent: 4, good: 21, pass: 4, fail: 1 },
      exempt: 1,
    },
    {
      org: 'Chi bộ Trạm Y tế xã Hòa Bình',
      counts: { excellent: 1, good: 9, pass: 1, fail: 0 },
      exempt: 0,
    },
  ];
  let r = hr + 1;
  let stt = 0;
  for (const o of orgs) {
    const first = r;
    const grades: string[] = [];
    for (const lv of ['excellent', 'good', 'pass', 'fail'] as Level[])
      for (let i = 0; i < o.counts[lv]; i++) grades.push(i % 3 === 2 ? NEW_ABBR[lv] : NEW_FULL[lv]);
    for (let i = 0; i < o.exempt; i++) grades.push('Miễn đánh giá');
    for (const g of shuffle(grades)) {
      stt++;
      put(ws, r, 1, stt, { box: true, center: true });
      put(ws, r, 2, personName(), { box: true });
      put(ws, r, 3, o.org, { box: true });
      put(ws, r, 4, g, { box: true });
      r++;
    }
    const max = Math.floor(o.counts.good * 0.2);
    if (o.counts.excellent > max)
      issues.push({
        rule: 'grade.excellent-cap',
        sheet,
        cell: ref(first, 3),
        note: `${o.org}: ${o.counts.excellent} excellent, at most ${max} (20% of ${o.counts.good} good).`,
      });
  }
  signature(ws, r + 1, 4);
}

// ---------------------------------------------------------------- meeting register

interface CellPlan {
  commune: string;
  cell: string;
  members: number;
  /** How months are marked in this cell's rows. */
  style: 'x' | 'date' | 'count';
}

const CELLS: CellPlan[] = [
  { commune: 'Hòa Sơn', cell: 'Chi bộ thôn Đồng Mười', members: 18, style: 'x' },
  { commune: 'Hòa Sơn', cell: 'Chi bộ thôn Làng Cả', members: 22, style: 'count' },
  { commune: 'Hòa Bình', cell: 'Chi bộ thôn Bãi Lạn', members: 15, style: 'date' },
  { commune: 'Hòa Bình', cell: 'Chi bộ thôn Suối Tráng', members: 20, style: 'x' },
  { commune: 'Yên Thịnh', cell: 'Chi bộ thôn Đồng Dinh', members: 16, style: 'x' },
  { commune: 'Yên Thịnh', cell: 'Chi bộ thôn Làng Ngọt', members: 20, style: 'count' },
  { commune: 'Thiện Tân', cell: 'Chi bộ thôn Khuân Nhuống', members: 14, style: 'date' },
  { commune: 'Thiện Tân', cell: 'Chi bộ thôn Đồng Bụt', members: 19, style: 'x' },
  { commune: 'Đồng Tiến', cell: 'Chi bộ thôn Đồng Mạ', members: 21, style: 'x' },
  { commune: 'Đồng Tiến', cell: 'Chi bộ thôn Khuôn Vạc', members: 17, style: 'count' },
];

function addRegister(wb: ExcelJS.Workbook): void {
  const sheet = 'Sổ SH chi bộ';
  const ws = wb.addWorksheet(sheet);
  // A: STT, B: Năm, C: Chi bộ, D: Đảng bộ xã, E: Số đảng viên, F..Q: T1..T12, R..U: Quý I..IV, V: Ghi chú
  const C_MONTH = 6;
  const C_Q = 18;
  const C_NOTE = 22;
  mergeTitle(ws, 1, 1, C_NOTE, 'SỔ THEO DÕI SINH HOẠT CHI BỘ Ở CÁC XÃ ĐIỂM, 2017 - 2021');
  put(
    ws,
    2,
    1,
    'Tháng có sinh hoạt thường kỳ ghi "x", ngày họp hoặc số đảng viên dự họp; quý ghi số buổi sinh hoạt chuyên đề.',
  );
  ws.mergeCells(2, 1, 2, C_NOTE);
  const h1 = 4;
  const h2 = 5;
  ['STT', 'Năm', 'Chi bộ', 'Đảng bộ xã', 'Số đảng viên'].forEach((h, i) => {
    put(ws, h1, 1 + i, h, { bold: true, box: true, center: true });
    ws.mergeCells(h1, 1 + i, h2, 1 + i);
  });
  put(ws, h1, C_MONTH, 'Sinh hoạt thường kỳ', { bold: true, box: true, center: true });
  ws.mergeCells(h1, C_MONTH, h1, C_MONTH + 11);
  put(ws, h1, C_Q, 'Sinh hoạt chuyên đề', { bold: true, box: true, center: true });
  ws.mergeCells(h1, C_Q, h1, C_Q + 3);
  put(ws, h1, C_NOTE, 'Ghi chú', { bold: true, box: true, center: true });
  ws.mergeCells(h1, C_NOTE, h2, C_NOTE);
  for (let m = 0; m < 12; m++)
    put(ws, h2, C_MONTH + m, `T${m + 1}`, { bold: true, box: true, center: true });
  ['Quý I', 'Quý II', 'Quý III', 'Quý IV'].forEach((q, i) =>
    put(ws, h2, C_Q + i, q, { bold: true, box: true, center: true }),
  );
  [5, 7, 28, 12, 9].forEach((w, i) => (ws.getColumn(1 + i).width = w));
  for (let c = C_MONTH; c < C_Q; c++) ws.getColumn(c).width = 6;
  for (let c = C_Q; c < C_NOTE; c++) ws.getColumn(c).width = 7;
  ws.getColumn(C_NOTE).width = 24;

  let r = h2 + 1;
  let stt = 0;
  CELLS.forEach((cp, ci) => {
    for (let year = 2017; year <= 2021; year++) {
      stt++;
      // Before 2019 cells often held only 9–10 regular meetings; from 2019 on, 12 plus 3–4 thematic.
      const held = Array<boolean>(12).fill(true);
      let thematic: (number | null)[] = [1, 1, 1, 1];
      if (year <= 2018 && (ci + year) % 3 === 0) {
        held[6] = false;
        held[7] = false;
        if ((ci + year) % 2 === 0) held[1] = false;
        thematic = [1, 0, 1, 0];
      } else if (year >= 2020 && ci % 3 === 1) {
        thematic = [1, 1, 1, 1];
      } else if (year === 2019 && ci % 4 === 2) {
        thematic = [1, 1, 0, 1];
      }
      if (year >= 2020 && ci % 2 === 0) thematic = thematic.map((t, q) => (q === 1 ? 2 : t)); // some quarters hold two
      const values: ExcelJS.CellValue[] = held.map((h, m) => {
        if (!h) return null;
        if (cp.style === 'x') return 'x';
        if (cp.style === 'date') return new Date(Date.UTC(year, m, 5 + ((m * 3 + ci) % 20)));
        return cp.members - ((m + ci + year) % 3 === 0 ? 1 : 2);
      });
      let note: string | null = null;
      let unknownMonths = 0;
      let noData = false;
      let lowAttendance: number | null = null;
      let invalid: number | null = null;
      // Planted register defects
      if (cp.cell === 'Chi bộ thôn Khuôn Vạc' && year === 2021) {
        // End of year not compiled yet: T10–T12 and Quý IV blank.
        for (const m of [9, 10, 11]) values[m] = null;
        thematic[3] = null;
        note = 'Chưa tổng hợp quý IV';
        noData = true;
      }
      if (cp.cell === 'Chi bộ thôn Làng Cả' && year === 2019) {
        values[3] = 17; // 17 of 22 = 77%
        lowAttendance = 3;
      }
      if (cp.cell === 'Chi bộ thôn Suối Tráng' && year === 2020) {
        values[4] = '?';
        invalid = 4;
        unknownMonths = 1;
      }
      put(ws, r, 1, stt, { box: true, center: true });
      put(ws, r, 2, year, { box: true, center: true });
      put(ws, r, 3, cp.cell, { box: true });
      put(ws, r, 4, cp.commune, { box: true });
      put(ws, r, 5, cp.members, { box: true, center: true });
      values.forEach((v, m) =>
        put(ws, r, C_MONTH + m, v, {
          box: true,
          center: true,
          ...(v instanceof Date ? { numFmt: 'dd/mm' } : {}),
        }),
      );
      thematic.forEach((t, q) => put(ws, r, C_Q + q, t, { box: true, center: true }));
      put(ws, r, C_NOTE, note, { box: true });

      const regular = values.filter((v) => v !== null && v !== '?').length;
      const unknown = unknownMonths + (noData ? 3 : 0);
      const thematicShort = thematic.some((t) => t === 0);
      // Unknown months or quarters decide the answer only if everything known is compliant.
      let compliant: boolean | null;
      if (regular + unknown < 12 || thematicShort) compliant = false;
      else if (unknown > 0 || thematic.includes(null)) compliant = null;
      else compliant = true;
      meetings.push({
        sheet,
        row: r,
        year,
        commune: cp.commune,
        cell: cp.cell,
        members: cp.members,
        regular,
        thematicByQuarter: thematic,
        compliant,
      });
      if (!noData && regular + unknownMonths < 12)
        issues.push({
          rule: 'meeting.regular-short',
          sheet,
          row: r,
          note: `${regular} regular meetings.`,
        });
      thematic.forEach((t, q) => {
        if (t === 0)
          issues.push({
            rule: 'meeting.thematic-short',
            sheet,
            cell: ref(r, C_Q + q),
            note: `No thematic meeting in quarter ${q + 1}.`,
          });
      });
      if (noData)
        issues.push({
          rule: 'meeting.no-data',
          sheet,
          row: r,
          note: 'T10–T12 and Quý IV not compiled yet.',
        });
      if (lowAttendance !== null)
        issues.push({
          rule: 'meeting.attendance-low',
          sheet,
          cell: ref(r, C_MONTH + lowAttendance),
          note: `17 of ${cp.members} attended.`,
        });
      if (invalid !== null)
        issues.push({
          rule: 'meeting.invalid-mark',
          sheet,
          cell: ref(r, C_MONTH + invalid),
          note: '"?" is not a mark.',
        });
      r++;
    }
  });
  signature(ws, r + 1, 18);
}

// ---------------------------------------------------------------- intro sheet and main

function addIntro(wb: ExcelJS.Workbook): void {
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

async function main(): Promise<void> {
  verifyTcvn3Encoder();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Bảng Kiểm (scripts/make-sample.ts)';
  wb.lastModifiedBy = 'Bảng Kiểm';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.title = 'Bảng Kiểm - tệp mẫu (dữ liệu giả lập)';
  wb.description = SYNTHETIC_NOTE;
  addIntro(wb);
  addLegacy2016(wb);
  add2017(wb);
  add2018(wb);
  add2019(wb);
  add2020(wb);
  add2021(wb);
  addSummary(wb);
  addMemberList(wb);
  addRegister(wb);

  mkdirSync(OUT_DIR, { recursive: true });
  const buffer = await wb.xlsx.writeBuffer();
  writeFileSync(path.join(OUT_DIR, FILE), Buffer.from(buffer as ArrayBuffer));
  const key = {
    file: FILE,
    note: SYNTHETIC_NOTE,
    issues: issues.map(({ note, ...rest }) => ({ ...rest, note })),
    ratings,
    meetings,
  };
  writeFileSync(path.join(OUT_DIR, 'bang-kiem-mau.key.json'), JSON.stringify(key, null, 1) + '\n');
  console.log(
    `wrote samples/${FILE}: ${issues.length} planted issues, ${meetings.length} register rows`,
  );
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
