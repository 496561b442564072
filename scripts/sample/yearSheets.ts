/** The six yearly rating lists (2016 in TCVN3 to 2021), each with its planted defects. */
import type ExcelJS from 'exceljs';
import { put, ref, signature } from './cells';
import { issues, ratings, type Level } from './key';
import { countLevels, idx, TITLE, writeRatingList } from './ratingList';
import { encodeTcvn3 } from './tcvn3';
import { NEW_ABBR, NEW_FULL, NEW_SHORT, OLD_FULL, UNITS } from './units';

export function addLegacy2016(wb: ExcelJS.Workbook): void {
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

export function add2017(wb: ExcelJS.Workbook): void {
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

export function add2018(wb: ExcelJS.Workbook): void {
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

export function add2019(wb: ExcelJS.Workbook): void {
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

export function add2020(wb: ExcelJS.Workbook): void {
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

export function add2021(wb: ExcelJS.Workbook): void {
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
