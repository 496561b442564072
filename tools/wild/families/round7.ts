/**
 * Round 7 of the independent layouts (issue #10): meeting registers, meeting logs, member lists
 * and software exports, written like rounds 1–5 from docs/, the domain brief and tools/wild only,
 * never from the engine. Three-row headers (quarter over month over kind), half-year sheets,
 * online-form exports, print-ready registers with page headers, notes explaining a missed month,
 * cells merged in mid-year, counts per quarter, minute-book indexes whose kind is only in the
 * topic, the new communes' registers with the old commune beside each village, member lists with
 * an exemption column and report-generator member exports grouped by cell.
 */
import { Workbook } from 'exceljs';
import { tally, type DefectKey, type Family, type MeetingKey } from '../key';
import type { Rng } from '../../random';
import { bodyCell, colLetter, headerRow, line, put, titleBlock, widths } from '../sheetKit';
import {
  communeCells,
  COMMUNES,
  GRADE_ABBR_2018,
  gradeStyle,
  NEW_COMMUNES,
  VILLAGES,
  type Level,
} from '../vocabulary';
import {
  dayText,
  keyOf,
  logKeys,
  logMeetings,
  mark,
  memberName,
  newCommuneCells,
  plantCells,
  regularOf,
  rowDefects,
  ROMAN,
  TOPICS,
  type CellYear,
} from './round5';

function family(
  name: string,
  variant: string,
  parts: { defects?: DefectKey[]; meetings?: MeetingKey[]; years?: ReturnType<typeof tally>[] },
  unsure = false,
): {
  family: string;
  variant: string;
  years: ReturnType<typeof tally>[];
  defects: DefectKey[];
  meetings: MeetingKey[];
  unsure: boolean;
} {
  return {
    family: name,
    variant,
    years: parts.years ?? [],
    defects: parts.defects ?? [],
    meetings: parts.meetings ?? [],
    unsure,
  };
}

/** The months of each quarter in which a cell's thematic meetings were held. */
function thematicMonths(rng: Rng, c: CellYear): Set<number> {
  const months = new Set<number>();
  c.thematic.forEach((t, q) => {
    for (const k of rng.sample([0, 1, 2], Math.min(3, t))) months.add(q * 3 + k);
  });
  return months;
}

/** "Quý I" merged over "Tháng 1..3", each month over "TK" / "CĐ": three header rows, 24 mark columns. */
const registerQuarterKinds: Family = {
  name: 'register-quarter-kinds',
  about:
    'three header rows: "Quý I" merged over "Tháng 1".."Tháng 3", each month over "Thường kỳ"/"Chuyên đề" (or TK/CĐ); x marks; typed yearly totals',
  make(rng) {
    const year = rng.int(2022, 2026);
    const wb = new Workbook();
    const sheet = rng.pick([`Theo dõi SH ${year}`, 'SH theo quý', `TK-CĐ ${year}`]);
    const ws = wb.addWorksheet(sheet);
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: 'BẢNG THEO DÕI SINH HOẠT CHI BỘ THƯỜNG KỲ VÀ CHUYÊN ĐỀ',
      width: 28,
    });
    const [tk, cd] = rng.pick([
      ['Thường kỳ', 'Chuyên đề'],
      ['TK', 'CĐ'],
      ['SH TK', 'SH CĐ'],
    ] as const);
    const last = 3 + 24;
    headerRow(ws, r, 1, ['STT', 'Tên chi bộ']);
    for (let q = 0; q < 4; q++) {
      put(ws, r, 3 + q * 6, `Quý ${ROMAN[q]}`, { bold: true, border: true, center: true });
      ws.mergeCells(r, 3 + q * 6, r, 8 + q * 6);
    }
    headerRow(ws, r, last, ['Tổng số buổi TK', 'Tổng số buổi CĐ']);
    for (let m = 0; m < 12; m++) {
      put(ws, r + 1, 3 + m * 2, `Tháng ${m + 1}`, { bold: true, border: true, center: true });
      ws.mergeCells(r + 1, 3 + m * 2, r + 1, 4 + m * 2);
      headerRow(ws, r + 2, 3 + m * 2, [tk, cd]);
    }
    for (const c of [1, 2, last, last + 1]) ws.mergeCells(r, c, r + 2, c);
    r += 3;
    const p = plantCells(rng, communeCells(rng, rng.int(5, 10)));
    const meetings: MeetingKey[] = [];
    const defects: DefectKey[] = [];
    p.cells.forEach((c, i) => {
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, c.name);
      const th = thematicMonths(rng, c);
      for (let m = 0; m < 12; m++) {
        bodyCell(ws, r, 3 + m * 2, c.held[m] ? mark(rng) : null);
        bodyCell(ws, r, 4 + m * 2, th.has(m) ? mark(rng) : null);
      }
      bodyCell(ws, r, last, regularOf(c));
      bodyCell(ws, r, last + 1, th.size);
      meetings.push(keyOf(sheet, r, year, c));
      defects.push(...rowDefects(sheet, r, p, i));
      r++;
    });
    widths(ws, [5, 28, ...Array(24).fill(4), 8, 8]);
    return {
      workbook: wb,
      key: family('register-quarter-kinds', tk, { defects, meetings }),
    };
  },
};

/** One register per half year on two sheets; each sheet holds six months and two quarters. */
const registerHalfYearSheets: Family = {
  name: 'register-half-year-sheets',
  about:
    'the year split over two sheets "6 tháng đầu năm" and "6 tháng cuối năm", each with six month columns and two thematic quarters; keyed per sheet, the other half being no data',
  make(rng) {
    const year = rng.int(2021, 2025);
    const wb = new Workbook();
    const p = plantCells(rng, communeCells(rng, rng.int(5, 9)));
    const meetings: MeetingKey[] = [];
    const defects: DefectKey[] = [];
    const named = rng.chance(0.5);
    for (const half of [0, 1]) {
      const sheet = named
        ? half === 0
          ? '6 tháng đầu năm'
          : '6 tháng cuối năm'
        : half === 0
          ? `6T đầu ${year}`
          : `6T cuối ${year}`;
      const ws = wb.addWorksheet(sheet);
      line(
        ws,
        1,
        1,
        12,
        `THEO DÕI SINH HOẠT CHI BỘ ${half === 0 ? '6 THÁNG ĐẦU' : '6 THÁNG CUỐI'} NĂM ${year}`,
        { bold: true },
      );
      line(ws, 2, 1, 12, `Đảng bộ xã ${rng.pick(COMMUNES)}`, { italic: true });
      headerRow(ws, 4, 1, [
        'STT',
        'Chi bộ',
        'Số ĐV',
        ...Array.from({ length: 6 }, (_, m) => `Tháng ${half * 6 + m + 1}`),
        ...[0, 1].map((q) => `CĐ Quý ${ROMAN[half * 2 + q]}`),
        'Ghi chú',
      ]);
      p.cells.forEach((c, i) => {
        const r = 5 + i;
        bodyCell(ws, r, 1, i + 1);
        bodyCell(ws, r, 2, c.name);
        bodyCell(ws, r, 3, c.members);
        for (let m = 0; m < 6; m++) bodyCell(ws, r, 4 + m, c.held[half * 6 + m] ? 'x' : null);
        for (let q = 0; q < 2; q++)
          bodyCell(ws, r, 10 + q, (c.thematic[half * 2 + q] ?? 0) > 0 ? 'x' : null);
        bodyCell(ws, r, 12, null);
        const heldHere = c.held.slice(half * 6, half * 6 + 6);
        const regular = heldHere.filter(Boolean).length;
        const thHere = c.thematic.slice(half * 2, half * 2 + 2);
        // The other half has no record here: a shortfall is certain, compliance otherwise unknown.
        const compliant = regular < 6 || thHere.some((t) => t === 0) ? false : null;
        meetings.push({ sheet, row: r, year, regular, compliant });
        if (regular < 6)
          defects.push({ rule: 'meeting.regular-short', sheet, row: r, what: 'a month blank' });
        if (thHere.some((t) => t === 0))
          defects.push({
            rule: 'meeting.thematic-short',
            sheet,
            row: r,
            what: 'a quarter blank',
          });
      });
      widths(ws, [5, 28, 7, 8, 8, 8, 8, 8, 8, 9, 9, 18]);
    }
    return {
      workbook: wb,
      key: family('register-half-year-sheets', named ? 'named halves' : 'short names', {
        defects,
        meetings,
      }),
    };
  },
};

