/**
 * Round 8 of the independent layouts (issue #10): rating lists and summaries as boards type them,
 * written like rounds 1–7 from docs/, the domain brief and tools/wild only, never from the engine.
 * Units dissolved, merged or moved during the year kept in the list without a grade; the same cell
 * name under two parent organizations; summaries with a rated-count column, two grade columns
 * (self and final, last year and this), change rows and columns, a dissolved column; long lists
 * split in two halves side by side or continued on a second sheet; short headerless lists; org
 * rows carrying their cells' counts; a group line followed at once by an ungraded unit.
 */
import { Workbook, type CellValue, type Worksheet } from 'exceljs';
import { tally, type DefectKey, type Family, type WildKey, type YearKey } from '../key';
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
  COMMUNES,
  communeCells,
  districtOrganizations,
  GRADE_ABBR_2018,
  GRADE_FULL_2018,
  gradeStyle,
  LEVELS,
  randomLevel,
  VILLAGES,
  type Level,
} from '../vocabulary';

const SUBJECT = 'KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG TỔ CHỨC CƠ SỞ ĐẢNG';
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI'];

function keyed(
  family: string,
  variant: string,
  years: YearKey[],
  defects: DefectKey[],
  unsure = false,
): WildKey {
  return { family, variant, years, defects, meetings: [], unsure };
}

/** Counts per grade of the units that count (graded, not repeated). */
function countsOf(rows: readonly ListRow[]): number[] {
  const c = [0, 0, 0, 0];
  for (const x of rows) if (!x.repeat && x.level) (c[LEVELS.indexOf(x.level)] as number)++;
  return c;
}

/** n graded units spread over the four grades as a district's are. */
function randomCounts(rng: Rng, n: number): number[] {
  const c = [0, 0, 0, 0];
  for (let k = 0; k < n; k++) (c[LEVELS.indexOf(randomLevel(rng))] as number)++;
  return c;
}

/** A share as staff type it: a number with one or two decimals, or text with a decimal comma. */
function share(count: number, base: number, asText: boolean, decimals = 2, plus = 0): CellValue {
  const p = (base === 0 ? 0 : (100 * count) / base) + plus;
  const v = Math.round(p * 10 ** decimals) / 10 ** decimals;
  return asText ? v.toFixed(decimals).replace('.', ',') : v;
}

function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

/** Indices of rows graded with no defect planted, for a note or a second plant. */
function cleanRows(rows: readonly ListRow[]): number[] {
  return rows.map((x, i) => (x.defect || !x.level || x.repeat ? -1 : i)).filter((i) => i >= 0);
}

/** Village cells of one commune. */
function villageCells(rng: Rng, n: number): string[] {
  return rng.sample(VILLAGES, n).map((v) => `Chi bộ thôn ${v}`);
}

const DISSOLVED_NOTES = [
  (y: number) => `Giải thể tháng ${[3, 6, 9][y % 3] ?? 6}/${y}`,
  () => 'Đã giải thể',
  (y: number) => `Sáp nhập từ tháng 7/${y}`,
  () => 'Đã sáp nhập vào chi bộ thôn khác',
  () => 'Chuyển sinh hoạt về Đảng ủy xã',
  (y: number) => `Chuyển sinh hoạt đảng từ 01/10/${y}`,
];

/** Units dissolved or merged during the year, kept in the list without a grade. */
const dissolvedInYear: Family = {
  name: 'dissolved-in-year',
  about:
    'a list where 1–3 units dissolved, merged or moved during the year keep their row: the grade blank, "-", "/" or the word ("Giải thể", "Đã sáp nhập") with the reason in "Ghi chú"; not counted, no error',
  make(rng) {
    const year = rng.int(2019, 2025);
    const wb = new Workbook();
    const sheet = rng.pick([`XL ${year}`, 'Danh sách', `Năm ${year}`]);
    const ws = wb.addWorksheet(sheet);
    const style = gradeStyle(rng, year);
    const names = rng.chance(0.5)
      ? districtOrganizations(rng, rng.int(12, 26))
      : communeCells(rng, rng.int(10, 16));
    const rows = plantRows(rng, names, style, { unknown: 0.3, blank: 0.3, duplicate: 0.3 });
    const fill = rng.pick<string | null>([null, '-', '/', 'Giải thể', 'Đã sáp nhập', '']);
    // A dissolved unit is never one that is also listed twice.
    const twice = new Set(rows.filter((x) => x.repeat).map((x) => x.name));
    const gone = new Set(
      rng.sample(
        cleanRows(rows).filter((i) => !twice.has((rows[i] as ListRow).name)),
        rng.int(1, 3),
      ),
    );
    let r = titleBlock(ws, rng, 1, { year, subject: SUBJECT, width: 5 });
    headerRow(ws, r++, 1, ['STT', 'Tên tổ chức đảng', 'Số đảng viên', 'Xếp loại', 'Ghi chú']);
    const at: number[] = [];
    const kept: ListRow[] = [];
    rows.forEach((x, i) => {
      const dissolved = gone.has(i);
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, x.name);
      bodyCell(ws, r, 3, rng.int(6, 60));
      bodyCell(ws, r, 4, dissolved ? fill : x.text);
      bodyCell(
        ws,
        r,
        5,
        dissolved ? (rng.pick(DISSOLVED_NOTES) as (y: number) => string)(year) : '',
      );
      if (!dissolved) kept.push(x);
      at.push(r++);
    });
    signatureBlock(ws, rng, r, 5, year + 1);
    widths(ws, [6, 40, 10, 30, 30]);
    const keptAt = at.filter((_, i) => !gone.has(i));
    return {
      workbook: wb,
      key: keyed(
        'dissolved-in-year',
        `fill ${JSON.stringify(fill)}, ${gone.size} gone`,
        [yearKeyOf(year, kept)],
        defectsOf(sheet, kept, keptAt, 'D', 'B'),
      ),
    };
  },
};

/** Cells of two or three communes under group lines; the same village name in two communes. */
const sameCellTwoParents: Family = {
  name: 'same-cell-two-parents',
  about:
    'cells under group lines "Đảng bộ xã A" / "Đảng bộ xã B" (bold, "I." or "1." prefix, or merged across), STT restarting; two to four village names in both communes (not duplicates); a real duplicate inside one commune',
  make(rng) {
    const year = rng.int(2019, 2025);
    const wb = new Workbook();
    const sheet = rng.pick([`Chi bộ ${year}`, 'XL chi bộ', 'DS chi bộ']);
    const ws = wb.addWorksheet(sheet);
    const style = gradeStyle(rng, year);
    const communes = rng.sample(COMMUNES, rng.int(2, 3));
    const shared = rng.sample(VILLAGES, rng.int(2, 4));
    const prefix = rng.pick(['roman', 'number', 'none']);
    const merged = rng.chance(0.5);
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: 'KẾT QUẢ XẾP LOẠI CHI BỘ TRỰC THUỘC ĐẢNG BỘ CÁC XÃ',
      width: 4,
    });
    headerRow(ws, r++, 1, ['STT', 'Tên chi bộ', 'Xếp loại', 'Ghi chú']);
    const all: ListRow[] = [];
    const defects: DefectKey[] = [];
    communes.forEach((c, g) => {
      const own = rng
        .sample(
          VILLAGES.filter((v) => !shared.includes(v)),
          rng.int(3, 6),
        )
        .concat(shared);
      const names = rng.shuffle(own).map((v) => `Chi bộ thôn ${v}`);
      const rows = plantRows(rng, names, style, {
        unknown: 0.2,
        blank: 0.2,
        duplicate: g === 0 ? 0.6 : 0.2,
      });
      const label = `Đảng bộ xã ${c}`;
      if (prefix === 'roman') bodyCell(ws, r, 1, ROMAN[g] ?? '');
      put(ws, r, 2, prefix === 'number' ? `${g + 1}. ${label}` : label, {
        bold: true,
        border: true,
      });
      if (merged) ws.mergeCells(r, 2, r, 4);
      r++;
      const at: number[] = [];
      rows.forEach((x, i) => {
        bodyCell(ws, r, 1, i + 1);
        bodyCell(ws, r, 2, x.name);
        bodyCell(ws, r, 3, x.text);
        bodyCell(ws, r, 4, '');
        at.push(r++);
      });
      defects.push(...defectsOf(sheet, rows, at, 'C', 'B'));
      all.push(...rows);
    });
    signatureBlock(ws, rng, r, 4, year + 1);
    widths(ws, [6, 40, 30, 14]);
    return {
      workbook: wb,
      key: keyed(
        'same-cell-two-parents',
        `${communes.length} communes, ${shared.length} shared, ${prefix}${merged ? ', merged' : ''}`,
        [yearKeyOf(year, all)],
        defects,
      ),
    };
  },
};

