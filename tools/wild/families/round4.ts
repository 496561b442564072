/**
 * Round 4 of the independent layouts (issue #10): written, like rounds 1–3, from docs/, the
 * domain brief and tools/wild only, never from the engine. Rating lists, summaries and the
 * 2025-on score sheets as other people type them: statistical forms split by kind of
 * organization, lists with a second grade column (the committee's, the secretary's, the
 * half-year's), two years with a "Tăng/giảm" column, grades by an IF formula with no cached
 * value, lists sorted by grade with typed subtotal lines, bare headers on row 1 with hidden old
 * years, dotted and lower-case abbreviations, ranks beside scores, units not rated because they
 * are new, and the province's list of the merged communes.
 */
import { Workbook } from 'exceljs';
import { tally, type DefectKey, type Family } from '../key';
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
  AGENCIES,
  communeCells,
  COMMUNES,
  districtOrganizations,
  GRADE_ABBR_2018,
  GRADE_FULL_2018,
  gradeStyle,
  LEVELS,
  NEW_COMMUNES,
  randomLevel,
  type Level,
} from '../vocabulary';

const SUBJECT = 'KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG TỔ CHỨC CƠ SỞ ĐẢNG';

const SURNAMES = ['Nguyễn', 'Hoàng', 'Lương', 'Vi', 'Hà', 'Lăng', 'Chu', 'Triệu', 'Đinh', 'Lê'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thanh', 'Quang'];
const GIVEN = ['Hùng', 'Lan', 'Minh', 'Tuấn', 'Hoa', 'Bình', 'Dũng', 'Hương', 'Sơn', 'Thắng'];

function person(rng: Rng): string {
  return `${rng.pick(SURNAMES)} ${rng.pick(MIDDLE)} ${rng.pick(GIVEN)}`;
}

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

/** Counts per level of n units drawn at random. */
function drawCounts(rng: Rng, n: number): number[] {
  const counts = [0, 0, 0, 0];
  for (let k = 0; k < n; k++) (counts[LEVELS.indexOf(randomLevel(rng))] as number)++;
  return counts;
}

/** A share in percent as staff type it: two decimals, no % sign. */
function pct2(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 10000) / 100;
}

/** Units that are listed but rated by nobody: neither a grade nor a defect. */
const NOT_RATED = [
  'Không xếp loại (mới thành lập)',
  'Chưa xếp loại (mới thành lập)',
  'Không xếp loại (thành lập chưa đủ 6 tháng)',
  'Không đánh giá, xếp loại (mới hợp nhất)',
];