/** A Google-Forms-like sheet of meeting reports, one row per submission, in submission order. */
const formMeetingExport: Family = {
  name: 'form-meeting-export',
  about:
    'an online form\'s responses: "Dấu thời gian" (submission time), "Tên chi bộ", "Loại sinh hoạt", "Ngày sinh hoạt" as text "15/03/2024", present and absent counts, topic; rows in submission order, not meeting order',
  make(rng) {
    const year = rng.int(2023, 2025);
    const wb = new Workbook();
    const sheet = rng.pick(['Câu trả lời biểu mẫu 1', 'Form Responses 1', 'Phản hồi']);
    const ws = wb.addWorksheet(sheet);
    const email = rng.chance(0.5);
    headerRow(ws, 1, 1, [
      'Dấu thời gian',
      ...(email ? ['Địa chỉ email'] : []),
      'Tên chi bộ',
      'Loại sinh hoạt',
      'Ngày sinh hoạt',
      'Số đảng viên có mặt',
      'Số đảng viên vắng mặt',
      'Nội dung sinh hoạt',
    ]);
    const off = email ? 1 : 0;
    const cells = newCommuneCells(rng, rng.int(3, 5));
    const members = cells.map(() => rng.int(10, 36));
    const g = logMeetings(rng, year, cells.length);
    // Submitted a few days after the meeting; the sheet keeps submission order.
    const sent = g.list.map((mt) => {
      const t = mt.day.getTime() + rng.int(0, 6) * 86400000 + rng.int(6, 22) * 3600000;
      return { mt, at: new Date(t + rng.int(0, 3599) * 1000) };
    });
    const order = sent
      .map((_, i) => i)
      .sort((a, b) => sent[a]!.at.getTime() - sent[b]!.at.getTime());
    const rowOf = new Map<number, number>();
    order.forEach((i, k) => rowOf.set(i, 2 + k));
    sent.forEach(({ mt, at }, i) => {
      const row = rowOf.get(i) as number;
      const pad = (n: number) => String(n).padStart(2, '0');
      const stamp = `${at.getUTCDate()}/${at.getUTCMonth() + 1}/${at.getUTCFullYear()} ${at.getUTCHours()}:${pad(at.getUTCMinutes())}:${pad(at.getUTCSeconds())}`;
      const mem = members[mt.cell] as number;
      const present = rng.int(Math.ceil(mem * 0.9), mem);
      ws.getCell(row, 1).value = stamp;
      if (email)
        ws.getCell(row, 2).value = `chibo${mt.cell + 1}.${rng.pick(['xa', 'dangbo'])}@gmail.com`;
      ws.getCell(row, 2 + off).value = cells[mt.cell] as string;
      ws.getCell(row, 3 + off).value = mt.thematic ? 'Sinh hoạt chuyên đề' : 'Sinh hoạt thường kỳ';
      ws.getCell(row, 4 + off).value = dayText(mt.day);
      ws.getCell(row, 5 + off).value = present;
      ws.getCell(row, 6 + off).value = mem - present;
      ws.getCell(row, 7 + off).value = mt.thematic
        ? rng.pick(TOPICS)
        : `Sinh hoạt thường kỳ tháng ${mt.day.getUTCMonth() + 1}`;
    });
    const { meetings, defects } = logKeys(
      sheet,
      year,
      cells.length,
      g,
      (i) => rowOf.get(i) as number,
    );
    widths(ws, [19, ...(email ? [26] : []), 28, 20, 14, 10, 10, 40]);
    return {
      workbook: wb,
      key: family('form-meeting-export', email ? 'with email' : 'no email', {
        defects,
        meetings,
      }),
    };
  },
};

/** A long register laid out for printing: column numbers under the header, header again on every page. */
const registerPrintPages: Family = {
  name: 'register-print-pages',
  about:
    'a merged commune\'s long register (20–36 cells) with a "(1) (2) (3)…" row under a two-row header, the header and that row repeated at each printed page, sometimes after a "Trang 2" line',
  make(rng) {
    const year = rng.int(2022, 2026);
    const wb = new Workbook();
    const sheet = rng.pick(['In', 'Bản in', `SHCB ${year}`]);
    const ws = wb.addWorksheet(sheet);
    const width = 20;
    let r = titleBlock(ws, rng, 1, { year, subject: 'SỔ THEO DÕI SINH HOẠT CHI BỘ', width });
    const numbers = Array.from({ length: width }, (_, i) => `(${i + 1})`);
    const header = (at: number): number => {
      headerRow(ws, at, 1, [
        'STT',
        'Tên chi bộ',
        'Số đảng viên',
        'Sinh hoạt thường kỳ các tháng',
        ...Array(11).fill(null),
        'Sinh hoạt chuyên đề',
        null,
        null,
        null,
        'Ghi chú',
      ]);
      ws.mergeCells(at, 4, at, 15);
      ws.mergeCells(at, 16, at, 19);
      headerRow(ws, at + 1, 4, [
        ...Array.from({ length: 12 }, (_, m) => m + 1),
        ...ROMAN.map((q) => `Quý ${q}`),
      ]);
      for (const c of [1, 2, 3, 20]) ws.mergeCells(at, c, at + 1, c);
      numbers.forEach((n, i) =>
        put(ws, at + 2, 1 + i, n, { italic: true, border: true, center: true }),
      );
      return at + 3;
    };
    r = header(r);
    const names = [
      ...rng.sample(VILLAGES, 18).map((v) => `Chi bộ thôn ${v}`),
      ...rng.sample(VILLAGES, 8).map((v) => `Chi bộ tổ dân phố ${v}`),
      'Chi bộ Trường THCS',
      'Chi bộ Trường Tiểu học',
      'Chi bộ Trạm Y tế',
      'Chi bộ Công an xã',
      'Chi bộ Quân sự xã',
    ];
    const p = plantCells(rng, names.slice(0, rng.int(20, names.length)));
    const pageRows = rng.int(14, 20);
    const pageWord = rng.chance(0.5);
    const meetings: MeetingKey[] = [];
    const defects: DefectKey[] = [];
    let page = 1;
    p.cells.forEach((c, i) => {
      if (i > 0 && i % pageRows === 0) {
        page++;
        if (pageWord) line(ws, r++, 1, width, `Trang ${page}`, { italic: true });
        r = header(r);
      }
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, c.name);
      bodyCell(ws, r, 3, c.members);
      c.held.forEach((h, m) => bodyCell(ws, r, 4 + m, h ? 'x' : null));
      c.thematic.forEach((t, q) => bodyCell(ws, r, 16 + q, t > 0 ? 'x' : null));
      bodyCell(ws, r, 20, null);
      meetings.push(keyOf(sheet, r, year, c));
      defects.push(...rowDefects(sheet, r, p, i));
      r++;
    });
    widths(ws, [5, 28, 7, ...Array(12).fill(4), 6, 6, 6, 6, 16]);
    ws.pageSetup.printTitlesRow = '1:1';
    return {
      workbook: wb,
      key: family('register-print-pages', pageWord ? 'Trang n lines' : 'headers only', {
        defects,
        meetings,
      }),
    };
  },
};

const STORMS = [
  'Nghỉ do bão số 3 (Yagi)',
  'Bão số 3, ngập lụt không tổ chức được',
  'Lũ quét, đường bị chia cắt',
  'Dịch Covid-19, giãn cách',
];

