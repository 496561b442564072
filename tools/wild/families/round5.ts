/**
 * Round 5 of the independent layouts (issue #10): meeting registers, meeting logs, member lists
 * and software exports, written like rounds 1–3 from docs/, the domain brief and tools/wild only,
 * never from the engine. Registers as the new communes' staff keep them after July 2025 (villages
 * and residential groups), as party-member apps export them, and as hand-kept sheets drift:
 * two rows per cell, months headed by dates, attendance as shares or "27/31", reasons typed in
 * month cells, counts per month, a sheet per cell, several years in one table.
 */
import { Workbook, type Worksheet } from 'exceljs';
import { tally, type DefectKey, type Family, type MeetingKey } from '../key';
import type { Rng } from '../../random';
import { addr, bodyCell, colLetter, headerRow, line, put, titleBlock, widths } from '../sheetKit';
import {
  communeCells,
  COMMUNES,
  GRADE_FULL_2018,
  gradeStyle,
  NEW_COMMUNES,
  VILLAGES,
  type Level,
} from '../vocabulary';

export const ROMAN = ['I', 'II', 'III', 'IV'];

export const NOT_HELD = [
  'Hoãn',
  'Không SH (lụt)',
  'Không SH',
  'Hoãn (mưa bão)',
  'không sinh hoạt',
  'Không SH - dịch bệnh',
];

export const TOPICS = [
  'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  'Công tác phát triển đảng viên',
  'Xây dựng nông thôn mới nâng cao',
  'Chuyển đổi số ở cơ sở',
  'Phòng, chống tham nhũng, tiêu cực',
  'Triển khai Nghị quyết Đại hội Đảng bộ xã',
  'Sắp xếp tổ chức bộ máy sau hợp nhất',
];

/** One party cell's year as a register records it. */
export interface CellYear {
  name: string;
  members: number;
  held: boolean[];
  /** Thematic meetings held per quarter. */
  thematic: number[];
}

export interface Planted {
  cells: CellYear[];
  short: number;
  noThematic: number;
}

/** Cells meeting every month and every quarter, one short of a month and one short of a quarter. */
export function plantCells(rng: Rng, names: readonly string[]): Planted {
  const cells: CellYear[] = names.map((name) => ({
    name,
    members: rng.int(9, 42),
    held: Array.from({ length: 12 }, () => true),
    thematic: Array.from({ length: 4 }, () => (rng.chance(0.85) ? 1 : 2)),
  }));
  const short = rng.chance(0.6) ? rng.int(0, cells.length - 1) : -1;
  if (short >= 0) (cells[short] as CellYear).held[rng.int(1, 10)] = false;
  const noThematic = rng.chance(0.5) ? rng.int(0, cells.length - 1) : -1;
  if (noThematic >= 0) (cells[noThematic] as CellYear).thematic[rng.int(0, 3)] = 0;
  return { cells, short, noThematic };
}

export function regularOf(c: CellYear): number {
  return c.held.filter(Boolean).length;
}

export function keyOf(sheet: string, row: number, year: number, c: CellYear): MeetingKey {
  const regular = regularOf(c);
  return {
    sheet,
    row,
    year,
    regular,
    compliant: regular >= 12 && c.thematic.every((t) => t >= 1),
  };
}

/** The register-row defects a cell's year carries, keyed at its row. */
export function rowDefects(sheet: string, row: number, p: Planted, i: number): DefectKey[] {
  const out: DefectKey[] = [];
  const c = p.cells[i] as CellYear;
  if (i === p.short)
    out.push({ rule: 'meeting.regular-short', sheet, row, what: `${regularOf(c)} regular` });
  if (i === p.noThematic)
    out.push({ rule: 'meeting.thematic-short', sheet, row, what: 'a quarter without thematic' });
  return out;
}

/** Cells of a commune formed in the July 2025 mergers: villages, residential groups, schools. */
export function newCommuneCells(rng: Rng, n: number): string[] {
  const villages = rng
    .sample(VILLAGES, Math.min(n, VILLAGES.length))
    .map((v) => (rng.chance(0.3) ? `Chi bộ tổ dân phố ${v}` : `Chi bộ thôn ${v}`));
  return [...villages, 'Chi bộ Trường THCS', 'Chi bộ Trạm Y tế'].slice(0, n);
}

export function dayText(d: Date): string {
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
}

export function mark(rng: Rng): string {
  return rng.pick(['x', 'x', 'X', 'x ']);
}

/** Two rows per cell: "Thường kỳ" with a mark per month, "Chuyên đề" marking the months a thematic meeting was held. */
const registerTwoRows: Family = {
  name: 'register-two-rows',
  about:
    'two rows per cell under one merged name: "Thường kỳ" marks each month, "Chuyên đề" marks the month of each quarter\'s thematic meeting; a "Cộng" column',
  make(rng) {
    const year = rng.int(2021, 2025);
    const wb = new Workbook();
    const sheet = rng.pick([`Theo dõi SH ${year}`, 'SH chi bo', `Sổ SH ${year}`]);
    const ws = wb.addWorksheet(sheet);
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: 'THEO DÕI SINH HOẠT THƯỜNG KỲ VÀ CHUYÊN ĐỀ CỦA CÁC CHI BỘ',
      width: 16,
    });
    const kindLabel = rng.pick(['Loại sinh hoạt', 'Hình thức', 'Nội dung']);
    headerRow(ws, r, 1, ['TT', 'Chi bộ', kindLabel, 'Tháng', ...Array(11).fill(null), 'Cộng']);
    ws.mergeCells(r, 4, r, 15);
    headerRow(
      ws,
      r + 1,
      4,
      Array.from({ length: 12 }, (_, m) => m + 1),
    );
    for (const c of [1, 2, 3, 16]) ws.mergeCells(r, c, r + 1, c);
    r += 2;
    const p = plantCells(rng, communeCells(rng, rng.int(5, 10)));
    const [regWord, thWord] = rng.pick([
      ['Thường kỳ', 'Chuyên đề'],
      ['SH thường kỳ', 'SH chuyên đề'],
      ['TK', 'CĐ'],
    ] as const);
    const meetings: MeetingKey[] = [];
    const defects: DefectKey[] = [];
    p.cells.forEach((c, i) => {
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, c.name);
      ws.mergeCells(r, 1, r + 1, 1);
      ws.mergeCells(r, 2, r + 1, 2);
      bodyCell(ws, r, 3, regWord);
      bodyCell(ws, r + 1, 3, thWord);
      c.held.forEach((h, m) => bodyCell(ws, r, 4 + m, h ? mark(rng) : null));
      const thMonths = new Set<number>();
      c.thematic.forEach((t, q) => {
        const months = rng.sample([0, 1, 2], t).map((k) => q * 3 + k);
        for (const m of months) thMonths.add(m);
      });
      for (let m = 0; m < 12; m++) bodyCell(ws, r + 1, 4 + m, thMonths.has(m) ? mark(rng) : null);
      for (const rr of [r, r + 1])
        bodyCell(ws, rr, 16, {
          formula: `COUNTA(D${rr}:O${rr})`,
          result: rr === r ? regularOf(c) : thMonths.size,
        });
      meetings.push(keyOf(sheet, r, year, c));
      defects.push(...rowDefects(sheet, r, p, i));
      r += 2;
    });
    widths(ws, [5, 28, 12, ...Array(12).fill(5), 7]);
    return {
      workbook: wb,
      key: {
        family: 'register-two-rows',
        variant: regWord,
        years: [],
        defects,
        meetings,
        unsure: false,
      },
    };
  },
};