/** Two grade columns of one year: the unit's own and the committee's; only the committee's counts. */
const selfAndCommittee: Family = {
  name: 'self-and-committee',
  about:
    'organizations with "Tự đánh giá, xếp loại" and "Cấp ủy cấp trên xếp loại" (merged "Kết quả xếp loại năm N" over "Tự xếp loại" | "Huyện ủy quyết định", or one row); the final grade is often a step lower; only it counts',
  make(rng) {
    const year = rng.int(2019, 2025);
    const wb = new Workbook();
    const sheet = rng.pick([`XL ${year}`, 'Tự XL - QĐ', 'Kết quả']);
    const ws = wb.addWorksheet(sheet);
    const style = gradeStyle(rng, year);
    const rows = plantRows(rng, districtOrganizations(rng, rng.int(10, 24)), style, {
      unknown: 0.3,
      blank: 0.3,
      duplicate: 0.3,
    });
    let r = titleBlock(ws, rng, 1, { year, subject: SUBJECT, width: 5 });
    const two = rng.chance(0.5);
    const [selfH, finalH] = rng.pick([
      ['Tự đánh giá, xếp loại', 'Cấp ủy cấp trên xếp loại'],
      ['Tự xếp loại', 'Huyện ủy quyết định'],
      ['TCCSĐ tự nhận', 'BTV Huyện ủy xếp loại'],
    ] as const);
    if (two) {
      headerRow(ws, r, 1, ['STT', 'Tên TCCSĐ', `Kết quả xếp loại năm ${year}`, null, 'Ghi chú']);
      ws.mergeCells(r, 3, r, 4);
      headerRow(ws, r + 1, 3, [selfH, finalH]);
      for (const c of [1, 2, 5]) ws.mergeCells(r, c, r + 1, c);
      r += 2;
    } else headerRow(ws, r++, 1, ['STT', 'Tên TCCSĐ', selfH, finalH, 'Ghi chú']);
    const at: number[] = [];
    rows.forEach((x, i) => {
      const self: Level =
        x.level === 'good' && rng.chance(0.3)
          ? 'excellent'
          : x.level === 'pass' && rng.chance(0.4)
            ? 'good'
            : (x.level ?? 'good');
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, x.name);
      bodyCell(ws, r, 3, style[self]);
      bodyCell(ws, r, 4, x.text);
      bodyCell(ws, r, 5, '');
      at.push(r++);
    });
    signatureBlock(ws, rng, r, 5, year + 1);
    widths(ws, [6, 40, 26, 26, 14]);
    return {
      workbook: wb,
      key: keyed(
        'self-and-committee',
        `${selfH} / ${finalH}${two ? ', two rows' : ''}`,
        [yearKeyOf(year, rows)],
        defectsOf(sheet, rows, at, 'D', 'B'),
      ),
    };
  },
};

/** Last year's grade beside this year's, units founded this year blank in the first. */
const lastAndThisYear: Family = {
  name: 'last-and-this-year',
  about:
    'two grade columns "Năm 2023" | "Năm 2024" (under "Kết quả xếp loại", or "Xếp loại năm 2023" / "Xếp loại năm 2024"), a "So sánh" column ("Tăng", "Giảm", "Giữ nguyên"); a unit founded this year blank in last year\'s column with a note',
  make(rng) {
    const year = rng.int(2020, 2025);
    const prev = year - 1;
    const wb = new Workbook();
    const sheet = rng.pick([`So sánh ${prev}-${year}`, 'Hai năm', `XL ${year}`]);
    const ws = wb.addWorksheet(sheet);
    const style = gradeStyle(rng, year);
    const names = communeCells(rng, rng.int(8, 16));
    // No blank planted in this year's column: after a graded year it may mean "no longer listed".
    const now = plantRows(rng, names, style, { unknown: 0.4 });
    const founded = rng.chance(0.5) ? rng.int(1, names.length - 1) : -1;
    const before: (Level | null)[] = names.map(() => randomLevel(rng));
    let r = titleBlock(ws, rng, 1, { year, subject: SUBJECT, width: 5 });
    const merged = rng.chance(0.5);
    if (merged) {
      headerRow(ws, r, 1, ['STT', 'Tên chi bộ', 'Kết quả xếp loại', null, 'So sánh']);
      ws.mergeCells(r, 3, r, 4);
      headerRow(ws, r + 1, 3, [`Năm ${prev}`, `Năm ${year}`]);
      for (const c of [1, 2, 5]) ws.mergeCells(r, c, r + 1, c);
      r += 2;
    } else
      headerRow(ws, r++, 1, [
        'STT',
        'Tên chi bộ',
        `Xếp loại năm ${prev}`,
        `Xếp loại năm ${year}`,
        'So sánh',
      ]);
    const at: number[] = [];
    const rank = (l: Level | null) => (l ? LEVELS.indexOf(l) : -1);
    now.forEach((x, i) => {
      const b = i === founded ? null : (before[i] ?? null);
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, x.name);
      bodyCell(ws, r, 3, b ? style[b] : null);
      bodyCell(ws, r, 4, x.text);
      const cmp =
        i === founded
          ? `Thành lập năm ${year}`
          : !x.level || !b
            ? ''
            : rank(x.level) < rank(b)
              ? 'Tăng'
              : rank(x.level) > rank(b)
                ? 'Giảm'
                : 'Giữ nguyên';
      bodyCell(ws, r, 5, cmp);
      at.push(r++);
    });
    signatureBlock(ws, rng, r, 5, year + 1);
    widths(ws, [6, 36, 26, 26, 16]);
    return {
      workbook: wb,
      key: keyed(
        'last-and-this-year',
        `${merged ? 'merged' : 'one row'}${founded >= 0 ? ', one founded' : ''}`,
        [
          tally(
            prev,
            before.filter((_, i) => i !== founded),
          ),
          yearKeyOf(year, now),
        ],
        defectsOf(sheet, now, at, 'D', 'B'),
      ),
    };
  },
};

/** A long list printed in two halves side by side, the same header over each half. */
const halvesSideBySide: Family = {
  name: 'halves-side-by-side',
  about:
    'a long list (30–48 cells) printed as two halves side by side: STT | Tên chi bộ | Xếp loại, a blank column, the same three again, STT continued; a duplicate may sit in either half',
  make(rng) {
    const year = rng.int(2019, 2025);
    const wb = new Workbook();
    const sheet = rng.pick([`XL ${year}`, 'Chi bộ', 'In 2 cột']);
    const ws = wb.addWorksheet(sheet);
    const style = gradeStyle(rng, year);
    const names = [
      ...VILLAGES.map((v) => `Chi bộ thôn ${v}`),
      ...VILLAGES.slice(0, 12).map((v) => `Chi bộ tổ dân phố ${v}`),
      'Chi bộ Trường THCS',
      'Chi bộ Trạm Y tế',
    ];
    const rows = plantRows(rng, rng.sample(names, rng.int(30, 46)), style, {
      unknown: 0.3,
      blank: 0.3,
      duplicate: 0.6,
    });
    const gap = rng.chance(0.6);
    const c2 = gap ? 5 : 4;
    const r0 = titleBlock(ws, rng, 1, { year, subject: 'XẾP LOẠI CHI BỘ', width: c2 + 2 });
    const header = ['STT', 'Tên chi bộ', 'Xếp loại'];
    headerRow(ws, r0, 1, header);
    headerRow(ws, r0, c2, header);
    const half = Math.ceil(rows.length / 2);
    const defects: DefectKey[] = [];
    for (const [part, c0] of [
      [rows.slice(0, half), 1],
      [rows.slice(half), c2],
    ] as const) {
      const at: number[] = [];
      part.forEach((x, i) => {
        const r = r0 + 1 + i;
        bodyCell(ws, r, c0, (c0 === 1 ? 0 : half) + i + 1);
        bodyCell(ws, r, c0 + 1, x.name);
        bodyCell(ws, r, c0 + 2, x.text);
        at.push(r);
      });
      defects.push(...defectsOf(sheet, part, at, colLetter(c0 + 2), colLetter(c0 + 1)));
    }
    signatureBlock(ws, rng, r0 + half + 1, c2 + 2, year + 1);
    widths(ws, gap ? [5, 30, 22, 3, 5, 30, 22] : [5, 30, 22, 5, 30, 22]);
    return {
      workbook: wb,
      key: keyed(
        'halves-side-by-side',
        gap ? 'blank column between' : 'halves adjacent',
        [yearKeyOf(year, rows)],
        defects,
      ),
    };
  },
};