/** A missed month left blank with its reason in the note column; two cells merged in July. */
const registerStormNotes: Family = {
  name: 'register-storm-notes',
  about:
    'a missed month left blank with the reason in "Ghi chú" ("Nghỉ do bão số 3 (Yagi)"), two cells merged in July: the old cells blank from July, the new one blank before, each noted "Sáp nhập" (those rows unkeyed)',
  make(rng) {
    const year = rng.int(2021, 2025);
    const wb = new Workbook();
    const sheet = rng.pick([`SH ${year}`, 'Theo dõi', 'Sinh hoạt chi bộ']);
    const ws = wb.addWorksheet(sheet);
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: 'THEO DÕI KẾT QUẢ SINH HOẠT CHI BỘ',
      width: 19,
    });
    headerRow(ws, r, 1, [
      'STT',
      'Chi bộ',
      ...Array.from({ length: 12 }, (_, m) => `T${m + 1}`),
      ...ROMAN.map((_, q) => `Quý ${q + 1} (CĐ)`),
      'Ghi chú',
    ]);
    r++;
    const villages = rng.sample(VILLAGES, rng.int(7, 11));
    const p = plantCells(
      rng,
      villages.slice(2).map((v) => `Chi bộ thôn ${v}`),
    );
    const [a, b] = [villages[0] as string, villages[1] as string];
    const merged = `Chi bộ thôn ${a} - ${b}`;
    const at = rng.int(1, p.cells.length - 1);
    const meetings: MeetingKey[] = [];
    const defects: DefectKey[] = [];
    let n = 0;
    const cellRow = (name: string, held: boolean[], th: boolean[], note: string | null): void => {
      bodyCell(ws, r, 1, ++n);
      bodyCell(ws, r, 2, name);
      held.forEach((h, m) => bodyCell(ws, r, 3 + m, h ? 'x' : null));
      th.forEach((t, q) => bodyCell(ws, r, 15 + q, t ? 'x' : null));
      bodyCell(ws, r, 19, note);
    };
    p.cells.forEach((c, i) => {
      if (i === at) {
        const month = rng.int(6, 8);
        for (const v of [a, b]) {
          cellRow(
            `Chi bộ thôn ${v}`,
            Array.from({ length: 12 }, (_, m) => m < month),
            [true, true, false, false],
            `Sáp nhập vào ${merged} từ tháng ${month + 1}/${year}`,
          );
          r++;
        }
        cellRow(
          merged,
          Array.from({ length: 12 }, (_, m) => m >= month),
          [false, false, true, true],
          `Thành lập tháng ${month + 1}/${year} (sáp nhập)`,
        );
        r++;
      }
      const missed = c.held.findIndex((h) => !h);
      const noteOf = (): string | null => {
        if (missed >= 0) return `Tháng ${missed + 1}: ${rng.pick(STORMS)}`;
        if (c.thematic.some((t) => t === 0)) return 'Chưa tổ chức chuyên đề';
        return rng.chance(0.15) ? 'Thực hiện tốt' : null;
      };
      cellRow(
        c.name,
        c.held,
        c.thematic.map((t) => t > 0),
        noteOf(),
      );
      meetings.push(keyOf(sheet, r, year, c));
      defects.push(...rowDefects(sheet, r, p, i));
      r++;
    });
    widths(ws, [5, 30, ...Array(12).fill(4), 8, 8, 8, 8, 36]);
    return {
      workbook: wb,
      key: family('register-storm-notes', 'v', { defects, meetings }),
    };
  },
};

/** A member list with a "Miễn sinh hoạt" column: exempt members have no grade and are not counted. */
const memberExemptColumn: Family = {
  name: 'member-exempt-column',
  about:
    'members with "Miễn sinh hoạt" (x) and "Xếp loại năm N" columns: exempt members\' grade blank or "-" and left out of the counts; one member not exempt with a blank grade',
  make(rng) {
    const year = rng.int(2020, 2025);
    const wb = new Workbook();
    const sheet = rng.pick([`Dang vien ${year}`, `ĐV chi bộ ${year}`, 'Danh sách']);
    const ws = wb.addWorksheet(sheet);
    const cell = rng.pick(communeCells(rng, 8));
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: `DANH SÁCH ĐẢNG VIÊN VÀ KẾT QUẢ XẾP LOẠI - ${cell.toUpperCase()}`,
      width: 7,
    });
    const exemptHead = rng.pick(['Miễn sinh hoạt', 'Miễn công tác, sinh hoạt', 'Miễn SH']);
    headerRow(ws, r++, 1, [
      'STT',
      'Họ và tên',
      'Năm sinh',
      'Ngày vào Đảng',
      exemptHead,
      `Xếp loại năm ${year}`,
      'Ghi chú',
    ]);
    const style = gradeStyle(rng, year);
    const used = new Set<string>();
    const size = rng.int(14, 30);
    const blankAt = rng.chance(0.6) ? rng.int(2, size - 1) : -1;
    const exemptFill = rng.pick([null, '-', '']);
    const kinds: (Level | 'exempt' | 'blank')[] = Array.from({ length: size }, (_, i) =>
      i === blankAt
        ? 'blank'
        : rng.chance(0.12)
          ? 'exempt'
          : rng.chance(0.1)
            ? 'excellent'
            : rng.chance(0.93)
              ? 'good'
              : 'pass',
    );
    // Excellent within 20% of good, so the member rule does not fire on a clean list.
    const good = kinds.filter((k) => k === 'good').length;
    let exc = 0;
    kinds.forEach((k, i) => {
      if (k === 'excellent' && ++exc > Math.floor(good * 0.2)) kinds[i] = 'good';
    });
    const levels: (Level | null)[] = [];
    const defects: DefectKey[] = [];
    kinds.forEach((k, i) => {
      const exempt = k === 'exempt';
      const born = exempt ? rng.int(1935, 1952) : rng.int(1960, 2001);
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, memberName(rng, used));
      bodyCell(ws, r, 3, born);
      bodyCell(
        ws,
        r,
        4,
        dayText(new Date(Date.UTC(born + rng.int(19, 30), rng.int(0, 11), rng.int(1, 28)))),
      );
      bodyCell(ws, r, 5, exempt ? rng.pick(['x', 'x', 'X']) : null);
      if (k === 'exempt') {
        bodyCell(ws, r, 6, exemptFill);
        bodyCell(ws, r, 7, rng.pick(['Tuổi cao', 'Tuổi cao, sức yếu', 'Ốm đau dài ngày']));
      } else if (k === 'blank') {
        bodyCell(ws, r, 6, null);
        bodyCell(ws, r, 7, null);
        levels.push(null);
        defects.push({
          rule: 'grade.blank',
          sheet,
          row: r,
          cell: `F${r}`,
          what: 'not exempt, no grade',
        });
      } else {
        bodyCell(ws, r, 6, style[k]);
        bodyCell(ws, r, 7, null);
        levels.push(k);
      }
      r++;
    });
    widths(ws, [5, 26, 9, 13, 10, 28, 20]);
    return {
      workbook: wb,
      key: family('member-exempt-column', `${exemptHead}, ${String(exemptFill)}`, {
        years: [tally(year, levels)],
        defects,
      }),
    };
  },
};

/** A report generator's member list: group line per cell, codes, dates, a "Cộng" line per cell. */
const memberReportGroups: Family = {
  name: 'member-report-groups',
  about:
    'a report generator\'s member list: "Chi bộ: …" group lines (no cell column), STT restarting per cell, member codes, birth and admission dates as text, grade; "Cộng: n đảng viên" under each cell and "Tổng cộng" at the end; namesakes across cells; one member printed twice',
  make(rng) {
    const year = rng.int(2021, 2025);
    const wb = new Workbook();
    const sheet = rng.pick(['rptDangVien', 'BaoCao', 'Sheet1']);
    const ws = wb.addWorksheet(sheet);
    line(
      ws,
      1,
      1,
      7,
      `DANH SÁCH ĐẢNG VIÊN THEO CHI BỘ - ĐẢNG BỘ XÃ ${rng.pick(NEW_COMMUNES).toUpperCase()}`,
      {
        bold: true,
      },
    );
    line(ws, 2, 1, 7, `Kết quả xếp loại chất lượng năm ${year}`, { italic: true });
    line(ws, 3, 1, 7, `Ngày in: ${rng.int(2, 28)}/${rng.int(1, 3)}/${year + 1}`, { italic: true });
    headerRow(ws, 5, 1, [
      'STT',
      'Mã đảng viên',
      'Họ và tên',
      'Ngày sinh',
      'Ngày vào Đảng',
      'Ngày chính thức',
      'Xếp loại',
    ]);
    const style = rng.chance(0.5) ? GRADE_ABBR_2018 : gradeStyle(rng, year);
    const cells = communeCells(rng, rng.int(3, 5));
    let r = 6;
    const levels: Level[] = [];
    const defects: DefectKey[] = [];
    const shared = memberName(rng, new Set());
    const dupCell = rng.chance(0.6) ? rng.int(0, cells.length - 1) : -1;
    let total = 0;
    cells.forEach((cell, ci) => {
      put(ws, r, 1, `Chi bộ: ${cell}`, { bold: true });
      ws.mergeCells(r, 1, r, 7);
      r++;
      const used = new Set<string>([shared]);
      const size = rng.int(6, 13);
      const members: { code: string; name: string; born: Date; grade: Level }[] = [];
      for (let i = 0; i < size; i++) {
        const grade: Level = rng.chance(0.12) ? 'excellent' : rng.chance(0.93) ? 'good' : 'pass';
        members.push({
          code: `${rng.pick(['01', '02'])}.${String(rng.int(100000, 999999))}`,
          name: i === 0 && ci < 2 ? shared : memberName(rng, used),
          born: new Date(Date.UTC(rng.int(1955, 2000), rng.int(0, 11), rng.int(1, 28))),
          grade,
        });
      }
      // Keep the 20% rule satisfied per cell.
      const good = members.filter((m) => m.grade === 'good').length;
      let e = 0;
      for (const m of members)
        if (m.grade === 'excellent' && ++e > Math.floor(good * 0.2)) m.grade = 'good';
      const rows = members.map((m) => ({ ...m, repeat: false }));
      if (ci === dupCell) {
        const k = rng.int(0, rows.length - 2);
        rows.splice(k + 1, 0, { ...(rows[k] as (typeof rows)[number]), repeat: true });
      }
      rows.forEach((m, i) => {
        const joined = m.born.getUTCFullYear() + rng.int(20, 28);
        bodyCell(ws, r, 1, i + 1);
        bodyCell(ws, r, 2, m.code);
        bodyCell(ws, r, 3, m.name);
        bodyCell(ws, r, 4, dayText(m.born));
        bodyCell(ws, r, 5, dayText(new Date(Date.UTC(joined, rng.int(0, 11), rng.int(1, 28)))));
        bodyCell(ws, r, 6, dayText(new Date(Date.UTC(joined + 1, rng.int(0, 11), rng.int(1, 28)))));
        bodyCell(ws, r, 7, style[m.grade]);
        if (m.repeat)
          defects.push({
            rule: 'unit.duplicate',
            sheet,
            row: r,
            cell: `C${r}`,
            what: `${m.name} (${m.code}) printed twice`,
          });
        else levels.push(m.grade);
        r++;
      });
      total += members.length;
      put(ws, r, 1, `Cộng: ${members.length} đảng viên`, { bold: true, italic: true });
      ws.mergeCells(r, 1, r, 3);
      r++;
    });
    put(ws, r, 1, `Tổng cộng: ${total} đảng viên`, { bold: true });
    ws.mergeCells(r, 1, r, 3);
    widths(ws, [6, 14, 26, 12, 13, 13, 28]);
    return {
      workbook: wb,
      key: family('member-report-groups', style === GRADE_ABBR_2018 ? 'abbr' : 'style', {
        years: [tally(year, levels)],
        defects,
      }),
    };
  },
};

