/**
 * Round 6 of the independent layouts (issue #10): written, like rounds 1–5, from docs/, the
 * domain brief and tools/wild only, never from the engine. Rating lists, summaries and the
 * 2025-on score sheets with the form and print conventions of government workbooks: a list
 * continued on a second sheet, a table far right and far down under a narrative report, a
 * "Loại hình" column with a breakdown by kind, a provincial summary with one column per new
 * commune, scores typed with a decimal comma beside a legend of the bands, footnote marks on
 * grades, a letter-and-number row repeated at each printed page, grades picked from a
 * drop-down, rich text and shared formulas, 2015–2025 across, member counts with thousands dots,
 * an Excel Table with a grade formula, score and grade typed in one cell, and two years of grades
 * beside a 2025 score.
 */
import { Workbook, type CellValue } from 'exceljs';
import { tally, type DefectKey, type Family, type YearKey } from '../key';
import { defectsOf, plantRows, yearKeyOf, type ListRow } from '../plant';
import type { Rng } from '../../random';
import {
  addr,
  bodyCell,
  colLetter,
  headerRow,
  line,
  put,
  signatureBlock,
  titleBlock,
  widths,
} from '../sheetKit';
import {
  COMMUNES,
  communeCells,
  districtOrganizations,
  GRADE_ABBR_2018,
  GRADE_ABBR_OLD,
  GRADE_FULL_2018,
  gradeStyle,
  LEVELS,
  NEW_COMMUNES,
  randomLevel,
  VILLAGES,
  type Level,
} from '../vocabulary';

const SUBJECT = 'KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG TỔ CHỨC CƠ SỞ ĐẢNG';

/** Quy định 366-QĐ/TW: the 100-point bands. */
function band(score: number): Level {
  return score >= 90 ? 'excellent' : score >= 70 ? 'good' : score >= 50 ? 'pass' : 'fail';
}

/** A score inside a level's band, in halves as boards score. */
function scoreIn(rng: Rng, level: Level): number {
  const bands: Record<Level, [number, number]> = {
    excellent: [90, 97],
    good: [71, 89],
    pass: [52, 69],
    fail: [38, 49],
  };
  const [lo, hi] = bands[level];
  return rng.int(lo, hi) + (rng.chance(0.3) ? 0.5 : 0);
}

/** A neighbouring level, for a grade typed against its score. */
function otherLevel(l: Level): Level {
  return l === 'excellent' ? 'good' : l === 'good' ? 'excellent' : l === 'pass' ? 'good' : 'pass';
}

/** Village cells of several new communes, each name told apart by its commune. */
function cellsOfCommunes(rng: Rng, n: number): string[] {
  const out: string[] = [];
  const communes = rng.shuffle(NEW_COMMUNES);
  for (const c of communes) {
    for (const v of rng.sample(VILLAGES, rng.int(4, 8))) {
      out.push(`Chi bộ thôn ${v}, xã ${c}`);
      if (out.length === n) return out;
    }
  }
  return out;
}

/** Indices of rows with a grade and no planted defect, for a defect of another kind. */
function cleanRows(rows: readonly ListRow[]): number[] {
  return rows.map((x, i) => (x.defect || !x.level ? -1 : i)).filter((i) => i >= 0);
}

/** A number as Vietnamese staff type it: thousands with dots, decimals with a comma. */
function viNumber(v: number, decimals = 0): string {
  const [int, frac] = v.toFixed(decimals).split('.');
  const grouped = (int as string).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return frac ? `${grouped},${frac}` : grouped;
}