/** Organizations with the number of their cells and members beside the grade, and a "Cộng" of sums. */
const orgCellCounts: Family = {
  name: 'org-cell-counts',
  about:
    'grassroots organizations with "Số chi bộ trực thuộc" (a number for a đảng bộ, "-" for a chi bộ cơ sở) and "Số đảng viên" beside the grade, a "Cộng" row of SUMs with "25 TCCSĐ" typed in the name column',
  make(rng) {
    const year = rng.int(2019, 2025);
    const wb = new Workbook();
    const sheet = rng.pick([`TCCSĐ ${year}`, 'XL TCCS', 'Danh sách']);
    const ws = wb.addWorksheet(sheet);
    const style = gradeStyle(rng, year);
    const rows = plantRows(rng, districtOrganizations(rng, rng.int(12, 26)), style, {
      unknown: 0.3,
      blank: 0.3,
      duplicate: 0.3,
    });
    let r = titleBlock(ws, rng, 1, { year, subject: SUBJECT, width: 6 });
    const gradeFirst = rng.chance(0.4);
    const gc = gradeFirst ? 3 : 5;
    const labels = ['STT', 'Tổ chức cơ sở đảng', '', '', '', 'Ghi chú'];
    labels[gc - 1] = 'Xếp loại';
    const [cc, mc] = gradeFirst ? [4, 5] : [3, 4];
    labels[cc - 1] = 'Số chi bộ trực thuộc';
    labels[mc - 1] = 'Số đảng viên';
    headerRow(ws, r++, 1, labels);
    const first = r;
    const at: number[] = [];
    let cells = 0;
    let members = 0;
    rows.forEach((x, i) => {
      const isBo = /^Đảng bộ/.test(x.name);
      const nc = isBo ? rng.int(4, 22) : 0;
      const nm = isBo ? rng.int(60, 420) : rng.int(5, 40);
      cells += nc;
      members += nm;
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, x.name);
      bodyCell(ws, r, cc, isBo ? nc : rng.pick(['-', '', '0']));
      bodyCell(ws, r, mc, nm);
      bodyCell(ws, r, gc, x.text);
      bodyCell(ws, r, 6, '');
      at.push(r++);
    });
    bodyCell(ws, r, 2, rng.pick(['Cộng', `Cộng: ${rows.length} TCCSĐ`, 'Tổng cộng']));
    bodyCell(ws, r, cc, { formula: `SUM(${addr(first, cc)}:${addr(r - 1, cc)})`, result: cells });
    bodyCell(ws, r, mc, { formula: `SUM(${addr(first, mc)}:${addr(r - 1, mc)})`, result: members });
    signatureBlock(ws, rng, r + 1, 6, year + 1);
    widths(ws, [6, 40, 12, 12, 28, 12]);
    return {
      workbook: wb,
      key: keyed(
        'org-cell-counts',
        gradeFirst ? 'grade before counts' : 'counts before grade',
        [yearKeyOf(year, rows)],
        defectsOf(sheet, rows, at, colLetter(gc), 'B'),
      ),
    };
  },
};

/** A list continued on a second sheet with a unit listed in both parts. */
const continuedDuplicate: Family = {
  name: 'continued-duplicate',
  about:
    'one year\'s list split over two sheets, the second under "(Tiếp theo)" with the header repeated and STT continued; one unit of the first part listed again in the second (a duplicate across the sheets)',
  make(rng) {
    const year = rng.int(2019, 2025);
    const wb = new Workbook();
    const first = rng.pick([`DS ${year}`, `XL ${year}`, 'Phần 1']);
    const second = rng.pick([`${first} (tiếp)`, `${first} (2)`, 'Phần 2']);
    const style = gradeStyle(rng, year);
    const names = rng
      .shuffle(COMMUNES)
      .flatMap((c) => rng.sample(VILLAGES, 3).map((v) => `Chi bộ thôn ${v}, xã ${c}`))
      .slice(0, rng.int(24, 40));
    const rows = plantRows(rng, names, style, { unknown: 0.3, blank: 0.3 });
    const split = Math.floor(rows.length / 2);
    const src = rows[rng.int(0, split - 1)] as ListRow;
    const lvl = randomLevel(rng);
    const dup: ListRow = {
      name: src.name,
      text: style[lvl],
      level: lvl,
      defect: 'unit.duplicate',
      repeat: true,
    };
    const part2 = rows.slice(split);
    part2.splice(rng.int(1, part2.length), 0, dup);
    const defects: DefectKey[] = [];
    const write = (sheet: string, part: ListRow[], offset: number, cont: boolean) => {
      const ws = wb.addWorksheet(sheet);
      let r = cont
        ? 1
        : titleBlock(ws, rng, 1, { year, subject: 'DANH SÁCH XẾP LOẠI CHI BỘ', width: 4 });
      if (cont) {
        line(ws, r++, 1, 4, '(Tiếp theo)', { italic: true });
        r++;
      }
      headerRow(ws, r++, 1, ['STT', 'Tên chi bộ', 'Xếp loại', 'Ghi chú']);
      const at: number[] = [];
      part.forEach((x, i) => {
        bodyCell(ws, r, 1, offset + i + 1);
        bodyCell(ws, r, 2, x.name);
        bodyCell(ws, r, 3, x.text);
        bodyCell(ws, r, 4, '');
        at.push(r++);
      });
      if (cont) signatureBlock(ws, rng, r, 4, year + 1);
      widths(ws, [6, 44, 30, 12]);
      defects.push(...defectsOf(sheet, part, at, 'C', 'B'));
    };
    write(first, rows.slice(0, split), 0, false);
    write(second, part2, split, true);
    return {
      workbook: wb,
      key: keyed('continued-duplicate', second, [yearKeyOf(year, rows)], defects),
    };
  },
};

/** A short list of 4–8 units, name and grade, no header row. */
const shortHeaderless: Family = {
  name: 'short-headerless',
  about:
    'a short list of 5–8 units with no header row: a title line, then name | grade (sometimes a leading number "1."), on a sheet per year ("2023", "2024"); one grade typed "Khá"',
  make(rng) {
    const wb = new Workbook();
    const y0 = rng.int(2019, 2023);
    const nYears = rng.int(1, 3);
    const names = rng.chance(0.5)
      ? villageCells(rng, rng.int(5, 8))
      : rng.sample(AGENCIES, rng.int(5, 8));
    const numbered = rng.chance(0.5);
    const years: YearKey[] = [];
    const defects: DefectKey[] = [];
    for (let k = 0; k < nYears; k++) {
      const year = y0 + k;
      const sheet = rng.pick([String(year), `Năm ${year}`]);
      const ws = wb.addWorksheet(sheet);
      const style = gradeStyle(rng, year);
      const rows = plantRows(rng, names, style, { unknown: 0.4 });
      line(ws, 1, 1, 3, `Kết quả xếp loại chi bộ năm ${year}`, { bold: true });
      const r0 = rng.int(2, 3);
      const c0 = numbered ? 2 : 1;
      const at: number[] = [];
      rows.forEach((x, i) => {
        if (numbered) put(ws, r0 + i, 1, `${i + 1}.`);
        put(ws, r0 + i, c0, x.name);
        put(ws, r0 + i, c0 + 1, x.text);
        at.push(r0 + i);
      });
      widths(ws, numbered ? [5, 40, 30] : [40, 30]);
      years.push(yearKeyOf(year, rows));
      defects.push(...defectsOf(sheet, rows, at, colLetter(c0 + 1), colLetter(c0)));
    }
    return {
      workbook: wb,
      key: keyed(
        'short-headerless',
        `${nYears} sheets${numbered ? ', numbered' : ''}`,
        years,
        defects,
      ),
    };
  },
};