/** Meetings counted per quarter: "Quý I" over "Số buổi TK" (3) and "Số buổi CĐ" (1); a "Cả năm" pair. */
const registerQuarterCounts: Family = {
  name: 'register-quarter-counts',
  about:
    'meetings counted per quarter: "Quý I".."Quý IV" merged over "Số buổi TK" (3) and "Số buổi CĐ" (1), a "Cả năm" pair of SUMs; a quarter with 2 regular or 0 thematic',
  make(rng) {
    const year = rng.int(2020, 2025);
    const wb = new Workbook();
    const sheet = rng.pick([`Tong hop SH ${year}`, 'Theo quý', `SH quý ${year}`]);
    const ws = wb.addWorksheet(sheet);
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: 'TỔNG HỢP SỐ BUỔI SINH HOẠT CHI BỘ THEO QUÝ',
      width: 13,
    });
    const [tk, cd] = rng.pick([
      ['Số buổi TK', 'Số buổi CĐ'],
      ['SH thường kỳ', 'SH chuyên đề'],
      ['TK', 'CĐ'],
    ] as const);
    headerRow(ws, r, 1, ['STT', 'Tên chi bộ']);
    for (let q = 0; q < 5; q++) {
      put(ws, r, 3 + q * 2, q < 4 ? `Quý ${ROMAN[q]}` : 'Cả năm', {
        bold: true,
        border: true,
        center: true,
      });
      ws.mergeCells(r, 3 + q * 2, r, 4 + q * 2);
      headerRow(ws, r + 1, 3 + q * 2, [tk, cd]);
    }
    for (const c of [1, 2]) ws.mergeCells(r, c, r + 1, c);
    r += 2;
    const p = plantCells(rng, communeCells(rng, rng.int(5, 11)));
    const meetings: MeetingKey[] = [];
    const defects: DefectKey[] = [];
    p.cells.forEach((c, i) => {
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, c.name);
      for (let q = 0; q < 4; q++) {
        bodyCell(ws, r, 3 + q * 2, c.held.slice(q * 3, q * 3 + 3).filter(Boolean).length);
        bodyCell(ws, r, 4 + q * 2, c.thematic[q] as number);
      }
      const tkCols = [0, 1, 2, 3].map((q) => `${colLetter(3 + q * 2)}${r}`);
      const cdCols = [0, 1, 2, 3].map((q) => `${colLetter(4 + q * 2)}${r}`);
      bodyCell(ws, r, 11, { formula: `SUM(${tkCols.join(',')})`, result: regularOf(c) });
      bodyCell(ws, r, 12, {
        formula: `SUM(${cdCols.join(',')})`,
        result: c.thematic.reduce((a, b) => a + b, 0),
      });
      meetings.push(keyOf(sheet, r, year, c));
      defects.push(...rowDefects(sheet, r, p, i));
      r++;
    });
    widths(ws, [5, 28, ...Array(10).fill(8)]);
    return {
      workbook: wb,
      key: family('register-quarter-counts', tk, { defects, meetings }),
    };
  },
};

/** An index of the minute book: the kind of meeting is only in the minute's title. */
const logMinutesIndex: Family = {
  name: 'log-minutes-index',
  about:
    'an index of the minute book: "Số biên bản" ("03/BB-CB"), date, cell, start and end times, "Có mặt/Tổng số" as "25/28", the kind only inside "Nội dung" ("Sinh hoạt thường kỳ tháng 3", "Chuyên đề quý I: …")',
  make(rng) {
    const year = rng.int(2021, 2025);
    const wb = new Workbook();
    const sheet = rng.pick([`Bien ban ${year}`, 'Sổ biên bản', 'Danh mục BB']);
    const ws = wb.addWorksheet(sheet);
    line(ws, 1, 1, 8, `DANH MỤC BIÊN BẢN SINH HOẠT CHI BỘ NĂM ${year}`, { bold: true });
    line(ws, 2, 1, 8, `Đảng bộ xã ${rng.pick(NEW_COMMUNES)}`, { italic: true });
    headerRow(ws, 4, 1, [
      'STT',
      'Số biên bản',
      'Ngày họp',
      'Chi bộ',
      'Nội dung',
      'Bắt đầu',
      'Kết thúc',
      'Có mặt/Tổng số',
    ]);
    const cells = newCommuneCells(rng, rng.int(3, 4));
    const members = cells.map(() => rng.int(12, 34));
    const g = logMeetings(rng, year, cells.length);
    g.list.sort((a, b) => a.day.getTime() - b.day.getTime() || a.cell - b.cell);
    const asDate = rng.chance(0.5);
    const counter = cells.map(() => 0);
    g.list.forEach((mt, i) => {
      const r = 5 + i;
      const m = mt.day.getUTCMonth();
      const mem = members[mt.cell] as number;
      const start = rng.pick(['07:30', '08:00', '14:00', '19:00', '19:30']);
      const [h, mm] = start.split(':').map(Number) as [number, number];
      const end = `${String(h + 2 + (rng.chance(0.3) ? 1 : 0)).padStart(2, '0')}:${String(mm).padStart(2, '0')}`;
      bodyCell(ws, r, 1, i + 1);
      counter[mt.cell] = (counter[mt.cell] ?? 0) + 1;
      bodyCell(ws, r, 2, `${String(counter[mt.cell]).padStart(2, '0')}/BB-CB`);
      if (asDate) {
        bodyCell(ws, r, 3, mt.day);
        ws.getCell(r, 3).numFmt = 'dd/mm/yyyy';
      } else bodyCell(ws, r, 3, dayText(mt.day));
      bodyCell(ws, r, 4, cells[mt.cell] as string);
      bodyCell(
        ws,
        r,
        5,
        mt.thematic
          ? `${rng.pick(['Chuyên đề', 'Sinh hoạt chuyên đề', 'SHCĐ'])} quý ${ROMAN[Math.floor(m / 3)]}: ${rng.pick(TOPICS)}`
          : rng.pick([`Sinh hoạt thường kỳ tháng ${m + 1}`, `SH thường kỳ tháng ${m + 1}/${year}`]),
      );
      bodyCell(ws, r, 6, start);
      bodyCell(ws, r, 7, end);
      bodyCell(ws, r, 8, `${rng.int(Math.ceil(mem * 0.9), mem)}/${mem}`);
    });
    const { meetings, defects } = logKeys(sheet, year, cells.length, g, (i) => 5 + i);
    widths(ws, [5, 11, 12, 28, 50, 8, 8, 10]);
    return {
      workbook: wb,
      key: family('log-minutes-index', asDate ? 'dates' : 'text dates', { defects, meetings }),
    };
  },
};