/** Months headed "T1/2023", "01/2023" or by a real date (the month's first day). */
const registerMonthDates: Family = {
  name: 'register-month-dates',
  about:
    'months headed "T1/2023", "01/2023" or by a date formatted mm/yyyy; thematic quarters headed "Quý I/2023" marked x; no STT',
  make(rng) {
    const year = rng.int(2021, 2025);
    const wb = new Workbook();
    const sheet = rng.pick(['Sinh hoat', `SHCB_${year}`, 'Bảng theo dõi']);
    const ws = wb.addWorksheet(sheet);
    const form = rng.pick(['T', 'mm', 'date'] as const);
    let r = 1;
    line(
      ws,
      r++,
      1,
      18,
      `BẢNG THEO DÕI SINH HOẠT CHI BỘ - ĐẢNG BỘ XÃ ${rng.pick(NEW_COMMUNES).toUpperCase()}`,
      {
        bold: true,
      },
    );
    r++;
    const months = Array.from({ length: 12 }, (_, m) =>
      form === 'T'
        ? `T${m + 1}/${year}`
        : form === 'mm'
          ? `${String(m + 1).padStart(2, '0')}/${year}`
          : new Date(Date.UTC(year, m, 1)),
    );
    headerRow(ws, r, 1, [
      'Tên chi bộ',
      'Số đảng viên',
      ...months.map((m) => (m instanceof Date ? null : m)),
      ...ROMAN.map((q) => `CĐ Quý ${q}/${year}`),
      'Ghi chú',
    ]);
    months.forEach((m, i) => {
      if (m instanceof Date) {
        put(ws, r, 3 + i, m, { bold: true, border: true, center: true });
        ws.getCell(r, 3 + i).numFmt = 'mm/yyyy';
      }
    });
    r++;
    const p = plantCells(rng, newCommuneCells(rng, rng.int(6, 12)));
    const meetings: MeetingKey[] = [];
    const defects: DefectKey[] = [];
    p.cells.forEach((c, i) => {
      bodyCell(ws, r, 1, c.name);
      bodyCell(ws, r, 2, c.members);
      c.held.forEach((h, m) => bodyCell(ws, r, 3 + m, h ? mark(rng) : null));
      c.thematic.forEach((t, q) => bodyCell(ws, r, 15 + q, t > 0 ? mark(rng) : null));
      bodyCell(ws, r, 19, i === p.short ? 'Thiếu 1 buổi thường kỳ' : null);
      meetings.push(keyOf(sheet, r, year, c));
      defects.push(...rowDefects(sheet, r, p, i));
      r++;
    });
    widths(ws, [28, 8, ...Array(12).fill(9), 11, 11, 11, 11, 20]);
    return {
      workbook: wb,
      key: {
        family: 'register-month-dates',
        variant: form,
        years: [],
        defects,
        meetings,
        unsure: false,
      },
    };
  },
};

/** Months holding the share of members attending ("96%", 0.96 as %), a reason where the cell did not meet. */
const registerAttendanceShare: Family = {
  name: 'register-attendance-share',
  about:
    'months holding the share attending ("96%", "96,7%" or 0.96 formatted %) beside "Số ĐV"; a month not held holds a reason ("Hoãn", "Không SH (lụt)"); a low month',
  make(rng) {
    const year = rng.int(2020, 2025);
    const wb = new Workbook();
    const sheet = rng.pick(['Ty le du SH', `Tỷ lệ dự ${year}`, 'Chất lượng SH']);
    const ws = wb.addWorksheet(sheet);
    const asText = rng.chance(0.5);
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: 'TỶ LỆ ĐẢNG VIÊN DỰ SINH HOẠT CHI BỘ',
      width: 19,
    });
    headerRow(ws, r, 1, [
      'STT',
      'Chi bộ',
      'Số ĐV',
      'Tỷ lệ đảng viên dự sinh hoạt thường kỳ (%)',
      ...Array(11).fill(null),
      'SH chuyên đề',
      null,
      null,
      null,
    ]);
    ws.mergeCells(r, 4, r, 15);
    ws.mergeCells(r, 16, r, 19);
    headerRow(ws, r + 1, 4, [
      ...Array.from({ length: 12 }, (_, m) => `Tháng ${m + 1}`),
      ...ROMAN.map((q) => `Quý ${q}`),
    ]);
    for (const c of [1, 2, 3]) ws.mergeCells(r, c, r + 1, c);
    r += 2;
    const p = plantCells(rng, communeCells(rng, rng.int(5, 11)));
    const low = rng.chance(0.5) ? rng.int(0, p.cells.length - 1) : -1;
    const meetings: MeetingKey[] = [];
    const defects: DefectKey[] = [];
    p.cells.forEach((c, i) => {
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, c.name);
      bodyCell(ws, r, 3, c.members);
      const lowMonth = rng.int(0, 11);
      c.held.forEach((h, m) => {
        const col = 4 + m;
        if (!h) return bodyCell(ws, r, col, rng.pick(NOT_HELD));
        let attending = rng.int(Math.ceil(c.members * 0.9), c.members);
        if (i === low && m === lowMonth) {
          attending = Math.floor(c.members * 0.75);
          defects.push({
            rule: 'meeting.attendance-low',
            sheet,
            row: r,
            cell: addr(r, col),
            what: `${attending}/${c.members}`,
          });
        }
        const share = attending / c.members;
        if (asText) {
          const pct = Math.round(share * 1000) / 10;
          bodyCell(ws, r, col, `${String(pct).replace('.', ',')}%`);
        } else {
          bodyCell(ws, r, col, Math.round(share * 1000) / 1000);
          ws.getCell(r, col).numFmt = '0%';
        }
      });
      c.thematic.forEach((t, q) => bodyCell(ws, r, 16 + q, t > 0 ? t : null));
      meetings.push(keyOf(sheet, r, year, c));
      defects.push(...rowDefects(sheet, r, p, i));
      r++;
    });
    widths(ws, [5, 28, 7, ...Array(12).fill(7), 6, 6, 6, 6]);
    return {
      workbook: wb,
      key: {
        family: 'register-attendance-share',
        variant: asText ? 'text %' : 'number %',
        years: [],
        defects,
        meetings,
        unsure: false,
      },
    };
  },
};

/** Months holding "27/31" (attending of members) as text; no member column. */
const registerFraction: Family = {
  name: 'register-fraction',
  about:
    'months holding "attending/members" typed as text ("27/31"), no member column; a month not held is "-" or a reason; thematic quarters "x"; a low month',
  make(rng) {
    const year = rng.int(2020, 2025);
    const wb = new Workbook();
    const sheet = rng.pick([`SH ${year}`, 'Dự họp', 'Theo doi du hop']);
    const ws = wb.addWorksheet(sheet);
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: 'THEO DÕI SỐ ĐẢNG VIÊN DỰ SINH HOẠT CHI BỘ',
      width: 18,
    });
    headerRow(ws, r, 1, [
      'STT',
      'Tên chi bộ',
      ...Array.from({ length: 12 }, (_, m) => `T${m + 1}`),
      ...ROMAN.map((q) => `SHCĐ Q${ROMAN.indexOf(q) + 1}`),
    ]);
    r++;
    if (rng.chance(0.5)) {
      put(ws, r, 3, '(Ghi: số ĐV dự/tổng số ĐV)', { italic: true });
      ws.mergeCells(r, 3, r, 14);
      r++;
    }
    const p = plantCells(rng, communeCells(rng, rng.int(5, 11)));
    const low = rng.chance(0.5) ? rng.int(0, p.cells.length - 1) : -1;
    const meetings: MeetingKey[] = [];
    const defects: DefectKey[] = [];
    p.cells.forEach((c, i) => {
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, c.name);
      const lowMonth = rng.int(0, 11);
      c.held.forEach((h, m) => {
        const col = 3 + m;
        if (!h) return bodyCell(ws, r, col, rng.pick(['-', ...NOT_HELD]));
        let attending = rng.int(Math.ceil(c.members * 0.9), c.members);
        if (i === low && m === lowMonth) {
          attending = Math.floor(c.members * 0.75);
          defects.push({
            rule: 'meeting.attendance-low',
            sheet,
            row: r,
            cell: addr(r, col),
            what: `${attending}/${c.members}`,
          });
        }
        bodyCell(ws, r, col, `${attending}/${c.members}`);
      });
      c.thematic.forEach((t, q) => bodyCell(ws, r, 15 + q, t > 0 ? 'x' : null));
      meetings.push(keyOf(sheet, r, year, c));
      defects.push(...rowDefects(sheet, r, p, i));
      r++;
    });
    widths(ws, [5, 28, ...Array(12).fill(7), 7, 7, 7, 7]);
    return {
      workbook: wb,
      key: {
        family: 'register-fraction',
        variant: 'v',
        years: [],
        defects,
        meetings,
        unsure: false,
      },
    };
  },
};

export interface LogMeeting {
  day: Date;
  cell: number;
  thematic: boolean;
}