/** Group lines where the first unit under a group has no grade. */
const groupThenUngraded: Family = {
  name: 'group-then-ungraded',
  about:
    'group lines "I. ĐẢNG BỘ XÃ, THỊ TRẤN", "II. CHI BỘ CƠ SỞ" with the first unit under one of them ungraded: blank with no reason (grade.blank) or "-" with "Mới thành lập" (not counted)',
  make(rng) {
    const year = rng.int(2019, 2025);
    const wb = new Workbook();
    const sheet = rng.pick([`XL ${year}`, 'Theo khối', 'TCCSĐ']);
    const ws = wb.addWorksheet(sheet);
    const style = gradeStyle(rng, year);
    const groups = [
      {
        label: 'ĐẢNG BỘ XÃ, THỊ TRẤN',
        names: rng.sample(COMMUNES, rng.int(5, 9)).map((c) => `Đảng bộ xã ${c}`),
      },
      { label: 'CHI BỘ CƠ QUAN', names: rng.sample(AGENCIES.slice(0, 14), rng.int(4, 7)) },
      { label: 'LỰC LƯỢNG VŨ TRANG', names: ['Đảng bộ Công an huyện', 'Đảng bộ Quân sự huyện'] },
    ];
    const which = rng.int(0, groups.length - 1);
    const newUnit = rng.chance(0.5);
    let r = titleBlock(ws, rng, 1, { year, subject: SUBJECT, width: 4 });
    headerRow(ws, r++, 1, ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại', 'Ghi chú']);
    const counted: ListRow[] = [];
    const defects: DefectKey[] = [];
    let n = 0;
    groups.forEach((g, gi) => {
      bodyCell(ws, r, 1, ROMAN[gi] ?? '');
      put(ws, r, 2, g.label, { bold: true, border: true });
      r++;
      const rows = plantRows(rng, g.names, style, { unknown: 0.2, duplicate: 0.2 });
      const at: number[] = [];
      rows.forEach((x, i) => {
        const ungraded = gi === which && i === 0;
        bodyCell(ws, r, 1, ++n);
        bodyCell(ws, r, 2, x.name);
        if (ungraded && newUnit) {
          bodyCell(ws, r, 3, '-');
          bodyCell(ws, r, 4, `Mới thành lập tháng ${rng.int(8, 11)}/${year}`);
        } else if (ungraded) {
          bodyCell(ws, r, 3, null);
          bodyCell(ws, r, 4, '');
          x.text = null;
          x.level = null;
          x.defect = 'grade.blank';
        } else {
          bodyCell(ws, r, 3, x.text);
          bodyCell(ws, r, 4, '');
        }
        if (!(ungraded && newUnit)) {
          counted.push(x);
          at.push(r);
        }
        r++;
      });
      defects.push(
        ...defectsOf(
          sheet,
          rows.filter((_, i) => !(gi === which && i === 0 && newUnit)),
          at,
          'C',
          'B',
        ),
      );
    });
    signatureBlock(ws, rng, r, 4, year + 1);
    widths(ws, [6, 40, 30, 24]);
    return {
      workbook: wb,
      key: keyed(
        'group-then-ungraded',
        `${newUnit ? 'new unit "-"' : 'blank'} under group ${which + 1}`,
        [yearKeyOf(year, counted)],
        defects,
      ),
    };
  },
};

interface SummaryLine {
  label: string;
  total: number;
  rated: number;
  counts: number[];
}

/** Summary rows per kind of organization and a total, counts made up and consistent. */
function kindLines(rng: Rng, withUnrated: boolean): SummaryLine[] {
  const kinds = rng.pick([
    ['Đảng bộ xã, thị trấn', 'Chi bộ cơ quan', 'Chi bộ doanh nghiệp', 'Lực lượng vũ trang'],
    ['Xã', 'Thị trấn', 'Cơ quan', 'Sự nghiệp', 'Doanh nghiệp'],
    ['Khối xã, thị trấn', 'Khối cơ quan - sự nghiệp', 'Khối doanh nghiệp'],
  ]);
  return kinds.map((label) => {
    const rated = rng.int(3, 24);
    const unrated = withUnrated && rng.chance(0.5) ? rng.int(1, 2) : 0;
    return { label, total: rated + unrated, rated, counts: randomCounts(rng, rated) };
  });
}

function totalLine(lines: readonly SummaryLine[], label: string): SummaryLine {
  return {
    label,
    total: sum(lines.map((l) => l.total)),
    rated: sum(lines.map((l) => l.rated)),
    counts: LEVELS.map((_, j) => sum(lines.map((l) => l.counts[j] as number))),
  };
}

/** A summary with "Tổng số TCCSĐ", "Số TCCSĐ được đánh giá" and SL / % per grade. */
const summaryRatedCount: Family = {
  name: 'summary-rated-count',
  about:
    'a summary per kind of organization: "Tổng số TCCSĐ", "Số TCCSĐ được đánh giá, xếp loại" (fewer where units were just founded), SL and % per grade (% of the rated, or of the total); a grade count off (the rated count then disagrees) and a share typed wrong',
  make(rng) {
    const year = rng.int(2019, 2025);
    const wb = new Workbook();
    const sheet = rng.pick([`TH ${year}`, 'Tổng hợp', 'Biểu 01']);
    const ws = wb.addWorksheet(sheet);
    const lines = kindLines(rng, true);
    const tot = totalLine(lines, 'Tổng cộng');
    const ofTotal = rng.chance(0.3);
    const asText = rng.chance(0.4);
    let r = titleBlock(ws, rng, 1, { year, subject: `TỔNG HỢP ${SUBJECT}`, width: 12 });
    headerRow(ws, r, 1, [
      'STT',
      'Loại hình',
      'Tổng số TCCSĐ',
      rng.pick(['Số TCCSĐ được đánh giá, xếp loại', 'Số TCCS được đánh giá', 'Số được xếp loại']),
      ...LEVELS.flatMap((l) => [GRADE_FULL_2018[l], null]),
    ]);
    LEVELS.forEach((_, j) => ws.mergeCells(r, 5 + 2 * j, r, 6 + 2 * j));
    headerRow(
      ws,
      r + 1,
      5,
      LEVELS.flatMap(() => ['SL', '%']),
    );
    for (const c of [1, 2, 3, 4]) ws.mergeCells(r, c, r + 1, c);
    r += 2;
    const defects: DefectKey[] = [];
    const badCount = rng.chance(0.5) ? rng.int(0, lines.length - 1) : -1;
    let badPct = rng.chance(0.5) ? rng.int(0, lines.length - 1) : -1;
    if (badPct === badCount) badPct = -1;
    // The total line carries a line's miscount, as a SUM would.
    const lastTot = lines.length;
    [...lines, tot].forEach((l, i) => {
      const isTot = i === lastTot;
      bodyCell(ws, r, 1, isTot ? '' : i + 1);
      bodyCell(ws, r, 2, l.label);
      bodyCell(ws, r, 3, l.total);
      bodyCell(ws, r, 4, l.rated);
      const base = ofTotal ? l.total : l.rated;
      l.counts.forEach((v, j) => {
        const off = (i === badCount || (isTot && badCount >= 0)) && j === 1 ? 1 : 0;
        bodyCell(ws, r, 5 + 2 * j, v + off);
        bodyCell(
          ws,
          r,
          6 + 2 * j,
          share(v + off, base, asText, 2, i === badPct && j === 1 ? 4 : 0),
        );
      });
      if (i === badCount || (isTot && badCount >= 0))
        defects.push({
          rule: 'total.mismatch',
          sheet,
          row: r,
          cell: addr(r, 7),
          what: 'a good count +1',
        });
      if (i === badPct)
        defects.push({
          rule: 'percent.mismatch',
          sheet,
          row: r,
          cell: addr(r, 8),
          what: 'a share off',
        });
      r++;
    });
    signatureBlock(ws, rng, r, 12, year + 1);
    widths(ws, [5, 28, 10, 12, 7, 7, 7, 7, 7, 7, 7, 7]);
    return {
      workbook: wb,
      key: keyed(
        'summary-rated-count',
        `${ofTotal ? '% of total' : '% of rated'}${asText ? ', text' : ''}`,
        [],
        defects,
      ),
    };
  },
};

/** Grades down, two years across and a "Tăng (+), giảm (-)" column. */
const summaryChangeColumn: Family = {
  name: 'summary-change-column',
  about:
    'grades down ("Hoàn thành xuất sắc nhiệm vụ" … and "Tổng số"), "Năm 2023" SL | % and "Năm 2024" SL | %, then "Tăng (+), giảm (-)" with signed counts ("+2", "-1", 0) or typed as numbers; a share typed wrong',
  make(rng) {
    const year = rng.int(2020, 2025);
    const wb = new Workbook();
    const sheet = rng.pick([`So sánh ${year}`, 'Tăng giảm', 'TH 2 năm']);
    const ws = wb.addWorksheet(sheet);
    const a = randomCounts(rng, rng.int(30, 60));
    const b = randomCounts(rng, sum(a) + rng.int(-3, 3));
    const signedText = rng.chance(0.5);
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: 'SO SÁNH KẾT QUẢ XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG',
      width: 7,
    });
    headerRow(ws, r, 1, [
      'TT',
      'Mức xếp loại',
      `Năm ${year - 1}`,
      null,
      `Năm ${year}`,
      null,
      'Tăng (+), giảm (-)',
    ]);
    ws.mergeCells(r, 3, r, 4);
    ws.mergeCells(r, 5, r, 6);
    headerRow(ws, r + 1, 3, ['SL', 'Tỷ lệ %', 'SL', 'Tỷ lệ %']);
    for (const c of [1, 2, 7]) ws.mergeCells(r, c, r + 1, c);
    r += 2;
    const defects: DefectKey[] = [];
    const bad = rng.chance(0.5) ? rng.int(0, 3) : -1;
    const signed = (d: number): CellValue =>
      signedText ? (d > 0 ? `+${d}` : d === 0 ? '0' : String(d)) : d;
    const totalFirst = rng.chance(0.4);
    const writeTotal = () => {
      bodyCell(ws, r, 2, 'Tổng số');
      bodyCell(ws, r, 3, sum(a));
      bodyCell(ws, r, 4, 100);
      bodyCell(ws, r, 5, sum(b));
      bodyCell(ws, r, 6, 100);
      bodyCell(ws, r, 7, signed(sum(b) - sum(a)));
      r++;
    };
    if (totalFirst) writeTotal();
    LEVELS.forEach((l, j) => {
      const va = a[j] as number;
      const vb = b[j] as number;
      bodyCell(ws, r, 1, j + 1);
      bodyCell(ws, r, 2, GRADE_FULL_2018[l]);
      bodyCell(ws, r, 3, va);
      bodyCell(ws, r, 4, share(va, sum(a), false, 1));
      bodyCell(ws, r, 5, vb);
      bodyCell(ws, r, 6, (share(vb, sum(b), false, 1) as number) + (j === bad ? 5 : 0));
      bodyCell(ws, r, 7, signed(vb - va));
      if (j === bad)
        defects.push({ rule: 'percent.mismatch', sheet, row: r, cell: addr(r, 6), what: '+5' });
      r++;
    });
    if (!totalFirst) writeTotal();
    signatureBlock(ws, rng, r, 7, year + 1);
    widths(ws, [5, 34, 8, 8, 8, 8, 12]);
    return {
      workbook: wb,
      key: keyed(
        'summary-change-column',
        `${signedText ? '"+2" text' : 'numbers'}, total ${totalFirst ? 'first' : 'last'}`,
        [],
        defects,
      ),
    };
  },
};