/** A new commune's full-year register with the old commune of each village in its own column. */
const registerOldCommuneColumn: Family = {
  name: 'register-old-commune-column',
  about:
    'a new commune\'s 2026 register: "Chi bộ" | "Thuộc xã (cũ)" (merged down over its villages, or typed on each row) | "Số ĐV" | T1..T12 | CĐ quý; the same village name under two old communes is two cells',
  make(rng) {
    const year = 2026;
    const commune = rng.pick(NEW_COMMUNES);
    const wb = new Workbook();
    const sheet = rng.pick([`Xã ${commune}`, 'SHCB 2026', 'Sổ theo dõi']);
    const ws = wb.addWorksheet(sheet);
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: `THEO DÕI SINH HOẠT CÁC CHI BỘ THÔN, TỔ DÂN PHỐ - ĐẢNG BỘ XÃ ${commune.toUpperCase()}`,
      width: 20,
      signedYear: 2027,
    });
    const oldHead = rng.pick(['Thuộc xã (cũ)', 'Xã cũ', 'Địa bàn trước sắp xếp']);
    headerRow(ws, r++, 1, [
      'STT',
      'Chi bộ',
      oldHead,
      'Số ĐV',
      ...Array.from({ length: 12 }, (_, m) => `T${m + 1}`),
      ...ROMAN.map((q) => `CĐ quý ${q}`),
    ]);
    const olds = rng.sample(COMMUNES, rng.int(2, 3));
    const shared = rng.pick(VILLAGES);
    const names: { name: string; old: string }[] = [];
    olds.forEach((old, k) => {
      const vs = rng.sample(
        VILLAGES.filter((v) => v !== shared),
        rng.int(3, 5),
      );
      if (k < 2) vs.splice(rng.int(0, vs.length), 0, shared);
      for (const v of vs)
        names.push({ name: rng.chance(0.3) ? `Chi bộ tổ dân phố ${v}` : `Chi bộ thôn ${v}`, old });
    });
    // The shared village keeps one spelling in both old communes: two cells of one name.
    for (const n of names) if (n.name.endsWith(` ${shared}`)) n.name = `Chi bộ thôn ${shared}`;
    const mergedOld = rng.chance(0.5);
    const p = plantCells(
      rng,
      names.map((n) => n.name),
    );
    const meetings: MeetingKey[] = [];
    const defects: DefectKey[] = [];
    let blockStart = r;
    p.cells.forEach((c, i) => {
      const old = (names[i] as { old: string }).old;
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, c.name);
      bodyCell(ws, r, 3, mergedOld && i > 0 && names[i - 1]!.old === old ? null : `Xã ${old}`);
      bodyCell(ws, r, 4, c.members);
      c.held.forEach((h, m) => bodyCell(ws, r, 5 + m, h ? 'x' : null));
      c.thematic.forEach((t, q) => bodyCell(ws, r, 17 + q, t > 0 ? 'x' : null));
      meetings.push(keyOf(sheet, r, year, c));
      defects.push(...rowDefects(sheet, r, p, i));
      const next = names[i + 1];
      if (mergedOld && (!next || next.old !== old)) {
        if (r > blockStart) ws.mergeCells(blockStart, 3, r, 3);
        blockStart = r + 1;
      }
      r++;
    });
    widths(ws, [5, 30, 16, 7, ...Array(12).fill(4), 7, 7, 7, 7]);
    return {
      workbook: wb,
      key: family('register-old-commune-column', `${oldHead}, ${mergedOld ? 'merged' : 'typed'}`, {
        defects,
        meetings,
      }),
    };
  },
};

/** Month cells hold the day of the month the cell met (5, "05"), beside a members column. */
const registerDayNumbers: Family = {
  name: 'register-day-numbers',
  about:
    'month cells hold the day of the month the meeting was held (5 or "05"), under "Ngày sinh hoạt trong tháng", beside "Số ĐV"; quarter columns hold the thematic meeting\'s day too',
  make(rng) {
    const year = rng.int(2021, 2025);
    const wb = new Workbook();
    const sheet = rng.pick([`Ngay SH ${year}`, 'Lịch sinh hoạt', `Theo dõi ${year}`]);
    const ws = wb.addWorksheet(sheet);
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: 'THEO DÕI NGÀY SINH HOẠT CỦA CÁC CHI BỘ',
      width: 19,
    });
    headerRow(ws, r, 1, [
      'STT',
      'Chi bộ',
      'Số ĐV',
      'Ngày sinh hoạt thường kỳ trong tháng',
      ...Array(11).fill(null),
      'Ngày SH chuyên đề',
      null,
      null,
      null,
    ]);
    ws.mergeCells(r, 4, r, 15);
    ws.mergeCells(r, 16, r, 19);
    headerRow(ws, r + 1, 4, [
      ...Array.from({ length: 12 }, (_, m) => `Th ${m + 1}`),
      ...ROMAN.map((q) => `Quý ${q}`),
    ]);
    for (const c of [1, 2, 3]) ws.mergeCells(r, c, r + 1, c);
    r += 2;
    const asText = rng.chance(0.5);
    const day = (): number | string => {
      const d = rng.int(2, 28);
      return asText ? String(d).padStart(2, '0') : d;
    };
    const p = plantCells(rng, communeCells(rng, rng.int(5, 10)));
    const meetings: MeetingKey[] = [];
    const defects: DefectKey[] = [];
    p.cells.forEach((c, i) => {
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, c.name);
      bodyCell(ws, r, 3, c.members);
      c.held.forEach((h, m) => bodyCell(ws, r, 4 + m, h ? day() : null));
      c.thematic.forEach((t, q) => bodyCell(ws, r, 16 + q, t > 0 ? day() : null));
      meetings.push(keyOf(sheet, r, year, c));
      defects.push(...rowDefects(sheet, r, p, i));
      r++;
    });
    widths(ws, [5, 28, 7, ...Array(12).fill(5), 7, 7, 7, 7]);
    return {
      workbook: wb,
      key: family('register-day-numbers', asText ? 'text days' : 'number days', {
        defects,
        meetings,
      }),
    };
  },
};

/** A yearly summary exported per cell and year: counts only, a quality word per row. */
const meetingYearSummaryExport: Family = {
  name: 'meeting-year-summary-export',
  about:
    'an app\'s yearly summary: header on row 1, a row per cell and year ("Năm"), "Số buổi SH thường kỳ", "Số buổi SH chuyên đề" (a yearly count), average attendance "%", quality word "Tốt"/"Khá"/"Trung bình"; compliance unknown unless a count is short',
  make(rng) {
    const wb = new Workbook();
    const sheet = rng.pick(['TongHopSinhHoat', 'Sheet1', 'BaoCaoNam']);
    const ws = wb.addWorksheet(sheet);
    const ascii = rng.chance(0.4);
    headerRow(
      ws,
      1,
      1,
      ascii
        ? [
            'STT',
            'MaChiBo',
            'TenChiBo',
            'Nam',
            'SoBuoiThuongKy',
            'SoBuoiChuyenDe',
            'TyLeDuHop',
            'ChatLuong',
          ]
        : [
            'STT',
            'Mã chi bộ',
            'Tên chi bộ',
            'Năm',
            'Số buổi SH thường kỳ',
            'Số buổi SH chuyên đề',
            'Tỷ lệ ĐV dự họp BQ (%)',
            'Chất lượng sinh hoạt',
          ],
    );
    const years = rng.chance(0.5) ? [2023, 2024] : [2022, 2023, 2024];
    const cells = newCommuneCells(rng, rng.int(3, 6));
    const meetings: MeetingKey[] = [];
    const defects: DefectKey[] = [];
    let r = 2;
    cells.forEach((cell, ci) => {
      for (const year of years) {
        const regular = rng.chance(0.15) ? rng.int(9, 11) : 12;
        const thematic = rng.chance(0.15) ? rng.int(2, 3) : rng.int(4, 5);
        const cells7 = [
          String(r - 1),
          `CB${String(ci + 1).padStart(3, '0')}`,
          cell,
          String(year),
          String(regular),
          String(thematic),
          `${rng.int(88, 99)},${rng.int(0, 9)}`,
          regular < 12 || thematic < 4
            ? rng.pick(['Khá', 'Trung bình'])
            : rng.pick(['Tốt', 'Tốt', 'Khá']),
        ];
        cells7.forEach((v, c) => {
          ws.getCell(r, c + 1).value = v;
        });
        meetings.push({
          sheet,
          row: r,
          year,
          regular,
          // A yearly thematic count cannot tell whether every quarter had one, unless it is short.
          compliant: regular < 12 || thematic < 4 ? false : null,
        });
        if (regular < 12)
          defects.push({
            rule: 'meeting.regular-short',
            sheet,
            row: r,
            what: `${regular} regular`,
          });
        if (thematic < 4)
          defects.push({
            rule: 'meeting.thematic-short',
            sheet,
            row: r,
            what: `${thematic} thematic`,
          });
        r++;
      }
    });
    widths(ws, [5, 9, 28, 6, 10, 10, 10, 12]);
    return {
      workbook: wb,
      key: family('meeting-year-summary-export', ascii ? 'ascii header' : 'vi header', {
        defects,
        meetings,
      }),
    };
  },
};