/** One long list split over two sheets, the second headed "(tiếp theo)" with numbering continued. */
const continuedSheet: Family = {
  name: 'continued-sheet',
  about:
    'one year\'s long list split over two sheets ("DS 2022" and "DS 2022 (tiếp)", "Trang 2" or "Sheet2"): the second titled "(Tiếp theo)", header repeated, STT continued, the signature only at the end',
  make(rng) {
    const year = rng.int(2019, 2024);
    const wb = new Workbook();
    const first = rng.pick([`DS ${year}`, `XL ${year}`, 'Trang 1']);
    const second = rng.pick([`${first} (tiếp)`, 'Trang 2', `${first} (2)`, 'Sheet2']);
    const style = gradeStyle(rng, year);
    const names = cellsOfCommunes(rng, rng.int(34, 52));
    const rows = plantRows(rng, names, style, { unknown: 0.3, blank: 0.3, duplicate: 0.5 });
    const split = rng.int(Math.floor(rows.length * 0.45), Math.floor(rows.length * 0.6));
    const header = ['STT', 'Tên chi bộ', 'Bí thư chi bộ', 'Số đảng viên', 'Xếp loại', 'Ghi chú'];
    const defects: DefectKey[] = [];
    const writePart = (sheet: string, part: ListRow[], offset: number, cont: boolean) => {
      const ws = wb.addWorksheet(sheet);
      let r: number;
      if (!cont) {
        r = titleBlock(ws, rng, 1, {
          year,
          subject: 'DANH SÁCH XẾP LOẠI CHI BỘ TRỰC THUỘC',
          width: 6,
        });
      } else {
        r = 1;
        const titled = rng.chance(0.5);
        line(
          ws,
          r++,
          1,
          6,
          titled ? `DANH SÁCH XẾP LOẠI CHI BỘ TRỰC THUỘC NĂM ${year} (Tiếp theo)` : '(Tiếp theo)',
          { bold: titled, italic: !titled },
        );
        r++;
      }
      headerRow(ws, r++, 1, header);
      const at: number[] = [];
      part.forEach((x, i) => {
        bodyCell(ws, r, 1, offset + i + 1);
        bodyCell(ws, r, 2, x.name);
        bodyCell(
          ws,
          r,
          3,
          `${rng.pick(['Nguyễn', 'Hoàng', 'Lương', 'Vi'])} Văn ${rng.pick(['Hùng', 'Tuấn', 'Sơn', 'Bình'])}`,
        );
        bodyCell(ws, r, 4, rng.int(8, 45));
        bodyCell(ws, r, 5, x.text);
        bodyCell(ws, r, 6, '');
        at.push(r++);
      });
      if (cont) signatureBlock(ws, rng, r, 6, year + 1);
      else put(ws, r + 1, 2, '(Xem tiếp trang sau)', { italic: true });
      widths(ws, [6, 40, 22, 10, 30, 14]);
      ws.pageSetup = { orientation: 'portrait', paperSize: 9, fitToWidth: 1 };
      defects.push(...defectsOf(sheet, part, at, 'E', 'B'));
    };
    writePart(first, rows.slice(0, split), 0, false);
    writePart(second, rows.slice(split), split, true);
    return {
      workbook: wb,
      key: {
        family: 'continued-sheet',
        variant: second,
        years: [yearKeyOf(year, rows)],
        defects,
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** A narrative report whose list sits far right and far down, after paragraphs that name grades and counts. */
const farPreamble: Family = {
  name: 'far-preamble',
  about:
    'a report typed in Excel: paragraphs in column A naming grades and counts ("- Hoàn thành xuất sắc nhiệm vụ: 8 TCCSĐ, chiếm 17,8%"), then "III. DANH SÁCH CỤ THỂ" and the list starting in column D–H around row 30–45',
  make(rng) {
    const year = rng.int(2019, 2024);
    const wb = new Workbook();
    const sheet = rng.pick(['Báo cáo', `BC ${year}`, 'BC XL TCCSĐ']);
    const ws = wb.addWorksheet(sheet);
    const style = gradeStyle(rng, year);
    const rows = plantRows(rng, districtOrganizations(rng, rng.int(14, 28)), style, {
      unknown: 0.3,
      blank: 0.3,
      duplicate: 0.4,
    });
    const key = yearKeyOf(year, rows);
    let r = 1;
    put(ws, r, 1, 'HUYỆN ỦY HỮU LŨNG', { bold: true });
    put(ws, r++, 6, 'ĐẢNG CỘNG SẢN VIỆT NAM', { bold: true });
    put(ws, r, 1, `Số ${rng.int(20, 400)}-BC/HU`);
    put(ws, r++, 6, `Hữu Lũng, ngày ${rng.int(2, 28)} tháng 01 năm ${year + 1}`, { italic: true });
    r++;
    put(ws, r++, 3, 'BÁO CÁO', { bold: true });
    put(ws, r++, 2, `Kết quả đánh giá, xếp loại tổ chức cơ sở đảng năm ${year}`, { bold: true });
    r++;
    const graded = key.counts.excellent + key.counts.good + key.counts.pass + key.counts.fail;
    const share = (n: number) => viNumber(graded ? (100 * n) / graded : 0, 1);
    const paras = [
      'I. ĐẶC ĐIỂM TÌNH HÌNH',
      `Đảng bộ huyện hiện có ${key.units} tổ chức cơ sở đảng, trong đó ${rng.int(8, 14)} đảng bộ xã, thị trấn và các chi bộ cơ quan, doanh nghiệp, lực lượng vũ trang.`,
      `Thực hiện Hướng dẫn số 21-HD/BTCTW ngày 21/10/2019 của Ban Tổ chức Trung ương, Ban Thường vụ Huyện ủy đã chỉ đạo kiểm điểm, đánh giá, xếp loại năm ${year}.`,
      'II. KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI',
      `Tổng số tổ chức cơ sở đảng được đánh giá, xếp loại: ${graded}/${key.units}, trong đó:`,
      `- ${GRADE_FULL_2018.excellent}: ${key.counts.excellent} TCCSĐ, chiếm ${share(key.counts.excellent)}%;`,
      `- ${GRADE_FULL_2018.good}: ${key.counts.good} TCCSĐ, chiếm ${share(key.counts.good)}%;`,
      `- ${GRADE_FULL_2018.pass}: ${key.counts.pass} TCCSĐ, chiếm ${share(key.counts.pass)}%;`,
      `- ${GRADE_FULL_2018.fail}: ${key.counts.fail} TCCSĐ.`,
      'Nhìn chung, các tổ chức cơ sở đảng đã nghiêm túc thực hiện việc kiểm điểm, đánh giá theo quy định.',
      '* Hạn chế: một số chi bộ chưa chủ động, nội dung sinh hoạt còn đơn điệu.',
      `Năm ${year - 1}: ${rng.int(4, 9)} TCCSĐ hoàn thành xuất sắc nhiệm vụ.`,
    ];
    for (const p of paras) {
      put(ws, r++, 1, p, { bold: /^[IV]+\./.test(p) });
      if (rng.chance(0.3)) r++;
    }
    r = Math.max(r + 1, rng.int(30, 40));
    put(ws, r++, 1, 'III. DANH SÁCH CỤ THỂ', { bold: true });
    r += rng.int(1, 4);
    const c0 = rng.int(4, 8);
    line(ws, r++, c0, c0 + 3, `DANH SÁCH XẾP LOẠI TCCSĐ NĂM ${year}`, { bold: true });
    headerRow(ws, r++, c0, ['TT', 'Tổ chức cơ sở đảng', 'Xếp loại', 'Ghi chú']);
    const at: number[] = [];
    rows.forEach((x, i) => {
      bodyCell(ws, r, c0, i + 1);
      bodyCell(ws, r, c0 + 1, x.name);
      bodyCell(ws, r, c0 + 2, x.text);
      bodyCell(ws, r, c0 + 3, '');
      at.push(r++);
    });
    signatureBlock(ws, rng, r, c0 + 3, year + 1);
    ws.getColumn(c0 + 1).width = 42;
    ws.getColumn(c0 + 2).width = 30;
    return {
      workbook: wb,
      key: {
        family: 'far-preamble',
        variant: `col ${colLetter(c0)} row ${at[0] ?? 0}`,
        years: [key],
        defects: defectsOf(sheet, rows, at, colLetter(c0 + 2), colLetter(c0 + 1)),
        meetings: [],
        unsure: false,
      },
    };
  },
};

const KINDS: { kind: string; make: (rng: Rng, n: number) => string[] }[] = [
  {
    kind: 'Xã',
    make: (rng, n) => rng.sample(COMMUNES, n).map((c) => `Đảng bộ xã ${c}`),
  },
  { kind: 'Thị trấn', make: () => ['Đảng bộ thị trấn Hữu Lũng'] },
  {
    kind: 'Cơ quan',
    make: (rng, n) =>
      rng.sample(
        [
          'Chi bộ Viện Kiểm sát nhân dân huyện',
          'Chi bộ Tòa án nhân dân huyện',
          'Chi bộ Kho bạc Nhà nước huyện',
          'Chi bộ Chi cục Thuế khu vực',
          'Chi bộ Bảo hiểm xã hội huyện',
          'Chi bộ Chi cục Thi hành án dân sự',
        ],
        n,
      ),
  },
  {
    kind: 'Sự nghiệp',
    make: (rng, n) =>
      rng.sample(
        [
          'Chi bộ Trung tâm Y tế huyện',
          'Chi bộ Trường THPT Hữu Lũng',
          'Chi bộ Trường THPT Vân Nham',
          'Chi bộ Trung tâm Văn hóa, Thể thao và Truyền thông',
        ],
        n,
      ),
  },
  {
    kind: 'Doanh nghiệp',
    make: (rng, n) =>
      rng.sample(
        [
          'Chi bộ Điện lực Hữu Lũng',
          'Chi bộ Công ty TNHH MTV Lâm nghiệp',
          'Chi bộ Agribank chi nhánh Hữu Lũng',
          'Chi bộ Công ty CP Xi măng Đồng Bành',
        ],
        n,
      ),
  },
  { kind: 'LLVT', make: () => ['Đảng bộ Công an huyện', 'Đảng bộ Quân sự huyện'] },
];

/** The grades a summary row counts: units with a grade, each once. */
function countsOf(rows: readonly ListRow[]): number[] {
  const c = [0, 0, 0, 0];
  for (const x of rows) if (!x.repeat && x.level) (c[LEVELS.indexOf(x.level)] as number)++;
  return c;
}

/** A list sorted by "Loại hình", then a breakdown by kind with a "Cộng" line of SUMs. */
const kindColumn: Family = {
  name: 'kind-column',
  about:
    'a list with a "Loại hình" column (Xã, Thị trấn, Cơ quan, Sự nghiệp, Doanh nghiệp, LLVT) sorted by it, then "TỔNG HỢP THEO LOẠI HÌNH": a row per kind, Tổng số and SL per grade, a "Cộng" of SUMs; one kind\'s total typed wrong',
  make(rng) {
    const year = rng.int(2019, 2024);
    const wb = new Workbook();
    const sheet = rng.pick([`XL ${year}`, 'Theo loại hình', `TCCSĐ ${year}`]);
    const ws = wb.addWorksheet(sheet);
    const style = gradeStyle(rng, year);
    let r = titleBlock(ws, rng, 1, { year, subject: SUBJECT, width: 6 });
    const kindCol = rng.chance(0.5) ? 3 : 2;
    const nameCol = kindCol === 3 ? 2 : 3;
    const labels = ['STT', '', '', 'Số đảng viên', 'Xếp loại', 'Ghi chú'];
    labels[kindCol - 1] = rng.pick(['Loại hình', 'Loại hình TCCSĐ', 'Khối']);
    labels[nameCol - 1] = 'Tên tổ chức cơ sở đảng';
    headerRow(ws, r++, 1, labels);
    const groups = KINDS.map((k) => ({
      kind: k.kind,
      names: k.make(rng, k.kind === 'Xã' ? rng.int(6, 12) : rng.int(1, 3)),
    }));
    const all = groups.flatMap((g) => g.names.map((n) => ({ kind: g.kind, name: n })));
    const rows = plantRows(
      rng,
      all.map((a) => a.name),
      style,
      { unknown: 0.3, blank: 0.3, duplicate: 0.3 },
    );
    const kindOf = new Map(all.map((a) => [a.name, a.kind]));
    const at: number[] = [];
    rows.forEach((x, i) => {
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, nameCol, x.name);
      bodyCell(ws, r, kindCol, kindOf.get(x.name) ?? '');
      bodyCell(ws, r, 4, rng.int(12, 180));
      bodyCell(ws, r, 5, x.text);
      bodyCell(ws, r, 6, '');
      at.push(r++);
    });
    const defects = defectsOf(sheet, rows, at, 'E', colLetter(nameCol));
    r += 2;
    line(ws, r++, 1, 7, 'TỔNG HỢP THEO LOẠI HÌNH', { bold: true });
    headerRow(ws, r++, 1, [
      'STT',
      'Loại hình',
      'Tổng số',
      ...LEVELS.map((l) => GRADE_ABBR_2018[l]),
    ]);
    const first = r;
    const bad = rng.chance(0.5) ? rng.int(0, groups.length - 1) : -1;
    groups.forEach((g, i) => {
      const c = countsOf(rows.filter((x) => kindOf.get(x.name) === g.kind));
      const total = c.reduce((a, b) => a + b, 0) + (i === bad ? 1 : 0);
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, g.kind);
      bodyCell(ws, r, 3, total);
      c.forEach((v, j) => bodyCell(ws, r, 4 + j, v));
      if (i === bad)
        defects.push({
          rule: 'total.mismatch',
          sheet,
          row: r,
          cell: addr(r, 3),
          what: 'kind total +1',
        });
      r++;
    });
    bodyCell(ws, r, 2, 'Cộng');
    for (let c = 3; c <= 7; c++) {
      let sum = 0;
      for (let k = first; k < r; k++) sum += ws.getCell(k, c).value as number;
      bodyCell(ws, r, c, { formula: `SUM(${addr(first, c)}:${addr(r - 1, c)})`, result: sum });
    }
    if (bad >= 0)
      defects.push({
        rule: 'total.mismatch',
        sheet,
        row: r,
        cell: addr(r, 3),
        what: 'Cộng carries the +1',
      });
    signatureBlock(ws, rng, r + 1, 7, year + 1);
    widths(ws, [6, 36, 14, 12, 28, 12, 10]);
    return {
      workbook: wb,
      key: {
        family: 'kind-column',
        variant: bad >= 0 ? 'a kind total wrong' : 'clean breakdown',
        years: [yearKeyOf(year, rows)],
        defects,
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** The province's summary with one column per new commune, the grades down. */
const communesAcross: Family = {
  name: 'communes-across',
  about:
    'a provincial 2025 summary of party cells with one column per new commune or ward ("Xã Hữu Lũng", "Phường Tam Thanh") and a "Toàn tỉnh" column of SUMs; rows "Tổng số chi bộ" and one per grade; one commune\'s total typed wrong',
  make(rng) {
    const year = 2025;
    const wb = new Workbook();
    const sheet = rng.pick(['TH cac xa', 'Tổng hợp 2025', 'Biểu 02']);
    const ws = wb.addWorksheet(sheet);
    const units = [
      ...rng
        .sample(['Tam Thanh', 'Lương Văn Tri', 'Đông Kinh', 'Kỳ Lừa'], rng.int(1, 2))
        .map((w) => `Phường ${w}`),
      ...rng.sample(NEW_COMMUNES, rng.int(6, 11)).map((c) => `Xã ${c}`),
    ];
    const width = units.length + 3;
    line(ws, 1, 1, 3, 'TỈNH ỦY LẠNG SƠN', { bold: true });
    line(ws, 2, 1, 3, 'BAN TỔ CHỨC');
    line(
      ws,
      4,
      1,
      width,
      `TỔNG HỢP KẾT QUẢ XẾP LOẠI CHI BỘ TRỰC THUỘC ĐẢNG ỦY CÁC XÃ, PHƯỜNG NĂM ${year}`,
      {
        bold: true,
      },
    );
    line(ws, 5, 1, width, '(Số liệu đến ngày 31/12/2025)', { italic: true });
    let r = 7;
    headerRow(ws, r, 1, ['TT', 'Nội dung', ...units, rng.pick(['Toàn tỉnh', 'Tổng cộng', 'Cộng'])]);
    r++;
    const totalsFirst = rng.chance(0.5);
    const full = rng.chance(0.5);
    const counts = units.map(() => {
      const c = [0, 0, 0, 0];
      const n = rng.int(12, 40);
      for (let k = 0; k < n; k++) (c[LEVELS.indexOf(randomLevel(rng))] as number)++;
      return c;
    });
    const bad = rng.chance(0.6) ? rng.int(0, units.length - 1) : -1;
    const totals = counts.map((c, i) => c.reduce((a, b) => a + b, 0) + (i === bad ? 2 : 0));
    const lines: { label: string; values: number[]; total: boolean }[] = LEVELS.map((l, j) => ({
      label: full ? GRADE_FULL_2018[l] : GRADE_ABBR_2018[l],
      values: counts.map((c) => c[j] as number),
      total: false,
    }));
    const totalLine = { label: 'Tổng số chi bộ', values: totals, total: true };
    if (totalsFirst) lines.unshift(totalLine);
    else lines.push(totalLine);
    let totalRow = 0;
    lines.forEach((ln, i) => {
      bodyCell(ws, r, 1, ln.total ? (totalsFirst ? 'I' : '') : totalsFirst ? i : i + 1);
      bodyCell(ws, r, 2, ln.label);
      ln.values.forEach((v, k) => bodyCell(ws, r, 3 + k, v));
      const sum = ln.values.reduce((a, b) => a + b, 0);
      bodyCell(ws, r, 3 + units.length, {
        formula: `SUM(${addr(r, 3)}:${addr(r, 2 + units.length)})`,
        result: sum,
      });
      if (ln.total) totalRow = r;
      r++;
    });
    signatureBlock(ws, rng, r, width, 2026);
    widths(ws, [5, 30, ...units.map(() => 12), 12]);
    const defects: DefectKey[] =
      bad >= 0
        ? [
            {
              rule: 'total.mismatch',
              sheet,
              row: totalRow,
              cell: addr(totalRow, 3 + bad),
              what: `${units[bad] ?? ''} total +2`,
            },
          ]
        : [];
    return {
      workbook: wb,
      key: {
        family: 'communes-across',
        variant: `${totalsFirst ? 'total first' : 'total last'}${bad >= 0 ? ', a total wrong' : ''}`,
        years: [],
        defects,
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** 2025 scores typed as text with a decimal comma, a legend of the bands beside the table. */
const scoreCommaBands: Family = {
  name: 'score-comma-bands',
  about:
    'a new commune\'s 2025 cells: "Điểm tự chấm" and "Điểm Đảng ủy chấm" typed "85,5" (text) or numbers, grade typed; beside it, after a blank column, "KHUNG ĐIỂM XẾP LOẠI" with "Từ 90 điểm trở lên" | HTXSNV and the other bands; a grade against its score',
  make(rng) {
    const year = 2025;
    const commune = rng.pick(NEW_COMMUNES);
    const wb = new Workbook();
    const sheet = rng.pick([`Xã ${commune}`, 'Chấm điểm 2025', 'Diem CB']);
    const ws = wb.addWorksheet(sheet);
    let r = 1;
    line(ws, r++, 1, 6, `ĐẢNG ỦY XÃ ${commune.toUpperCase()}`, { bold: true });
    r++;
    line(ws, r++, 1, 6, `KẾT QUẢ CHẤM ĐIỂM, XẾP LOẠI CHI BỘ TRỰC THUỘC NĂM ${year}`, {
      bold: true,
    });
    r++;
    const style = rng.chance(0.5) ? GRADE_ABBR_2018 : GRADE_FULL_2018;
    headerRow(ws, r, 1, [
      'STT',
      'Chi bộ',
      'Điểm tự chấm',
      rng.pick(['Điểm Đảng ủy chấm', 'Điểm cấp ủy cấp trên chấm', 'Điểm thẩm định']),
      'Xếp loại',
      'Ghi chú',
    ]);
    const legendCol = 8;
    const head = r;
    r++;
    const names = communeCells(rng, rng.int(10, 20));
    const rows = plantRows(rng, names, style, { duplicate: 0.3, blank: 0.2 });
    const clean = cleanRows(rows);
    const mismatchAt = rng.chance(0.6) && clean.length > 0 ? rng.pick(clean) : -1;
    const asText = rng.chance(0.6);
    const at: number[] = [];
    const defects: DefectKey[] = [];
    const typeScore = (v: number): CellValue => (asText ? viNumber(v, v % 1 ? 1 : 0) : v);
    rows.forEach((x, i) => {
      const level = x.level ?? randomLevel(rng);
      let superior = scoreIn(rng, level);
      if (i === mismatchAt) {
        superior = scoreIn(rng, otherLevel(level));
        defects.push({
          rule: 'grade.score-mismatch',
          sheet,
          row: r,
          cell: addr(r, 5),
          what: `score ${superior} typed ${level}`,
        });
      }
      const own = Math.min(100, superior + rng.pick([0, 0, 0.5, 1, 2]));
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, x.name);
      bodyCell(ws, r, 3, typeScore(own));
      bodyCell(ws, r, 4, typeScore(superior));
      bodyCell(ws, r, 5, x.text);
      bodyCell(ws, r, 6, '');
      at.push(r++);
    });
    // The bands, as the commune prints them beside the table for the cells to see.
    put(ws, head - 1, legendCol, 'KHUNG ĐIỂM XẾP LOẠI', { bold: true });
    headerRow(ws, head, legendCol, ['Khung điểm', 'Xếp loại']);
    const bands = [
      ['Từ 90 điểm trở lên', style.excellent],
      ['Từ 70 đến dưới 90 điểm', style.good],
      ['Từ 50 đến dưới 70 điểm', style.pass],
      ['Dưới 50 điểm', style.fail],
    ];
    bands.forEach(([a, b], i) => {
      bodyCell(ws, head + 1 + i, legendCol, a ?? '');
      bodyCell(ws, head + 1 + i, legendCol + 1, b ?? '');
    });
    signatureBlock(ws, rng, r, 6, 2026);
    widths(ws, [5, 30, 10, 12, 28, 10, 3, 24, 28]);
    return {
      workbook: wb,
      key: {
        family: 'score-comma-bands',
        variant: asText ? 'scores as text "85,5"' : 'scores as numbers',
        years: [yearKeyOf(year, rows)],
        defects: [...defectsOf(sheet, rows, at, 'E', 'B'), ...defects],
        meetings: [],
        unsure: false,
      },
    };
  },
};

const FOOTNOTES: { mark: string; note: string }[] = [
  { mark: '*', note: '(*) Có đảng viên bị kỷ luật trong năm, không xếp loại cao hơn.' },
  { mark: ' (*)', note: '(*) Đề nghị Ban Thường vụ Huyện ủy tặng Giấy khen.' },
  { mark: '(1)', note: '(1) Xếp loại theo kết luận của Ủy ban Kiểm tra Huyện ủy.' },
  { mark: ' (2)', note: '(2) Chi bộ mới hợp nhất, xếp loại hoàn thành tốt nhiệm vụ theo đề nghị.' },
  { mark: '**', note: '(**) Hoàn thành xuất sắc nhiệm vụ 3 năm liên tục.' },
  { mark: '¹', note: '¹ Chưa hoàn thành chỉ tiêu phát triển đảng viên.' },
];

/** Grades carrying footnote marks, the notes under the table. */
const footnoteGrades: Family = {
  name: 'footnote-grades',
  about:
    'grades with footnote marks ("HTTNV*", "HTXSNV (1)", "Hoàn thành nhiệm vụ(*)", "HTXSNV¹") explained under the table ("(*) Có đảng viên bị kỷ luật…", "(**) Hoàn thành xuất sắc nhiệm vụ 3 năm liên tục")',
  make(rng) {
    const year = rng.int(2019, 2024);
    const wb = new Workbook();
    const sheet = rng.pick([`Nam ${year}`, 'DS xep loai', `${year}`]);
    const ws = wb.addWorksheet(sheet);
    const style = gradeStyle(rng, year);
    let r = titleBlock(ws, rng, 1, { year, subject: SUBJECT, width: 5 });
    headerRow(ws, r++, 1, [
      'STT',
      'Tên TCCSĐ',
      'Số ĐV',
      rng.pick(['Xếp loại', 'Kết quả xếp loại']),
      'Ghi chú',
    ]);
    const rows = plantRows(rng, districtOrganizations(rng, rng.int(14, 26)), style, {
      unknown: 0.3,
      blank: 0.3,
      duplicate: 0.3,
    });
    const used = rng.sample(FOOTNOTES, rng.int(2, 4));
    const at: number[] = [];
    let marked = 0;
    rows.forEach((x, i) => {
      let text = x.text;
      if (text && x.level && !x.defect && rng.chance(0.3)) {
        text = `${text}${rng.pick(used).mark}`;
        marked++;
      }
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, x.name);
      bodyCell(ws, r, 3, rng.int(15, 200));
      bodyCell(ws, r, 4, text);
      bodyCell(ws, r, 5, '');
      at.push(r++);
    });
    r++;
    put(ws, r++, 1, 'Ghi chú:', { bold: true, italic: true });
    for (const f of used) put(ws, r++, 1, f.note, { italic: true });
    signatureBlock(ws, rng, r, 5, year + 1);
    widths(ws, [6, 42, 8, 30, 14]);
    return {
      workbook: wb,
      key: {
        family: 'footnote-grades',
        variant: `${marked} marked`,
        years: [yearKeyOf(year, rows)],
        defects: defectsOf(sheet, rows, at, 'D', 'B'),
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** A long list under a row of column letters and numbers, that row repeated at each printed page. */
const letterNumberRow: Family = {
  name: 'letter-number-row',
  about:
    'a long list (40–60 cells) with an "A | B | 1 | 2 | 3" (or "(1) (2) … (5)=(3)+(4)") row under the header, that row alone repeated at the top of each printed page (every 30–40 rows, a page break before it), print titles set',
  make(rng) {
    const year = rng.int(2019, 2024);
    const wb = new Workbook();
    const sheet = rng.pick(['Mẫu 01', 'In', `XL CB ${year}`]);
    const ws = wb.addWorksheet(sheet);
    const style = gradeStyle(rng, year);
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: 'KẾT QUẢ XẾP LOẠI CHẤT LƯỢNG CHI BỘ TRỰC THUỘC',
      width: 6,
    });
    const headTop = r;
    headerRow(ws, r++, 1, [
      'STT',
      'Tên chi bộ',
      'Tổng số đảng viên',
      'Số đảng viên dự kiểm điểm',
      rng.pick(['Xếp loại', 'Kết quả xếp loại chi bộ']),
      'Ghi chú',
    ]);
    const numbers = rng.pick([
      ['A', 'B', '1', '2', '3', '4'],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'],
      ['A', 'B', 1, 2, 3, 4],
    ]);
    const numberRow = () => {
      numbers.forEach((v, i) => put(ws, r, 1 + i, v, { italic: true, border: true, center: true }));
      r++;
    };
    numberRow();
    ws.pageSetup = {
      orientation: 'portrait',
      paperSize: 9,
      printTitlesRow: `${headTop}:${headTop + 1}`,
    };
    const rows = plantRows(rng, cellsOfCommunes(rng, rng.int(40, 60)), style, {
      unknown: 0.3,
      blank: 0.3,
      duplicate: 0.4,
    });
    const page = rng.int(30, 40);
    const at: number[] = [];
    rows.forEach((x, i) => {
      if (i > 0 && i % page === 0) {
        ws.getRow(r - 1).addPageBreak();
        numberRow();
      }
      const members = rng.int(8, 40);
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, x.name);
      bodyCell(ws, r, 3, members);
      bodyCell(ws, r, 4, members - rng.pick([0, 0, 1, 2]));
      bodyCell(ws, r, 5, x.text);
      bodyCell(ws, r, 6, '');
      at.push(r++);
    });
    signatureBlock(ws, rng, r, 6, year + 1);
    widths(ws, [6, 40, 10, 12, 28, 12]);
    return {
      workbook: wb,
      key: {
        family: 'letter-number-row',
        variant: `numbers ${String(numbers[0])}, page ${page}`,
        years: [yearKeyOf(year, rows)],
        defects: defectsOf(sheet, rows, at, 'E', 'B'),
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** Grades picked from a data-validation drop-down whose list sits beside the table or on a sheet of its own. */
const dropdownGrades: Family = {
  name: 'dropdown-grades',
  about:
    'the grade column is a data-validation drop-down; its list is typed in the formula, on a "DM" sheet, or in four cells to the right of the table under "Danh mục xếp loại" (sometimes a hidden column); rows not yet picked are blank',
  make(rng) {
    const year = rng.int(2020, 2024);
    const wb = new Workbook();
    const sheet = rng.pick(['Nhập xếp loại', `XL${year}`, 'Mau nhap']);
    const ws = wb.addWorksheet(sheet);
    const style = rng.chance(0.7) ? GRADE_ABBR_2018 : GRADE_FULL_2018;
    const source = rng.pick(['inline', 'sheet', 'beside'] as const);
    let r = titleBlock(ws, rng, 1, { year, subject: SUBJECT, width: 5 });
    put(ws, r++, 1, '(Chọn xếp loại trong danh sách ở cột D)', { italic: true });
    const head = r;
    headerRow(ws, r++, 1, ['STT', 'Tên tổ chức cơ sở đảng', 'Bí thư', 'Xếp loại', 'Ghi chú']);
    const rows = plantRows(rng, districtOrganizations(rng, rng.int(14, 26)), style, {
      blank: 0.6,
      duplicate: 0.3,
    });
    const listCol = 9;
    let formula = `"${LEVELS.map((l) => style[l]).join(',')}"`;
    if (source === 'sheet') {
      const dm = wb.addWorksheet('DM');
      put(dm, 1, 1, 'Xếp loại', { bold: true });
      LEVELS.forEach((l, i) => put(dm, 2 + i, 1, style[l]));
      formula = 'DM!$A$2:$A$5';
      if (rng.chance(0.5)) dm.state = 'hidden';
    } else if (source === 'beside') {
      put(ws, head, listCol, 'Danh mục xếp loại', { bold: true });
      LEVELS.forEach((l, i) => put(ws, head + 1 + i, listCol, style[l]));
      formula = `$${colLetter(listCol)}$${head + 1}:$${colLetter(listCol)}$${head + 4}`;
      if (rng.chance(0.5)) ws.getColumn(listCol).hidden = true;
    }
    const at: number[] = [];
    rows.forEach((x, i) => {
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, x.name);
      bodyCell(
        ws,
        r,
        3,
        `Đ/c ${rng.pick(['Hoàng Văn Hải', 'Lương Thị Mai', 'Vi Văn Thắng', 'Nguyễn Đức Lâm'])}`,
      );
      bodyCell(ws, r, 4, x.text);
      bodyCell(ws, r, 5, '');
      ws.getCell(r, 4).dataValidation = {
        type: 'list',
        allowBlank: true,
        showErrorMessage: true,
        errorTitle: 'Sai mức xếp loại',
        error: 'Chọn một mức trong danh sách',
        formulae: [formula],
      };
      at.push(r++);
    });
    // Empty rows left for late units, the drop-down already on them.
    for (let k = 0; k < rng.int(0, 4); k++) {
      bodyCell(ws, r, 1, null);
      bodyCell(ws, r, 4, null);
      ws.getCell(r, 4).dataValidation = { type: 'list', allowBlank: true, formulae: [formula] };
      r++;
    }
    signatureBlock(ws, rng, r, 5, year + 1);
    widths(ws, [6, 40, 22, 24, 12]);
    return {
      workbook: wb,
      key: {
        family: 'dropdown-grades',
        variant: source,
        years: [yearKeyOf(year, rows)],
        defects: defectsOf(sheet, rows, at, 'D', 'B'),
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** A grade split into runs, one of them bold, as staff emphasise a word. */
function richGrade(rng: Rng, text: string): CellValue {
  const words = text.split(' ');
  if (words.length < 2)
    return { richText: [{ text, font: { bold: true, name: 'Times New Roman', size: 12 } }] };
  const k = rng.int(1, words.length - 1);
  return {
    richText: [
      { text: `${words.slice(0, k).join(' ')} `, font: { name: 'Times New Roman', size: 12 } },
      { text: words.slice(k).join(' '), font: { bold: true, name: 'Times New Roman', size: 12 } },
    ],
  };
}

/** Rich text grades and names, STT by a shared formula, grades by formulas with cached values only. */
const richTextShared: Family = {
  name: 'rich-text-shared',
  about:
    'grades and some names as rich text (two runs, one bold: "Hoàn thành " + bold "tốt nhiệm vụ"), STT by a shared formula (=A6+1 filled down), or grades by formulas to an input sheet (=\'Nhập\'!C5) saved with cached values',
  make(rng) {
    const year = rng.int(2019, 2024);
    const wb = new Workbook();
    const sheet = rng.pick(['In báo cáo', `KQ ${year}`, 'BC']);
    const ws = wb.addWorksheet(sheet);
    const style = gradeStyle(rng, year);
    const mode = rng.pick(['rich', 'formula'] as const);
    const input = mode === 'formula' ? wb.addWorksheet('Nhập') : null;
    let r = titleBlock(ws, rng, 1, { year, subject: SUBJECT, width: 4 });
    headerRow(ws, r++, 1, ['STT', 'Tổ chức cơ sở đảng', 'Xếp loại', 'Ghi chú']);
    const rows = plantRows(rng, districtOrganizations(rng, rng.int(12, 24)), style, {
      unknown: 0.3,
      blank: 0.3,
      duplicate: 0.3,
    });
    const first = r;
    const last = r + rows.length - 1;
    const at: number[] = [];
    rows.forEach((x, i) => {
      if (i === 0) bodyCell(ws, r, 1, 1);
      else if (i === 1)
        bodyCell(ws, r, 1, {
          formula: `${addr(first, 1)}+1`,
          result: 2,
          shareType: 'shared',
          ref: `${addr(r, 1)}:${addr(last, 1)}`,
        } as CellValue);
      else bodyCell(ws, r, 1, { sharedFormula: addr(first + 1, 1), result: i + 1 } as CellValue);
      bodyCell(ws, r, 2, rng.chance(0.2) ? richGrade(rng, x.name) : x.name);
      if (input) {
        put(input, i + 2, 2, x.name);
        put(input, i + 2, 3, x.text);
        bodyCell(
          ws,
          r,
          3,
          x.text === null
            ? { formula: `IF('Nhập'!C${i + 2}="","",'Nhập'!C${i + 2})`, result: '' }
            : { formula: `'Nhập'!C${i + 2}`, result: x.text },
        );
      } else bodyCell(ws, r, 3, x.text === null ? null : richGrade(rng, x.text));
      bodyCell(ws, r, 4, '');
      at.push(r++);
    });
    if (input) {
      put(input, 1, 2, 'Tên', { bold: true });
      put(input, 1, 3, 'XL', { bold: true });
      input.state = rng.chance(0.5) ? 'hidden' : 'visible';
    }
    signatureBlock(ws, rng, r, 4, year + 1);
    widths(ws, [6, 42, 30, 12]);
    return {
      workbook: wb,
      key: {
        family: 'rich-text-shared',
        variant: mode,
        years: [yearKeyOf(year, rows)],
        // The input sheet is a list of its own: the same slips are there too.
        defects: [
          ...defectsOf(sheet, rows, at, 'C', 'B'),
          ...(input
            ? defectsOf(
                'Nhập',
                rows,
                rows.map((_, i) => i + 2),
                'C',
                'B',
              )
            : []),
        ],
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** 2015–2025 across: eleven year columns, the old scheme to 2017, units founded later marked "-". */
const decadeColumns: Family = {
  name: 'decade-columns',
  about:
    'a very wide sheet: "Kết quả xếp loại qua các năm" merged over 2015 … 2025 (old scheme to 2017, abbreviations), units founded later with "-" or "Chưa thành lập" in their early years, frozen panes on the names',
  make(rng) {
    const wb = new Workbook();
    const sheet = rng.pick(['Qua các năm', '2015-2025', 'Theo doi XL']);
    const ws = wb.addWorksheet(sheet);
    const years = Array.from({ length: 11 }, (_, i) => 2015 + i);
    const width = years.length + 3;
    line(ws, 1, 1, width, 'THEO DÕI KẾT QUẢ XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG GIAI ĐOẠN 2015 - 2025', {
      bold: true,
    });
    line(ws, 2, 1, width, '(Cập nhật đến tháng 01/2026)', { italic: true });
    const h = 4;
    headerRow(ws, h, 1, ['STT', 'Tên tổ chức cơ sở đảng', 'Kết quả xếp loại qua các năm']);
    ws.mergeCells(h, 3, h, 2 + years.length);
    headerRow(ws, h + 1, 3, years);
    put(ws, h, width, 'Ghi chú', { bold: true, border: true, center: true });
    for (const c of [1, 2, width]) ws.mergeCells(h, c, h + 1, c);
    ws.views = [{ state: 'frozen', xSplit: 2, ySplit: h + 1 }];
    const names = districtOrganizations(rng, rng.int(12, 20));
    const founded = new Map<string, number>();
    for (const n of names)
      if (!/xã/.test(n) && rng.chance(0.2)) founded.set(n, rng.int(2016, 2021));
    const dash = rng.pick(['-', '—', 'Chưa thành lập']);
    const levels = years.map(() => names.map(() => randomLevel(rng)));
    const dupOf = rng.chance(0.4) ? rng.int(0, names.length - 3) : -1;
    const order = names.map((_, i) => i);
    if (dupOf >= 0) order.splice(rng.int(dupOf + 2, names.length), 0, dupOf);
    // One grade typed "Khá" in some year, as a habit from the member scheme.
    const unknownAt = rng.chance(0.4)
      ? { unit: rng.int(0, names.length - 1), year: rng.int(3, years.length - 1) }
      : null;
    const defects: DefectKey[] = [];
    let r = h + 2;
    const seen = new Set<number>();
    order.forEach((u, i) => {
      const name = names[u] as string;
      const repeat = seen.has(u);
      seen.add(u);
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, name);
      years.forEach((y, k) => {
        const from = founded.get(name) ?? 0;
        let v: string;
        if (y < from) v = dash;
        else {
          const lvl = levels[k]?.[u] as Level;
          v = y < 2018 ? GRADE_ABBR_OLD[lvl] : GRADE_ABBR_2018[lvl];
          if (!repeat && unknownAt && unknownAt.unit === u && unknownAt.year === k) {
            v = 'Khá';
            defects.push({
              rule: 'grade.unknown',
              sheet,
              row: r,
              cell: addr(r, 3 + k),
              what: `${y} "Khá"`,
            });
          }
        }
        bodyCell(ws, r, 3 + k, v);
      });
      bodyCell(ws, r, width, founded.has(name) ? `Thành lập năm ${founded.get(name) ?? ''}` : '');
      if (repeat)
        defects.push({
          rule: 'unit.duplicate',
          sheet,
          row: r,
          cell: addr(r, 2),
          what: `${name} again`,
        });
      r++;
    });
    const yearKeys: YearKey[] = years.map((y, k) => {
      const lv: (Level | null)[] = [];
      names.forEach((n, u) => {
        if (y < (founded.get(n) ?? 0)) return;
        const unknown = unknownAt && unknownAt.unit === u && unknownAt.year === k;
        lv.push(unknown ? null : (levels[k]?.[u] as Level));
      });
      return tally(y, lv);
    });
    widths(ws, [5, 38, ...years.map(() => 8), 18]);
    return {
      workbook: wb,
      key: {
        family: 'decade-columns',
        variant: `dash "${dash}", ${founded.size} founded later`,
        years: yearKeys,
        defects,
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** Members graded per new commune, counts over a thousand typed "1.234" as text. */
const thousandsDots: Family = {
  name: 'thousands-dots',
  about:
    'a provincial summary of members graded per new commune: "Tổng số đảng viên" over a thousand typed "1.234" as text (or numbers shown #,##0), SL and "Tỷ lệ %" per grade typed "18,97", a typed "Cộng"; one total and one share typed wrong',
  make(rng) {
    const year = rng.int(2023, 2025);
    const wb = new Workbook();
    const sheet = rng.pick(['ĐV theo xã', `XLĐV ${year}`, 'Bieu 3']);
    const ws = wb.addWorksheet(sheet);
    const asText = rng.chance(0.6);
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: 'TỔNG HỢP KẾT QUẢ XẾP LOẠI ĐẢNG VIÊN',
      width: 11,
    });
    headerRow(ws, r, 1, [
      'STT',
      'Đảng bộ',
      'Tổng số đảng viên được xếp loại',
      ...LEVELS.flatMap((l) => [GRADE_ABBR_2018[l], null]),
    ]);
    LEVELS.forEach((_, i) => ws.mergeCells(r, 4 + i * 2, r, 5 + i * 2));
    headerRow(
      ws,
      r + 1,
      4,
      LEVELS.flatMap(() => ['SL', 'Tỷ lệ %']),
    );
    for (const c of [1, 2, 3]) ws.mergeCells(r, c, r + 1, c);
    r += 2;
    const units = rng.sample(NEW_COMMUNES, rng.int(7, 12)).map((c) => `Đảng bộ xã ${c}`);
    const n = units.length;
    const badTotal = rng.chance(0.5) ? rng.int(0, n - 1) : -1;
    let badPct = rng.chance(0.5) ? rng.int(0, n - 1) : -1;
    if (badPct === badTotal) badPct = -1;
    const num = (v: number): CellValue => (asText && v >= 1000 ? viNumber(v) : v);
    const pct = (p: number): CellValue => (asText ? viNumber(p, 2) : Math.round(p * 100) / 100);
    const defects: DefectKey[] = [];
    const sums = [0, 0, 0, 0, 0];
    units.forEach((u, i) => {
      const total = rng.int(600, 3200);
      const ex = Math.round(total * (0.1 + rng.next() * 0.08));
      const fail = Math.round(total * rng.next() * 0.01);
      const pass = Math.round(total * (0.03 + rng.next() * 0.05));
      const good = total - ex - fail - pass;
      const c = [ex, good, pass, fail];
      const typedTotal = total + (i === badTotal ? rng.pick([10, 100, -10]) : 0);
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, u);
      bodyCell(ws, r, 3, num(typedTotal));
      if (!asText) ws.getCell(r, 3).numFmt = '#,##0';
      c.forEach((v, j) => {
        bodyCell(ws, r, 4 + j * 2, num(v));
        let p = (100 * v) / total;
        if (i === badPct && j === 1) p += 5;
        bodyCell(ws, r, 5 + j * 2, pct(p));
      });
      sums[0] = (sums[0] as number) + typedTotal;
      c.forEach((v, j) => (sums[1 + j] = (sums[1 + j] as number) + v));
      if (i === badTotal)
        defects.push({
          rule: 'total.mismatch',
          sheet,
          row: r,
          cell: addr(r, 3),
          what: 'total typed off',
        });
      if (i === badPct)
        defects.push({
          rule: 'percent.mismatch',
          sheet,
          row: r,
          cell: addr(r, 7),
          what: 'share +5',
        });
      r++;
    });
    bodyCell(ws, r, 2, 'Cộng');
    bodyCell(ws, r, 3, num(sums[0] as number));
    const graded = sums.slice(1).reduce((a, b) => a + b, 0);
    LEVELS.forEach((_, j) => {
      bodyCell(ws, r, 4 + j * 2, num(sums[1 + j] as number));
      bodyCell(ws, r, 5 + j * 2, pct((100 * (sums[1 + j] as number)) / graded));
    });
    if (badTotal >= 0)
      defects.push({
        rule: 'total.mismatch',
        sheet,
        row: r,
        cell: addr(r, 3),
        what: 'Cộng carries the wrong total',
      });
    signatureBlock(ws, rng, r + 1, 11, year + 1);
    widths(ws, [5, 28, 14, 8, 8, 8, 8, 8, 8, 8, 8]);
    return {
      workbook: wb,
      key: {
        family: 'thousands-dots',
        variant: asText ? 'text "1.234"' : 'numbers #,##0',
        years: [],
        defects,
        meetings: [],
        unsure: false,
      },
    };
  },
};

const IF_GRADE = (ref: string, s: Record<Level, string>) =>
  `IF(${ref}>=90,"${s.excellent}",IF(${ref}>=70,"${s.good}",IF(${ref}>=50,"${s.pass}","${s.fail}")))`;

/** An Excel Table far down the sheet, 2025 scores, the grade a structured-reference formula. */
const tableObjectScores: Family = {
  name: 'table-object-scores',
  about:
    'a 2025 Excel Table (ListObject, banded, autofilter, no totals row) under a title block: Điểm tự chấm, Điểm thẩm định and "Xếp loại" by =IF([@[Điểm thẩm định]]>=90,…) with cached values; one grade typed over the formula against its score',
  make(rng) {
    const year = 2025;
    const wb = new Workbook();
    const sheet = rng.pick(['Bang diem', 'TCCSĐ 2025', 'Table']);
    const ws = wb.addWorksheet(sheet);
    let r = titleBlock(ws, rng, 1, { year, subject: SUBJECT, width: 6, signedYear: 2026 });
    r += rng.int(0, 3);
    const style = rng.chance(0.6) ? GRADE_ABBR_2018 : GRADE_FULL_2018;
    const names = [
      ...rng.sample(NEW_COMMUNES, rng.int(6, 10)).map((c) => `Đảng bộ xã ${c}`),
      ...rng.sample(
        [
          'Đảng bộ Công an tỉnh',
          'Đảng bộ Quân sự tỉnh',
          'Chi bộ Báo Lạng Sơn',
          'Đảng bộ Bệnh viện Đa khoa tỉnh',
        ],
        rng.int(1, 3),
      ),
    ];
    const rows = plantRows(rng, names, style, { duplicate: 0.4 });
    const clean = cleanRows(rows);
    const over = rng.chance(0.6) && clean.length > 0 ? rng.pick(clean) : -1;
    const defects: DefectKey[] = [];
    const c0 = rng.int(1, 3);
    const scoreCol = colLetter(c0 + 3);
    const values: CellValue[][] = rows.map((x, i) => {
      const level = x.level as Level;
      let appraised = scoreIn(rng, level);
      let grade: CellValue;
      if (i === over) {
        appraised = scoreIn(rng, otherLevel(level));
        grade = x.text;
        defects.push({
          rule: 'grade.score-mismatch',
          sheet,
          row: r + 1 + i,
          cell: addr(r + 1 + i, c0 + 4),
          what: `typed ${level} over score ${appraised}`,
        });
      } else {
        grade = {
          formula: IF_GRADE(`${scoreCol}${r + 1 + i}`, style),
          result: style[band(appraised)],
        };
        x.level = band(appraised);
      }
      const own = Math.min(100, appraised + rng.pick([0, 0.5, 1, 2, 3]));
      return [i + 1, x.name, own, appraised, grade];
    });
    ws.addTable({
      name: 'XepLoai2025',
      ref: addr(r, c0),
      headerRow: true,
      totalsRow: false,
      style: {
        theme: rng.pick(['TableStyleMedium9', 'TableStyleLight1', 'TableStyleMedium2']),
        showRowStripes: true,
      },
      columns: [
        { name: 'STT', filterButton: true },
        { name: 'Tên tổ chức cơ sở đảng', filterButton: true },
        { name: 'Điểm tự chấm', filterButton: true },
        { name: 'Điểm thẩm định', filterButton: true },
        { name: 'Xếp loại', filterButton: true },
      ],
      rows: values,
    });
    const at = rows.map((_, i) => r + 1 + i);
    widths(ws, [6, 40, 10, 10, 28, 12]);
    ws.getColumn(c0 + 1).width = 40;
    return {
      workbook: wb,
      key: {
        family: 'table-object-scores',
        variant: over >= 0 ? 'a grade typed over its formula' : 'all by formula',
        years: [yearKeyOf(year, rows)],
        defects: [...defectsOf(sheet, rows, at, colLetter(c0 + 4), colLetter(c0 + 1)), ...defects],
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** The score and the grade typed in one cell: "HTTNV (85 điểm)", "92,5 - HTXSNV". */
const gradeWithScore: Family = {
  name: 'grade-with-score',
  about:
    'a 2025 list with one "Kết quả (điểm, xếp loại)" column: "HTTNV (85 điểm)", "92,5 - HTXSNV", "Hoàn thành tốt nhiệm vụ - 78đ", "85đ/HTTNV"; one cell\'s grade against its own score',
  make(rng) {
    const year = 2025;
    const commune = rng.pick(NEW_COMMUNES);
    const wb = new Workbook();
    const sheet = rng.pick([`XL ${year}`, commune, 'Ket qua']);
    const ws = wb.addWorksheet(sheet);
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: `KẾT QUẢ XẾP LOẠI CHI BỘ TRỰC THUỘC ĐẢNG BỘ XÃ ${commune.toUpperCase()}`,
      width: 4,
      signedYear: 2026,
    });
    headerRow(ws, r++, 1, [
      'STT',
      'Chi bộ',
      rng.pick(['Kết quả (điểm, xếp loại)', 'Điểm - Xếp loại', 'Kết quả đánh giá']),
      'Ghi chú',
    ]);
    const style = rng.chance(0.6) ? GRADE_ABBR_2018 : GRADE_FULL_2018;
    const rows = plantRows(rng, communeCells(rng, rng.int(10, 20)), style, {
      blank: 0.3,
      duplicate: 0.3,
    });
    const form = rng.pick(['paren', 'dash-first', 'dash-last', 'slash'] as const);
    const clean = cleanRows(rows);
    const mismatchAt = rng.chance(0.5) && clean.length > 0 ? rng.pick(clean) : -1;
    const defects: DefectKey[] = [];
    const at: number[] = [];
    rows.forEach((x, i) => {
      let text: string | null = x.text;
      if (text && x.level) {
        const s = scoreIn(rng, i === mismatchAt ? otherLevel(x.level) : x.level);
        const sv = viNumber(s, s % 1 ? 1 : 0);
        text =
          form === 'paren'
            ? `${text} (${sv} điểm)`
            : form === 'dash-first'
              ? `${sv} - ${text}`
              : form === 'dash-last'
                ? `${text} - ${sv}đ`
                : `${sv}đ/${text}`;
        if (i === mismatchAt)
          defects.push({
            rule: 'grade.score-mismatch',
            sheet,
            row: r,
            cell: addr(r, 3),
            what: text,
          });
      }
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, x.name);
      bodyCell(ws, r, 3, text);
      bodyCell(ws, r, 4, '');
      at.push(r++);
    });
    signatureBlock(ws, rng, r, 4, 2026);
    widths(ws, [6, 34, 34, 14]);
    return {
      workbook: wb,
      key: {
        family: 'grade-with-score',
        variant: form,
        years: [yearKeyOf(year, rows)],
        defects: [...defectsOf(sheet, rows, at, 'C', 'B'), ...defects],
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** Two years of grades, then 2025's score and grade under one merged "Năm 2025". */
const yearsThenScore: Family = {
  name: 'years-then-score',
  about:
    '"Kết quả xếp loại" merged over "Năm 2023" | "Năm 2024" | "Năm 2025", the last merged over "Điểm" | "Xếp loại" (three header rows); a 2024 grade blank, a 2025 grade against its score',
  make(rng) {
    const wb = new Workbook();
    const sheet = rng.pick(['3 năm', 'XL 2023-2025', 'So sanh']);
    const ws = wb.addWorksheet(sheet);
    line(ws, 1, 1, 7, 'ĐẢNG BỘ XÃ ' + rng.pick(NEW_COMMUNES).toUpperCase(), { bold: true });
    line(ws, 3, 1, 7, 'KẾT QUẢ XẾP LOẠI CHI BỘ 3 NĂM 2023 - 2025', { bold: true });
    const h = 5;
    headerRow(ws, h, 1, ['STT', 'Tên chi bộ', 'Kết quả xếp loại', null, null, null, 'Ghi chú']);
    ws.mergeCells(h, 3, h, 6);
    headerRow(ws, h + 1, 3, ['Năm 2023', 'Năm 2024', 'Năm 2025', null]);
    ws.mergeCells(h + 1, 3, h + 2, 3);
    ws.mergeCells(h + 1, 4, h + 2, 4);
    ws.mergeCells(h + 1, 5, h + 1, 6);
    headerRow(ws, h + 2, 5, ['Điểm', 'Xếp loại']);
    for (const c of [1, 2, 7]) ws.mergeCells(h, c, h + 2, c);
    const style = GRADE_ABBR_2018;
    const names = communeCells(rng, rng.int(10, 20));
    const y23 = plantRows(rng, names, style, { unknown: 0.2 });
    const y24 = plantRows(rng, names, style, { blank: 0.5 });
    const y25 = plantRows(rng, names, style);
    const clean = cleanRows(y25);
    const mismatchAt = rng.chance(0.6) && clean.length > 0 ? rng.pick(clean) : -1;
    const defects: DefectKey[] = [];
    let r = h + 3;
    const at: number[] = [];
    names.forEach((n, i) => {
      const a = y23[i] as ListRow;
      const b = y24[i] as ListRow;
      const c = y25[i] as ListRow;
      const level = c.level as Level;
      const score = scoreIn(rng, i === mismatchAt ? otherLevel(level) : level);
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, n);
      bodyCell(ws, r, 3, a.text);
      bodyCell(ws, r, 4, b.text);
      bodyCell(ws, r, 5, score);
      bodyCell(ws, r, 6, c.text);
      bodyCell(ws, r, 7, '');
      if (i === mismatchAt)
        defects.push({
          rule: 'grade.score-mismatch',
          sheet,
          row: r,
          cell: addr(r, 6),
          what: `${score} ${level}`,
        });
      at.push(r++);
    });
    signatureBlock(ws, rng, r, 7, 2026);
    widths(ws, [5, 32, 12, 12, 8, 12, 12]);
    return {
      workbook: wb,
      key: {
        family: 'years-then-score',
        variant: mismatchAt >= 0 ? 'a 2025 grade against its score' : 'clean',
        years: [yearKeyOf(2023, y23), yearKeyOf(2024, y24), yearKeyOf(2025, y25)],
        defects: [
          ...defectsOf(sheet, y23, at, 'C', 'B'),
          ...defectsOf(sheet, y24, at, 'D', 'B'),
          ...defects,
        ],
        meetings: [],
        unsure: false,
      },
    };
  },
};

export const ROUND6_FAMILIES: readonly Family[] = [
  continuedSheet,
  farPreamble,
  kindColumn,
  communesAcross,
  scoreCommaBands,
  footnoteGrades,
  letterNumberRow,
  dropdownGrades,
  richTextShared,
  decadeColumns,
  thousandsDots,
  tableObjectScores,
  gradeWithScore,
  yearsThenScore,
];