/** Year rows of counts and shares, then a change row of signed differences. */
const summaryChangeRow: Family = {
  name: 'summary-change-row',
  about:
    'a row per year ("Năm 2023", "Năm 2024") with Tổng số, SL and % per grade, then "Tăng (+), giảm (-) so với năm trước": signed differences of counts and of shares in points (which are no share of anything); a year\'s total typed wrong',
  make(rng) {
    const year = rng.int(2020, 2025);
    const wb = new Workbook();
    const sheet = rng.pick(['Tổng hợp', `TH ${year}`, 'So sánh']);
    const ws = wb.addWorksheet(sheet);
    const nYears = rng.int(2, 3);
    const years = Array.from({ length: nYears }, (_, k) => year - nYears + 1 + k);
    const data = years.map(() => randomCounts(rng, rng.int(40, 60)));
    let r = titleBlock(ws, rng, 1, { year, subject: `TỔNG HỢP ${SUBJECT}`, width: 11 });
    headerRow(ws, r, 1, [
      'Năm',
      'Tổng số TCCSĐ',
      ...LEVELS.flatMap((l) => [GRADE_ABBR_2018[l], null]),
      'Ghi chú',
    ]);
    LEVELS.forEach((_, j) => ws.mergeCells(r, 3 + 2 * j, r, 4 + 2 * j));
    headerRow(
      ws,
      r + 1,
      3,
      LEVELS.flatMap(() => ['SL', '%']),
    );
    for (const c of [1, 2, 11]) ws.mergeCells(r, c, r + 1, c);
    r += 2;
    const defects: DefectKey[] = [];
    const bad = rng.chance(0.5) ? rng.int(0, nYears - 1) : -1;
    const pct = (c: number[], j: number) => share(c[j] as number, sum(c), false, 1) as number;
    data.forEach((c, k) => {
      bodyCell(ws, r, 1, `Năm ${years[k] ?? ''}`);
      bodyCell(ws, r, 2, sum(c) + (k === bad ? 2 : 0));
      c.forEach((v, j) => {
        bodyCell(ws, r, 3 + 2 * j, v);
        bodyCell(ws, r, 4 + 2 * j, pct(c, j));
      });
      if (k === bad)
        defects.push({ rule: 'total.mismatch', sheet, row: r, cell: addr(r, 2), what: '+2' });
      r++;
    });
    const last = data[nYears - 1] as number[];
    const prev = data[nYears - 2] as number[];
    bodyCell(ws, r, 1, rng.pick(['Tăng (+), giảm (-)', 'So với năm trước', 'Tăng/giảm']));
    bodyCell(ws, r, 2, sum(last) - sum(prev));
    LEVELS.forEach((_, j) => {
      bodyCell(ws, r, 3 + 2 * j, (last[j] as number) - (prev[j] as number));
      bodyCell(ws, r, 4 + 2 * j, Math.round((pct(last, j) - pct(prev, j)) * 10) / 10);
    });
    signatureBlock(ws, rng, r + 1, 11, year + 1);
    widths(ws, [20, 10, 7, 7, 7, 7, 7, 7, 7, 7, 12]);
    return {
      workbook: wb,
      key: keyed(
        'summary-change-row',
        `${nYears} years${bad >= 0 ? ', a total off' : ''}`,
        [],
        defects,
      ),
    };
  },
};

/** Per commune: cells at the start of the year, dissolved or merged, rated, counts per grade. */
const summaryDissolvedColumn: Family = {
  name: 'summary-dissolved-column',
  about:
    'a row per commune\'s party organization: "Số chi bộ đầu năm", "Giải thể, sáp nhập trong năm", "Số chi bộ được xếp loại", SL per grade, a "Cộng" of SUMs; a grade count typed off',
  make(rng) {
    const year = rng.int(2019, 2025);
    const wb = new Workbook();
    const sheet = rng.pick(['TH chi bộ', `Chi bộ ${year}`, 'Biểu 3']);
    const ws = wb.addWorksheet(sheet);
    const communes = rng.sample(COMMUNES, rng.int(6, 12));
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: 'TỔNG HỢP KẾT QUẢ XẾP LOẠI CHI BỘ TRỰC THUỘC ĐẢNG BỘ XÃ',
      width: 9,
    });
    headerRow(ws, r, 1, [
      'STT',
      'Đảng bộ',
      'Số chi bộ đầu năm',
      rng.pick(['Giải thể, sáp nhập trong năm', 'Số chi bộ giải thể, sáp nhập', 'Giảm trong năm']),
      'Số chi bộ được xếp loại',
      ...LEVELS.map((l) => GRADE_ABBR_2018[l]),
    ]);
    r++;
    const first = r;
    const bad = rng.chance(0.5) ? rng.int(0, communes.length - 1) : -1;
    const defects: DefectKey[] = [];
    communes.forEach((c, i) => {
      const rated = rng.int(6, 20);
      const gone = rng.chance(0.4) ? rng.int(1, 3) : 0;
      const counts = randomCounts(rng, rated);
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, `Đảng bộ xã ${c}`);
      bodyCell(ws, r, 3, rated + gone);
      bodyCell(ws, r, 4, gone || rng.pick([0, '-', null]));
      bodyCell(ws, r, 5, rated);
      counts.forEach((v, j) => bodyCell(ws, r, 6 + j, v + (i === bad && j === 1 ? -1 : 0)));
      if (i === bad)
        defects.push({ rule: 'total.mismatch', sheet, row: r, cell: addr(r, 7), what: 'good -1' });
      r++;
    });
    bodyCell(ws, r, 2, 'Cộng');
    for (let c = 3; c <= 9; c++) {
      let s = 0;
      for (let k = first; k < r; k++) {
        const v = ws.getCell(k, c).value;
        s += typeof v === 'number' ? v : 0;
      }
      bodyCell(ws, r, c, { formula: `SUM(${addr(first, c)}:${addr(r - 1, c)})`, result: s });
    }
    if (bad >= 0)
      defects.push({
        rule: 'total.mismatch',
        sheet,
        row: r,
        cell: addr(r, 7),
        what: 'Cộng carries it',
      });
    signatureBlock(ws, rng, r + 1, 9, year + 1);
    widths(ws, [5, 28, 10, 12, 10, 8, 8, 8, 8]);
    return {
      workbook: wb,
      key: keyed('summary-dissolved-column', bad >= 0 ? 'a count off' : 'clean', [], defects),
    };
  },
};