/** A register whose cells are grouped by kind, with a typed footer counting cells that met the rule. */
const registerKindGroupsFooter: Family = {
  name: 'register-kind-groups-footer',
  about:
    'cells under "I. CHI BỘ THÔN, TỔ DÂN PHỐ" / "II. CHI BỘ CƠ QUAN, TRƯỜNG HỌC" lines, months with "x", quarters with "x", and a footer "Số chi bộ sinh hoạt đủ 12 buổi: n" / "Số chi bộ đủ chuyên đề: n" typed under the table',
  make(rng) {
    const year = rng.int(2021, 2025);
    const wb = new Workbook();
    const sheet = rng.pick([`SHCB ${year}`, 'Theo nhóm', 'Chi bo']);
    const ws = wb.addWorksheet(sheet);
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: 'KẾT QUẢ THỰC HIỆN CHẾ ĐỘ SINH HOẠT CHI BỘ',
      width: 18,
    });
    headerRow(ws, r, 1, [
      'TT',
      'Tên chi bộ',
      'Tháng',
      ...Array(11).fill(null),
      'Chuyên đề',
      null,
      null,
      null,
    ]);
    ws.mergeCells(r, 3, r, 14);
    ws.mergeCells(r, 15, r, 18);
    headerRow(ws, r + 1, 3, [...Array.from({ length: 12 }, (_, m) => m + 1), ...ROMAN]);
    for (const c of [1, 2]) ws.mergeCells(r, c, r + 1, c);
    r += 2;
    const villages = rng
      .sample(VILLAGES, rng.int(4, 8))
      .map((v) => (rng.chance(0.3) ? `Chi bộ tổ dân phố ${v}` : `Chi bộ thôn ${v}`));
    const agencies = rng.sample(
      [
        'Chi bộ Trường Mầm non',
        'Chi bộ Trường Tiểu học',
        'Chi bộ Trường THCS',
        'Chi bộ Trạm Y tế',
        'Chi bộ Công an xã',
        'Chi bộ Quân sự xã',
      ],
      rng.int(2, 4),
    );
    const p = plantCells(rng, [...villages, ...agencies]);
    const meetings: MeetingKey[] = [];
    const defects: DefectKey[] = [];
    let n = 0;
    p.cells.forEach((c, i) => {
      if (i === 0 || i === villages.length) {
        line(
          ws,
          r++,
          1,
          18,
          i === 0 ? 'I. CHI BỘ THÔN, TỔ DÂN PHỐ' : 'II. CHI BỘ CƠ QUAN, TRƯỜNG HỌC',
          {
            bold: true,
          },
        );
        n = 0;
      }
      bodyCell(ws, r, 1, ++n);
      bodyCell(ws, r, 2, c.name);
      c.held.forEach((h, m) => bodyCell(ws, r, 3 + m, h ? 'x' : null));
      c.thematic.forEach((t, q) => bodyCell(ws, r, 15 + q, t > 0 ? 'x' : null));
      meetings.push(keyOf(sheet, r, year, c));
      defects.push(...rowDefects(sheet, r, p, i));
      r++;
    });
    r++;
    const full = p.cells.filter((c) => regularOf(c) >= 12).length;
    const th = p.cells.filter((c) => c.thematic.every((t) => t > 0)).length;
    put(ws, r++, 2, `Số chi bộ sinh hoạt đủ 12 buổi: ${full}/${p.cells.length}`, { italic: true });
    put(ws, r++, 2, `Số chi bộ sinh hoạt chuyên đề đủ 4 quý: ${th}/${p.cells.length}`, {
      italic: true,
    });
    widths(ws, [5, 30, ...Array(12).fill(4), 6, 6, 6, 6]);
    return {
      workbook: wb,
      key: family('register-kind-groups-footer', 'v', { defects, meetings }),
    };
  },
};

/** Month cells say how the meeting was held ("x" in person, "TT" online), explained by a legend line. */
const registerLegendSymbols: Family = {
  name: 'register-legend-symbols',
  about:
    'month cells hold "x" (in person), "TT" or "x(TT)" (online, after 2025) and "K" (not held), explained by a legend line under or above the table; quarters "x" or "TT"',
  make(rng) {
    const year = rng.int(2025, 2026);
    const wb = new Workbook();
    const sheet = rng.pick([`SH ${year}`, 'Theo dõi SH', 'Sinh hoat']);
    const ws = wb.addWorksheet(sheet);
    let r = titleBlock(ws, rng, 1, { year, subject: 'THEO DÕI SINH HOẠT CHI BỘ', width: 18 });
    const [inPerson, online, none] = rng.pick([
      ['x', 'TT', 'K'],
      ['x', 'x(TT)', 'K'],
      ['X', 'TT', '0'],
      ['x', 'Online', 'Không'],
    ] as const);
    const legend = `Ghi chú: "${inPerson}" - sinh hoạt trực tiếp; "${online}" - sinh hoạt trực tuyến; "${none}" - không sinh hoạt`;
    const above = rng.chance(0.4);
    if (above) line(ws, r++, 1, 18, legend, { italic: true });
    headerRow(ws, r++, 1, [
      'STT',
      'Chi bộ',
      ...Array.from({ length: 12 }, (_, m) => `T${m + 1}`),
      ...ROMAN.map((q) => `SHCĐ Q.${q}`),
    ]);
    const p = plantCells(rng, newCommuneCells(rng, rng.int(5, 10)));
    const meetings: MeetingKey[] = [];
    const defects: DefectKey[] = [];
    p.cells.forEach((c, i) => {
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, c.name);
      c.held.forEach((h, m) =>
        bodyCell(ws, r, 3 + m, h ? (rng.chance(0.3) ? online : inPerson) : none),
      );
      c.thematic.forEach((t, q) =>
        bodyCell(ws, r, 15 + q, t > 0 ? (rng.chance(0.3) ? online : inPerson) : null),
      );
      meetings.push(keyOf(sheet, r, year, c));
      defects.push(...rowDefects(sheet, r, p, i));
      r++;
    });
    if (!above) line(ws, r + 1, 1, 18, legend, { italic: true });
    widths(ws, [5, 28, ...Array(12).fill(6), 8, 8, 8, 8]);
    return {
      workbook: wb,
      key: family('register-legend-symbols', `${inPerson} ${online} ${none}`, {
        defects,
        meetings,
      }),
    };
  },
};