/** Statistical form (Biểu 7A-like): kinds of organization down, count and share per grade across, a "Không xếp loại" column. */
const kindsStatForm: Family = {
  name: 'kinds-stat-form',
  about:
    'Biểu-style form: "I. Tổng số TCCSĐ" = 1. Đảng bộ cơ sở + 2. Chi bộ cơ sở, then "II. Chi bộ trực thuộc"; Tổng số, Số đã xếp loại, SL and "Tỷ lệ (%)" per grade (typed 18.97, "18,97" or 0.1897 as %), "Không xếp loại" so Tổng số ≠ graded',
  make(rng) {
    const year = rng.int(2019, 2024);
    const wb = new Workbook();
    const sheet = rng.pick(['Biểu 7A', 'Bieu 07', `TK TCCSĐ ${year}`, 'Mẫu 2']);
    const ws = wb.addWorksheet(sheet);
    put(ws, 1, 12, 'Biểu số 7A-TCTW', { italic: true });
    let r = titleBlock(ws, rng, 2, {
      year,
      subject: 'THỐNG KÊ KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG',
      width: 13,
    });
    const full = rng.chance(0.5);
    headerRow(ws, r, 1, [
      'STT',
      'Loại hình tổ chức',
      'Tổng số',
      rng.pick(['Số đã đánh giá, xếp loại', 'Số được xếp loại', 'Số TCĐ được đánh giá']),
      'Kết quả xếp loại',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      rng.pick(['Không xếp loại', 'Chưa xếp loại', 'Không đánh giá']),
    ]);
    ws.mergeCells(r, 5, r, 12);
    headerRow(
      ws,
      r + 1,
      5,
      LEVELS.flatMap((l) => [full ? GRADE_FULL_2018[l] : GRADE_ABBR_2018[l], null]),
    );
    LEVELS.forEach((_, i) => ws.mergeCells(r + 1, 5 + i * 2, r + 1, 6 + i * 2));
    headerRow(
      ws,
      r + 2,
      5,
      LEVELS.flatMap(() => [rng.pick(['SL', 'Số lượng']), 'Tỷ lệ (%)']),
    );
    for (const c of [1, 2, 3, 4, 13]) ws.mergeCells(r, c, r + 2, c);
    r += 3;
    const pctMode = rng.pick(['number', 'text', 'ratio'] as const);
    const writePct = (row: number, col: number, v: number) => {
      if (pctMode === 'number') bodyCell(ws, row, col, v);
      else if (pctMode === 'text') bodyCell(ws, row, col, v.toFixed(2).replace('.', ','));
      else {
        bodyCell(ws, row, col, Math.round(v * 100) / 10000);
        ws.getCell(row, col).numFmt = '0.00%';
      }
    };
    const kinds: { stt: string; label: string; n: number }[] = [
      { stt: '1', label: 'Đảng bộ cơ sở', n: rng.int(20, 40) },
      { stt: '2', label: 'Chi bộ cơ sở', n: rng.int(12, 30) },
      { stt: 'II', label: 'Chi bộ trực thuộc đảng bộ cơ sở', n: rng.int(150, 420) },
    ];
    const totalRow = r;
    const rowOf = (i: number) => totalRow + 1 + i;
    const badPct = rng.chance(0.5) ? rng.int(0, 2) : -1;
    const badTotal = rng.chance(0.4) ? rng.int(0, 2) : -1;
    const defects: DefectKey[] = [];
    kinds.forEach((k, i) => {
      const row = rowOf(i);
      const notRated = i < 2 ? rng.pick([0, 0, 1, 2]) : rng.pick([0, 3, 5]);
      const rated = k.n - notRated;
      const counts = drawCounts(rng, rated);
      if (i === badTotal) {
        counts[1] = (counts[1] as number) + 1;
        defects.push({
          rule: 'total.mismatch',
          sheet,
          row,
          cell: addr(row, 4),
          what: `counts add to ${rated + 1}, rated ${rated}`,
        });
      }
      bodyCell(ws, row, 1, k.stt);
      bodyCell(ws, row, 2, k.label);
      bodyCell(ws, row, 3, k.n);
      bodyCell(ws, row, 4, rated);
      counts.forEach((v, j) => {
        bodyCell(ws, row, 5 + j * 2, v);
        let p = pct2(v, rated);
        if (i === badPct && j === 1) {
          p = Math.round((p + 5) * 100) / 100;
          defects.push({
            rule: 'percent.mismatch',
            sheet,
            row,
            cell: addr(row, 6 + j * 2),
            what: `share typed 5 points high`,
          });
        }
        writePct(row, 6 + j * 2, p);
      });
      bodyCell(ws, row, 13, notRated || null);
    });
    // "I" is the sum of 1 and 2 only: party cells under a đảng bộ are not grassroots organizations.
    bodyCell(ws, totalRow, 1, 'I');
    bodyCell(ws, totalRow, 2, rng.pick(['Tổng số TCCSĐ', 'Tổng số tổ chức cơ sở đảng']));
    const sumOf = (c: number) => {
      const a = ws.getCell(rowOf(0), c).value as number | null;
      const b = ws.getCell(rowOf(1), c).value as number | null;
      return (a ?? 0) + (b ?? 0);
    };
    for (const c of [3, 4, 5, 7, 9, 11, 13]) {
      const L = colLetter(c);
      bodyCell(ws, totalRow, c, {
        formula: `${L}${rowOf(0)}+${L}${rowOf(1)}`,
        result: sumOf(c),
      });
    }
    for (let j = 0; j < 4; j++) {
      const c = 6 + j * 2;
      const v = pct2(sumOf(5 + j * 2), sumOf(4));
      const ratio = pctMode === 'ratio';
      bodyCell(ws, totalRow, c, {
        formula: `ROUND(${colLetter(c - 1)}${totalRow}/D${totalRow}${ratio ? ',4' : '*100,2'})`,
        result: ratio ? Math.round(v * 100) / 10000 : v,
      });
      if (ratio) ws.getCell(totalRow, c).numFmt = '0.00%';
    }
    if (badTotal === 0 || badTotal === 1)
      defects.push({
        rule: 'total.mismatch',
        sheet,
        row: totalRow,
        cell: addr(totalRow, 4),
        what: 'the sum carries the planted count',
      });
    r = rowOf(kinds.length);
    signatureBlock(ws, rng, r, 13, year + 1);
    widths(ws, [5, 30, 8, 10, 7, 8, 7, 8, 7, 8, 7, 8, 10]);
    return {
      workbook: wb,
      key: {
        family: 'kinds-stat-form',
        variant: `${pctMode}${full ? ', full grade names' : ''}`,
        years: [],
        defects,
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** The organization's grade beside its committee's and its secretary's: only the first is the list's. */
const orgAndCommitteeGrades: Family = {
  name: 'org-and-committee-grades',
  about:
    'a list with "Xếp loại tổ chức đảng" beside "Xếp loại tập thể cấp ủy" and the secretary\'s name and grade (one merged "Kết quả xếp loại" over them, or one row); only the organization\'s grade counts',
  make(rng) {
    const year = rng.int(2019, 2025);
    const wb = new Workbook();
    const sheet = rng.pick([`XL ${year}`, `TCĐ và cấp ủy ${year}`, 'Tổ chức đảng']);
    const ws = wb.addWorksheet(sheet);
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: 'KẾT QUẢ XẾP LOẠI TỔ CHỨC ĐẢNG, TẬP THỂ CẤP ỦY VÀ BÍ THƯ CẤP ỦY',
      width: 8,
    });
    const twoRow = rng.chance(0.6);
    const orgFirst = rng.chance(0.7);
    const labels = twoRow
      ? orgFirst
        ? ['Tổ chức đảng', 'Tập thể cấp ủy', 'Bí thư']
        : ['Tập thể cấp ủy', 'Bí thư', 'Tổ chức đảng']
      : orgFirst
        ? ['Xếp loại TCCSĐ', 'Xếp loại tập thể BCH', 'Xếp loại bí thư']
        : ['XL tập thể cấp ủy', 'XL bí thư', 'XL tổ chức đảng'];
    headerRow(ws, r, 1, [
      'STT',
      'Tên tổ chức cơ sở đảng',
      'Họ tên bí thư',
      ...(twoRow ? [`Kết quả xếp loại năm ${year}`, null, null] : labels),
      'Ghi chú',
    ]);
    if (twoRow) {
      ws.mergeCells(r, 4, r, 6);
      headerRow(ws, r + 1, 4, labels);
      for (const c of [1, 2, 3, 7]) ws.mergeCells(r, c, r + 1, c);
      r += 2;
    } else r++;
    const orgCol = orgFirst ? 4 : 6;
    const comCol = orgFirst ? 5 : 4;
    const secCol = orgFirst ? 6 : 5;
    const style = gradeStyle(rng, year);
    const rows = plantRows(rng, districtOrganizations(rng, rng.int(14, 26)), style, {
      unknown: 0.3,
      blank: 0.3,
      duplicate: 0.3,
    });
    const at: number[] = [];
    rows.forEach((x, i) => {
      // The committee rarely rates above its organization; the secretary follows the committee.
      const com: Level = x.level === 'excellent' && rng.chance(0.4) ? 'good' : (x.level ?? 'good');
      const sec: Level = rng.chance(0.8) ? com : randomLevel(rng);
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, x.name);
      bodyCell(ws, r, 3, person(rng));
      bodyCell(ws, r, orgCol, x.text);
      bodyCell(ws, r, comCol, rng.chance(0.05) ? null : style[com]);
      bodyCell(ws, r, secCol, style[sec]);
      bodyCell(ws, r, 7, rng.chance(0.1) ? 'Bí thư mới được chỉ định' : '');
      at.push(r++);
    });
    signatureBlock(ws, rng, r, 7, year + 1);
    widths(ws, [5, 36, 22, 26, 26, 26, 20]);
    return {
      workbook: wb,
      key: {
        family: 'org-and-committee-grades',
        variant: `${twoRow ? 'two-row header' : 'one row'}, org grade ${orgFirst ? 'first' : 'last'}`,
        years: [yearKeyOf(year, rows)],
        defects: defectsOf(sheet, rows, at, colLetter(orgCol), 'B'),
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** A summary with the grades down, two years across and a typed "Tăng (+), giảm (-)" column. */
const twoYearsDelta: Family = {
  name: 'two-years-delta',
  about:
    'grades down, "Năm 2023" and "Năm 2024" (SL, Tỷ lệ %) across, then "Tăng (+), giảm (-)" typed "+2", "-1", "0" or "Tăng 2"; a "Tổng số" row; across the 2025 mergers the total drops',
  make(rng) {
    const y2 = rng.int(2020, 2025);
    const y1 = y2 - 1;
    const wb = new Workbook();
    const sheet = rng.pick(['So sánh', `So sanh ${y1}-${y2}`, 'TH 2 năm']);
    const ws = wb.addWorksheet(sheet);
    let r = titleBlock(ws, rng, 1, {
      year: y2,
      subject: `SO SÁNH KẾT QUẢ XẾP LOẠI TCCSĐ GIỮA NĂM ${y1} VÀ`,
      width: 7,
    });
    const deltaWords = rng.chance(0.3);
    headerRow(ws, r, 1, [
      'STT',
      'Mức xếp loại',
      `Năm ${y1}`,
      null,
      `Năm ${y2}`,
      null,
      rng.pick(['Tăng (+), giảm (-)', 'Tăng/giảm', 'So với năm trước']),
    ]);
    ws.mergeCells(r, 3, r, 4);
    ws.mergeCells(r, 5, r, 6);
    headerRow(ws, r + 1, 3, ['SL', 'Tỷ lệ (%)', 'SL', 'Tỷ lệ (%)']);
    for (const c of [1, 2, 7]) ws.mergeCells(r, c, r + 1, c);
    r += 2;
    const n1 = rng.int(50, 62);
    const n2 = y2 === 2025 ? rng.int(14, 24) : n1 + rng.int(-2, 1);
    const c1 = drawCounts(rng, n1);
    const c2 = drawCounts(rng, n2);
    const full = rng.chance(0.5);
    const bad = rng.chance(0.6) ? rng.int(0, 1) : -1;
    const defects: DefectKey[] = [];
    const delta = (d: number) =>
      deltaWords
        ? d > 0
          ? `Tăng ${d}`
          : d < 0
            ? `Giảm ${-d}`
            : 'Không đổi'
        : d > 0
          ? `+${d}`
          : String(d);
    const totalFirst = rng.chance(0.3);
    const write = (
      row: number,
      stt: string,
      label: string,
      a: number,
      b: number,
      bad2: boolean,
    ) => {
      bodyCell(ws, row, 1, stt);
      bodyCell(ws, row, 2, label);
      bodyCell(ws, row, 3, a);
      bodyCell(ws, row, 4, pct2(a, n1));
      bodyCell(ws, row, 5, b);
      bodyCell(ws, row, 6, bad2 ? Math.round((pct2(b, n2) + 6) * 100) / 100 : pct2(b, n2));
      bodyCell(ws, row, 7, delta(b - a));
    };
    if (totalFirst) write(r++, '', 'Tổng số', n1, n2, false);
    LEVELS.forEach((l, i) => {
      const isBad = i === bad;
      write(
        r,
        String(i + 1),
        full ? GRADE_FULL_2018[l] : GRADE_ABBR_2018[l],
        c1[i] as number,
        c2[i] as number,
        isBad,
      );
      if (isBad)
        defects.push({
          rule: 'percent.mismatch',
          sheet,
          row: r,
          cell: addr(r, 6),
          what: `${y2} share typed 6 points high`,
        });
      r++;
    });
    if (!totalFirst) write(r++, '', 'Tổng số', n1, n2, false);
    if (y2 === 2025)
      line(
        ws,
        r + 1,
        1,
        7,
        `Ghi chú: năm ${y2} sau sắp xếp, hợp nhất các xã còn ${n2} đảng bộ xã`,
        {
          italic: true,
        },
      );
    widths(ws, [5, 30, 7, 9, 7, 9, 14]);
    return {
      workbook: wb,
      key: {
        family: 'two-years-delta',
        variant: `${deltaWords ? 'words' : '+/-'}${totalFirst ? ', total first' : ''}`,
        years: [],
        defects,
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** 2025 list whose grade is an IF over the higher level's score, saved by a tool with no cached value. */
const ifGradeUncached: Family = {
  name: 'if-grade-uncached',
  about:
    '2025 cells: "Điểm tự chấm", "Đảng ủy xã chấm", grade =IF(D5>=90,…) or =IF(D5<50,…) with no cached value (saved by a tool); one row typed over the formula against its score',
  make(rng) {
    const year = 2025;
    const commune = rng.pick(NEW_COMMUNES);
    const wb = new Workbook();
    const sheet = rng.pick(['Cham diem 2025', 'Chấm điểm chi bộ', `Xa ${commune}`]);
    const ws = wb.addWorksheet(sheet);
    let r = 1;
    line(ws, r++, 1, 6, `ĐẢNG BỘ XÃ ${commune.toUpperCase()}`, { bold: true });
    line(ws, r++, 1, 6, `KẾT QUẢ CHẤM ĐIỂM, XẾP LOẠI CHI BỘ NĂM ${year}`, { bold: true });
    r++;
    const two = rng.chance(0.6);
    headerRow(ws, r++, 1, [
      'STT',
      'Tên chi bộ',
      ...(two ? ['Điểm chi bộ tự chấm', 'Điểm Đảng ủy xã chấm'] : ['Tổng điểm']),
      'Xếp loại',
      'Ghi chú',
    ]);
    const scoreCol = two ? 4 : 3;
    const gradeCol = scoreCol + 1;
    const abbr = rng.chance(0.5);
    const words = abbr ? GRADE_ABBR_2018 : GRADE_FULL_2018;
    const ascending = rng.chance(0.4);
    const formula = (ref: string) =>
      ascending
        ? `IF(${ref}<50,"${words.fail}",IF(${ref}<70,"${words.pass}",IF(${ref}<90,"${words.good}","${words.excellent}")))`
        : `IF(${ref}>=90,"${words.excellent}",IF(${ref}>=70,"${words.good}",IF(${ref}>=50,"${words.pass}","${words.fail}")))`;
    const names = communeCells(rng, rng.int(10, 20));
    const typedAt = rng.chance(0.6) ? rng.int(0, names.length - 1) : -1;
    const levels: Level[] = [];
    const defects: DefectKey[] = [];
    names.forEach((name, i) => {
      const score = scoreIn(rng, randomLevel(rng));
      const own = Math.min(100, score + rng.pick([0, 0, 1.5, 3, 6]));
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, name);
      if (two) bodyCell(ws, r, 3, own);
      bodyCell(ws, r, scoreCol, score);
      let level = band(score);
      if (i === typedAt) {
        // Typed over the formula after the cell's own score, or a level off.
        level = band(own) !== level ? band(own) : otherLevel(level);
        bodyCell(ws, r, gradeCol, GRADE_FULL_2018[level]);
        defects.push({
          rule: 'grade.score-mismatch',
          sheet,
          row: r,
          cell: addr(r, gradeCol),
          what: `score ${score} typed ${level}`,
        });
      } else bodyCell(ws, r, gradeCol, { formula: formula(`${colLetter(scoreCol)}${r}`) });
      bodyCell(ws, r, gradeCol + 1, '');
      levels.push(level);
      r++;
    });
    widths(ws, [5, 32, 12, 12, 30, 16]);
    return {
      workbook: wb,
      key: {
        family: 'if-grade-uncached',
        variant: `${two ? 'two scores' : 'one score'}, ${ascending ? 'ascending IF' : 'descending IF'}, ${abbr ? 'abbr' : 'full'}`,
        years: [tally(year, levels)],
        defects,
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** Sorted by grade, each grade's block closed by a typed "Cộng HTXSNV: 5" line. */
const gradeSortedSubtotals: Family = {
  name: 'grade-sorted-subtotals',
  about:
    'a list sorted by grade, each block closed by "Cộng HTXSNV: 05 đơn vị" (or "Cộng Hoàn thành tốt nhiệm vụ:" with the count in the grade column), a "Tổng cộng: 45 TCCSĐ" line; one unit under two grades; a subtotal typed wrong',
  make(rng) {
    const year = rng.int(2019, 2024);
    const wb = new Workbook();
    const sheet = rng.pick([`Năm ${year}`, `XL theo mức ${year}`, 'Danh sách']);
    const ws = wb.addWorksheet(sheet);
    let r = titleBlock(ws, rng, 1, { year, subject: SUBJECT, width: 4 });
    headerRow(ws, r++, 1, ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại', 'Ghi chú']);
    const style = gradeStyle(rng, year);
    const inName = rng.chance(0.5);
    const restart = rng.chance(0.5);
    const names = districtOrganizations(rng, rng.int(16, 28));
    const levelOf = new Map(names.map((n) => [n, randomLevel(rng)] as const));
    // One unit typed again under another grade further down.
    const dup = rng.chance(0.4) ? rng.pick(names) : null;
    const blocks = LEVELS.map((l) => {
      const block = names.filter((n) => levelOf.get(n) === l);
      return { l, block: [...block] };
    }).filter((b) => b.block.length > 0);
    if (dup) {
      const first = blocks.findIndex((b) => b.l === levelOf.get(dup));
      const later = blocks.slice(first + 1);
      if (later.length > 0) rng.pick(later).block.push(dup);
    }
    const badBlock = rng.chance(0.4) ? rng.int(0, blocks.length - 1) : -1;
    const defects: DefectKey[] = [];
    const seen = new Set<string>();
    const levels: Level[] = [];
    let stt = 0;
    blocks.forEach((b, bi) => {
      if (restart) stt = 0;
      for (const n of b.block) {
        bodyCell(ws, r, 1, ++stt);
        bodyCell(ws, r, 2, n);
        bodyCell(ws, r, 3, style[b.l]);
        bodyCell(ws, r, 4, b.l === 'excellent' && rng.chance(0.3) ? 'Đề nghị tặng giấy khen' : '');
        if (seen.has(n))
          defects.push({
            rule: 'unit.duplicate',
            sheet,
            row: r,
            cell: addr(r, 2),
            what: `${n} again under ${b.l}`,
          });
        else {
          seen.add(n);
          levels.push(b.l);
        }
        r++;
      }
      const stated =
        bi === badBlock ? b.block.length + (b.block.length > 1 ? -1 : 1) : b.block.length;
      const two = String(stated).padStart(2, '0');
      if (inName) {
        put(ws, r, 2, `Cộng ${GRADE_ABBR_2018[b.l]}: ${two} đơn vị`, { bold: true, border: true });
      } else {
        put(ws, r, 2, `Cộng ${style[b.l]}:`, { bold: true, border: true });
        put(ws, r, 3, stated, { bold: true, border: true });
      }
      if (bi === badBlock)
        defects.push({
          rule: 'total.mismatch',
          sheet,
          row: r,
          cell: addr(r, inName ? 2 : 3),
          what: `subtotal ${stated} of ${b.block.length} rows`,
        });
      r++;
    });
    const all = blocks.reduce((s, b) => s + b.block.length, 0);
    if (inName) put(ws, r, 2, `Tổng cộng: ${all} TCCSĐ`, { bold: true, border: true });
    else {
      put(ws, r, 2, 'Tổng cộng', { bold: true, border: true });
      put(ws, r, 3, all, { bold: true, border: true });
    }
    r++;
    signatureBlock(ws, rng, r, 4, year + 1);
    widths(ws, [5, 40, 30, 24]);
    return {
      workbook: wb,
      key: {
        family: 'grade-sorted-subtotals',
        variant: `${inName ? 'count in the name cell' : 'count in the grade column'}${dup ? ', a unit twice' : ''}`,
        years: [tally(year, levels)],
        defects,
        meetings: [],
        unsure: false,
      },
    };
  },
};

const NOTES_WITH_GRADES = [
  'HTXSNV 5 năm liền',
  'Đề nghị tặng giấy khen',
  'Đề nghị UBND huyện tặng giấy khen',
  '02 năm liền HTTNV',
  'Năm trước: Hoàn thành nhiệm vụ',
  'Đề nghị Tỉnh ủy tặng Bằng khen (HTXSNV 5 năm liền)',
  'Hạ 1 bậc do có đảng viên vi phạm',
];

/** Header on row 1 and nothing else; old years kept in hidden columns; names with line breaks; notes naming grades. */
const row1HiddenYears: Family = {
  name: 'row1-hidden-years',
  about:
    'no title: "TT | Tên cơ sở đảng | XL 2021 | XL 2022 | XL 2023 | Ghi chú" on row 1, the older year columns hidden, names typed "Đảng bộ xã\\nHòa Sơn", notes "HTXSNV 5 năm liền", "Đề nghị tặng giấy khen"',
  make(rng) {
    const last = rng.int(2020, 2024);
    const years = Array.from({ length: rng.int(2, 4) }, (_, i) => last - i).reverse();
    const wb = new Workbook();
    const sheet = rng.pick(['Sheet1', 'DS TCCSD', 'Theo doi XL', 'Data']);
    const ws = wb.addWorksheet(sheet);
    const head = rng.pick(['XL {y}', 'Năm {y}', 'KQ {y}', '{y}']);
    headerRow(ws, 1, 1, [
      rng.pick(['TT', 'STT']),
      rng.pick(['Tên cơ sở đảng', 'Đơn vị', 'Tổ chức đảng']),
      ...years.map((y) => (head === '{y}' ? y : head.replace('{y}', String(y)))),
      'Ghi chú',
    ]);
    const noteCol = 3 + years.length;
    const hide = rng.chance(0.7) ? rng.int(1, years.length - 1) : 0;
    const lastStyle = gradeStyle(rng, last);
    const names = districtOrganizations(rng, rng.int(14, 24));
    // No blank planted: in a list of year columns a blank year may mean the unit did not exist yet.
    const rows = plantRows(rng, names, lastStyle, { unknown: 0.45, duplicate: 0.4 });
    const breaks = rng.chance(0.6);
    const earlier = years.slice(0, -1).map((y) => {
      const st = gradeStyle(rng, y);
      return rows.map(() => {
        const l = randomLevel(rng);
        return { l, text: st[l] };
      });
    });
    const at: number[] = [];
    rows.forEach((x, i) => {
      const row = 2 + i;
      const shown = breaks ? x.name.replace(/^(Đảng bộ xã|Chi bộ|Đảng bộ) /, '$1\n') : x.name;
      bodyCell(ws, row, 1, i + 1);
      put(ws, row, 2, shown, { border: true, wrap: true });
      earlier.forEach((col, k) => bodyCell(ws, row, 3 + k, (col[i] as { text: string }).text));
      bodyCell(ws, row, 2 + years.length, x.text);
      bodyCell(ws, row, noteCol, rng.chance(0.35) ? rng.pick(NOTES_WITH_GRADES) : null);
      at.push(row);
    });
    widths(ws, [5, 30, ...years.map(() => 26), 30]);
    for (let i = 0; i < hide; i++) ws.getColumn(3 + i).hidden = true;
    const keys = years.slice(0, -1).map((y, k) =>
      tally(
        y,
        rows.flatMap((x, i) =>
          x.repeat ? [] : [((earlier[k] as { l: Level }[])[i] as { l: Level }).l],
        ),
      ),
    );
    return {
      workbook: wb,
      key: {
        family: 'row1-hidden-years',
        variant: `${years.length} years, ${hide} hidden, header "${head}"${breaks ? ', line breaks' : ''}`,
        years: [...keys, yearKeyOf(last, rows)],
        defects: defectsOf(sheet, rows, at, colLetter(2 + years.length), 'B'),
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** Abbreviations typed with dots, in lower case or half-spelled, mixed within one sheet. */
const SPELLINGS: Record<Level, readonly string[]> = {
  excellent: ['htxs', 'H.T.X.S.N.V', 'HTXS.NV', 'htxsnv', 'Ht xuất sắc nv', 'HTXSNV.'],
  good: ['htt', 'H.T.T.N.V', 'HTT.NV', 'httnv', 'Ht tốt nv', 'H.T.T'],
  pass: ['htnv', 'H.T.N.V', 'HT.NV', 'Htnv', 'HTNV.'],
  fail: ['khtnv', 'K.H.T.N.V', 'Không HT.NV', 'kht'],
};

const dottedGrades: Family = {
  name: 'dotted-grades',
  about:
    'grades typed "htxs", "H.T.T.N.V", "HTT.NV", "Ht tốt nv", "khtnv" mixed in one sheet under "XL"; member counts beside',
  make(rng) {
    const year = rng.int(2019, 2024);
    const commune = rng.pick(COMMUNES);
    const wb = new Workbook();
    const sheet = rng.pick([`CB ${year}`, `xl chi bo ${year}`, commune]);
    const ws = wb.addWorksheet(sheet);
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: `KẾT QUẢ XẾP LOẠI CÁC CHI BỘ TRỰC THUỘC ĐẢNG BỘ XÃ ${commune.toUpperCase()}`,
      width: 5,
    });
    headerRow(ws, r++, 1, [
      'STT',
      'Tên chi bộ',
      'Số ĐV',
      rng.pick(['XL', 'Xếp loại', 'KQXL']),
      'Ghi chú',
    ]);
    const rows = plantRows(rng, communeCells(rng, rng.int(10, 20)), GRADE_ABBR_2018, {
      unknown: 0.4,
      blank: 0.3,
      duplicate: 0.3,
    });
    for (const x of rows) if (x.level && x.text) x.text = rng.pick(SPELLINGS[x.level]);
    const at: number[] = [];
    rows.forEach((x, i) => {
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, x.name);
      bodyCell(ws, r, 3, rng.int(6, 45));
      bodyCell(ws, r, 4, x.text);
      bodyCell(ws, r, 5, '');
      at.push(r++);
    });
    signatureBlock(ws, rng, r, 5, year + 1);
    widths(ws, [5, 34, 8, 16, 20]);
    return {
      workbook: wb,
      key: {
        family: 'dotted-grades',
        variant: 'v',
        years: [yearKeyOf(year, rows)],
        defects: defectsOf(sheet, rows, at, 'D', 'B'),
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** The half-year review ("Sơ kết 6 tháng") beside the year's grade: only the year's counts. */
const halfYearBeside: Family = {
  name: 'half-year-beside',
  about:
    '"Sơ kết 6 tháng đầu năm" beside "Cả năm 2023" under a merged "Kết quả đánh giá" (or "XL 6 tháng" | "XL năm 2023"); the half-year column has blanks and "Khá"; only the year\'s grade counts',
  make(rng) {
    const year = rng.int(2019, 2025);
    const wb = new Workbook();
    const sheet = rng.pick([`Năm ${year}`, `6T va CN ${year}`, 'Đánh giá']);
    const ws = wb.addWorksheet(sheet);
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: 'KẾT QUẢ ĐÁNH GIÁ CHẤT LƯỢNG CÁC CHI BỘ, ĐẢNG BỘ TRỰC THUỘC',
      width: 5,
    });
    const twoRow = rng.chance(0.6);
    const halfFirst = rng.chance(0.8);
    const halfLabel = twoRow
      ? rng.pick(['Sơ kết 6 tháng đầu năm', '6 tháng đầu năm'])
      : 'XL 6 tháng';
    const yearLabel = twoRow
      ? rng.pick([`Cả năm ${year}`, 'Cả năm', 'Tổng kết năm'])
      : `XL năm ${year}`;
    const pair = halfFirst ? [halfLabel, yearLabel] : [yearLabel, halfLabel];
    headerRow(ws, r, 1, [
      'STT',
      'Tên chi bộ, đảng bộ',
      ...(twoRow
        ? [rng.pick(['Kết quả đánh giá', `Kết quả đánh giá, xếp loại năm ${year}`]), null]
        : pair),
      'Ghi chú',
    ]);
    if (twoRow) {
      ws.mergeCells(r, 3, r, 4);
      headerRow(ws, r + 1, 3, pair);
      for (const c of [1, 2, 5]) ws.mergeCells(r, c, r + 1, c);
      r += 2;
    } else r++;
    const yearCol = halfFirst ? 4 : 3;
    const halfCol = halfFirst ? 3 : 4;
    const style = gradeStyle(rng, year);
    const names = rng.chance(0.5)
      ? communeCells(rng, rng.int(10, 18))
      : districtOrganizations(rng, rng.int(12, 20));
    const rows = plantRows(rng, names, style, { unknown: 0.3, blank: 0.3, duplicate: 0.3 });
    const at: number[] = [];
    rows.forEach((x, i) => {
      const half = rng.chance(0.1)
        ? null
        : rng.chance(0.08)
          ? 'Khá'
          : style[x.level ?? randomLevel(rng)];
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, x.name);
      bodyCell(ws, r, halfCol, half);
      bodyCell(ws, r, yearCol, x.text);
      bodyCell(ws, r, 5, '');
      at.push(r++);
    });
    signatureBlock(ws, rng, r, 5, year + 1);
    widths(ws, [5, 36, 26, 26, 18]);
    return {
      workbook: wb,
      key: {
        family: 'half-year-beside',
        variant: `${twoRow ? 'two-row header' : 'one row'}, half-year ${halfFirst ? 'first' : 'second'}`,
        years: [yearKeyOf(year, rows)],
        defects: defectsOf(sheet, rows, at, colLetter(yearCol), 'B'),
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** A sheet per commune: the commune's own grade on a line of its own above its cells' list. */
const communeOwnGradeOnTop: Family = {
  name: 'commune-own-grade-on-top',
  about:
    'a sheet per commune: "Xếp loại Đảng bộ xã năm 2023:" with the grade in the next cell (or in one line), then its cells\' list; village names repeat across sheets; the cells are the list',
  make(rng) {
    const year = rng.int(2019, 2024);
    const wb = new Workbook();
    const communes = rng.sample(COMMUNES, rng.int(2, 4));
    const style = gradeStyle(rng, year);
    const allRows: ListRow[] = [];
    const defects: DefectKey[] = [];
    const inCell = rng.chance(0.6);
    for (const c of communes) {
      const sheet = rng.pick([c, `Xa ${c}`, `ĐB ${c}`]).slice(0, 31);
      const ws = wb.addWorksheet(sheet);
      let r = 1;
      line(ws, r++, 1, 5, `ĐẢNG BỘ XÃ ${c.toUpperCase()}`, { bold: true });
      line(ws, r++, 1, 5, `KẾT QUẢ XẾP LOẠI CHI BỘ NĂM ${year}`, { bold: true });
      r++;
      const own = style[randomLevel(rng)];
      if (inCell) {
        put(ws, r, 1, `Xếp loại Đảng bộ xã năm ${year}:`, { bold: true });
        ws.mergeCells(r, 1, r, 2);
        put(ws, r, 3, own, { bold: true });
      } else line(ws, r, 1, 5, `Đảng bộ xã ${c} xếp loại: ${own}`, { italic: true });
      r += 2;
      headerRow(ws, r++, 1, ['STT', 'Tên chi bộ', 'Số đảng viên', 'Xếp loại', 'Ghi chú']);
      const rows = plantRows(rng, communeCells(rng, rng.int(8, 16)), style, {
        unknown: 0.25,
        blank: 0.25,
        duplicate: 0.25,
      });
      const at: number[] = [];
      rows.forEach((x, i) => {
        bodyCell(ws, r, 1, i + 1);
        bodyCell(ws, r, 2, x.name);
        bodyCell(ws, r, 3, rng.int(5, 40));
        bodyCell(ws, r, 4, x.text);
        bodyCell(ws, r, 5, '');
        at.push(r++);
      });
      defects.push(...defectsOf(sheet, rows, at, 'D', 'B'));
      allRows.push(...rows);
      widths(ws, [5, 34, 12, 30, 16]);
    }
    return {
      workbook: wb,
      key: {
        family: 'commune-own-grade-on-top',
        variant: inCell ? 'grade in a cell of its own' : 'grade in a line',
        years: [yearKeyOf(year, allRows)],
        defects,
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** 2025 scores with a rank column ("Xếp thứ") whose small numbers look like scores. */
const rankedScores2025: Family = {
  name: 'ranked-scores-2025',
  about:
    '2025 cells with "Điểm tự chấm", "Điểm thẩm định", "Xếp thứ" (1…n, ties shared) and the grade; sorted by score or by name; rank before or after the grade',
  make(rng) {
    const year = 2025;
    const commune = rng.pick(NEW_COMMUNES);
    const wb = new Workbook();
    const sheet = rng.pick(['Xếp hạng 2025', 'Diem va xep thu', 'Năm 2025']);
    const ws = wb.addWorksheet(sheet);
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: `KẾT QUẢ CHẤM ĐIỂM, XẾP THỨ CÁC CHI BỘ TRỰC THUỘC ĐẢNG BỘ XÃ ${commune.toUpperCase()}`,
      width: 7,
      signedYear: 2026,
    });
    const rankFirst = rng.chance(0.5);
    const rankLabel = rng.pick(['Xếp thứ', 'Thứ hạng', 'Xếp hạng']);
    headerRow(ws, r++, 1, [
      'STT',
      'Tên chi bộ',
      'Điểm tự chấm',
      rng.pick(['Điểm thẩm định', 'Đảng ủy xã chấm']),
      ...(rankFirst ? [rankLabel, 'Xếp loại'] : ['Xếp loại', rankLabel]),
      'Ghi chú',
    ]);
    const rankCol = rankFirst ? 5 : 6;
    const gradeCol = rankFirst ? 6 : 5;
    const names = communeCells(rng, rng.int(10, 20));
    const scores = names.map(() => scoreIn(rng, randomLevel(rng)));
    const order = names.map((_, i) => i);
    if (rng.chance(0.6)) order.sort((a, b) => (scores[b] as number) - (scores[a] as number));
    const rank = (s: number) => 1 + scores.filter((x) => x > s).length;
    const style = rng.chance(0.5) ? GRADE_FULL_2018 : GRADE_ABBR_2018;
    const mismatchAt = rng.chance(0.6) ? rng.int(0, names.length - 1) : -1;
    const levels: Level[] = [];
    const defects: DefectKey[] = [];
    order.forEach((k, i) => {
      const s = scores[k] as number;
      let level = band(s);
      if (i === mismatchAt) {
        level = otherLevel(level);
        defects.push({
          rule: 'grade.score-mismatch',
          sheet,
          row: r,
          cell: addr(r, gradeCol),
          what: `score ${s} typed ${level}`,
        });
      }
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, names[k] as string);
      bodyCell(ws, r, 3, Math.min(100, s + rng.pick([0, 1, 2.5, 4])));
      bodyCell(ws, r, 4, s);
      bodyCell(ws, r, rankCol, rank(s));
      bodyCell(ws, r, gradeCol, style[level]);
      bodyCell(ws, r, 7, rank(s) === 1 ? 'Đề nghị khen thưởng' : '');
      levels.push(level);
      r++;
    });
    signatureBlock(ws, rng, r, 7, 2026);
    widths(ws, [5, 32, 10, 10, 9, 28, 20]);
    return {
      workbook: wb,
      key: {
        family: 'ranked-scores-2025',
        variant: `rank ${rankFirst ? 'before' : 'after'} the grade`,
        years: [tally(year, levels)],
        defects,
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** Units listed as "Không xếp loại (mới thành lập)": neither a grade nor a defect, left out like exempt members. */
const notRatedNewUnits: Family = {
  name: 'not-rated-new-units',
  about:
    'a 2024–2025 list where one to three units are "Không xếp loại (mới thành lập)", "Chưa xếp loại (mới thành lập)", "Không đánh giá, xếp loại (mới hợp nhất)", the note citing the founding decision',
  make(rng) {
    const year = rng.pick([2024, 2025, 2025]);
    const wb = new Workbook();
    const sheet = rng.pick([`XL ${year}`, `Năm ${year}`, 'TCCSĐ']);
    const ws = wb.addWorksheet(sheet);
    let r = titleBlock(ws, rng, 1, { year, subject: SUBJECT, width: 5 });
    headerRow(ws, r++, 1, [
      'STT',
      'Tên tổ chức cơ sở đảng',
      'Số đảng viên',
      'Kết quả xếp loại',
      'Ghi chú',
    ]);
    const style = gradeStyle(rng, year);
    const names =
      year === 2025
        ? [
            ...rng.sample(NEW_COMMUNES, rng.int(6, 10)).map((c) => `Đảng bộ xã ${c}`),
            ...rng.sample(AGENCIES, rng.int(4, 8)),
          ]
        : districtOrganizations(rng, rng.int(14, 22));
    const rows = plantRows(rng, names, style, { unknown: 0.3, blank: 0.3, duplicate: 0.3 });
    const free = rows.map((x, i) => (x.defect || x.repeat ? -1 : i)).filter((i) => i >= 0);
    const notRated = new Set(rng.sample(free, rng.int(1, 3)));
    const at: number[] = [];
    rows.forEach((x, i) => {
      const nr = notRated.has(i);
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, x.name);
      bodyCell(ws, r, 3, rng.int(8, 120));
      bodyCell(ws, r, 4, nr ? rng.pick(NOT_RATED) : x.text);
      bodyCell(
        ws,
        r,
        5,
        nr ? `Thành lập theo Quyết định số ${rng.int(10, 400)}-QĐ/TU ngày 01/7/${year}` : '',
      );
      at.push(r++);
    });
    signatureBlock(ws, rng, r, 5, year + 1);
    widths(ws, [5, 38, 10, 34, 40]);
    const counted = rows.filter((_, i) => !notRated.has(i));
    return {
      workbook: wb,
      key: {
        family: 'not-rated-new-units',
        variant: `${notRated.size} not rated`,
        // Not rated is left out of the units, as exempt members are (docs/report-format.md).
        years: [yearKeyOf(year, counted)],
        defects: defectsOf(sheet, rows, at, 'D', 'B'),
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** Communes of the province before July 2025 besides the district's own (COMMUNES). */
const MORE_OLD_COMMUNES = [
  'Quang Lang',
  'Vân An',
  'Bằng Mạc',
  'Vạn Linh',
  'Chiến Thắng',
  'Nhân Lý',
  'Mai Sao',
  'Bắc Thủy',
  'Hòa Cư',
  'Hữu Kiên',
  'Tô Hiệu',
  'Hồng Phong',
  'Bình Trung',
  'Khánh Khê',
  'Tràng Các',
  'Tân Văn',
  'Hòa Lâm',
  'Trấn Ninh',
  'Quan Bản',
  'Gia Lộc',
  'Hưng Đạo',
  'Thái Bình',
  'Yên Trạch',
  'Tân Hòa',
  'Xuân Long',
];

/** The province's list of the merged communes: "Hình thành trên cơ sở" the old communes, counts, score and grade. */
const provinceNewCommunes: Family = {
  name: 'province-new-communes',
  about:
    'the province\'s 2025 list of new communes and wards: "Hình thành trên cơ sở" naming the old communes ("xã Hòa Sơn, xã Hòa Bình và xã Minh Sơn"), Số chi bộ, Số đảng viên, Điểm, Xếp loại; a grade against its score',
  make(rng) {
    const year = 2025;
    const wb = new Workbook();
    const sheet = rng.pick(['Xã phường 2025', 'TCCSĐ mới', 'XL xa phuong']);
    const ws = wb.addWorksheet(sheet);
    let r = 1;
    line(ws, r, 1, 3, 'TỈNH ỦY LẠNG SƠN', { bold: true });
    line(ws, r++, 4, 8, 'ĐẢNG CỘNG SẢN VIỆT NAM', { bold: true });
    line(ws, r, 1, 3, 'BAN TỔ CHỨC');
    line(ws, r++, 4, 8, `Lạng Sơn, ngày ${rng.int(5, 28)} tháng 01 năm 2026`, { italic: true });
    r++;
    line(
      ws,
      r++,
      1,
      8,
      'KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI ĐẢNG BỘ CÁC XÃ, PHƯỜNG (SAU SẮP XẾP) NĂM 2025',
      {
        bold: true,
      },
    );
    r++;
    headerRow(ws, r++, 1, [
      'STT',
      'Đảng bộ xã, phường',
      rng.pick(['Hình thành trên cơ sở', 'Sáp nhập từ các xã', 'Đơn vị hành chính cũ']),
      'Số chi bộ',
      'Số đảng viên',
      rng.pick(['Điểm', 'Tổng điểm', 'Điểm thẩm định']),
      'Xếp loại',
      'Ghi chú',
    ]);
    const wards = ['Tam Thanh', 'Lương Văn Tri', 'Đông Kinh', 'Kỳ Lừa'].map(
      (w) => `Đảng bộ phường ${w}`,
    );
    const names = [
      ...rng.sample(wards, rng.int(1, 3)),
      ...rng.sample(NEW_COMMUNES, rng.int(8, 14)).map((c) => `Đảng bộ xã ${c}`),
    ];
    const style = rng.chance(0.5) ? GRADE_FULL_2018 : GRADE_ABBR_2018;
    const rows = plantRows(rng, names, style, { unknown: 0.25, duplicate: 0.3 });
    // Each old commune went into one new commune: no old name under two rows.
    const olds = rng.shuffle([...COMMUNES, ...MORE_OLD_COMMUNES]);
    let o = 0;
    const formedFrom = new Map<string, string>();
    const bare = rng.chance(0.5);
    const clean = rows.map((x, i) => (x.defect || !x.level ? -1 : i)).filter((i) => i >= 0);
    const mismatchAt = rng.chance(0.5) && clean.length > 0 ? rng.pick(clean) : -1;
    const at: number[] = [];
    const defects: DefectKey[] = [];
    rows.forEach((x, i) => {
      const k = rng.int(2, 3);
      const from = Array.from({ length: k }, () => olds[o++ % olds.length] as string);
      const text =
        formedFrom.get(x.name) ??
        (k === 2
          ? `xã ${from[0]} và xã ${from[1]}`
          : `xã ${from[0]}, xã ${from[1]} và xã ${from[2]}`);
      formedFrom.set(x.name, text);
      let score = scoreIn(rng, x.level ?? randomLevel(rng));
      if (i === mismatchAt && x.level) {
        // The board typed the grade, the appraisal moved the score a band.
        score = scoreIn(rng, otherLevel(x.level));
        defects.push({
          rule: 'grade.score-mismatch',
          sheet,
          row: r,
          cell: addr(r, 7),
          what: `score ${score} typed ${x.level}`,
        });
      }
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, x.name);
      put(ws, r, 3, bare ? text.replace(/xã /g, '') : text, {
        border: true,
        wrap: true,
      });
      bodyCell(ws, r, 4, rng.int(20, 60));
      bodyCell(ws, r, 5, rng.int(400, 1500));
      bodyCell(ws, r, 6, score);
      bodyCell(ws, r, 7, x.text);
      bodyCell(ws, r, 8, '');
      at.push(r++);
    });
    signatureBlock(ws, rng, r, 8, 2026);
    widths(ws, [5, 30, 36, 9, 10, 9, 30, 16]);
    return {
      workbook: wb,
      key: {
        family: 'province-new-communes',
        variant: mismatchAt >= 0 ? 'a grade against its score' : 'clean scores',
        years: [yearKeyOf(year, rows)],
        defects: [...defectsOf(sheet, rows, at, 'G', 'B'), ...defects],
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** A summary per commune with nested shares: "good and above" and "of which excellent". */
const nestedShares: Family = {
  name: 'nested-shares',
  about:
    'a summary per commune: Tổng số chi bộ, SL per grade, then "Tỷ lệ HTT trở lên (%)" (excellent + good over all) and "Trong đó HTXS (%)"; one nested share typed wrong; a "Cộng" row of SUMs',
  make(rng) {
    const year = rng.int(2019, 2024);
    const wb = new Workbook();
    const sheet = rng.pick([`TH ${year}`, 'Biểu tỷ lệ', `Ty le ${year}`]);
    const ws = wb.addWorksheet(sheet);
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: 'TỶ LỆ CHI BỘ HOÀN THÀNH TỐT NHIỆM VỤ TRỞ LÊN THEO ĐẢNG BỘ XÃ',
      width: 9,
    });
    headerRow(ws, r++, 1, [
      'STT',
      'Đảng bộ xã',
      'Tổng số chi bộ',
      ...LEVELS.map((l) => GRADE_ABBR_2018[l]),
      rng.pick(['Tỷ lệ HTT trở lên (%)', 'Tỷ lệ HTTNV trở lên (%)']),
      rng.pick(['Trong đó HTXS (%)', 'Trong đó: HTXSNV (%)']),
    ]);
    const first = r;
    const communes = rng.sample(COMMUNES, rng.int(6, 12));
    const bad = rng.chance(0.5) ? rng.int(0, communes.length - 1) : -1;
    const badCol = rng.pick([8, 9]);
    const defects: DefectKey[] = [];
    const sums = [0, 0, 0, 0, 0];
    communes.forEach((c, i) => {
      const n = rng.int(6, 22);
      const counts = drawCounts(rng, n);
      const goodUp = pct2((counts[0] as number) + (counts[1] as number), n);
      const exc = pct2(counts[0] as number, n);
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, `Đảng bộ xã ${c}`);
      bodyCell(ws, r, 3, n);
      counts.forEach((v, k) => bodyCell(ws, r, 4 + k, v));
      const off = (v: number) => Math.round((v > 50 ? v - 8 : v + 8) * 100) / 100;
      bodyCell(ws, r, 8, i === bad && badCol === 8 ? off(goodUp) : goodUp);
      bodyCell(ws, r, 9, i === bad && badCol === 9 ? off(exc) : exc);
      if (i === bad)
        defects.push({
          rule: 'percent.mismatch',
          sheet,
          row: r,
          cell: addr(r, badCol),
          what: 'a nested share typed 8 points off',
        });
      sums[0] = (sums[0] as number) + n;
      counts.forEach((v, k) => (sums[k + 1] = (sums[k + 1] as number) + v));
      r++;
    });
    bodyCell(ws, r, 2, 'Cộng');
    for (let c = 3; c <= 7; c++)
      bodyCell(ws, r, c, {
        formula: `SUM(${colLetter(c)}${first}:${colLetter(c)}${r - 1})`,
        result: sums[c - 3] as number,
      });
    bodyCell(ws, r, 8, {
      formula: `ROUND((D${r}+E${r})/C${r}*100,2)`,
      result: pct2((sums[1] as number) + (sums[2] as number), sums[0] as number),
    });
    bodyCell(ws, r, 9, {
      formula: `ROUND(D${r}/C${r}*100,2)`,
      result: pct2(sums[1] as number, sums[0] as number),
    });
    widths(ws, [5, 26, 10, 8, 8, 8, 8, 12, 12]);
    return {
      workbook: wb,
      key: {
        family: 'nested-shares',
        variant: bad >= 0 ? `bad ${badCol === 8 ? 'good-and-above' : 'of-which'} share` : 'clean',
        years: [],
        defects,
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** The same list printed twice side by side ("Bản lưu" / "Bản gửi"), as a sheet laid out for two copies on A3. */
const printCopiesSideBySide: Family = {
  name: 'print-copies',
  about:
    'one year\'s list laid out twice side by side for printing two copies on one A3 page ("Bản lưu" over one, "Bản gửi Ban Tổ chức" over the other), a blank column between; the year counts once',
  make(rng) {
    const year = rng.int(2019, 2024);
    const wb = new Workbook();
    const sheet = rng.pick(['In A3', `XL ${year} (in)`, 'Ban in']);
    const ws = wb.addWorksheet(sheet);
    const style = gradeStyle(rng, year);
    const rows = plantRows(rng, districtOrganizations(rng, rng.int(12, 20)), style, {
      unknown: 0.3,
      blank: 0.3,
    });
    const at: number[] = [];
    for (const [c0, label] of [
      [1, 'Bản lưu'],
      [6, 'Bản gửi Ban Tổ chức Huyện ủy'],
    ] as const) {
      let r = 1;
      line(ws, r++, c0, c0 + 3, label, { italic: true });
      line(ws, r++, c0, c0 + 3, `${SUBJECT} NĂM ${year}`, { bold: true });
      r++;
      headerRow(ws, r++, c0, ['STT', 'Tên TCCSĐ', 'Xếp loại', 'Ghi chú']);
      rows.forEach((x, i) => {
        bodyCell(ws, r, c0, i + 1);
        bodyCell(ws, r, c0 + 1, x.name);
        bodyCell(ws, r, c0 + 2, x.text);
        bodyCell(ws, r, c0 + 3, '');
        if (c0 === 1) at.push(r);
        r++;
      });
    }
    widths(ws, [5, 32, 26, 12, 3, 5, 32, 26, 12]);
    return {
      workbook: wb,
      key: {
        family: 'print-copies',
        variant: 'two copies',
        years: [yearKeyOf(year, rows)],
        // The planted defect is in both copies; the key names the first (an engine may report both).
        defects: defectsOf(sheet, rows, at, 'C', 'B'),
        meetings: [],
        // A reader cannot be sure the second copy is not a second list: unsure, but no error.
        unsure: true,
      },
    };
  },
};

/** Each grade cell merged across two columns (typed in a Word-like grid), the header too. */
const gradeMergedAcross: Family = {
  name: 'grade-merged-across',
  about:
    'the "Xếp loại" header and every grade cell merged across two columns (C:D), the name merged across B:C in some sheets instead; a notes column after',
  make(rng) {
    const year = rng.int(2019, 2025);
    const wb = new Workbook();
    const sheet = rng.pick([`Năm ${year}`, `DS ${year}`, 'Ket qua']);
    const ws = wb.addWorksheet(sheet);
    let r = titleBlock(ws, rng, 1, { year, subject: SUBJECT, width: 5 });
    const nameWide = rng.chance(0.4);
    // Name in B (or B:C), grade in C:D (or D), notes in E.
    const gradeCol = nameWide ? 4 : 3;
    headerRow(ws, r, 1, [
      'STT',
      'Tên tổ chức đảng',
      nameWide ? null : 'Xếp loại',
      nameWide ? 'Xếp loại' : null,
      'Ghi chú',
    ]);
    if (nameWide) ws.mergeCells(r, 2, r, 3);
    else ws.mergeCells(r, 3, r, 4);
    r++;
    const style = gradeStyle(rng, year);
    const rows = plantRows(rng, districtOrganizations(rng, rng.int(12, 22)), style, {
      unknown: 0.3,
      blank: 0.3,
      duplicate: 0.3,
    });
    const at: number[] = [];
    rows.forEach((x, i) => {
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, x.name);
      bodyCell(ws, r, gradeCol, x.text);
      if (nameWide) ws.mergeCells(r, 2, r, 3);
      else ws.mergeCells(r, 3, r, 4);
      bodyCell(
        ws,
        r,
        5,
        x.level === 'excellent' && rng.chance(0.4) ? 'Đề nghị tặng giấy khen' : '',
      );
      at.push(r++);
    });
    signatureBlock(ws, rng, r, 5, year + 1);
    widths(ws, [5, 30, 14, 20, 22]);
    return {
      workbook: wb,
      key: {
        family: 'grade-merged-across',
        variant: nameWide ? 'name merged B:C' : 'grade merged C:D',
        years: [yearKeyOf(year, rows)],
        defects: defectsOf(sheet, rows, at, colLetter(gradeCol), 'B'),
        meetings: [],
        unsure: false,
      },
    };
  },
};

export const ROUND4_FAMILIES: readonly Family[] = [
  kindsStatForm,
  orgAndCommitteeGrades,
  twoYearsDelta,
  ifGradeUncached,
  gradeSortedSubtotals,
  row1HiddenYears,
  dottedGrades,
  halfYearBeside,
  communeOwnGradeOnTop,
  rankedScores2025,
  notRatedNewUnits,
  provinceNewCommunes,
  nestedShares,
  printCopiesSideBySide,
  gradeMergedAcross,
];
