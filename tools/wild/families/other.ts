/** Summaries, legacy-encoded lists and meeting registers in forms boards make. */
import { Workbook, type Worksheet } from 'exceljs';
import { tally, type DefectKey, type Family, type MeetingKey } from '../key';
import { toTcvn3, toVni } from '../legacy';
import type { Rng } from '../../random';
import { addr, bodyCell, colLetter, headerRow, line, put, titleBlock, widths } from '../sheetKit';
import {
  communeCells,
  COMMUNES,
  districtOrganizations,
  GRADE_ABBR_2018,
  GRADE_FULL_OLD,
  gradeStyle,
  LEVELS,
  randomLevel,
  type Level,
} from '../vocabulary';

/** A row per commune with its cells' counts per grade, two years side by side, a "Cộng" row of SUMs. */
const pivotPerCommune: Family = {
  name: 'pivot-per-commune',
  about:
    'a row per commune, counts of its cells per grade with "Tổng số", two years side by side, SUM total row',
  make(rng) {
    const y0 = rng.int(2019, 2023);
    const years = [y0, y0 + 1];
    const wb = new Workbook();
    const sheet = rng.pick(['Tong hop chi bo', 'TH theo xã', `${y0}-${y0 + 1}`]);
    const ws = wb.addWorksheet(sheet);
    const width = 2 + years.length * 5;
    let r = titleBlock(ws, rng, 1, {
      year: years[1] as number,
      subject: 'TỔNG HỢP KẾT QUẢ XẾP LOẠI CHI BỘ TRỰC THUỘC',
      width,
    });
    headerRow(ws, r, 1, [
      'STT',
      'Đảng bộ xã',
      ...years.flatMap((y) => [`Năm ${y}`, null, null, null, null]),
    ]);
    years.forEach((_, i) => ws.mergeCells(r, 3 + i * 5, r, 7 + i * 5));
    headerRow(ws, r + 1, 1, [
      null,
      null,
      ...years.flatMap(() => ['Tổng số chi bộ', 'HTXSNV', 'HTTNV', 'HTNV', 'KHTNV']),
    ]);
    ws.mergeCells(r, 1, r + 1, 1);
    ws.mergeCells(r, 2, r + 1, 2);
    r += 2;
    const first = r;
    const defects: DefectKey[] = [];
    const communes = rng.sample(COMMUNES, rng.int(6, 14));
    const badRow = rng.chance(0.5) ? rng.int(0, communes.length - 1) : -1;
    communes.forEach((c, i) => {
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, `Đảng bộ xã ${c}`);
      years.forEach((_, yi) => {
        const n = rng.int(6, 22);
        const counts = [0, 0, 0, 0];
        for (let k = 0; k < n; k++) (counts[LEVELS.indexOf(randomLevel(rng))] as number)++;
        const c0 = 3 + yi * 5;
        let stated = n;
        if (i === badRow && yi === years.length - 1) {
          stated = n + rng.pick([-2, -1, 1, 2]);
          defects.push({
            rule: 'total.mismatch',
            sheet,
            row: r,
            cell: addr(r, c0),
            what: `total ${stated} vs ${n}`,
          });
        }
        bodyCell(ws, r, c0, stated);
        counts.forEach((v, k) => bodyCell(ws, r, c0 + 1 + k, v));
      });
      r++;
    });
    bodyCell(ws, r, 2, 'Cộng');
    for (let c = 3; c < 3 + years.length * 5; c++) {
      let sum = 0;
      for (let rr = first; rr < r; rr++) sum += Number(ws.getCell(rr, c).value);
      bodyCell(ws, r, c, {
        formula: `SUM(${colLetter(c)}${first}:${colLetter(c)}${r - 1})`,
        result: sum,
      });
    }
    // The "Cộng" row sums the (possibly wrong) totals, so it carries the planted mismatch too.
    if (badRow >= 0)
      defects.push({
        rule: 'total.mismatch',
        sheet,
        row: r,
        cell: addr(r, 3 + (years.length - 1) * 5),
        what: 'Cộng row carries the planted total',
      });
    widths(ws, [5, 26, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9]);
    return {
      workbook: wb,
      key: {
        family: 'pivot-per-commune',
        variant: badRow >= 0 ? 'bad-total' : 'clean',
        years: [],
        defects,
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** A row per year with counts and percentages: formulas, typed, or an export with every value as text. */
const yearRowsSummary: Family = {
  name: 'year-rows-summary',
  about:
    'a row per year, SL and % per grade; % by formula, typed by hand (one wrong), or exported as text with decimal commas',
  make(rng) {
    const years = [2018, 2019, 2020, 2021, 2022, 2023].slice(0, rng.int(3, 6));
    const wb = new Workbook();
    const sheet = rng.pick(['Tổng hợp', 'TH cac nam', 'Bieu 01']);
    const ws = wb.addWorksheet(sheet);
    const mode = rng.pick(['formula', 'typed', 'text'] as const);
    let r = titleBlock(ws, rng, 1, {
      year: years[years.length - 1] as number,
      subject: 'TỔNG HỢP KẾT QUẢ XẾP LOẠI TCCSĐ QUA CÁC NĂM',
      width: 10,
    });
    headerRow(ws, r, 1, [
      'Năm',
      'Tổng số TCCSĐ',
      ...LEVELS.flatMap((l) => [GRADE_ABBR_2018[l], null]),
    ]);
    LEVELS.forEach((_, i) => ws.mergeCells(r, 3 + i * 2, r, 4 + i * 2));
    headerRow(ws, r + 1, 1, [null, null, ...LEVELS.flatMap(() => ['SL', 'Tỷ lệ (%)'])]);
    ws.mergeCells(r, 1, r + 1, 1);
    ws.mergeCells(r, 2, r + 1, 2);
    r += 2;
    const defects: DefectKey[] = [];
    const bad = mode === 'typed' && rng.chance(0.6) ? rng.int(0, years.length - 1) : -1;
    years.forEach((y, yi) => {
      const total = rng.int(55, 60);
      const counts = [0, 0, 0, 0];
      for (let k = 0; k < total; k++) (counts[LEVELS.indexOf(randomLevel(rng))] as number)++;
      const text = (v: number, d: number) => v.toFixed(d).replace('.', ',');
      bodyCell(ws, r, 1, mode === 'text' ? String(y) : y);
      bodyCell(ws, r, 2, mode === 'text' ? String(total) : total);
      counts.forEach((v, k) => {
        const c = 3 + k * 2;
        const pct = (v / total) * 100;
        bodyCell(ws, r, c, mode === 'text' ? String(v) : v);
        if (mode === 'formula')
          bodyCell(ws, r, c + 1, {
            formula: `ROUND(${colLetter(c)}${r}/$B${r}*100,1)`,
            result: Math.round(pct * 10) / 10,
          });
        else if (mode === 'text') bodyCell(ws, r, c + 1, `${text(pct, 1)}%`);
        else if (yi === bad && k === 0 && v > 0) {
          bodyCell(ws, r, c + 1, Math.round(pct * 10) / 10 + 4);
          defects.push({
            rule: 'percent.mismatch',
            sheet,
            row: r,
            cell: addr(r, c + 1),
            what: `typed ${pct + 4}`,
          });
        } else bodyCell(ws, r, c + 1, Math.round(pct * 10) / 10);
      });
      r++;
    });
    widths(ws, [8, 10, 8, 9, 8, 9, 8, 9, 8, 9]);
    return {
      workbook: wb,
      key: {
        family: 'year-rows-summary',
        variant: mode,
        years: [],
        defects,
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** A 2017 list typed in TCVN3 or VNI (old grading scheme) beside a 2018 list in Unicode. */
const legacyLists: Family = {
  name: 'legacy-encoded',
  about:
    '2017 list (old scheme) typed in TCVN3 (.VnTime) or VNI-Times, 2018 list in Unicode, same units',
  make(rng) {
    const wb = new Workbook();
    const names = districtOrganizations(rng, rng.int(12, 30));
    const enc = rng.chance(0.5) ? 'tcvn3' : 'vni';
    const encode = enc === 'tcvn3' ? toTcvn3 : toVni;
    const font = enc === 'tcvn3' ? '.VnTime' : 'VNI-Times';
    const years = [2017, 2018];
    const keys = years.map((y) => {
      const legacy = y === 2017;
      const ws = wb.addWorksheet(`Năm ${y}`);
      const style = legacy ? GRADE_FULL_OLD : gradeStyle(rng, y);
      const t = (s: string) => (legacy ? encode(s) : s);
      const f = legacy ? font : undefined;
      put(ws, 1, 1, t(`Kết quả xếp loại tổ chức cơ sở đảng năm ${y}`), {
        bold: true,
        ...(f ? { font: f } : {}),
      });
      ws.mergeCells(1, 1, 1, 3);
      ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại'].forEach((h, i) =>
        put(ws, 3, i + 1, t(h), { bold: true, border: true, ...(f ? { font: f } : {}) }),
      );
      const levels = names.map(() => randomLevel(rng));
      names.forEach((n, i) => {
        bodyCell(ws, 4 + i, 1, i + 1);
        bodyCell(ws, 4 + i, 2, t(n), f);
        bodyCell(ws, 4 + i, 3, t(style[levels[i] as Level]), f);
      });
      widths(ws, [6, 44, 30]);
      return tally(y, levels);
    });
    return {
      workbook: wb,
      key: {
        family: 'legacy-encoded',
        variant: enc,
        years: keys,
        defects: [],
        meetings: [],
        unsure: false,
      },
    };
  },
};

interface RegisterRow {
  name: string;
  members: number;
  /** Per month: held or not. */
  held: boolean[];
  thematic: number[];
}

function registerRows(
  rng: Rng,
  n: number,
): { rows: RegisterRow[]; short: number; noThematic: number; pending: number } {
  const rows: RegisterRow[] = communeCells(rng, n).map((name) => ({
    name,
    members: rng.int(9, 40),
    held: Array.from({ length: 12 }, () => true),
    thematic: Array.from({ length: 4 }, () => rng.int(1, 2)),
  }));
  const short = rng.chance(0.6) ? rng.int(0, rows.length - 1) : -1;
  if (short >= 0) (rows[short] as RegisterRow).held[rng.int(1, 9)] = false;
  const noThematic = rng.chance(0.5) ? rng.int(0, rows.length - 1) : -1;
  if (noThematic >= 0) (rows[noThematic] as RegisterRow).thematic[rng.int(0, 3)] = 0;
  // A row whose last quarter is not compiled yet: months 10-12 and the fourth quarter blank.
  let pending = rng.chance(0.4) ? rng.int(0, rows.length - 1) : -1;
  if (pending === short || pending === noThematic) pending = -1;
  return { rows, short, noThematic, pending };
}

function meetingKey(sheet: string, row: number, year: number, r: RegisterRow): MeetingKey {
  const regular = r.held.filter(Boolean).length;
  return { sheet, row, year, regular, compliant: regular >= 12 && r.thematic.every((t) => t >= 1) };
}

/** Months as columns holding the meeting's date or attendance, a "Tổng số buổi" formula, "CĐ quý" counts, a typed verdict. */
function register(
  name: string,
  about: string,
  cellValue: (rng: Rng, r: RegisterRow, month: number, year: number) => string | number | Date,
): Family {
  return {
    name,
    about,
    make(rng) {
      const year = rng.int(2019, 2024);
      const wb = new Workbook();
      const sheet = rng.pick([`SHCB ${year}`, 'Sinh hoạt chi bộ', `Theo doi SH ${year}`]);
      const ws = wb.addWorksheet(sheet);
      const monthLabel = rng.pick([
        (m: number) => `T${m}`,
        (m: number) => `Tháng ${m}`,
        (m: number) => `${m}`,
      ]);
      const qLabel = rng.pick([
        (q: number) => `CĐ quý ${q}`,
        (q: number) => `Q${q}`,
        (q: number) => `Quý ${['I', 'II', 'III', 'IV'][q - 1]}`,
      ]);
      let r = titleBlock(ws, rng, 1, { year, subject: 'SỔ THEO DÕI SINH HOẠT CHI BỘ', width: 21 });
      headerRow(ws, r, 1, [
        'STT',
        'Chi bộ',
        'Số ĐV',
        'Sinh hoạt thường kỳ',
        ...Array(11).fill(null),
        'Tổng số buổi',
        'Sinh hoạt chuyên đề',
        null,
        null,
        null,
        'Đánh giá',
      ]);
      ws.mergeCells(r, 4, r, 15);
      ws.mergeCells(r, 17, r, 20);
      headerRow(ws, r + 1, 1, [
        null,
        null,
        null,
        ...Array.from({ length: 12 }, (_, i) => monthLabel(i + 1)),
        null,
        ...[1, 2, 3, 4].map(qLabel),
        null,
      ]);
      for (const c of [1, 2, 3, 16, 21]) ws.mergeCells(r, c, r + 1, c);
      r += 2;
      const { rows, short, noThematic, pending } = registerRows(rng, rng.int(6, 14));
      const attendance = name === 'register-attendance';
      const low = attendance && rng.chance(0.5) ? rng.int(0, rows.length - 1) : -1;
      let noMembers = attendance && rng.chance(0.4) ? rng.int(0, rows.length - 1) : -1;
      // Attendance cannot be judged low without a member count: not both on one row.
      if (noMembers === low) noMembers = -1;
      const meetings: MeetingKey[] = [];
      const defects: DefectKey[] = [];
      rows.forEach((row, i) => {
        bodyCell(ws, r, 1, i + 1);
        bodyCell(ws, r, 2, row.name);
        bodyCell(ws, r, 3, i === noMembers ? rng.pick([0, null]) : row.members);
        if (i === noMembers)
          defects.push({
            rule: 'meeting.members-missing',
            sheet,
            row: r,
            cell: addr(r, 3),
            what: 'attendance but no member count',
          });
        const lowMonth = rng.int(1, 9);
        row.held.forEach((h, m) => {
          if (i === pending && m >= 9) return bodyCell(ws, r, 4 + m, null);
          if (i === low && m === lowMonth && h) {
            defects.push({
              rule: 'meeting.attendance-low',
              sheet,
              row: r,
              cell: addr(r, 4 + m),
              what: 'attendance 70%',
            });
            return bodyCell(ws, r, 4 + m, Math.floor(row.members * 0.7));
          }
          bodyCell(
            ws,
            r,
            4 + m,
            h ? cellValue(rng, row, m + 1, year) : rng.pick(['', 'Không SH', 'không sinh hoạt']),
          );
        });
        const count = row.held.filter((h, m) => h && !(i === pending && m >= 9)).length;
        bodyCell(ws, r, 16, {
          formula: `COUNTA(D${r}:O${r})-COUNTIF(D${r}:O${r},"*không*")`,
          result: count,
        });
        row.thematic.forEach((t, q) =>
          bodyCell(ws, r, 17 + q, i === pending && q === 3 ? null : t),
        );
        const mk =
          i === pending
            ? { sheet, row: r, year, regular: count, compliant: null }
            : meetingKey(sheet, r, year, row);
        bodyCell(
          ws,
          r,
          21,
          i === pending ? 'Chưa tổng hợp quý IV' : mk.compliant ? 'Đạt' : 'Không đạt',
        );
        if (i === pending)
          defects.push({
            rule: 'meeting.no-data',
            sheet,
            row: r,
            what: 'fourth quarter not compiled',
          });
        meetings.push(mk);
        if (i === short)
          defects.push({ rule: 'meeting.regular-short', sheet, row: r, what: `${count} regular` });
        if (i === noThematic)
          defects.push({
            rule: 'meeting.thematic-short',
            sheet,
            row: r,
            what: 'a quarter without thematic',
          });
        r++;
      });
      widths(ws, [5, 30, 6, ...Array(12).fill(7), 8, 7, 7, 7, 7, 10]);
      return {
        workbook: wb,
        key: { family: name, variant: 'v', years: [], defects, meetings, unsure: false },
      };
    },
  };
}

const registerDates = register(
  'register-dates',
  'months as columns holding the meeting date (text "dd/mm" or a date), "Tổng số buổi" formula, thematic counts under short quarter headers, typed Đạt/Không đạt',
  (rng, _r, m, y) =>
    rng.chance(0.5)
      ? `${String(rng.int(3, 25)).padStart(2, '0')}/${String(m).padStart(2, '0')}`
      : new Date(Date.UTC(y, m - 1, rng.int(3, 25))),
);

const registerAttendance = register(
  'register-attendance',
  'months as columns holding the number attending, beside a "Số ĐV" column',
  (rng, r) => rng.int(Math.ceil(r.members * 0.9), r.members),
);

/** One sheet per quarter: three month columns and a thematic column; genuinely hard to join. */
const registerPerQuarter: Family = {
  name: 'register-per-quarter',
  about:
    'a sheet per quarter ("Quý I".."Quý IV"), three month columns and a "Chuyên đề" column each',
  make(rng) {
    const year = rng.int(2019, 2024);
    const wb = new Workbook();
    const cells = communeCells(rng, rng.int(5, 10));
    ['I', 'II', 'III', 'IV'].forEach((q, qi) => {
      const ws: Worksheet = wb.addWorksheet(`Quý ${q}`);
      line(ws, 1, 1, 6, `THEO DÕI SINH HOẠT CHI BỘ QUÝ ${q} NĂM ${year}`, { bold: true });
      headerRow(ws, 3, 1, [
        'STT',
        'Chi bộ',
        ...[1, 2, 3].map((m) => `Tháng ${qi * 3 + m}`),
        'Chuyên đề',
      ]);
      cells.forEach((c, i) => {
        bodyCell(ws, 4 + i, 1, i + 1);
        bodyCell(ws, 4 + i, 2, c);
        for (let m = 0; m < 3; m++) bodyCell(ws, 4 + i, 3 + m, 'x');
        bodyCell(ws, 4 + i, 6, 'x');
      });
      widths(ws, [5, 30, 9, 9, 9, 10]);
    });
    return {
      workbook: wb,
      key: {
        family: 'register-per-quarter',
        variant: 'v',
        years: [],
        defects: [],
        meetings: [],
        unsure: true,
      },
    };
  },
};

export const OTHER_FAMILIES: readonly Family[] = [
  pivotPerCommune,
  yearRowsSummary,
  legacyLists,
  registerDates,
  registerAttendance,
  registerPerQuarter,
];