/** Month cells hold the meeting's day as staff type it: "15.3", "15-3", "15/3/24", "Ngày 15". */
const registerDateForms: Family = {
  name: 'register-date-forms',
  about:
    'month cells hold the day of the meeting typed "15.3", "15-3", "15/3/24", "ngày 15" or "15/3 (tối)", one form per sheet or mixed; quarters hold "x"',
  make(rng) {
    const year = rng.int(2021, 2025);
    const wb = new Workbook();
    const sheet = rng.pick([`Ngày SH ${year}`, 'Theo doi', 'SH chi bo']);
    const ws = wb.addWorksheet(sheet);
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: 'THEO DÕI NGÀY SINH HOẠT CHI BỘ',
      width: 18,
    });
    headerRow(ws, r++, 1, [
      'TT',
      'Tên chi bộ',
      ...Array.from({ length: 12 }, (_, m) => `Tháng ${m + 1}`),
      ...ROMAN.map((q) => `CĐ quý ${q}`),
    ]);
    const forms = ['dot', 'dash', 'short-year', 'word', 'evening'] as const;
    const mixed = rng.chance(0.4);
    const one = rng.pick(forms);
    const yy = String(year).slice(2);
    const typed = (d: number, m: number): string => {
      const f = mixed ? rng.pick(forms) : one;
      if (f === 'dot') return `${d}.${m}`;
      if (f === 'dash') return `${d}-${m}`;
      if (f === 'short-year') return `${d}/${m}/${yy}`;
      if (f === 'word') return `ngày ${d}`;
      return `${d}/${m} (${rng.pick(['tối', 'sáng', 'chiều'])})`;
    };
    const p = plantCells(rng, communeCells(rng, rng.int(5, 10)));
    const meetings: MeetingKey[] = [];
    const defects: DefectKey[] = [];
    p.cells.forEach((c, i) => {
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, c.name);
      c.held.forEach((h, m) => bodyCell(ws, r, 3 + m, h ? typed(rng.int(3, 28), m + 1) : null));
      c.thematic.forEach((t, q) => bodyCell(ws, r, 15 + q, t > 0 ? 'x' : null));
      meetings.push(keyOf(sheet, r, year, c));
      defects.push(...rowDefects(sheet, r, p, i));
      r++;
    });
    widths(ws, [5, 28, ...Array(12).fill(9), 7, 7, 7, 7]);
    return {
      workbook: wb,
      key: family('register-date-forms', mixed ? 'mixed' : one, { defects, meetings }),
    };
  },
};

/** A sheet per month ("T1".."T12"), each listing the cells with the day of their meeting that month. */
const registerSheetPerMonth: Family = {
  name: 'register-sheet-per-month',
  about:
    'a sheet per month ("Tháng 1".."Tháng 12" or "T1".."T12"), each a list of the cells with "Ngày SH thường kỳ", "Số ĐV dự", "SH chuyên đề" (x or the topic); keyed at each cell\'s row of the January sheet',
  make(rng) {
    const year = rng.int(2021, 2025);
    const wb = new Workbook();
    const p = plantCells(rng, communeCells(rng, rng.int(4, 8)));
    const short = rng.chance(0.5);
    const thMonths = p.cells.map((c) => thematicMonths(rng, c));
    const topicWords = rng.chance(0.5);
    let first = '';
    for (let m = 0; m < 12; m++) {
      const sheet = short ? `T${m + 1}` : `Tháng ${m + 1}`;
      if (m === 0) first = sheet;
      const ws = wb.addWorksheet(sheet);
      line(ws, 1, 1, 6, `SINH HOẠT CHI BỘ THÁNG ${m + 1}/${year}`, { bold: true });
      headerRow(ws, 3, 1, [
        'STT',
        'Chi bộ',
        'Số ĐV',
        'Ngày SH thường kỳ',
        'Số ĐV dự',
        'SH chuyên đề',
      ]);
      p.cells.forEach((c, i) => {
        const r = 4 + i;
        bodyCell(ws, r, 1, i + 1);
        bodyCell(ws, r, 2, c.name);
        bodyCell(ws, r, 3, c.members);
        const held = c.held[m] as boolean;
        bodyCell(ws, r, 4, held ? dayText(new Date(Date.UTC(year, m, rng.int(3, 27)))) : null);
        bodyCell(ws, r, 5, held ? rng.int(Math.ceil(c.members * 0.9), c.members) : null);
        bodyCell(ws, r, 6, thMonths[i]!.has(m) ? (topicWords ? rng.pick(TOPICS) : 'x') : null);
      });
      widths(ws, [5, 28, 7, 14, 9, 40]);
    }
    const meetings: MeetingKey[] = [];
    const defects: DefectKey[] = [];
    p.cells.forEach((c, i) => {
      meetings.push(keyOf(first, 4 + i, year, c));
      defects.push(...rowDefects(first, 4 + i, p, i));
    });
    return {
      workbook: wb,
      key: family(
        'register-sheet-per-month',
        `${short ? 'T1' : 'Tháng 1'}, ${topicWords ? 'topics' : 'x'}`,
        { defects, meetings },
        // Which row stands for a cell's year across twelve sheets is the reader's choice.
        true,
      ),
    };
  },
};

/** A register closed by "Số chi bộ sinh hoạt" (COUNTA per month) and "Tỷ lệ (%)" rows. */
const registerMonthShareRow: Family = {
  name: 'register-month-share-row',
  about:
    'a register closed by "Số chi bộ sinh hoạt" (COUNTA per month) and "Tỷ lệ (%)" rows (a formula, or typed rounded as 87,5 / 87.5 / 0.875 as %), also under the quarter columns',
  make(rng) {
    const year = rng.int(2021, 2025);
    const wb = new Workbook();
    const sheet = rng.pick([`SH ${year}`, 'Tong hop', 'Theo dõi SH']);
    const ws = wb.addWorksheet(sheet);
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: 'THEO DÕI SINH HOẠT CỦA CÁC CHI BỘ TRỰC THUỘC',
      width: 18,
    });
    headerRow(ws, r++, 1, [
      'STT',
      'Chi bộ',
      ...Array.from({ length: 12 }, (_, m) => `T${m + 1}`),
      ...ROMAN.map((q) => `CĐ Q${ROMAN.indexOf(q) + 1}`),
    ]);
    const p = plantCells(rng, communeCells(rng, rng.int(6, 12)));
    const meetings: MeetingKey[] = [];
    const defects: DefectKey[] = [];
    const top = r;
    p.cells.forEach((c, i) => {
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, c.name);
      c.held.forEach((h, m) => bodyCell(ws, r, 3 + m, h ? 'x' : null));
      c.thematic.forEach((t, q) => bodyCell(ws, r, 15 + q, t > 0 ? 'x' : null));
      meetings.push(keyOf(sheet, r, year, c));
      defects.push(...rowDefects(sheet, r, p, i));
      r++;
    });
    const bottom = r - 1;
    const n = p.cells.length;
    const form = rng.pick(['formula', 'comma', 'dot', 'fraction'] as const);
    put(ws, r, 2, 'Số chi bộ sinh hoạt', { bold: true, border: true });
    put(ws, r + 1, 2, 'Tỷ lệ (%)', { bold: true, border: true });
    for (let col = 3; col <= 18; col++) {
      const held =
        col < 15
          ? p.cells.filter((c) => c.held[col - 3]).length
          : p.cells.filter((c) => (c.thematic[col - 15] as number) > 0).length;
      const L = colLetter(col);
      bodyCell(ws, r, col, { formula: `COUNTA(${L}${top}:${L}${bottom})`, result: held });
      const share = (100 * held) / n;
      if (form === 'formula') {
        bodyCell(ws, r + 1, col, {
          formula: `ROUND(${L}${r}/${n}*100,1)`,
          result: Math.round(share * 10) / 10,
        });
      } else if (form === 'comma') {
        bodyCell(ws, r + 1, col, String(Math.round(share * 10) / 10).replace('.', ','));
      } else if (form === 'dot') {
        bodyCell(ws, r + 1, col, Math.round(share * 10) / 10);
      } else {
        bodyCell(ws, r + 1, col, Math.round(share * 10) / 1000);
        ws.getCell(r + 1, col).numFmt = '0.0%';
      }
    }
    widths(ws, [5, 28, ...Array(12).fill(6), 6, 6, 6, 6]);
    return {
      workbook: wb,
      key: family('register-month-share-row', form, { defects, meetings }),
    };
  },
};

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** A typed meeting log whose dates carry the weekday ("Thứ Bảy, 15/3/2024") and the session. */
const logWeekdayDates: Family = {
  name: 'log-weekday-dates',
  about:
    'a typed meeting log: "Thời gian" as "Thứ Bảy, 15/3/2024", "T7 15/03/2024" or "15/3/2024 (tối)", "Buổi" Sáng/Chiều/Tối, cell, "Hình thức" TK/CĐ, attendance "Có mặt" and "Vắng"',
  make(rng) {
    const year = rng.int(2021, 2025);
    const wb = new Workbook();
    const sheet = rng.pick([`Nhat ky ${year}`, 'Lịch họp', 'Số ghi']);
    const ws = wb.addWorksheet(sheet);
    line(ws, 1, 1, 7, `NHẬT KÝ SINH HOẠT CHI BỘ NĂM ${year}`, { bold: true });
    headerRow(ws, 3, 1, ['STT', 'Thời gian', 'Buổi', 'Chi bộ', 'Hình thức', 'Có mặt', 'Vắng']);
    const cells = communeCells(rng, rng.int(3, 4));
    const members = cells.map(() => rng.int(10, 30));
    const g = logMeetings(rng, year, cells.length);
    g.list.sort((a, b) => a.day.getTime() - b.day.getTime() || a.cell - b.cell);
    const form = rng.pick(['weekday', 'short', 'session'] as const);
    g.list.forEach((mt, i) => {
      const r = 4 + i;
      const d = mt.day;
      const dm = `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${year}`;
      const session = rng.pick(['Sáng', 'Chiều', 'Tối']);
      const wd = d.getUTCDay();
      const when =
        form === 'weekday'
          ? `${WEEKDAYS[wd]}, ${dm}`
          : form === 'short'
            ? `${wd === 0 ? 'CN' : `T${wd + 1}`} ${dayText(d)}`
            : `${dm} (${session.toLowerCase()})`;
      const mem = members[mt.cell] as number;
      const present = rng.int(Math.ceil(mem * 0.9), mem);
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, when);
      bodyCell(ws, r, 3, session);
      bodyCell(ws, r, 4, cells[mt.cell] as string);
      bodyCell(ws, r, 5, mt.thematic ? 'CĐ' : 'TK');
      bodyCell(ws, r, 6, present);
      bodyCell(ws, r, 7, mem - present);
    });
    const { meetings, defects } = logKeys(sheet, year, cells.length, g, (i) => 4 + i);
    widths(ws, [5, 24, 7, 28, 9, 8, 6]);
    return {
      workbook: wb,
      key: family('log-weekday-dates', form, { defects, meetings }),
    };
  },
};