/** Two blocks of grade counts: the units' own assessment and the committee's grade. */
const summarySelfAndFinal: Family = {
  name: 'summary-self-and-final',
  about:
    'a summary per kind with "Tổng số", then "Tự đánh giá" over HTXSNV..KHTNV and "Cấp ủy cấp trên đánh giá" over the same four; both blocks add up to the total; one count of the final block typed off',
  make(rng) {
    const year = rng.int(2019, 2025);
    const wb = new Workbook();
    const sheet = rng.pick(['Tự ĐG - QĐ', `TH ${year}`, 'Tổng hợp']);
    const ws = wb.addWorksheet(sheet);
    const lines = kindLines(rng, false);
    let r = titleBlock(ws, rng, 1, { year, subject: `TỔNG HỢP ${SUBJECT}`, width: 11 });
    const [selfH, finalH] = rng.pick([
      ['Tự đánh giá, xếp loại', 'Cấp ủy cấp trên đánh giá, xếp loại'],
      ['TCCSĐ tự xếp loại', 'Huyện ủy quyết định xếp loại'],
    ] as const);
    headerRow(ws, r, 1, ['STT', 'Loại hình', 'Tổng số', selfH, null, null, null, finalH]);
    ws.mergeCells(r, 4, r, 7);
    ws.mergeCells(r, 8, r, 11);
    headerRow(ws, r + 1, 4, [
      ...LEVELS.map((l) => GRADE_ABBR_2018[l]),
      ...LEVELS.map((l) => GRADE_ABBR_2018[l]),
    ]);
    for (const c of [1, 2, 3]) ws.mergeCells(r, c, r + 1, c);
    r += 2;
    const bad = rng.chance(0.5) ? rng.int(0, lines.length - 1) : -1;
    const defects: DefectKey[] = [];
    const selfOf = (c: number[]): number[] => {
      const s = [...c];
      const up = Math.min(s[1] as number, rng.int(0, 3));
      s[1] = (s[1] as number) - up;
      s[0] = (s[0] as number) + up;
      return s;
    };
    const all = lines.map((l) => ({ ...l, self: selfOf(l.counts) }));
    const tot = {
      label: 'Tổng cộng',
      total: sum(all.map((l) => l.total)),
      counts: LEVELS.map((_, j) => sum(all.map((l) => l.counts[j] as number))),
      self: LEVELS.map((_, j) => sum(all.map((l) => l.self[j] as number))),
    };
    [...all, tot].forEach((l, i) => {
      bodyCell(ws, r, 1, i < all.length ? i + 1 : '');
      bodyCell(ws, r, 2, l.label);
      bodyCell(ws, r, 3, l.total);
      l.self.forEach((v, j) => bodyCell(ws, r, 4 + j, v));
      l.counts.forEach((v, j) => bodyCell(ws, r, 8 + j, v + (i === bad && j === 2 ? 1 : 0)));
      if (i === bad)
        defects.push({ rule: 'total.mismatch', sheet, row: r, cell: addr(r, 10), what: 'HT +1' });
      r++;
    });
    signatureBlock(ws, rng, r, 11, year + 1);
    widths(ws, [5, 28, 8, 8, 8, 8, 8, 8, 8, 8, 8]);
    return {
      workbook: wb,
      key: keyed(
        'summary-self-and-final',
        `${selfH}${bad >= 0 ? ', a count off' : ''}`,
        [],
        defects,
      ),
    };
  },
};

/** Each commune's own grade beside the counts of its cells per grade. */
const orgRowsCellCounts: Family = {
  name: 'org-rows-cell-counts',
  about:
    'a row per commune party organization: its own grade ("Xếp loại Đảng bộ") and its cells\' "Tổng số chi bộ" with SL per grade; the list of communes is keyed by their own grade; a cells\' total typed off',
  make(rng) {
    const year = rng.int(2019, 2025);
    const wb = new Workbook();
    const sheet = rng.pick(['Đảng bộ xã', `XL ${year}`, 'TCCS và chi bộ']);
    const ws = wb.addWorksheet(sheet);
    const style = gradeStyle(rng, year);
    const rows = plantRows(
      rng,
      rng.sample(COMMUNES, rng.int(8, 14)).map((c) => `Đảng bộ xã ${c}`),
      style,
      { unknown: 0.3, blank: 0.2 },
    );
    const gradeFirst = rng.chance(0.5);
    let r = titleBlock(ws, rng, 1, { year, subject: SUBJECT, width: 8 });
    const gc = gradeFirst ? 3 : 8;
    const c0 = gradeFirst ? 4 : 3;
    const labels: (string | null)[] = ['STT', 'Đảng bộ xã', null, null, null, null, null, null];
    labels[gc - 1] = 'Xếp loại Đảng bộ';
    labels[c0 - 1] = 'Chi bộ trực thuộc';
    headerRow(ws, r, 1, labels);
    ws.mergeCells(r, c0, r, c0 + 4);
    headerRow(ws, r + 1, c0, ['Tổng số', ...LEVELS.map((l) => GRADE_ABBR_2018[l])]);
    for (const c of [1, 2, gc]) ws.mergeCells(r, c, r + 1, c);
    r += 2;
    const bad = rng.chance(0.5) ? rng.int(0, rows.length - 1) : -1;
    const defects: DefectKey[] = [];
    const at: number[] = [];
    rows.forEach((x, i) => {
      const counts = randomCounts(rng, rng.int(6, 18));
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, x.name);
      bodyCell(ws, r, gc, x.text);
      bodyCell(ws, r, c0, sum(counts) + (i === bad ? 1 : 0));
      counts.forEach((v, j) => bodyCell(ws, r, c0 + 1 + j, v));
      if (i === bad)
        defects.push({
          rule: 'total.mismatch',
          sheet,
          row: r,
          cell: addr(r, c0),
          what: 'cells +1',
        });
      at.push(r++);
    });
    signatureBlock(ws, rng, r, 8, year + 1);
    widths(ws, [5, 28, 12, 8, 8, 8, 8, 12]);
    return {
      workbook: wb,
      key: keyed(
        'org-rows-cell-counts',
        gradeFirst ? 'own grade first' : 'own grade last',
        [yearKeyOf(year, rows)],
        [...defects, ...defectsOf(sheet, rows, at, colLetter(gc), 'B')],
      ),
    };
  },
};