/** A year of meetings per cell: one short month, one quarter without a thematic meeting, a doubled month. */
export function logMeetings(
  rng: Rng,
  year: number,
  nCells: number,
): { list: LogMeeting[]; short: number; shortMonth: number; noTh: number; noThQ: number } {
  const short = rng.chance(0.6) ? rng.int(0, nCells - 1) : -1;
  const shortMonth = rng.int(2, 11);
  const noTh = rng.chance(0.5) ? rng.int(0, nCells - 1) : -1;
  const noThQ = rng.int(0, 3);
  const doubled = rng.chance(0.4) ? rng.int(0, nCells - 1) : -1;
  const list: LogMeeting[] = [];
  for (let c = 0; c < nCells; c++) {
    for (let m = 0; m < 12; m++) {
      if (c === short && m === shortMonth - 1) continue;
      const d = m === 0 ? rng.int(3, 8) : m === 11 ? rng.int(20, 28) : rng.int(3, 20);
      list.push({ day: new Date(Date.UTC(year, m, d)), cell: c, thematic: false });
      // A second regular meeting the same month (a meeting moved, typed twice): counts once.
      if (c === doubled && m === 5)
        list.push({ day: new Date(Date.UTC(year, m, 27)), cell: c, thematic: false });
    }
    for (let q = 0; q < 4; q++) {
      if (c === noTh && q === noThQ) continue;
      const m = q * 3 + rng.int(0, 2);
      list.push({ day: new Date(Date.UTC(year, m, rng.int(10, 26))), cell: c, thematic: true });
    }
  }
  return { list, short, shortMonth, noTh, noThQ };
}

/** Keys of a log laid out at rows `rowOf(i)`: the cell's first row, gaps at its last meeting before them. */
export function logKeys(
  sheet: string,
  year: number,
  nCells: number,
  g: ReturnType<typeof logMeetings>,
  rowOf: (i: number) => number,
): { meetings: MeetingKey[]; defects: DefectKey[] } {
  const meetings: MeetingKey[] = [];
  const defects: DefectKey[] = [];
  for (let c = 0; c < nCells; c++) {
    const rows = g.list.map((mt, i) => ({ mt, row: rowOf(i) })).filter((x) => x.mt.cell === c);
    const first = Math.min(...rows.map((x) => x.row));
    const regular = c === g.short ? 11 : 12;
    meetings.push({ sheet, row: first, year, regular, compliant: regular === 12 && c !== g.noTh });
    const lastBefore = (month: number): number => {
      const limit = Date.UTC(year, month - 1, 1);
      let at = first;
      let best = -Infinity;
      for (const x of rows) {
        const t = x.mt.day.getTime();
        if (t < limit && t >= best) {
          best = t;
          at = x.row;
        }
      }
      return at;
    };
    if (c === g.short)
      defects.push({
        rule: 'meeting.regular-short',
        sheet,
        row: lastBefore(g.shortMonth),
        what: `month ${g.shortMonth} missing`,
      });
    if (c === g.noTh)
      defects.push({
        rule: 'meeting.thematic-short',
        sheet,
        row: lastBefore((g.noThQ + 1) * 3 + 1),
        what: `no thematic in Q${g.noThQ + 1}`,
      });
  }
  return { meetings, defects };
}

/** A party-member app's export: header on row 1, every cell text, sorted by cell then date. */
const appMeetingExport: Family = {
  name: 'app-meeting-export',
  about:
    'a party-member app export: header on row 1 (codes, "NgayHop"/"Thời gian"), every cell text, ISO or "dd/MM/yyyy HH:mm" dates, sorted by cell then date, a status column',
  make(rng) {
    const year = rng.int(2022, 2025);
    const wb = new Workbook();
    const sheet = rng.pick(['Export', 'DanhSachCuocHop', 'Sheet1', `cuoc_hop_${year}`]);
    const ws = wb.addWorksheet(sheet);
    const ascii = rng.chance(0.5);
    const iso = rng.chance(0.5);
    headerRow(
      ws,
      1,
      1,
      ascii
        ? [
            'STT',
            'MaChiBo',
            'TenChiBo',
            'NgayHop',
            'LoaiCuocHop',
            'ChuDe',
            'SoDangVien',
            'SoThamDu',
            'TrangThai',
          ]
        : [
            'STT',
            'Mã chi bộ',
            'Tên chi bộ',
            'Thời gian họp',
            'Loại cuộc họp',
            'Chủ đề',
            'Số đảng viên',
            'Số tham dự',
            'Trạng thái',
          ],
    );
    const cells = newCommuneCells(rng, rng.int(3, 5));
    const members = cells.map(() => rng.int(10, 40));
    const g = logMeetings(rng, year, cells.length);
    g.list.sort((a, b) => a.cell - b.cell || a.day.getTime() - b.day.getTime());
    g.list.forEach((mt, i) => {
      const row = 2 + i;
      const d = mt.day;
      const hh = rng.pick(['07:30', '08:00', '14:00', '19:30']);
      const when = iso
        ? `${year}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')} ${hh}:00`
        : `${dayText(d)} ${hh}`;
      const mem = members[mt.cell] as number;
      ws.getCell(row, 1).value = String(i + 1);
      ws.getCell(row, 2).value = `CB${String(101 + mt.cell).padStart(5, '0')}`;
      ws.getCell(row, 3).value = cells[mt.cell] as string;
      ws.getCell(row, 4).value = when;
      ws.getCell(row, 5).value = mt.thematic ? 'Chuyên đề' : 'Thường kỳ';
      ws.getCell(row, 6).value = mt.thematic
        ? rng.pick(TOPICS)
        : `Sinh hoạt chi bộ thường kỳ tháng ${d.getUTCMonth() + 1}/${year}`;
      ws.getCell(row, 7).value = String(mem);
      ws.getCell(row, 8).value = String(rng.int(Math.ceil(mem * 0.9), mem));
      ws.getCell(row, 9).value = 'Đã kết thúc';
    });
    const { meetings, defects } = logKeys(sheet, year, cells.length, g, (i) => 2 + i);
    widths(ws, [5, 10, 28, 18, 14, 40, 10, 10, 12]);
    return {
      workbook: wb,
      key: {
        family: 'app-meeting-export',
        variant: `${ascii ? 'ascii' : 'vi'} header, ${iso ? 'iso' : 'dd/MM/yyyy HH:mm'}`,
        years: [],
        defects,
        meetings,
        unsure: false,
      },
    };
  },
};

/** Thematic meetings recorded as the day they were held in each quarter's column; a hand verdict. */
const registerQuarterDates: Family = {
  name: 'register-quarter-dates',
  about:
    'months marked x, each quarter\'s column holding the thematic meeting\'s date ("15/02/2024" or a date) or blank, "Kết quả" typed Đạt/Không đạt and a reason note',
  make(rng) {
    const year = rng.int(2020, 2025);
    const wb = new Workbook();
    const sheet = rng.pick([`SHCB ${year}`, 'Theo dõi SH', 'Sinh hoạt CĐ']);
    const ws = wb.addWorksheet(sheet);
    let r = titleBlock(ws, rng, 1, { year, subject: 'KẾT QUẢ SINH HOẠT CHI BỘ', width: 20 });
    headerRow(ws, r, 1, [
      'STT',
      'Chi bộ',
      'Sinh hoạt thường kỳ (đánh dấu x)',
      ...Array(11).fill(null),
      'Ngày sinh hoạt chuyên đề',
      null,
      null,
      null,
      'Kết quả',
      'Ghi chú',
    ]);
    ws.mergeCells(r, 3, r, 14);
    ws.mergeCells(r, 15, r, 18);
    headerRow(ws, r + 1, 3, [
      ...Array.from({ length: 12 }, (_, m) => `Tháng ${m + 1}`),
      ...ROMAN.map((q) => `Quý ${q}`),
    ]);
    for (const c of [1, 2, 19, 20]) ws.mergeCells(r, c, r + 1, c);
    r += 2;
    const p = plantCells(rng, communeCells(rng, rng.int(5, 11)));
    const asDate = rng.chance(0.5);
    const meetings: MeetingKey[] = [];
    const defects: DefectKey[] = [];
    p.cells.forEach((c, i) => {
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, c.name);
      c.held.forEach((h, m) => bodyCell(ws, r, 3 + m, h ? 'x' : null));
      c.thematic.forEach((t, q) => {
        if (t === 0) return bodyCell(ws, r, 15 + q, null);
        const d = new Date(Date.UTC(year, q * 3 + rng.int(0, 2), rng.int(5, 26)));
        bodyCell(ws, r, 15 + q, asDate ? d : dayText(d));
        if (asDate) ws.getCell(r, 15 + q).numFmt = 'dd/mm/yyyy';
      });
      const k = keyOf(sheet, r, year, c);
      bodyCell(ws, r, 19, k.compliant ? 'Đạt' : 'Không đạt');
      bodyCell(
        ws,
        r,
        20,
        i === p.short
          ? 'Tháng có lũ không sinh hoạt'
          : i === p.noThematic
            ? 'Thiếu chuyên đề'
            : null,
      );
      meetings.push(k);
      defects.push(...rowDefects(sheet, r, p, i));
      r++;
    });
    widths(ws, [5, 28, ...Array(12).fill(5), 11, 11, 11, 11, 10, 24]);
    return {
      workbook: wb,
      key: {
        family: 'register-quarter-dates',
        variant: asDate ? 'dates' : 'text dates',
        years: [],
        defects,
        meetings,
        unsure: false,
      },
    };
  },
};

