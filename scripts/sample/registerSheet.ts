/** The pilot communes' meeting register, with the compliance the key expects. */
import type ExcelJS from 'exceljs';
import { mergeTitle, put, ref, signature } from './cells';
import { issues, meetings } from './key';

export interface CellPlan {
  commune: string;
  cell: string;
  members: number;
  /** How months are marked in this cell's rows. */
  style: 'x' | 'date' | 'count';
}

export const CELLS: CellPlan[] = [
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

export function addRegister(wb: ExcelJS.Workbook): void {
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