/** Communes down, two years of counts across and the change in excellent units. */
const summaryYearsWithChange: Family = {
  name: 'summary-years-with-change',
  about:
    'a row per commune: "Năm 2023" over Tổng số | HTXS | HTT | HT | KHT, "Năm 2024" over the same, and "Tăng/giảm HTXS" (signed); a "Cộng" row; one year\'s total typed off',
  make(rng) {
    const year = rng.int(2020, 2025);
    const wb = new Workbook();
    const sheet = rng.pick(['2 năm', `TH ${year - 1}-${year}`, 'Theo xã']);
    const ws = wb.addWorksheet(sheet);
    const communes = rng.sample(COMMUNES, rng.int(6, 12));
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: 'TỔNG HỢP KẾT QUẢ XẾP LOẠI CHI BỘ',
      width: 13,
    });
    headerRow(ws, r, 1, [
      'STT',
      'Đảng bộ xã',
      `Năm ${year - 1}`,
      null,
      null,
      null,
      null,
      `Năm ${year}`,
      null,
      null,
      null,
      null,
      'Tăng/giảm HTXS',
    ]);
    ws.mergeCells(r, 3, r, 7);
    ws.mergeCells(r, 8, r, 12);
    const sub = ['Tổng số', ...LEVELS.map((l) => GRADE_ABBR_2018[l])];
    headerRow(ws, r + 1, 3, [...sub, ...sub]);
    for (const c of [1, 2, 13]) ws.mergeCells(r, c, r + 1, c);
    r += 2;
    const first = r;
    const bad = rng.chance(0.5) ? rng.int(0, communes.length - 1) : -1;
    const defects: DefectKey[] = [];
    communes.forEach((c, i) => {
      const n = rng.int(6, 18);
      const a = randomCounts(rng, n);
      const b = randomCounts(rng, n + rng.int(-1, 1));
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, `Đảng bộ xã ${c}`);
      bodyCell(ws, r, 3, sum(a));
      a.forEach((v, j) => bodyCell(ws, r, 4 + j, v));
      bodyCell(ws, r, 8, sum(b) + (i === bad ? 1 : 0));
      b.forEach((v, j) => bodyCell(ws, r, 9 + j, v));
      const d = (b[0] as number) - (a[0] as number);
      bodyCell(ws, r, 13, d);
      if (i === bad)
        defects.push({ rule: 'total.mismatch', sheet, row: r, cell: addr(r, 8), what: '+1' });
      r++;
    });
    bodyCell(ws, r, 2, 'Cộng');
    for (let c = 3; c <= 13; c++) {
      let s = 0;
      for (let k = first; k < r; k++) s += ws.getCell(k, c).value as number;
      bodyCell(ws, r, c, { formula: `SUM(${addr(first, c)}:${addr(r - 1, c)})`, result: s });
    }
    if (bad >= 0)
      defects.push({ rule: 'total.mismatch', sheet, row: r, cell: addr(r, 8), what: 'Cộng +1' });
    signatureBlock(ws, rng, r + 1, 13, year + 1);
    widths(ws, [5, 26, ...Array(10).fill(7), 10]);
    return {
      workbook: wb,
      key: keyed('summary-years-with-change', bad >= 0 ? 'a total off' : 'clean', [], defects),
    };
  },
};

/** Two communes' cell lists on one sheet, each under its own title, the same village names in both. */
const parentsTwoTables: Family = {
  name: 'parents-two-tables',
  about:
    'one sheet with a table per commune, each under "ĐẢNG BỘ XÃ A" and its own header; village names repeated across the tables (not duplicates)',
  make(rng) {
    const year = rng.int(2019, 2025);
    const wb = new Workbook();
    const sheet = rng.pick(['Các xã', `Chi bộ ${year}`, 'XL chi bộ']);
    const ws = wb.addWorksheet(sheet);
    const style = gradeStyle(rng, year);
    const communes = rng.sample(COMMUNES, rng.int(2, 3));
    const shared = rng.sample(VILLAGES, rng.int(2, 4));
    line(ws, 1, 1, 4, `KẾT QUẢ XẾP LOẠI CHI BỘ NĂM ${year}`, { bold: true });
    let r = 3;
    const all: ListRow[] = [];
    const defects: DefectKey[] = [];
    for (const c of communes) {
      line(ws, r++, 1, 4, `ĐẢNG BỘ XÃ ${c.toUpperCase()}`, { bold: true });
      headerRow(ws, r++, 1, ['STT', 'Chi bộ', 'Xếp loại', 'Ghi chú']);
      const names = rng
        .shuffle([
          ...shared,
          ...rng.sample(
            VILLAGES.filter((v) => !shared.includes(v)),
            rng.int(2, 5),
          ),
        ])
        .map((v) => `Chi bộ thôn ${v}`);
      const rows = plantRows(rng, names, style, { unknown: 0.2, blank: 0.2, duplicate: 0.3 });
      const at: number[] = [];
      rows.forEach((x, i) => {
        bodyCell(ws, r, 1, i + 1);
        bodyCell(ws, r, 2, x.name);
        bodyCell(ws, r, 3, x.text);
        bodyCell(ws, r, 4, '');
        at.push(r++);
      });
      defects.push(...defectsOf(sheet, rows, at, 'C', 'B'));
      all.push(...rows);
      r += rng.int(1, 2);
    }
    widths(ws, [6, 36, 30, 12]);
    return {
      workbook: wb,
      key: keyed(
        'parents-two-tables',
        `${communes.length} tables, ${shared.length} shared`,
        [yearKeyOf(year, all)],
        defects,
      ),
    };
  },
};

/** Group lines that carry their number of cells, "Đảng bộ xã A (8 chi bộ)". */
const groupLineCellCount: Family = {
  name: 'group-line-cell-count',
  about:
    'cells under group lines carrying a count: "1. Đảng bộ xã Hòa Sơn (8 chi bộ)", or the count in the grade column ("8 chi bộ") or in a "Số chi bộ" column of the group line only',
  make(rng) {
    const year = rng.int(2019, 2025);
    const wb = new Workbook();
    const sheet = rng.pick([`Chi bộ ${year}`, 'XL chi bộ', 'Theo xã']);
    const ws = wb.addWorksheet(sheet);
    const style = gradeStyle(rng, year);
    const communes = rng.sample(COMMUNES, rng.int(2, 4));
    const where = rng.pick(['name', 'grade', 'count']);
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: 'XẾP LOẠI CHI BỘ TRỰC THUỘC',
      width: 4,
    });
    headerRow(ws, r++, 1, [
      'STT',
      'Tên chi bộ',
      'Xếp loại',
      where === 'count' ? 'Số chi bộ' : 'Ghi chú',
    ]);
    const all: ListRow[] = [];
    const defects: DefectKey[] = [];
    communes.forEach((c, g) => {
      const rows = plantRows(rng, villageCells(rng, rng.int(4, 9)), style, {
        unknown: 0.2,
        blank: 0.2,
        duplicate: 0.2,
      });
      const n = rows.filter((x) => !x.repeat).length;
      const label = `${g + 1}. Đảng bộ xã ${c}`;
      put(ws, r, 2, where === 'name' ? `${label} (${n} chi bộ)` : label, {
        bold: true,
        border: true,
      });
      if (where === 'grade') put(ws, r, 3, `${n} chi bộ`, { bold: true, border: true });
      if (where === 'count') put(ws, r, 4, n, { bold: true, border: true });
      r++;
      const at: number[] = [];
      rows.forEach((x, i) => {
        bodyCell(ws, r, 1, i + 1);
        bodyCell(ws, r, 2, x.name);
        bodyCell(ws, r, 3, x.text);
        bodyCell(ws, r, 4, null);
        at.push(r++);
      });
      defects.push(...defectsOf(sheet, rows, at, 'C', 'B'));
      all.push(...rows);
    });
    signatureBlock(ws, rng, r, 4, year + 1);
    widths(ws, [6, 40, 30, 12]);
    return {
      workbook: wb,
      key: keyed('group-line-cell-count', `count in ${where}`, [yearKeyOf(year, all)], defects),
    };
  },
};

/** A summary of many communes printed as two halves side by side. */
const summaryHalves: Family = {
  name: 'summary-halves',
  about:
    "a summary of 12–20 communes printed in two halves side by side: Đảng bộ xã | Tổng số | HTXS | HTT | HT | KHT, a blank column, the same again; a commune's total typed off",
  make(rng) {
    const year = rng.int(2019, 2025);
    const wb = new Workbook();
    const sheet = rng.pick(['TH theo xã', `Biểu ${rng.int(2, 6)}`, 'Chi bộ các xã']);
    const ws = wb.addWorksheet(sheet);
    const communes = rng.sample(COMMUNES, rng.int(12, 20));
    const r0 = titleBlock(ws, rng, 1, {
      year,
      subject: 'TỔNG HỢP XẾP LOẠI CHI BỘ THEO ĐẢNG BỘ XÃ',
      width: 13,
    });
    const head = ['Đảng bộ xã', 'Tổng số', ...LEVELS.map((l) => GRADE_ABBR_2018[l])];
    headerRow(ws, r0, 1, head);
    headerRow(ws, r0, 8, head);
    const half = Math.ceil(communes.length / 2);
    const bad = rng.chance(0.6) ? rng.int(0, communes.length - 1) : -1;
    const defects: DefectKey[] = [];
    communes.forEach((c, i) => {
      const c0 = i < half ? 1 : 8;
      const r = r0 + 1 + (i < half ? i : i - half);
      const counts = randomCounts(rng, rng.int(5, 16));
      bodyCell(ws, r, c0, c);
      bodyCell(ws, r, c0 + 1, sum(counts) + (i === bad ? 1 : 0));
      counts.forEach((v, j) => bodyCell(ws, r, c0 + 2 + j, v));
      if (i === bad)
        defects.push({ rule: 'total.mismatch', sheet, row: r, cell: addr(r, c0 + 1), what: '+1' });
    });
    signatureBlock(ws, rng, r0 + half + 1, 13, year + 1);
    widths(ws, [20, 8, 7, 7, 7, 7, 3, 20, 8, 7, 7, 7, 7]);
    return {
      workbook: wb,
      key: keyed('summary-halves', bad >= 0 ? 'a total off' : 'clean', [], defects),
    };
  },
};