/** Villages of several new communes in one register, a "Cộng" line per commune and a grand total. */
const registerCommuneBlocks: Family = {
  name: 'register-commune-blocks',
  about:
    'cells of several new communes under "ĐẢNG BỘ XÃ X" group lines, each block closed by "Cộng" counting marks per month (COUNTIF), a "Tổng cộng" line; the same village in two communes',
  make(rng) {
    const year = rng.int(2025, 2026);
    const wb = new Workbook();
    const sheet = rng.pick(['Tổng hợp SH', 'SH cac xa', `SHCB ${year}`]);
    const ws = wb.addWorksheet(sheet);
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: 'TỔNG HỢP SINH HOẠT CHI BỘ CÁC ĐẢNG BỘ XÃ',
      width: 18,
    });
    headerRow(ws, r, 1, [
      'STT',
      'Chi bộ',
      ...Array.from({ length: 12 }, (_, m) => `T${m + 1}`),
      ...[1, 2, 3, 4].map((q) => `CĐ Q${q}`),
    ]);
    r++;
    const communes = rng.sample(NEW_COMMUNES, rng.int(2, 3));
    const shared = rng.pick(VILLAGES);
    const meetings: MeetingKey[] = [];
    const defects: DefectKey[] = [];
    const subtotalRows: number[] = [];
    communes.forEach((commune, ci) => {
      line(ws, r, 1, 18, `${ROMAN[ci]}. ĐẢNG BỘ XÃ ${commune.toUpperCase()}`, { bold: true });
      r++;
      const names = newCommuneCells(rng, rng.int(4, 7)).filter((n) => !n.includes(shared));
      names.splice(1, 0, `Chi bộ thôn ${shared}`);
      const p = plantCells(rng, names);
      const first = r;
      p.cells.forEach((c, i) => {
        bodyCell(ws, r, 1, `${ci + 1}.${i + 1}`);
        bodyCell(ws, r, 2, c.name);
        c.held.forEach((h, m) => bodyCell(ws, r, 3 + m, h ? 'x' : null));
        c.thematic.forEach((t, q) => bodyCell(ws, r, 15 + q, t > 0 ? 'x' : null));
        meetings.push(keyOf(sheet, r, year, c));
        defects.push(...rowDefects(sheet, r, p, i));
        r++;
      });
      bodyCell(ws, r, 2, `Cộng xã ${commune}`);
      ws.getCell(r, 2).font = { bold: true };
      for (let col = 3; col <= 18; col++) {
        let n = 0;
        for (let rr = first; rr < r; rr++) if (ws.getCell(rr, col).value === 'x') n++;
        const L = colLetter(col);
        bodyCell(ws, r, col, { formula: `COUNTIF(${L}${first}:${L}${r - 1},"x")`, result: n });
      }
      subtotalRows.push(r);
      r++;
    });
    bodyCell(ws, r, 2, 'Tổng cộng');
    for (let col = 3; col <= 18; col++) {
      const L = colLetter(col);
      let n = 0;
      for (const s of subtotalRows) {
        const v = ws.getCell(s, col).value as { result: number };
        n += v.result;
      }
      bodyCell(ws, r, col, {
        formula: subtotalRows.map((s) => `${L}${s}`).join('+'),
        result: n,
      });
    }
    widths(ws, [6, 30, ...Array(12).fill(5), 6, 6, 6, 6]);
    return {
      workbook: wb,
      key: {
        family: 'register-commune-blocks',
        variant: `${communes.length} communes`,
        years: [],
        defects,
        meetings,
        unsure: false,
      },
    };
  },
};

/** Each month holds how many meetings were held (1, 0, sometimes 2), with a SUM column. */
const registerMonthlyCounts: Family = {
  name: 'register-monthly-counts',
  about:
    'each month holds the number of meetings held (1, 0, sometimes 2), a "Tổng" SUM, thematic counts per quarter 0/1/2; no member column',
  make(rng) {
    const year = rng.int(2020, 2025);
    const wb = new Workbook();
    const sheet = rng.pick(['So buoi SH', `Số buổi ${year}`, 'Bieu 02']);
    const ws = wb.addWorksheet(sheet);
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: 'SỐ BUỔI SINH HOẠT CHI BỘ THEO THÁNG',
      width: 20,
    });
    headerRow(ws, r, 1, [
      'STT',
      'Chi bộ',
      'Số buổi sinh hoạt thường kỳ',
      ...Array(11).fill(null),
      'Tổng',
      'Số buổi SH chuyên đề',
      null,
      null,
      null,
    ]);
    ws.mergeCells(r, 3, r, 14);
    ws.mergeCells(r, 16, r, 19);
    headerRow(ws, r + 1, 3, [
      ...Array.from({ length: 12 }, (_, m) => `Tháng ${m + 1}`),
      null,
      ...ROMAN.map((q) => `Quý ${q}`),
    ]);
    for (const c of [1, 2, 15]) ws.mergeCells(r, c, r + 1, c);
    r += 2;
    const p = plantCells(rng, communeCells(rng, rng.int(5, 11)));
    const twice = rng.chance(0.5) ? rng.int(0, p.cells.length - 1) : -1;
    const meetings: MeetingKey[] = [];
    const defects: DefectKey[] = [];
    p.cells.forEach((c, i) => {
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, c.name);
      let sum = 0;
      const twiceMonth = rng.int(0, 11);
      c.held.forEach((h, m) => {
        // Two meetings in a month still make one month's regular meeting.
        const n = !h ? 0 : i === twice && m === twiceMonth ? 2 : 1;
        sum += n;
        bodyCell(ws, r, 3 + m, n);
      });
      bodyCell(ws, r, 15, { formula: `SUM(C${r}:N${r})`, result: sum });
      c.thematic.forEach((t, q) => bodyCell(ws, r, 16 + q, t));
      meetings.push(keyOf(sheet, r, year, c));
      defects.push(...rowDefects(sheet, r, p, i));
      r++;
    });
    widths(ws, [5, 28, ...Array(12).fill(5), 6, 6, 6, 6, 6]);
    return {
      workbook: wb,
      key: {
        family: 'register-monthly-counts',
        variant: twice >= 0 ? 'a month with 2' : 'ones',
        years: [],
        defects,
        meetings,
        unsure: false,
      },
    };
  },
};

/** A sheet per cell: its meetings down the sheet, the cell named only in the title and the sheet name. */
const registerSheetPerCell: Family = {
  name: 'register-sheet-per-cell',
  about:
    'a sheet per party cell ("CB Đoàn Kết"), a row per meeting: Tháng | Ngày | Hình thức | Nội dung | Số ĐV dự | Tổng số ĐV; the cell named only in the title',
  make(rng) {
    const year = rng.int(2021, 2025);
    const wb = new Workbook();
    const villages = rng.sample(VILLAGES, rng.int(2, 4));
    const meetings: MeetingKey[] = [];
    const defects: DefectKey[] = [];
    villages.forEach((v) => {
      const sheet = rng.chance(0.5) ? `CB ${v}` : `Thôn ${v}`;
      const ws = wb.addWorksheet(sheet);
      line(ws, 1, 1, 6, `SỔ THEO DÕI SINH HOẠT CHI BỘ THÔN ${v.toUpperCase()} NĂM ${year}`, {
        bold: true,
      });
      line(ws, 2, 1, 6, `Đảng bộ xã ${rng.pick(COMMUNES)}`, { italic: true });
      headerRow(ws, 4, 1, [
        'Tháng',
        'Ngày sinh hoạt',
        'Hình thức',
        'Nội dung',
        'Số ĐV dự',
        'Tổng số ĐV',
      ]);
      const g = logMeetings(rng, year, 1);
      g.list.sort((a, b) => a.day.getTime() - b.day.getTime());
      const mem = rng.int(12, 40);
      g.list.forEach((mt, i) => {
        const row = 5 + i;
        bodyCell(ws, row, 1, mt.day.getUTCMonth() + 1);
        bodyCell(ws, row, 2, dayText(mt.day));
        bodyCell(ws, row, 3, mt.thematic ? 'Chuyên đề' : 'Thường kỳ');
        bodyCell(ws, row, 4, mt.thematic ? rng.pick(TOPICS) : 'Sinh hoạt thường kỳ');
        bodyCell(ws, row, 5, rng.int(Math.ceil(mem * 0.9), mem));
        bodyCell(ws, row, 6, mem);
      });
      const k = logKeys(sheet, year, 1, g, (i) => 5 + i);
      meetings.push(...k.meetings);
      defects.push(...k.defects);
      widths(ws, [7, 13, 12, 42, 8, 8]);
    });
    return {
      workbook: wb,
      key: {
        family: 'register-sheet-per-cell',
        variant: `${villages.length} sheets`,
        years: [],
        defects,
        meetings,
        unsure: false,
      },
    };
  },
};