/** An app's meeting list that keeps cancelled and postponed meetings as rows with their status. */
const logCancelledRows: Family = {
  name: 'log-cancelled-rows',
  about:
    'an app\'s meeting list keeping planned meetings that did not happen: "Trạng thái" "Đã diễn ra" / "Đã hủy" / "Hoãn", the held one a few days later; cancelled rows are not meetings',
  make(rng) {
    const year = rng.int(2023, 2025);
    const wb = new Workbook();
    const sheet = rng.pick(['DanhSachCuocHop', 'Cuộc họp', 'Export']);
    const ws = wb.addWorksheet(sheet);
    headerRow(ws, 1, 1, [
      'STT',
      'Chi bộ',
      'Ngày họp',
      'Loại cuộc họp',
      'Trạng thái',
      'Số đảng viên tham dự',
      'Ghi chú',
    ]);
    const cells = newCommuneCells(rng, rng.int(3, 5));
    const members = cells.map(() => rng.int(10, 35));
    const g = logMeetings(rng, year, cells.length);
    type Row = { i: number; day: Date; cell: number; thematic: boolean; cancelled?: string };
    const rows: Row[] = g.list.map((mt, i) => ({ i, ...mt }));
    // A few planned meetings called off, each held again later in the same month.
    for (const k of rng.sample(
      // Not in January, so a cell's first row is always a meeting held.
      rows.filter((x) => !x.thematic && x.day.getUTCMonth() > 0 && x.day.getUTCDate() > 8),
      rng.int(2, 5),
    )) {
      const d = new Date(k.day.getTime() - rng.int(3, 6) * 86400000);
      rows.push({
        i: -1,
        day: d,
        cell: k.cell,
        thematic: false,
        cancelled: rng.pick(['Đã hủy', 'Hoãn']),
      });
    }
    rows.sort((a, b) => a.day.getTime() - b.day.getTime() || a.cell - b.cell);
    const rowOf = new Map<number, number>();
    rows.forEach((x, k) => {
      const r = 2 + k;
      if (x.i >= 0) rowOf.set(x.i, r);
      const mem = members[x.cell] as number;
      ws.getCell(r, 1).value = k + 1;
      ws.getCell(r, 2).value = cells[x.cell] as string;
      ws.getCell(r, 3).value = dayText(x.day);
      ws.getCell(r, 4).value = x.thematic ? 'Chuyên đề' : 'Thường kỳ';
      ws.getCell(r, 5).value = x.cancelled ?? 'Đã diễn ra';
      ws.getCell(r, 6).value = x.cancelled ? null : rng.int(Math.ceil(mem * 0.9), mem);
      ws.getCell(r, 7).value = x.cancelled
        ? rng.pick(['Mưa bão', 'Trùng lịch họp xã', 'Bí thư đi công tác'])
        : null;
    });
    const { meetings, defects } = logKeys(
      sheet,
      year,
      cells.length,
      g,
      (i) => rowOf.get(i) as number,
    );
    widths(ws, [5, 28, 12, 14, 12, 10, 24]);
    return {
      workbook: wb,
      key: family('log-cancelled-rows', 'v', { defects, meetings }),
    };
  },
};

/** Members' self-assessed grade beside the cell's proposal and the committee's decision. */
const memberSelfAndDecided: Family = {
  name: 'member-self-and-decided',
  about:
    'members with "Tự nhận mức xếp loại", "Chi bộ đề xuất" and "Cấp ủy quyết định" (or "Đảng ủy xếp loại") grade columns; only the decision counts and keeps the 20% rule, self grades often higher',
  make(rng) {
    const year = rng.int(2020, 2025);
    const wb = new Workbook();
    const sheet = rng.pick([`XL DV ${year}`, 'Tổng hợp XL', 'Dang vien']);
    const ws = wb.addWorksheet(sheet);
    const cell = rng.pick(communeCells(rng, 8));
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: `TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI ĐẢNG VIÊN ${cell.toUpperCase()}`,
      width: 7,
    });
    const decided = rng.pick([
      'Cấp ủy quyết định',
      'Đảng ủy xếp loại',
      'Cấp có thẩm quyền quyết định',
    ]);
    const merged = rng.chance(0.5);
    if (merged) {
      headerRow(ws, r, 1, ['STT', 'Họ và tên', 'Chức vụ', 'Mức xếp loại', null, null, 'Ghi chú']);
      ws.mergeCells(r, 4, r, 6);
      headerRow(ws, r + 1, 4, ['Tự nhận', 'Chi bộ đề xuất', decided]);
      for (const c of [1, 2, 3, 7]) ws.mergeCells(r, c, r + 1, c);
      r += 2;
    } else {
      headerRow(ws, r++, 1, [
        'STT',
        'Họ và tên',
        'Chức vụ',
        'Tự nhận mức xếp loại',
        'Chi bộ đề xuất',
        decided,
        'Ghi chú',
      ]);
    }
    const style = gradeStyle(rng, year);
    const used = new Set<string>();
    const size = rng.int(12, 28);
    const finals: Level[] = Array.from({ length: size }, () =>
      rng.chance(0.12) ? 'excellent' : rng.chance(0.93) ? 'good' : 'pass',
    );
    const good = finals.filter((g) => g === 'good').length;
    let exc = 0;
    finals.forEach((g, i) => {
      if (g === 'excellent' && ++exc > Math.floor(good * 0.2)) finals[i] = 'good';
    });
    const up: Record<Level, Level> = {
      excellent: 'excellent',
      good: 'excellent',
      pass: 'good',
      fail: 'pass',
    };
    finals.forEach((g, i) => {
      const self = rng.chance(0.4) ? up[g] : g;
      const proposed = rng.chance(0.5) ? self : g;
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, memberName(rng, used));
      bodyCell(ws, r, 3, i === 0 ? 'Bí thư' : i === 1 ? 'Phó Bí thư' : 'Đảng viên');
      bodyCell(ws, r, 4, style[self]);
      bodyCell(ws, r, 5, style[proposed]);
      bodyCell(ws, r, 6, style[g]);
      bodyCell(ws, r, 7, null);
      r++;
    });
    widths(ws, [5, 26, 12, 26, 26, 26, 14]);
    return {
      workbook: wb,
      key: family('member-self-and-decided', `${decided}, ${merged ? 'merged' : 'one row'}`, {
        years: [tally(year, finals)],
      }),
    };
  },
};

export const ROUND7_FAMILIES: readonly Family[] = [
  registerQuarterKinds,
  registerHalfYearSheets,
  formMeetingExport,
  registerPrintPages,
  registerStormNotes,
  memberExemptColumn,
  memberReportGroups,
  registerQuarterCounts,
  logMinutesIndex,
  registerOldCommuneColumn,
  registerDayNumbers,
  meetingYearSummaryExport,
  registerKindGroupsFooter,
  registerLegendSymbols,
  registerDateForms,
  registerSheetPerMonth,
  registerMonthShareRow,
  logWeekdayDates,
  logCancelledRows,
  memberSelfAndDecided,
];