/** A summary beside a list on one sheet: counts per grade typed as "11/58" or "11 (19%)". */
const summaryCountWithShare: Family = {
  name: 'summary-count-with-share',
  about:
    'a list, then a small summary "Tổng số: 45 TCCSĐ" with one line per grade and SL | Tỷ lệ typed "19,0%" (text) or 0.19 shown as %; counts consistent with the list',
  make(rng) {
    const year = rng.int(2019, 2025);
    const wb = new Workbook();
    const sheet = rng.pick([`XL ${year}`, 'DS và TH', 'Kết quả']);
    const ws = wb.addWorksheet(sheet);
    const style = gradeStyle(rng, year);
    const rows = plantRows(rng, districtOrganizations(rng, rng.int(12, 24)), style, {
      unknown: 0.2,
      duplicate: 0.3,
    });
    let r = titleBlock(ws, rng, 1, { year, subject: SUBJECT, width: 4 });
    headerRow(ws, r++, 1, ['STT', 'Tổ chức cơ sở đảng', 'Xếp loại', 'Ghi chú']);
    const at: number[] = [];
    rows.forEach((x, i) => {
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, x.name);
      bodyCell(ws, r, 3, x.text);
      bodyCell(ws, r, 4, '');
      at.push(r++);
    });
    r += 2;
    const counts = countsOf(rows);
    const graded = sum(counts);
    const asFraction = rng.chance(0.5);
    put(ws, r++, 2, `TỔNG HỢP: ${graded} TCCSĐ được xếp loại`, { bold: true });
    headerRow(ws, r++, 2, ['Mức xếp loại', 'Số lượng', 'Tỷ lệ']);
    LEVELS.forEach((l, j) => {
      const v = counts[j] as number;
      bodyCell(ws, r, 2, GRADE_FULL_2018[l]);
      bodyCell(ws, r, 3, v);
      if (asFraction) {
        bodyCell(ws, r, 4, graded ? Math.round((10000 * v) / graded) / 10000 : 0);
        ws.getCell(r, 4).numFmt = '0.00%';
      } else
        bodyCell(ws, r, 4, `${(graded ? (100 * v) / graded : 0).toFixed(1).replace('.', ',')}%`);
      r++;
    });
    signatureBlock(ws, rng, r, 4, year + 1);
    widths(ws, [6, 40, 30, 12]);
    return {
      workbook: wb,
      key: keyed(
        'summary-count-with-share',
        asFraction ? '0.00% format' : '"19,0%" text',
        [yearKeyOf(year, rows)],
        defectsOf(sheet, rows, at, 'C', 'B'),
      ),
    };
  },
};

/** A list with a unit transferred in during the year (graded) and one transferred out (not). */
const transferredUnits: Family = {
  name: 'transferred-units',
  about:
    'cells of a commune with "Chuyển đến tháng 8/2024" (graded, counted) and "Chuyển đi" / "Chuyển về Đảng bộ xã khác" (grade cell holding "Chuyển đi" or blank, not counted), the move noted in a "Tình hình tổ chức" column',
  make(rng) {
    const year = rng.int(2020, 2025);
    const wb = new Workbook();
    const sheet = rng.pick([`XL ${year}`, 'Chi bộ', `Năm ${year}`]);
    const ws = wb.addWorksheet(sheet);
    const style = gradeStyle(rng, year);
    const rows = plantRows(rng, communeCells(rng, rng.int(8, 14)), style, {
      unknown: 0.3,
      blank: 0.3,
      duplicate: 0.2,
    });
    const clean = rng.shuffle(cleanRows(rows));
    const outAt = clean[0] as number;
    const inAt = clean[1] as number;
    const outFill = rng.pick<string | null>([null, 'Chuyển đi', '-']);
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: 'KẾT QUẢ XẾP LOẠI CHI BỘ TRỰC THUỘC',
      width: 4,
    });
    headerRow(ws, r++, 1, ['STT', 'Tên chi bộ', 'Xếp loại', 'Tình hình tổ chức']);
    const kept: ListRow[] = [];
    const at: number[] = [];
    rows.forEach((x, i) => {
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, x.name);
      bodyCell(ws, r, 3, i === outAt ? outFill : x.text);
      bodyCell(
        ws,
        r,
        4,
        i === outAt
          ? rng.pick([`Chuyển về Đảng bộ xã ${rng.pick(COMMUNES)} từ tháng 6/${year}`, 'Chuyển đi'])
          : i === inAt
            ? `Chuyển đến tháng ${rng.int(3, 9)}/${year}`
            : '',
      );
      if (i !== outAt) {
        kept.push(x);
        at.push(r);
      }
      r++;
    });
    signatureBlock(ws, rng, r, 4, year + 1);
    widths(ws, [6, 36, 30, 36]);
    return {
      workbook: wb,
      key: keyed(
        'transferred-units',
        `out fill ${JSON.stringify(outFill)}`,
        [yearKeyOf(year, kept)],
        defectsOf(sheet, kept, at, 'C', 'B'),
      ),
    };
  },
};

/** Helper for writing a plain year list sheet, used by the multi-sheet family below. */
function plainList(ws: Worksheet, rows: readonly ListRow[], r0: number): number[] {
  headerRow(ws, r0, 1, ['STT', 'Tên chi bộ', 'Xếp loại']);
  return rows.map((x, i) => {
    bodyCell(ws, r0 + 1 + i, 1, i + 1);
    bodyCell(ws, r0 + 1 + i, 2, x.name);
    bodyCell(ws, r0 + 1 + i, 3, x.text);
    return r0 + 1 + i;
  });
}

/** A sheet per old commune (before the 2025 merger), the same village names in several. */
const sheetPerParentSameNames: Family = {
  name: 'sheet-per-parent',
  about:
    'one sheet per old commune ("Hòa Sơn", "Minh Sơn") of the same year, each listing its village cells; the same village name on two sheets (two cells, each counted)',
  make(rng) {
    const year = rng.int(2019, 2024);
    const wb = new Workbook();
    const communes = rng.sample(COMMUNES, rng.int(2, 3));
    const shared = rng.sample(VILLAGES, 2);
    const years: YearKey[] = [];
    const defects: DefectKey[] = [];
    const all: ListRow[] = [];
    for (const c of communes) {
      const ws = wb.addWorksheet(c);
      const style = gradeStyle(rng, year);
      line(ws, 1, 1, 3, `XẾP LOẠI CHI BỘ ĐẢNG BỘ XÃ ${c.toUpperCase()} NĂM ${year}`, {
        bold: true,
      });
      const names = rng
        .shuffle([
          ...shared,
          ...rng.sample(
            VILLAGES.filter((v) => !shared.includes(v)),
            rng.int(3, 6),
          ),
        ])
        .map((v) => `Chi bộ thôn ${v}`);
      const rows = plantRows(rng, names, style, { unknown: 0.2, blank: 0.2, duplicate: 0.2 });
      const at = plainList(ws, rows, 3);
      widths(ws, [6, 36, 30]);
      defects.push(...defectsOf(c, rows, at, 'C', 'B'));
      all.push(...rows);
    }
    years.push(yearKeyOf(year, all));
    return {
      workbook: wb,
      key: keyed('sheet-per-parent', `${communes.length} sheets`, years, defects),
    };
  },
};

export const ROUND8_FAMILIES: readonly Family[] = [
  dissolvedInYear,
  sameCellTwoParents,
  selfAndCommittee,
  lastAndThisYear,
  halvesSideBySide,
  orgCellCounts,
  continuedDuplicate,
  shortHeaderless,
  groupThenUngraded,
  summaryRatedCount,
  summaryChangeColumn,
  summaryChangeRow,
  summaryDissolvedColumn,
  summarySelfAndFinal,
  orgRowsCellCounts,
  summaryYearsWithChange,
  parentsTwoTables,
  groupLineCellCount,
  summaryHalves,
  summaryCountWithShare,
  transferredUnits,
  sheetPerParentSameNames,
];