/** Several years in one register: a row per cell and year, the cell (or year) merged down. */
const registerMultiYear: Family = {
  name: 'register-multi-year',
  about:
    'a row per cell and year with a "Năm" column over three years; sorted by cell (name merged down over its years) or by year (year merged down)',
  make(rng) {
    const y0 = rng.int(2019, 2023);
    const years = [y0, y0 + 1, y0 + 2];
    const wb = new Workbook();
    const sheet = rng.pick([`SH ${y0}-${y0 + 2}`, 'Theo doi nhieu nam', 'SHCB các năm']);
    const ws = wb.addWorksheet(sheet);
    const byCell = rng.chance(0.5);
    line(ws, 1, 1, 19, `THEO DÕI SINH HOẠT CHI BỘ GIAI ĐOẠN ${y0} - ${y0 + 2}`, { bold: true });
    headerRow(ws, 3, 1, [
      'STT',
      byCell ? 'Chi bộ' : 'Năm',
      byCell ? 'Năm' : 'Chi bộ',
      ...Array.from({ length: 12 }, (_, m) => `T${m + 1}`),
      ...[1, 2, 3, 4].map((q) => `Quý ${q}`),
    ]);
    const names = communeCells(rng, rng.int(3, 6));
    const perYear = years.map(() => plantCells(rng, names));
    const meetings: MeetingKey[] = [];
    const defects: DefectKey[] = [];
    let r = 4;
    const write = (yi: number, i: number, stt: number) => {
      const p = perYear[yi] as Planted;
      const c = p.cells[i] as CellYear;
      const year = years[yi] as number;
      bodyCell(ws, r, 1, stt);
      bodyCell(ws, r, byCell ? 2 : 3, c.name);
      bodyCell(ws, r, byCell ? 3 : 2, year);
      c.held.forEach((h, m) => bodyCell(ws, r, 4 + m, h ? 'x' : null));
      c.thematic.forEach((t, q) => bodyCell(ws, r, 16 + q, t > 0 ? 'x' : null));
      meetings.push(keyOf(sheet, r, year, c));
      defects.push(...rowDefects(sheet, r, p, i));
      r++;
    };
    if (byCell)
      names.forEach((_, i) => {
        const top = r;
        years.forEach((__, yi) => write(yi, i, i + 1));
        ws.mergeCells(top, 1, r - 1, 1);
        ws.mergeCells(top, 2, r - 1, 2);
      });
    else
      years.forEach((_, yi) => {
        const top = r;
        names.forEach((__, i) => write(yi, i, i + 1));
        ws.mergeCells(top, 2, r - 1, 2);
      });
    widths(ws, [5, byCell ? 28 : 7, byCell ? 7 : 28, ...Array(12).fill(5), 6, 6, 6, 6]);
    return {
      workbook: wb,
      key: {
        family: 'register-multi-year',
        variant: byCell ? 'by cell' : 'by year',
        years: [],
        defects,
        meetings,
        unsure: false,
      },
    };
  },
};

