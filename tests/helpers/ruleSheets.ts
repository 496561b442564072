/**
 * The sheets the rule tests are built from, as boards lay them out: rating lists (helpers
 * snapshot.ts), summaries with a grade name over "SL" and "%", registers with a column a month
 * and a quarter, member lists, and meeting logs with a row a meeting.
 */
import type { Scalar } from '../../src/core/model/snapshot';
import { orgListSheet, registerHeader, summaryHeader, type SheetSpec } from './snapshot';

export { orgListSheet, type SheetSpec };

/** A list's title naming its year. */
export const listTitle = (year: number) =>
  `BẢNG TỔNG HỢP KẾT QUẢ XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM ${year}`;

export const GOOD = 'Hoàn thành tốt nhiệm vụ';

/** A summary on sheet "Tổng hợp": a merged grade name over SL and %, lines from row 5. */
export function summarySheet(lines: Scalar[][], extra: Partial<SheetSpec> = {}): SheetSpec {
  const byGroup = lines.some((l) => typeof l[0] === 'string');
  return {
    name: 'Tổng hợp',
    rows: [
      [`TỔNG HỢP KẾT QUẢ XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG${byGroup ? ' NĂM 2020' : ''}`],
      [],
      ...summaryHeader(byGroup ? 'Đơn vị' : 'Năm'),
      ...lines,
    ],
    merges: ['A1:J1', 'A3:A4', 'B3:B4', 'C3:D3', 'E3:F3', 'G3:H3', 'I3:J3'],
    ...extra,
  };
}

/** 2020 on a summary line: 58 units, 11 / 42 / 5 / 0, shares in points. */
export const SUMMARY_2020: Scalar[] = [2020, 58, 11, 19, 42, 72.4, 5, 8.6, 0, 0];

export const X12: Scalar[] = Array<Scalar>(12).fill('x');

/** A register on sheet "Sinh hoạt": year, commune, cell, members, T1..T12, Quý I..IV, note. */
export function registerSheet(rows: Scalar[][], name = 'Sinh hoạt'): SheetSpec {
  return {
    name,
    rows: [['THEO DÕI SINH HOẠT CHI BỘ'], ...registerHeader(), ...rows],
    merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:P2', 'Q2:T2', 'U2:U3'],
  };
}

/** One register row (sheet row 4 on): Hòa Sơn's Chi bộ Thôn A in 2020 unless told. */
export function registerRow(
  months: Scalar[],
  quarters: Scalar[],
  note: Scalar = null,
  members: Scalar = 20,
  cell = 'Chi bộ Thôn A',
): Scalar[] {
  return [2020, 'Hòa Sơn', cell, members, ...months, ...quarters, note];
}

/**
 * A register without month columns on sheet "SH 2020": the year's regular meetings as one typed
 * count ("12/12", "11 buổi") in C, the thematic meeting's topic per quarter in D..G; rows from 4.
 */
export function countRegisterSheet(rows: [string, Scalar, Scalar[]][]): SheetSpec {
  return {
    name: 'SH 2020',
    rows: [
      ['TỔNG HỢP KẾT QUẢ SINH HOẠT CHI BỘ NĂM 2020'],
      ['STT', 'Chi bộ', 'Số buổi SH thường kỳ', 'Sinh hoạt chuyên đề'],
      [null, null, null, 'Quý I', 'Quý II', 'Quý III', 'Quý IV'],
      ...rows.map(([cell, count, quarters], i) => [i + 1, cell, count, ...quarters]),
    ],
    merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:G2'],
  };
}

/** Four quarters' topics. */
export const TOPICS4: Scalar[] = [
  'Công tác phát triển đảng viên',
  'Xây dựng nông thôn mới',
  'Phòng, chống tham nhũng',
  'Công tác dân vận',
];

/** A member list on sheet "Đảng viên 2020": name, party cell, grade; rows from 3. */
export function memberListSheet(members: [string, string, Scalar][]): SheetSpec {
  return {
    name: 'Đảng viên 2020',
    rows: [
      ['DANH SÁCH XẾP LOẠI ĐẢNG VIÊN NĂM 2020'],
      ['STT', 'Họ và tên', 'Chi bộ', 'Xếp loại'],
      ...members.map(([name, cell, grade], i) => [i + 1, name, cell, grade]),
    ],
  };
}

/** One meeting as a log row. */
export interface LogMeeting {
  /** "dd/mm/yyyy"; written as a real date unless the log types its dates as text. */
  day: string;
  cell: string;
  kind: string;
  attending?: number;
  members?: number | null;
}

const EPOCH = Date.UTC(1899, 11, 30);

function serial(day: string): number | null {
  const [d, m, y] = day.split('/').map(Number);
  const t = Date.UTC(y!, m! - 1, d!);
  const back = new Date(t);
  // 31/09 is no day: kept as the text a user typed.
  if (back.getUTCDate() !== d || back.getUTCMonth() !== m! - 1) return null;
  return (t - EPOCH) / 86_400_000;
}

/**
 * A meeting log on sheet "Nhật ký" as software exports it: title, header on row 3, a row a
 * meeting from row 4, a signature line. Real dates formatted dd/mm/yyyy; impossible days as text.
 */
export function logSheet(meetings: LogMeeting[], o: { attendance?: boolean } = {}): SheetSpec {
  const formats: Record<string, string> = {};
  const rows: Scalar[][] = meetings.map((m, i) => {
    const s = serial(m.day);
    if (s !== null) formats[`B${4 + i}`] = 'dd/mm/yyyy';
    return [
      i + 1,
      s ?? m.day,
      m.cell,
      m.kind,
      `Sinh hoạt ${m.kind.toLowerCase()} tháng ${m.day.slice(3, 5)}`,
      ...(o.attendance ? [m.attending ?? 18, m.members === undefined ? 20 : m.members] : []),
    ];
  });
  return {
    name: 'Nhật ký',
    rows: [
      ['NHẬT KÝ SINH HOẠT CHI BỘ'],
      [],
      ['STT', 'Ngày', 'Chi bộ', 'Loại', 'Nội dung', ...(o.attendance ? ['Số dự', 'Số ĐV'] : [])],
      ...rows,
      [],
      [null, null, 'Người lập biểu'],
    ],
    merges: ['A1:G1'],
    formats,
  };
}

/** A cell's year in a log: a regular meeting on the 5th of each month, a thematic one on the 15th of each quarter's middle month. */
export function logYear(cell: string, year: number, day = 5): LogMeeting[] {
  const out: LogMeeting[] = [];
  for (let m = 1; m <= 12; m++) {
    const mm = String(m).padStart(2, '0');
    out.push({ day: `${String(day).padStart(2, '0')}/${mm}/${year}`, cell, kind: 'Thường kỳ' });
    if (m % 3 === 2) out.push({ day: `${day + 10}/${mm}/${year}`, cell, kind: 'Chuyên đề' });
  }
  return out;
}

/** Meetings in date order, as a log lists them. */
export function byDate(meetings: LogMeeting[]): LogMeeting[] {
  const key = (m: LogMeeting) => m.day.split('/').reverse().join('');
  return [...meetings].sort((a, b) => key(a).localeCompare(key(b)));
}