const SURNAMES = ['Nguyễn', 'Hoàng', 'Lương', 'Vi', 'Hà', 'Lăng', 'Chu', 'Triệu', 'Đinh', 'Nông'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thanh', 'Quang', 'Hữu'];
const GIVEN = [
  'Hùng',
  'Lan',
  'Minh',
  'Hoa',
  'Tuấn',
  'Dũng',
  'Hương',
  'Thắng',
  'Nga',
  'Sơn',
  'Thảo',
  'Phúc',
  'Quyết',
  'Hạnh',
];

export function memberName(rng: Rng, used: Set<string>): string {
  for (;;) {
    const name = `${rng.pick(SURNAMES)} ${rng.pick(MIDDLE)} ${rng.pick(GIVEN)}`;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

type MemberGrade = Level | 'exempt';

/** One organization's members within the 20% rule, some exempt. */
function orgGrades(rng: Rng, size: number): MemberGrade[] {
  const grades: MemberGrade[] = Array.from({ length: size }, () =>
    rng.chance(0.07)
      ? 'exempt'
      : rng.chance(0.1)
        ? 'excellent'
        : rng.chance(0.93)
          ? 'good'
          : 'pass',
  );
  const good = grades.filter((g) => g === 'good').length;
  let exc = 0;
  grades.forEach((g, i) => {
    if (g === 'excellent' && ++exc > Math.floor(good * 0.2)) grades[i] = 'good';
  });
  return grades;
}

/** Members of a new commune's organizations, one over the 20% limit, exempt members. */
const memberCapByOrg: Family = {
  name: 'member-cap-by-org',
  about:
    'members of a commune\'s party organizations (Đảng bộ xã, cơ quan, trường) with an "Tổ chức cơ sở đảng" column, "Miễn đánh giá" members, one organization over the 20% limit',
  make(rng) {
    const year = rng.int(2019, 2025);
    const wb = new Workbook();
    const sheet = rng.pick([`XLĐV ${year}`, 'Dang vien', `ĐV năm ${year}`]);
    const ws = wb.addWorksheet(sheet);
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: 'DANH SÁCH ĐẢNG VIÊN ĐƯỢC ĐÁNH GIÁ, XẾP LOẠI',
      width: 6,
    });
    headerRow(ws, r++, 1, [
      'STT',
      'Họ và tên',
      'Ngày sinh',
      'Tổ chức cơ sở đảng',
      'Xếp loại',
      'Ghi chú',
    ]);
    const orgs = [
      `Đảng bộ xã ${rng.pick(NEW_COMMUNES)}`,
      ...rng.sample(
        [
          'Chi bộ Trường THPT Hữu Lũng',
          'Chi bộ Trung tâm Y tế khu vực',
          'Chi bộ Điện lực Hữu Lũng',
          'Đảng bộ Công an xã',
        ],
        rng.int(1, 3),
      ),
    ];
    const over = rng.chance(0.6) ? rng.int(0, orgs.length - 1) : -1;
    const style = gradeStyle(rng, year);
    const exemptWord = rng.pick(['Miễn đánh giá', 'Miễn ĐG', 'miễn đánh giá, xếp loại']);
    const levels: Level[] = [];
    const defects: DefectKey[] = [];
    const used = new Set<string>();
    let n = 0;
    orgs.forEach((org, oi) => {
      const grades = orgGrades(rng, rng.int(8, 18));
      if (oi === over) {
        // Two more excellent than the limit allows.
        const good = grades.filter((g) => g === 'good').length;
        let need = Math.floor(good * 0.2) + 2 - grades.filter((g) => g === 'excellent').length;
        for (let i = 0; i < grades.length && need > 0; i++)
          if (grades[i] === 'pass') {
            grades[i] = 'excellent';
            need--;
          }
        grades.push(...Array.from({ length: Math.max(0, need) }, () => 'excellent' as const));
      }
      const first = r;
      for (const g of grades) {
        bodyCell(ws, r, 1, ++n);
        bodyCell(ws, r, 2, memberName(rng, used));
        bodyCell(
          ws,
          r,
          3,
          dayText(
            new Date(
              Date.UTC(
                g === 'exempt' ? rng.int(1935, 1950) : rng.int(1960, 2000),
                rng.int(0, 11),
                rng.int(1, 28),
              ),
            ),
          ),
        );
        bodyCell(ws, r, 4, org);
        bodyCell(ws, r, 5, g === 'exempt' ? exemptWord : style[g]);
        bodyCell(ws, r, 6, g === 'exempt' ? 'Tuổi cao, sức yếu' : null);
        if (g !== 'exempt') levels.push(g);
        r++;
      }
      if (oi === over)
        defects.push({
          rule: 'grade.excellent-cap',
          sheet,
          row: first,
          cell: addr(first, 4),
          what: `${org} over 20%`,
        });
    });
    widths(ws, [5, 26, 12, 32, 30, 20]);
    return {
      workbook: wb,
      key: {
        family: 'member-cap-by-org',
        variant: `${orgs.length} orgs${over >= 0 ? ', one over' : ''}`,
        years: [tally(year, levels)],
        defects,
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** An export of the member database: header on row 1, all text, codes, dates as text, one member exported twice. */
const memberDbExport: Family = {
  name: 'member-db-export',
  about:
    'a member database export: header on row 1 (Mã ĐV, Họ tên, Ngày sinh, Giới tính, Ngày vào Đảng, Chi bộ, Xếp loại {year}), every cell text, one member exported twice',
  make(rng) {
    const year = rng.int(2020, 2025);
    const wb = new Workbook();
    const sheet = rng.pick(['DanhSachDangVien', 'Sheet1', `export_${year}`]);
    const ws = wb.addWorksheet(sheet);
    const ascii = rng.chance(0.4);
    headerRow(
      ws,
      1,
      1,
      ascii
        ? [
            'STT',
            'MaDangVien',
            'HoTen',
            'NgaySinh',
            'GioiTinh',
            'NgayVaoDang',
            'ChiBo',
            `XepLoai${year}`,
          ]
        : [
            'STT',
            'Mã đảng viên',
            'Họ và tên',
            'Ngày sinh',
            'Giới tính',
            'Ngày vào Đảng',
            'Chi bộ',
            `Xếp loại năm ${year}`,
          ],
    );
    const cells = communeCells(rng, rng.int(3, 5));
    const used = new Set<string>();
    type M = {
      code: string;
      name: string;
      born: string;
      sex: string;
      joined: string;
      cell: string;
      grade: Level;
    };
    const members: M[] = [];
    cells.forEach((cell) => {
      const n = rng.int(6, 14);
      for (let i = 0; i < n; i++) {
        const born = rng.int(1950, 2000);
        members.push({
          code: `${rng.pick(['2', '3'])}${String(rng.int(1000000, 9999999))}`,
          name: memberName(rng, used),
          born: dayText(new Date(Date.UTC(born, rng.int(0, 11), rng.int(1, 28)))),
          sex: rng.pick(['Nam', 'Nữ']),
          joined: dayText(
            new Date(Date.UTC(born + rng.int(20, 30), rng.int(0, 11), rng.int(1, 28))),
          ),
          cell,
          grade: rng.chance(0.12) ? 'excellent' : rng.chance(0.93) ? 'good' : 'pass',
        });
      }
    });
    const dup = rng.chance(0.6) ? rng.int(0, members.length - 2) : -1;
    const rows: (M & { repeat?: boolean })[] = [...members];
    if (dup >= 0) rows.splice(dup + 1, 0, { ...(members[dup] as M), repeat: true });
    const defects: DefectKey[] = [];
    rows.forEach((m, i) => {
      const r = 2 + i;
      const vals = [
        String(i + 1),
        m.code,
        m.name,
        m.born,
        m.sex,
        m.joined,
        m.cell,
        GRADE_FULL_2018[m.grade],
      ];
      vals.forEach((v, c) => {
        ws.getCell(r, c + 1).value = v;
      });
      if (m.repeat)
        defects.push({
          rule: 'unit.duplicate',
          sheet,
          row: r,
          cell: `C${r}`,
          what: `${m.name} exported twice`,
        });
    });
    widths(ws, [5, 12, 24, 12, 8, 12, 26, 28]);
    return {
      workbook: wb,
      key: {
        family: 'member-db-export',
        variant: ascii ? 'ascii header' : 'vi header',
        years: [
          tally(
            year,
            members.map((m) => m.grade),
          ),
        ],
        defects,
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** A new commune's register of 2025: its cells formed on 1 July, months before July "—" or blank. */
const registerFromJuly: Family = {
  name: 'register-from-july-2025',
  about:
    'a new commune\'s 2025 register: cells formed on 01/7/2025 (after the mergers), January–June "—" or "(xã cũ)", July–December marked; what compliance means is unclear (ambiguous)',
  make(rng) {
    const wb = new Workbook();
    const commune = rng.pick(NEW_COMMUNES);
    const sheet = rng.pick(['SHCB 2025', `Xã ${commune}`, 'Từ 01.7.2025']);
    const ws: Worksheet = wb.addWorksheet(sheet);
    line(ws, 1, 1, 18, `THEO DÕI SINH HOẠT CHI BỘ NĂM 2025 - ĐẢNG BỘ XÃ ${commune.toUpperCase()}`, {
      bold: true,
    });
    line(ws, 2, 1, 18, '(Các chi bộ thành lập theo Quyết định ngày 01/7/2025)', { italic: true });
    headerRow(ws, 4, 1, [
      'STT',
      'Chi bộ',
      ...Array.from({ length: 12 }, (_, m) => `T${m + 1}`),
      ...ROMAN.map((q) => `CĐ quý ${q}`),
    ]);
    const before = rng.pick(['—', '-', null]);
    newCommuneCells(rng, rng.int(5, 9)).forEach((c, i) => {
      const r = 5 + i;
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, c);
      for (let m = 0; m < 12; m++) bodyCell(ws, r, 3 + m, m < 6 ? before : 'x');
      for (let q = 0; q < 4; q++) bodyCell(ws, r, 15 + q, q < 2 ? before : 'x');
    });
    widths(ws, [5, 30, ...Array(12).fill(5), 7, 7, 7, 7]);
    return {
      workbook: wb,
      key: {
        family: 'register-from-july-2025',
        variant: String(before),
        years: [],
        defects: [],
        meetings: [],
        unsure: true,
      },
    };
  },
};

/** A hand-kept log grouped by month: a "THÁNG 3" line, then that month's meetings with the day only. */
const logMonthBlocks: Family = {
  name: 'log-month-blocks',
  about:
    'a meeting log grouped under "THÁNG 1".."THÁNG 12" lines, each meeting with the day of the month only ("05" or 5), the cell, "TK"/"CĐ", the topic, attending',
  make(rng) {
    const year = rng.int(2021, 2025);
    const wb = new Workbook();
    const sheet = rng.pick([`Nhật ký ${year}`, 'So ghi SH', 'Theo tháng']);
    const ws = wb.addWorksheet(sheet);
    line(ws, 1, 1, 6, `SỔ GHI CÁC BUỔI SINH HOẠT CHI BỘ NĂM ${year}`, { bold: true });
    line(ws, 2, 1, 6, `Đảng bộ xã ${rng.pick(NEW_COMMUNES)}`, { italic: true });
    headerRow(ws, 4, 1, ['Ngày', 'Chi bộ', 'Loại', 'Nội dung', 'Số ĐV dự', 'Số ĐV']);
    const cells = newCommuneCells(rng, rng.int(3, 4));
    const members = cells.map(() => rng.int(10, 35));
    const g = logMeetings(rng, year, cells.length);
    g.list.sort((a, b) => a.day.getTime() - b.day.getTime() || a.cell - b.cell);
    const textDay = rng.chance(0.5);
    const rows: number[] = [];
    let r = 5;
    let month = -1;
    g.list.forEach((mt) => {
      const m = mt.day.getUTCMonth();
      if (m !== month) {
        month = m;
        line(ws, r++, 1, 6, `THÁNG ${m + 1}`, { bold: true });
      }
      const mem = members[mt.cell] as number;
      const d = mt.day.getUTCDate();
      bodyCell(ws, r, 1, textDay ? String(d).padStart(2, '0') : d);
      bodyCell(ws, r, 2, cells[mt.cell] as string);
      bodyCell(ws, r, 3, mt.thematic ? 'CĐ' : 'TK');
      bodyCell(ws, r, 4, mt.thematic ? rng.pick(TOPICS) : `Thường kỳ tháng ${m + 1}`);
      bodyCell(ws, r, 5, rng.int(Math.ceil(mem * 0.9), mem));
      bodyCell(ws, r, 6, mem);
      rows.push(r++);
    });
    const { meetings, defects } = logKeys(sheet, year, cells.length, g, (i) => rows[i] as number);
    widths(ws, [7, 28, 6, 42, 8, 8]);
    return {
      workbook: wb,
      key: {
        family: 'log-month-blocks',
        variant: textDay ? 'text days' : 'number days',
        years: [],
        defects,
        meetings,
        unsure: false,
      },
    };
  },
};

/** A member database export over several years: a row per member and year, every cell text. */
const memberYearsExport: Family = {
  name: 'member-years-export',
  about:
    'a member export with a row per member and year ("NamDanhGia"), every cell text, the grade as a code-like short form ("HTTNV") or in full, one member exported twice in a year',
  make(rng) {
    const y0 = rng.int(2020, 2023);
    const years = [y0, y0 + 1, y0 + 2];
    const wb = new Workbook();
    const sheet = rng.pick(['KetQuaDanhGia', 'Sheet1', 'Xuat du lieu']);
    const ws = wb.addWorksheet(sheet);
    headerRow(ws, 1, 1, [
      'STT',
      'Số thẻ đảng',
      'Họ và tên',
      'Chi bộ',
      'Năm đánh giá',
      'Kết quả xếp loại',
      'Ngày cập nhật',
    ]);
    const used = new Set<string>();
    const cells = communeCells(rng, rng.int(2, 4));
    const people = cells.flatMap((cell) =>
      Array.from({ length: rng.int(5, 10) }, () => ({
        card: String(rng.int(10000000, 99999999)),
        name: memberName(rng, used),
        cell,
      })),
    );
    const abbr = rng.chance(0.5);
    const word: Record<Level, string> = abbr
      ? { excellent: 'HTXSNV', good: 'HTTNV', pass: 'HTNV', fail: 'KHTNV' }
      : GRADE_FULL_2018;
    const keys = years.map((y) => ({ y, levels: [] as Level[] }));
    const dupYear = rng.chance(0.6) ? rng.int(0, 2) : -1;
    const defects: DefectKey[] = [];
    let r = 2;
    years.forEach((y, yi) => {
      people.forEach((p, pi) => {
        const grade: Level = rng.chance(0.12) ? 'excellent' : rng.chance(0.93) ? 'good' : 'pass';
        const times = yi === dupYear && pi === 3 ? 2 : 1;
        for (let t = 0; t < times; t++) {
          const vals = [
            String(r - 1),
            p.card,
            p.name,
            p.cell,
            String(y),
            word[grade],
            `${dayText(new Date(Date.UTC(y + 1, 0, rng.int(5, 28))))} 10:15`,
          ];
          vals.forEach((v, c) => {
            ws.getCell(r, c + 1).value = v;
          });
          if (t === 0) (keys[yi] as { levels: Level[] }).levels.push(grade);
          else
            defects.push({
              rule: 'unit.duplicate',
              sheet,
              row: r,
              cell: `C${r}`,
              what: `${p.name} twice in ${y}`,
            });
          r++;
        }
      });
    });
    widths(ws, [5, 12, 24, 26, 8, 26, 18]);
    return {
      workbook: wb,
      key: {
        family: 'member-years-export',
        variant: abbr ? 'abbr' : 'full',
        years: keys.map((k) => tally(k.y, k.levels)),
        defects,
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** Months ticked with a check symbol: Wingdings "ü"/"û" (shown as ✓/✗) or Unicode ☑/☐, ✔/✘. */
const registerCheckSymbols: Family = {
  name: 'register-check-symbols',
  about:
    'months and quarters ticked with Wingdings "ü" (a ✓ in that font) and "û" for not held, or Unicode "☑"/"☐", "✔"/"✘"',
  make(rng) {
    const year = rng.int(2020, 2025);
    const wb = new Workbook();
    const sheet = rng.pick([`SHCB ${year}`, 'Theo dõi', 'Danh dau SH']);
    const ws = wb.addWorksheet(sheet);
    const form = rng.pick(['wingdings', 'ballot', 'heavy'] as const);
    const [yes, no] =
      form === 'wingdings' ? ['ü', 'û'] : form === 'ballot' ? ['☑', '☐'] : ['✔', '✘'];
    let r = titleBlock(ws, rng, 1, { year, subject: 'THEO DÕI SINH HOẠT CHI BỘ', width: 18 });
    headerRow(ws, r, 1, [
      'STT',
      'Chi bộ',
      ...Array.from({ length: 12 }, (_, m) => `Tháng ${m + 1}`),
      ...ROMAN.map((q) => `Chuyên đề quý ${q}`),
    ]);
    r++;
    const p = plantCells(rng, communeCells(rng, rng.int(5, 10)));
    const tick = (row: number, col: number, v: boolean) => {
      bodyCell(ws, row, col, v ? yes : rng.chance(0.5) ? no : null);
      if (form === 'wingdings') ws.getCell(row, col).font = { name: 'Wingdings', size: 12 };
    };
    const meetings: MeetingKey[] = [];
    const defects: DefectKey[] = [];
    p.cells.forEach((c, i) => {
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, c.name);
      c.held.forEach((h, m) => tick(r, 3 + m, h));
      c.thematic.forEach((t, q) => tick(r, 15 + q, t > 0));
      meetings.push(keyOf(sheet, r, year, c));
      defects.push(...rowDefects(sheet, r, p, i));
      r++;
    });
    widths(ws, [5, 28, ...Array(12).fill(6), 8, 8, 8, 8]);
    return {
      workbook: wb,
      key: {
        family: 'register-check-symbols',
        variant: form,
        years: [],
        defects,
        meetings,
        unsure: false,
      },
    };
  },
};

/** Two sub-columns per month, "Có mặt" and "Vắng": held where anyone attended. */
const registerPresentAbsent: Family = {
  name: 'register-present-absent',
  about:
    'each month split into "Có mặt" / "Vắng" sub-columns (24 columns), blank pair where not held, thematic "x" per quarter, no member column; a low month',
  make(rng) {
    const year = rng.int(2020, 2025);
    const wb = new Workbook();
    const sheet = rng.pick([`Du hop ${year}`, 'Có mặt - vắng', 'SH chi bộ']);
    const ws = wb.addWorksheet(sheet);
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: 'THEO DÕI ĐẢNG VIÊN DỰ SINH HOẠT CHI BỘ',
      width: 30,
    });
    headerRow(ws, r, 1, [
      'STT',
      'Chi bộ',
      ...Array.from({ length: 12 }, (_, m) => [`Tháng ${m + 1}`, null]).flat(),
      'Sinh hoạt chuyên đề',
      null,
      null,
      null,
    ]);
    for (let m = 0; m < 12; m++) ws.mergeCells(r, 3 + 2 * m, r, 4 + 2 * m);
    ws.mergeCells(r, 27, r, 30);
    headerRow(ws, r + 1, 3, [
      ...Array.from({ length: 12 }, () => ['Có mặt', 'Vắng']).flat(),
      ...ROMAN.map((q) => `Quý ${q}`),
    ]);
    ws.mergeCells(r, 1, r + 1, 1);
    ws.mergeCells(r, 2, r + 1, 2);
    r += 2;
    const p = plantCells(rng, communeCells(rng, rng.int(5, 10)));
    const low = rng.chance(0.5) ? rng.int(0, p.cells.length - 1) : -1;
    const meetings: MeetingKey[] = [];
    const defects: DefectKey[] = [];
    p.cells.forEach((c, i) => {
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, c.name);
      const lowMonth = rng.int(0, 11);
      c.held.forEach((h, m) => {
        const col = 3 + 2 * m;
        if (!h) {
          bodyCell(ws, r, col, null);
          bodyCell(ws, r, col + 1, null);
          return;
        }
        let present = rng.int(Math.ceil(c.members * 0.9), c.members);
        if (i === low && m === lowMonth) {
          present = Math.floor(c.members * 0.75);
          defects.push({
            rule: 'meeting.attendance-low',
            sheet,
            row: r,
            cell: addr(r, col),
            what: `${present} of ${c.members}`,
          });
        }
        bodyCell(ws, r, col, present);
        bodyCell(ws, r, col + 1, c.members - present);
      });
      c.thematic.forEach((t, q) => bodyCell(ws, r, 27 + q, t > 0 ? 'x' : null));
      meetings.push(keyOf(sheet, r, year, c));
      defects.push(...rowDefects(sheet, r, p, i));
      r++;
    });
    widths(ws, [5, 28, ...Array(24).fill(5), 6, 6, 6, 6]);
    return {
      workbook: wb,
      key: {
        family: 'register-present-absent',
        variant: low >= 0 ? 'a low month' : 'v',
        years: [],
        defects,
        meetings,
        unsure: false,
      },
    };
  },
};

/** Each quarter a block of its three months and its thematic column: T1 T2 T3 CĐ | T4 T5 T6 CĐ … */
const registerQuarterInterleaved: Family = {
  name: 'register-quarter-interleaved',
  about:
    'months grouped by quarter, each block "Quý I" over T1 | T2 | T3 | CĐ (the thematic column inside the block), a "Cả năm" count at the end',
  make(rng) {
    const year = rng.int(2020, 2025);
    const wb = new Workbook();
    const sheet = rng.pick([`SHCB ${year}`, 'Theo quy', 'Sinh hoạt']);
    const ws = wb.addWorksheet(sheet);
    let r = titleBlock(ws, rng, 1, { year, subject: 'THEO DÕI SINH HOẠT CHI BỘ', width: 19 });
    const thLabel = rng.pick(['CĐ', 'SHCĐ', 'Chuyên đề']);
    headerRow(ws, r, 1, [
      'STT',
      'Chi bộ',
      ...ROMAN.flatMap((q) => [`Quý ${q}`, null, null, null]),
      'Cả năm (TK)',
    ]);
    ROMAN.forEach((_, q) => ws.mergeCells(r, 3 + 4 * q, r, 6 + 4 * q));
    headerRow(ws, r + 1, 3, [
      ...[0, 1, 2, 3].flatMap((q) => [`T${3 * q + 1}`, `T${3 * q + 2}`, `T${3 * q + 3}`, thLabel]),
    ]);
    for (const c of [1, 2, 19]) ws.mergeCells(r, c, r + 1, c);
    r += 2;
    const p = plantCells(rng, communeCells(rng, rng.int(5, 10)));
    const meetings: MeetingKey[] = [];
    const defects: DefectKey[] = [];
    p.cells.forEach((c, i) => {
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, c.name);
      const cols: number[] = [];
      for (let q = 0; q < 4; q++) {
        for (let k = 0; k < 3; k++) {
          const col = 3 + 4 * q + k;
          cols.push(col);
          bodyCell(ws, r, col, c.held[3 * q + k] ? 'x' : null);
        }
        bodyCell(ws, r, 6 + 4 * q, (c.thematic[q] as number) > 0 ? 'x' : null);
      }
      bodyCell(ws, r, 19, {
        formula: cols.map((col) => `COUNTIF(${addr(r, col)},"x")`).join('+'),
        result: regularOf(c),
      });
      meetings.push(keyOf(sheet, r, year, c));
      defects.push(...rowDefects(sheet, r, p, i));
      r++;
    });
    widths(ws, [5, 28, ...Array(16).fill(5), 8]);
    return {
      workbook: wb,
      key: {
        family: 'register-quarter-interleaved',
        variant: thLabel,
        years: [],
        defects,
        meetings,
        unsure: false,
      },
    };
  },
};

/** A log whose kind is a tick under "Thường kỳ" or "Chuyên đề", not a word. */
const logKindTicks: Family = {
  name: 'log-kind-ticks',
  about:
    'a meeting log with "Ngày", "Chi bộ", then "Thường kỳ" and "Chuyên đề" columns ticked x (no kind word), topic and attending; in date order',
  make(rng) {
    const year = rng.int(2021, 2025);
    const wb = new Workbook();
    const sheet = rng.pick([`Nhat ky ${year}`, 'Các buổi SH', `Buổi họp ${year}`]);
    const ws = wb.addWorksheet(sheet);
    line(ws, 1, 1, 7, `DANH SÁCH CÁC BUỔI SINH HOẠT CHI BỘ NĂM ${year}`, { bold: true });
    headerRow(ws, 3, 1, [
      'STT',
      'Ngày',
      'Chi bộ',
      'Hình thức sinh hoạt',
      null,
      'Nội dung',
      'Số ĐV dự',
    ]);
    headerRow(ws, 4, 4, ['Thường kỳ', 'Chuyên đề']);
    ws.mergeCells(3, 4, 3, 5);
    for (const c of [1, 2, 3, 6, 7]) ws.mergeCells(3, c, 4, c);
    const cells = communeCells(rng, rng.int(3, 5));
    const g = logMeetings(rng, year, cells.length);
    g.list.sort((a, b) => a.day.getTime() - b.day.getTime() || a.cell - b.cell);
    const asDate = rng.chance(0.5);
    g.list.forEach((mt, i) => {
      const row = 5 + i;
      bodyCell(ws, row, 1, i + 1);
      bodyCell(ws, row, 2, asDate ? mt.day : dayText(mt.day));
      if (asDate) ws.getCell(row, 2).numFmt = 'dd/mm/yyyy';
      bodyCell(ws, row, 3, cells[mt.cell] as string);
      bodyCell(ws, row, 4, mt.thematic ? null : 'x');
      bodyCell(ws, row, 5, mt.thematic ? 'x' : null);
      bodyCell(ws, row, 6, mt.thematic ? rng.pick(TOPICS) : 'Sinh hoạt thường kỳ');
      bodyCell(ws, row, 7, rng.int(12, 30));
    });
    const { meetings, defects } = logKeys(sheet, year, cells.length, g, (i) => 5 + i);
    widths(ws, [5, 12, 28, 9, 9, 40, 8]);
    return {
      workbook: wb,
      key: {
        family: 'log-kind-ticks',
        variant: asDate ? 'dates' : 'text dates',
        years: [],
        defects,
        meetings,
        unsure: false,
      },
    };
  },
};

/** An app's register export: a row per cell, "Tháng 01/2024" columns of "Đã họp"/"Chưa họp", all text. */
const appRegisterStatus: Family = {
  name: 'app-register-status',
  about:
    'an app\'s register export on row 1: "Tháng 01/2024".."Tháng 12/2024" and "Chuyên đề Quý 1".. holding "Đã họp" / "Chưa họp" / "Hoãn", text totals',
  make(rng) {
    const year = rng.int(2023, 2025);
    const wb = new Workbook();
    const sheet = rng.pick(['TinhHinhHop', 'Sheet1', `bao_cao_${year}`]);
    const ws = wb.addWorksheet(sheet);
    const [yes, no] = rng.pick([
      ['Đã họp', 'Chưa họp'],
      ['Đã sinh hoạt', 'Chưa sinh hoạt'],
      ['Có', 'Không'],
    ] as const);
    headerRow(ws, 1, 1, [
      'STT',
      'Tên chi bộ',
      ...Array.from({ length: 12 }, (_, m) => `Tháng ${String(m + 1).padStart(2, '0')}/${year}`),
      ...[1, 2, 3, 4].map((q) => `Chuyên đề Quý ${q}`),
      'Tổng số buổi thường kỳ',
    ]);
    const p = plantCells(rng, newCommuneCells(rng, rng.int(5, 10)));
    const meetings: MeetingKey[] = [];
    const defects: DefectKey[] = [];
    p.cells.forEach((c, i) => {
      const r = 2 + i;
      ws.getCell(r, 1).value = String(i + 1);
      ws.getCell(r, 2).value = c.name;
      c.held.forEach((h, m) => {
        ws.getCell(r, 3 + m).value = h ? yes : rng.chance(0.3) ? 'Hoãn' : no;
      });
      c.thematic.forEach((t, q) => {
        ws.getCell(r, 15 + q).value = t > 0 ? yes : no;
      });
      ws.getCell(r, 19).value = String(regularOf(c));
      meetings.push(keyOf(sheet, r, year, c));
      defects.push(...rowDefects(sheet, r, p, i));
    });
    widths(ws, [5, 28, ...Array(12).fill(10), 10, 10, 10, 10, 10]);
    return {
      workbook: wb,
      key: {
        family: 'app-register-status',
        variant: yes,
        years: [],
        defects,
        meetings,
        unsure: false,
      },
    };
  },
};

export const ROUND5_FAMILIES: readonly Family[] = [
  registerTwoRows,
  registerMonthDates,
  registerAttendanceShare,
  registerFraction,
  appMeetingExport,
  registerQuarterDates,
  registerCommuneBlocks,
  registerMonthlyCounts,
  registerSheetPerCell,
  registerMultiYear,
  memberCapByOrg,
  memberDbExport,
  registerFromJuly,
  logMonthBlocks,
  memberYearsExport,
  registerCheckSymbols,
  registerPresentAbsent,
  registerQuarterInterleaved,
  logKindTicks,
  appRegisterStatus,
];
