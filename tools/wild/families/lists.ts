/** Rating lists in layouts boards make and recognizers rarely expect. */
import { Workbook } from 'exceljs';
import { tally, type DefectKey, type Family, type YearKey } from '../key';
import { defectsOf, plantRows, yearKeyOf, type ListRow } from '../plant';
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
  communeCells,
  COMMUNES,
  districtOrganizations,
  GRADE_ABBR_2018,
  GRADE_FULL_2018,
  gradeStyle,
  LEVELS,
  randomLevel,
  type Level,
} from '../vocabulary';

const SUBJECT = 'KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG TỔ CHỨC CƠ SỞ ĐẢNG';
const NAME_HEADERS = [
  'Tên tổ chức cơ sở đảng',
  'Tổ chức cơ sở đảng',
  'Đơn vị',
  'Tên TCCSĐ',
  'Tên đơn vị',
];
const GRADE_HEADERS = [
  'Kết quả',
  'KQ xếp loại',
  'Mức xếp loại',
  'Đánh giá, xếp loại',
  'Xếp\nloại',
  'Xếp loại chất lượng',
];
const ROMAN = ['I', 'II', 'III', 'IV'];

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A plain list body: STT | name | grade [| notes]; returns the sheet row of each list row. */
function writeList(
  ws: import('exceljs').Worksheet,
  start: number,
  c0: number,
  rows: readonly ListRow[],
  notes?: (r: ListRow) => string,
): number[] {
  const at: number[] = [];
  rows.forEach((r, i) => {
    const row = start + i;
    bodyCell(ws, row, c0, i + 1);
    bodyCell(ws, row, c0 + 1, r.name);
    bodyCell(ws, row, c0 + 2, r.text);
    if (notes) bodyCell(ws, row, c0 + 3, notes(r));
    at.push(row);
  });
  return at;
}

/** Units listed under a group row per grade ("I. HOÀN THÀNH XUẤT SẮC NHIỆM VỤ (05 TCCSĐ)"), no grade column. */
const groupedByGrade: Family = {
  name: 'grouped-by-grade',
  about: 'units under a group row per grade, no grade column; the group row states the count',
  make(rng) {
    const year = rng.int(2018, 2023);
    const wb = new Workbook();
    const ws = wb.addWorksheet(rng.pick([`Năm ${year}`, `XL ${year}`, 'Danh sách']));
    const names = districtOrganizations(rng, rng.int(20, 45));
    const levels = names.map(() => randomLevel(rng));
    let r = titleBlock(ws, rng, 1, { year, subject: SUBJECT, width: 3 });
    headerRow(ws, r, 1, ['STT', rng.pick(NAME_HEADERS), 'Ghi chú']);
    r++;
    const restart = rng.chance(0.5);
    let n = 0;
    const upper = rng.chance(0.6);
    LEVELS.forEach((level, gi) => {
      const members = names.filter((_, i) => levels[i] === level);
      if (members.length === 0 && rng.chance(0.5)) return;
      const label = `${ROMAN[gi]}. ${upper ? GRADE_FULL_2018[level].toUpperCase() : GRADE_FULL_2018[level]} (${pad2(members.length)} TCCSĐ)`;
      put(ws, r, 1, label, { bold: true, border: true });
      ws.mergeCells(r, 1, r, 3);
      r++;
      if (restart) n = 0;
      for (const name of members) {
        bodyCell(ws, r, 1, ++n);
        bodyCell(ws, r, 2, name);
        bodyCell(ws, r, 3, '');
        r++;
      }
    });
    signatureBlock(ws, rng, r, 3, year + 1);
    widths(ws, [6, 45, 20]);
    return {
      workbook: wb,
      key: {
        family: 'grouped-by-grade',
        variant: restart ? 'stt-restarts' : 'stt-runs',
        years: [tally(year, levels)],
        defects: [],
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** Sorted by grade, the grade cell merged down over its units. */
const mergedGrade: Family = {
  name: 'merged-grade',
  about: 'list sorted by grade, each grade cell merged down over its units',
  make(rng) {
    const year = rng.int(2018, 2024);
    const wb = new Workbook();
    const sheet = rng.pick([`${year}`, `Năm ${year}`, `XLCL ${year}`]);
    const ws = wb.addWorksheet(sheet);
    const style = gradeStyle(rng, year);
    const names = districtOrganizations(rng, rng.int(15, 40));
    const levels = names
      .map(() => randomLevel(rng))
      .sort((a, b) => LEVELS.indexOf(a) - LEVELS.indexOf(b));
    let r = titleBlock(ws, rng, 1, { year, subject: SUBJECT, width: 4 });
    const gradeFirst = rng.chance(0.4);
    headerRow(
      ws,
      r,
      1,
      gradeFirst
        ? ['Xếp loại', 'STT', rng.pick(NAME_HEADERS), 'Ghi chú']
        : ['STT', rng.pick(NAME_HEADERS), rng.pick(GRADE_HEADERS), 'Ghi chú'],
    );
    r++;
    const gc = gradeFirst ? 1 : 3;
    const nc = gradeFirst ? 3 : 2;
    const sc = gradeFirst ? 2 : 1;
    let i = 0;
    while (i < names.length) {
      const level = levels[i] as Level;
      let j = i;
      while (j < names.length && levels[j] === level) j++;
      for (let k = i; k < j; k++) {
        bodyCell(ws, r + k - i, sc, k + 1);
        bodyCell(ws, r + k - i, nc, names[k] as string);
        bodyCell(ws, r + k - i, 4, '');
      }
      bodyCell(ws, r, gc, style[level]);
      if (j - i > 1) ws.mergeCells(r, gc, r + j - i - 1, gc);
      r += j - i;
      i = j;
    }
    widths(ws, [8, 40, 30, 15]);
    return {
      workbook: wb,
      key: {
        family: 'merged-grade',
        variant: gradeFirst ? 'grade-first' : 'grade-third',
        years: [tally(year, levels)],
        defects: [],
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** Commune column merged down, party cells under it; village cell names repeat across communes. */
const communeAndCell: Family = {
  name: 'commune-and-cell',
  about:
    'cells of several communes, commune merged down; the same village name in two communes is not a duplicate',
  make(rng) {
    const year = rng.int(2018, 2024);
    const wb = new Workbook();
    const sheet = rng.pick([`Chi bộ ${year}`, `XL chi bo ${year}`, `Năm ${year}`]);
    const ws = wb.addWorksheet(sheet);
    const style = gradeStyle(rng, year);
    const communes = rng.sample(COMMUNES, rng.int(3, 5));
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: 'KẾT QUẢ XẾP LOẠI CHẤT LƯỢNG CHI BỘ TRỰC THUỘC ĐẢNG ỦY CƠ SỞ',
      width: 4,
    });
    headerRow(ws, r, 1, ['STT', 'Đảng bộ xã', 'Chi bộ', rng.pick(GRADE_HEADERS)]);
    r++;
    const levels: (Level | null)[] = [];
    const defects: DefectKey[] = [];
    let n = 0;
    for (const commune of communes) {
      const cells = communeCells(rng, rng.int(5, 9));
      const rows = plantRows(rng, cells, style, { duplicate: 0.25, unknown: 0.15 });
      const first = r;
      const at: number[] = [];
      for (const row of rows) {
        bodyCell(ws, r, 1, ++n);
        bodyCell(ws, r, 2, first === r ? commune : null);
        bodyCell(ws, r, 3, row.name);
        bodyCell(ws, r, 4, row.text);
        at.push(r++);
      }
      ws.mergeCells(first, 2, r - 1, 2);
      defects.push(...defectsOf(sheet, rows, at, 'D', 'C'));
      levels.push(...rows.filter((x) => !x.repeat).map((x) => x.level));
    }
    widths(ws, [6, 18, 36, 28]);
    return {
      workbook: wb,
      key: {
        family: 'commune-and-cell',
        variant: `${communes.length}-communes`,
        years: [tally(year, levels)],
        defects,
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** Header on row 8 under a logo area, hidden helper column and row, wrapped headers, notes naming grades. */
const logoHiddenNotes: Family = {
  name: 'logo-hidden-notes',
  about:
    'blank logo area, header on row 8 with line breaks, a hidden code column and hidden row, notes that name grades',
  make(rng) {
    const year = rng.int(2018, 2024);
    const wb = new Workbook();
    const sheet = rng.pick([`KQ ${year}`, `Sheet1`, `Tong hop`]);
    const ws = wb.addWorksheet(sheet);
    const style = gradeStyle(rng, year);
    for (let i = 1; i <= 5; i++) ws.getRow(i).height = 22;
    line(ws, 6, 1, 5, `${SUBJECT} NĂM ${year}`, { bold: true });
    const h = 8;
    headerRow(ws, h, 1, [
      'STT',
      'Mã\nđơn vị',
      'Tên tổ chức\ncơ sở đảng',
      rng.pick(['Xếp\nloại', 'Kết quả\nxếp loại', 'Mức\nxếp loại']),
      'Ghi chú',
    ]);
    ws.getRow(h).height = 36;
    ws.getColumn(2).hidden = true;
    const names = districtOrganizations(rng, rng.int(18, 40));
    const rows = plantRows(rng, names, style, { duplicate: 0.3, unknown: 0.3, blank: 0.2 });
    const at: number[] = [];
    rows.forEach((row, i) => {
      const r = h + 1 + i;
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, `TC${String(100 + i)}`);
      bodyCell(ws, r, 3, row.name);
      bodyCell(ws, r, 4, row.text);
      const note =
        row.level === 'excellent' && rng.chance(0.5)
          ? rng.pick([
              'Đề nghị tặng Giấy khen',
              `${rng.int(2, 5)} năm liền HTXSNV`,
              'Đề nghị Tỉnh ủy tặng Bằng khen',
            ])
          : row.level === 'pass' && rng.chance(0.5)
            ? 'Năm trước: Hoàn thành tốt nhiệm vụ'
            : '';
      bodyCell(ws, r, 5, note);
      at.push(r);
    });
    const hiddenRow = h + 1 + rows.length;
    // A helper row the clerk hid: counts per grade with COUNTIF, over the list above.
    put(ws, hiddenRow, 3, 'Kiểm tra');
    put(ws, hiddenRow, 4, {
      formula: `COUNTA(D${h + 1}:D${hiddenRow - 1})`,
      result: rows.filter((x) => x.text !== null).length,
    });
    ws.getRow(hiddenRow).hidden = true;
    widths(ws, [6, 10, 42, 26, 30]);
    return {
      workbook: wb,
      key: {
        family: 'logo-hidden-notes',
        variant: 'row8',
        years: [yearKeyOf(year, rows)],
        defects: defectsOf(sheet, rows, at, 'D', 'C'),
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** 2025 lists with a 100-point score, own score and the higher level's score. */
const scored2025: Family = {
  name: 'scored-2025',
  about:
    '2025 list with "Điểm tự chấm" and "Điểm thẩm định" (grade follows the latter) or one "Tổng điểm"',
  make(rng) {
    const year = 2025;
    const wb = new Workbook();
    const sheet = rng.pick(['Năm 2025', 'XL 2025', 'Tổng hợp điểm']);
    const ws = wb.addWorksheet(sheet);
    const two = rng.chance(0.6);
    const band = (s: number): Level =>
      s >= 90 ? 'excellent' : s >= 70 ? 'good' : s >= 50 ? 'pass' : 'fail';
    const style = rng.chance(0.5) ? GRADE_FULL_2018 : GRADE_ABBR_2018;
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: 'KẾT QUẢ CHẤM ĐIỂM, XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG',
      width: two ? 5 : 4,
      signedYear: 2026,
    });
    headerRow(
      ws,
      r,
      1,
      two
        ? ['TT', 'Tổ chức cơ sở đảng', 'Điểm tự chấm', 'Điểm thẩm định', 'Xếp loại']
        : ['TT', 'Tổ chức cơ sở đảng', 'Tổng điểm', 'Xếp loại'],
    );
    r++;
    const names = rng
      .sample(
        [
          'Hữu Lũng',
          'Yên Bình',
          'Hữu Liên',
          'Cai Kinh',
          'Vân Nham',
          'Tuấn Sơn',
          'Tân Thành',
          'Thiện Tân',
          'Yên Thịnh',
          'Thiện Long',
          'Nhất Hòa',
          'Quan Sơn',
        ],
        rng.int(8, 12),
      )
      .map((c) => `Đảng bộ xã ${c}`);
    const levels: Level[] = [];
    const defects: DefectKey[] = [];
    const gc = two ? 5 : 4;
    const mismatchAt = rng.chance(0.5) ? rng.int(0, names.length - 1) : -1;
    names.forEach((name, i) => {
      const judged =
        rng.pick([rng.int(72, 89), rng.int(72, 89), rng.int(90, 98), rng.int(55, 69)]) +
        (rng.chance(0.3) ? 0.5 : 0);
      const own = Math.min(100, judged + rng.pick([0, 1.5, 3, 5]));
      let level = band(judged);
      if (i === mismatchAt) {
        level = level === 'excellent' ? 'good' : 'excellent';
        defects.push({
          rule: 'grade.score-mismatch',
          sheet,
          row: r,
          cell: addr(r, gc),
          what: `score ${judged} graded ${level}`,
        });
      }
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, name);
      if (two) {
        bodyCell(ws, r, 3, own);
        bodyCell(ws, r, 4, judged);
      } else bodyCell(ws, r, 3, judged);
      bodyCell(ws, r, gc, style[level]);
      levels.push(level);
      r++;
    });
    widths(ws, [5, 36, 12, 12, 30]);
    return {
      workbook: wb,
      key: {
        family: 'scored-2025',
        variant: two ? 'own-and-judged' : 'one-score',
        years: [tally(year, levels)],
        defects,
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** Group rows "A. ĐẢNG BỘ XÃ, THỊ TRẤN", subgroups "1. Khối …", units numbered "1.1", "a)". */
const numberedHierarchy: Family = {
  name: 'numbered-hierarchy',
  about: 'units numbered 1.1 / a) under lettered group and numbered subgroup rows, no STT column',
  make(rng) {
    const year = rng.int(2018, 2024);
    const wb = new Workbook();
    const sheet = `Năm ${year}`;
    const ws = wb.addWorksheet(sheet);
    const style = gradeStyle(rng, year);
    let r = titleBlock(ws, rng, 1, { year, subject: SUBJECT, width: 3 });
    headerRow(ws, r, 1, ['Số TT', rng.pick(NAME_HEADERS), rng.pick(GRADE_HEADERS)]);
    r++;
    const groups: [string, string[]][] = [
      [
        'A. ĐẢNG BỘ XÃ, THỊ TRẤN',
        rng.sample(COMMUNES, rng.int(6, 12)).map((c) => `Đảng bộ xã ${c}`),
      ],
      [
        'B. CHI BỘ CƠ QUAN, ĐƠN VỊ SỰ NGHIỆP',
        districtOrganizations(rng, 30)
          .filter((n) => n.startsWith('Chi bộ'))
          .slice(0, rng.int(5, 9)),
      ],
      ['C. LỰC LƯỢNG VŨ TRANG', ['Đảng bộ Công an huyện', 'Đảng bộ Quân sự huyện']],
    ];
    const letters = rng.chance(0.5);
    const levels: (Level | null)[] = [];
    const defects: DefectKey[] = [];
    groups.forEach(([label, names], gi) => {
      put(ws, r, 1, label, { bold: true, border: true });
      ws.mergeCells(r, 1, r, 3);
      r++;
      const rows = plantRows(rng, names, style, { duplicate: 0.2, unknown: 0.2 });
      const at: number[] = [];
      rows.forEach((row, i) => {
        bodyCell(
          ws,
          r,
          1,
          letters ? `${String.fromCharCode(97 + (i % 26))})` : `${gi + 1}.${i + 1}`,
        );
        bodyCell(ws, r, 2, row.name);
        bodyCell(ws, r, 3, row.text);
        at.push(r++);
      });
      defects.push(...defectsOf(sheet, rows, at, 'C', 'B'));
      levels.push(...rows.filter((x) => !x.repeat).map((x) => x.level));
    });
    widths(ws, [7, 44, 30]);
    return {
      workbook: wb,
      key: {
        family: 'numbered-hierarchy',
        variant: letters ? 'a)' : '1.1',
        years: [tally(year, levels)],
        defects,
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** A sheet per commune listing its cells, one column per year headed by the bare number. */
const sheetPerCommune: Family = {
  name: 'sheet-per-commune',
  about:
    'one sheet per commune (sheet name is the commune), year columns headed 2019 / 2020 as numbers under a merged "Kết quả xếp loại"',
  make(rng) {
    const first = rng.int(2018, 2021);
    const years = [first, first + 1, first + 2];
    const wb = new Workbook();
    const perYear = new Map<number, (Level | null)[]>(years.map((y) => [y, []]));
    const defects: DefectKey[] = [];
    const numeric = rng.chance(0.6);
    for (const commune of rng.sample(COMMUNES, rng.int(2, 4))) {
      const ws = wb.addWorksheet(commune);
      line(ws, 1, 1, 5, `ĐẢNG BỘ XÃ ${commune.toUpperCase()}`, { bold: true });
      line(ws, 2, 1, 5, `KẾT QUẢ XẾP LOẠI CHI BỘ GIAI ĐOẠN ${years[0]} - ${years[2]}`, {
        bold: true,
      });
      headerRow(ws, 4, 1, ['STT', 'Chi bộ', 'Kết quả xếp loại', null, null]);
      ws.mergeCells(4, 3, 4, 5);
      headerRow(ws, 5, 1, [null, null, ...years.map((y) => (numeric ? y : `Năm ${y}`))]);
      ws.mergeCells(4, 1, 5, 1);
      ws.mergeCells(4, 2, 5, 2);
      const cells = communeCells(rng, rng.int(5, 10));
      cells.forEach((name, i) => {
        bodyCell(ws, 6 + i, 1, i + 1);
        bodyCell(ws, 6 + i, 2, name);
      });
      years.forEach((y, yi) => {
        const style = gradeStyle(rng, y);
        cells.forEach((name, i) => {
          let level: Level | null = randomLevel(rng);
          let text: string | null = style[level];
          if (rng.chance(0.03)) {
            text = 'Khá';
            level = null;
            defects.push({
              rule: 'grade.unknown',
              sheet: commune,
              row: 6 + i,
              cell: addr(6 + i, 3 + yi),
              what: `${name} ${y} "Khá"`,
            });
          }
          bodyCell(ws, 6 + i, 3 + yi, text);
          perYear.get(y)?.push(level);
        });
      });
      widths(ws, [6, 32, 26, 26, 26]);
    }
    return {
      workbook: wb,
      key: {
        family: 'sheet-per-commune',
        variant: numeric ? 'numeric-years' : 'Năm-years',
        years: years.map((y) => tally(y, perYear.get(y) ?? [])),
        defects,
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** One long table: a row per unit and year. */
const longFormat: Family = {
  name: 'long-format',
  about:
    'a row per unit per year with a "Năm" column, sorted by unit or by year, the year merged down when sorted by year',
  make(rng) {
    const years = [2019, 2020, 2021, 2022].slice(0, rng.int(2, 4));
    const wb = new Workbook();
    const sheet = rng.pick(['Du lieu', 'Tổng hợp các năm', 'Data']);
    const ws = wb.addWorksheet(sheet);
    line(
      ws,
      1,
      1,
      5,
      `THEO DÕI KẾT QUẢ XẾP LOẠI TCCSĐ GIAI ĐOẠN ${years[0]} - ${years[years.length - 1]}`,
      { bold: true },
    );
    const yearFirst = rng.chance(0.5);
    headerRow(
      ws,
      3,
      1,
      yearFirst
        ? ['STT', 'Năm', 'Tên TCCSĐ', 'Xếp loại', 'Ghi chú']
        : ['STT', 'Tên TCCSĐ', 'Năm', 'Xếp loại', 'Ghi chú'],
    );
    const names = districtOrganizations(rng, rng.int(10, 25));
    const byYear = rng.chance(0.5);
    const grid = years.map((y) => ({
      y,
      style: gradeStyle(rng, y),
      levels: names.map(() => randomLevel(rng)),
    }));
    const order: [number, number][] = [];
    if (byYear) grid.forEach((_, yi) => names.forEach((__, ni) => order.push([yi, ni])));
    else names.forEach((_, ni) => grid.forEach((__, yi) => order.push([yi, ni])));
    const yc = yearFirst ? 2 : 3;
    const nc = yearFirst ? 3 : 2;
    let r = 4;
    let mergeFrom = r;
    order.forEach(([yi, ni], i) => {
      const g = grid[yi] as (typeof grid)[number];
      bodyCell(ws, r, 1, i + 1);
      const mergeYear = byYear && yearFirst;
      if (!mergeYear || ni === 0) bodyCell(ws, r, yc, g.y);
      bodyCell(ws, r, nc, names[ni] as string);
      bodyCell(ws, r, 4, g.style[g.levels[ni] as Level]);
      bodyCell(ws, r, 5, '');
      if (mergeYear && ni === names.length - 1) ws.mergeCells(mergeFrom, yc, r, yc);
      if (mergeYear && ni === names.length - 1) mergeFrom = r + 1;
      r++;
    });
    widths(ws, [6, 10, 40, 28, 14]);
    return {
      workbook: wb,
      key: {
        family: 'long-format',
        variant: `${byYear ? 'by-year' : 'by-unit'}${yearFirst ? '-year-first' : ''}`,
        years: grid.map((g) => tally(g.y, g.levels)),
        defects: [],
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** Two or three years side by side, each table with its own "NĂM 2019" line. */
const sideBySide: Family = {
  name: 'side-by-side',
  about:
    'two or three year tables left to right on one sheet, a blank column between, each with its own year line',
  make(rng) {
    const n = rng.int(2, 3);
    const first = rng.int(2017, 2021);
    const years = Array.from({ length: n }, (_, i) => first + i);
    const wb = new Workbook();
    const sheet = rng.pick(['So sanh', 'Các năm', `${years[0]}-${years[n - 1]}`]);
    const ws = wb.addWorksheet(sheet);
    line(ws, 1, 1, n * 4 - 1, `SO SÁNH KẾT QUẢ XẾP LOẠI TCCSĐ CÁC NĂM ${years.join(', ')}`, {
      bold: true,
    });
    const names = districtOrganizations(rng, rng.int(12, 30));
    const keys: YearKey[] = [];
    const defects: DefectKey[] = [];
    years.forEach((y, i) => {
      const c0 = 1 + i * 4;
      line(ws, 3, c0, c0 + 2, `NĂM ${y}`, { bold: true });
      headerRow(ws, 4, c0, ['TT', 'Đơn vị', 'Xếp loại']);
      const rows = plantRows(
        rng,
        rng.chance(0.5) ? names : rng.shuffle(names),
        gradeStyle(rng, y),
        { duplicate: 0.2, unknown: 0.2 },
      );
      const at = writeList(ws, 5, c0, rows);
      keys.push(yearKeyOf(y, rows));
      defects.push(...defectsOf(sheet, rows, at, colLetter(c0 + 2), colLetter(c0 + 1)));
      ws.getColumn(c0).width = 5;
      ws.getColumn(c0 + 1).width = 36;
      ws.getColumn(c0 + 2).width = 24;
      ws.getColumn(c0 + 3).width = 3;
    });
    return {
      workbook: wb,
      key: {
        family: 'side-by-side',
        variant: `${n}-tables`,
        years: keys,
        defects,
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** A list whose tail holds a legend naming every grade, a breakdown line, signatures and styled blank rows to 1000. */
const legendAndTail: Family = {
  name: 'legend-and-tail',
  about:
    'list followed by a legend line per grade abbreviation, a "Trong đó" breakdown, signatures and bordered blank rows to row 1000',
  make(rng) {
    const year = rng.int(2018, 2024);
    const wb = new Workbook();
    const sheet = rng.pick([`Năm ${year}`, `${year}`, 'DS xep loai']);
    const ws = wb.addWorksheet(sheet);
    const style = rng.chance(0.7) ? GRADE_ABBR_2018 : GRADE_FULL_2018;
    let r = titleBlock(ws, rng, 1, { year, subject: SUBJECT, width: 4 });
    headerRow(ws, r, 1, ['STT', rng.pick(NAME_HEADERS), rng.pick(GRADE_HEADERS), 'Ghi chú']);
    r++;
    const rows = plantRows(rng, districtOrganizations(rng, rng.int(20, 40)), style, {
      duplicate: 0.2,
      blank: 0.2,
      unknown: 0.2,
    });
    const at = writeList(ws, r, 1, rows, () => '');
    r += rows.length + 1;
    put(ws, r++, 2, 'Ghi chú:', { bold: true, italic: true });
    for (const level of LEVELS) {
      bodyCell(ws, r, 2, `- ${GRADE_ABBR_2018[level]}: ${GRADE_FULL_2018[level]}`);
      r++;
    }
    const communes = rows.filter((x) => !x.repeat && x.name.startsWith('Đảng bộ xã')).length;
    put(
      ws,
      r++,
      2,
      `Trong đó: Đảng bộ xã ${communes}; Chi bộ, đảng bộ cơ quan ${rows.filter((x) => !x.repeat).length - communes}`,
    );
    r = signatureBlock(ws, rng, r, 4, year + 1);
    for (let i = r + 1; i <= 1000; i++) for (let c = 1; c <= 4; c++) bodyCell(ws, i, c, null);
    widths(ws, [6, 44, 22, 18]);
    return {
      workbook: wb,
      key: {
        family: 'legend-and-tail',
        variant: style === GRADE_ABBR_2018 ? 'abbr' : 'full',
        years: [yearKeyOf(year, rows)],
        defects: defectsOf(sheet, rows, at, 'C', 'B'),
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** Hand typing: case, double spaces, trailing dots, decomposed Unicode, a "(đề nghị khen)" suffix. */
const handTyped: Family = {
  name: 'hand-typed',
  about:
    'grades typed by hand: lower/upper case, double spaces, trailing dot, NFD, "(đề nghị khen)" suffix, HT tốt',
  make(rng) {
    const year = rng.int(2018, 2024);
    const wb = new Workbook();
    const sheet = `Năm ${year}`;
    const ws = wb.addWorksheet(sheet);
    let r = titleBlock(ws, rng, 1, { year, subject: SUBJECT, width: 3 });
    headerRow(ws, r, 1, ['STT', rng.pick(NAME_HEADERS), rng.pick(GRADE_HEADERS)]);
    r++;
    const vary = (level: Level): string => {
      const base = rng.chance(0.5) ? GRADE_FULL_2018[level] : GRADE_ABBR_2018[level];
      switch (rng.int(0, 6)) {
        case 0:
          return base.toLowerCase();
        case 1:
          return base.toUpperCase();
        case 2:
          return base.replace(' ', '  ');
        case 3:
          return `${base}.`;
        case 4:
          return base.normalize('NFD');
        case 5:
          return level === 'good' ? 'Hoàn thành tốt nhiệm vụ (đề nghị khen)' : ` ${base} `;
        default:
          return base;
      }
    };
    const rows = plantRows(rng, districtOrganizations(rng, rng.int(15, 35)), GRADE_FULL_2018, {
      unknown: 0.4,
      duplicate: 0.2,
    });
    for (const row of rows) if (row.level) row.text = vary(row.level);
    const at = writeList(ws, r, 1, rows);
    widths(ws, [6, 44, 34]);
    return {
      workbook: wb,
      key: {
        family: 'hand-typed',
        variant: 'mixed',
        years: [yearKeyOf(year, rows)],
        defects: defectsOf(sheet, rows, at, 'C', 'B'),
        meetings: [],
        unsure: false,
      },
    };
  },
};

const SURNAMES = ['Nguyễn', 'Hoàng', 'Lương', 'Vi', 'Lăng', 'Nông', 'Trần', 'Lê', 'Hà', 'Lục'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Thị Thu', 'Văn Minh', 'Thanh'];
const GIVEN = [
  'Hùng',
  'Lan',
  'Minh',
  'Hoa',
  'Tuấn',
  'Hương',
  'Dũng',
  'Mai',
  'Sơn',
  'Thủy',
  'Bình',
  'Hà',
];

/** A commune's member list: namesakes in different cells are different people, not duplicates. */
const memberList: Family = {
  name: 'member-list',
  about:
    "a commune's party members with birth year, cell and grade; namesakes in other cells (or born another year) are other people",
  make(rng) {
    const year = rng.int(2019, 2024);
    const commune = rng.pick(COMMUNES);
    const wb = new Workbook();
    const sheet = rng.pick([`ĐV ${year}`, `Dang vien ${year}`, 'Đảng viên']);
    const ws = wb.addWorksheet(sheet);
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: `KẾT QUẢ XẾP LOẠI ĐẢNG VIÊN ĐẢNG BỘ XÃ ${commune.toUpperCase()}`,
      width: 6,
    });
    headerRow(ws, r, 1, [
      'STT',
      'Họ và tên',
      'Năm sinh',
      'Chức vụ',
      'Sinh hoạt tại chi bộ',
      'Xếp loại',
    ]);
    r++;
    const cells = communeCells(rng, rng.int(3, 6));
    const style = gradeStyle(rng, year);
    const people: { name: string; born: number; cell: string }[] = [];
    for (const cell of cells) {
      for (let k = rng.int(4, 12); k > 0; k--) {
        people.push({
          name: `${rng.pick(SURNAMES)} ${rng.pick(MIDDLE)} ${rng.pick(GIVEN)}`,
          born: rng.int(1950, 2000),
          cell,
        });
      }
    }
    // Namesakes are common in a commune; make sure there is at least one pair in other cells.
    if (people.length > 6) {
      const a = people[0] as (typeof people)[number];
      const b = people[people.length - 1] as (typeof people)[number];
      b.name = a.name;
    }
    // The 20% cap is checked per organization; keep excellent within it so no warning is due.
    const levels = people.map(
      () => (rng.chance(0.08) ? 'excellent' : rng.chance(0.9) ? 'good' : 'pass') as Level,
    );
    const good = levels.filter((l) => l === 'good').length;
    let exc = 0;
    levels.forEach((l, i) => {
      if (l === 'excellent' && ++exc > Math.floor(good * 0.2)) levels[i] = 'good';
    });
    people.forEach((p, i) => {
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, p.name);
      bodyCell(ws, r, 3, p.born);
      bodyCell(
        ws,
        r,
        4,
        rng.chance(0.15) ? rng.pick(['Bí thư chi bộ', 'Phó Bí thư', 'Chi ủy viên']) : 'Đảng viên',
      );
      bodyCell(ws, r, 5, p.cell);
      bodyCell(ws, r, 6, style[levels[i] as Level]);
      r++;
    });
    widths(ws, [5, 26, 9, 16, 28, 28]);
    return {
      workbook: wb,
      key: {
        family: 'member-list',
        variant: 'namesakes',
        years: [tally(year, levels)],
        defects: [],
        meetings: [],
        unsure: false,
      },
    };
  },
};

const ASCII: Record<Level, string> = {
  excellent: 'Hoan thanh xuat sac nhiem vu',
  good: 'Hoan thanh tot nhiem vu',
  pass: 'Hoan thanh nhiem vu',
  fail: 'Khong hoan thanh nhiem vu',
};

/** A software export: header on row 1 in upper-case codes, no diacritics, every value text. */
const asciiExport: Family = {
  name: 'ascii-export',
  about:
    'software export: header MA_DV | TEN_DON_VI | NAM | KET_QUA_XL on row 1, no diacritics, every value text',
  make(rng) {
    const years = [2020, 2021, 2022].slice(0, rng.int(1, 3));
    const wb = new Workbook();
    const ws = wb.addWorksheet('Export');
    const strip = (s: string) =>
      s
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/đ/g, 'd')
        .replace(/Đ/g, 'D');
    headerRow(ws, 1, 1, ['MA_DV', 'TEN_DON_VI', 'NAM', 'KET_QUA_XL', 'NGAY_CAP_NHAT']);
    const names = districtOrganizations(rng, rng.int(10, 25));
    let r = 2;
    const keys = years.map((y) => {
      const levels = names.map(() => randomLevel(rng));
      names.forEach((n, i) => {
        put(ws, r, 1, `DV${String(i + 1).padStart(3, '0')}`);
        put(ws, r, 2, strip(n));
        put(ws, r, 3, String(y));
        put(ws, r, 4, ASCII[levels[i] as Level]);
        put(ws, r, 5, `${rng.int(10, 28)}/01/${y + 1} 08:${rng.int(10, 59)}`);
        r++;
      });
      return tally(y, levels);
    });
    return {
      workbook: wb,
      key: {
        family: 'ascii-export',
        variant: `${years.length}-years`,
        years: keys,
        defects: [],
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** Year columns followed by a change column ("Tăng 1 bậc", "Giữ nguyên") that holds no grade. */
const changeColumn: Family = {
  name: 'change-column',
  about:
    'two year columns of grades and a "So sánh" column of words like "Giữ nguyên", "Tăng 1 bậc", "Giảm 1 bậc"',
  make(rng) {
    const y0 = rng.int(2018, 2023);
    const wb = new Workbook();
    const sheet = rng.pick([`${y0}-${y0 + 1}`, 'So sanh 2 nam', 'Theo doi']);
    const ws = wb.addWorksheet(sheet);
    line(ws, 1, 1, 5, `SO SÁNH KẾT QUẢ XẾP LOẠI TCCSĐ NĂM ${y0} VÀ NĂM ${y0 + 1}`, { bold: true });
    headerRow(ws, 3, 1, ['STT', 'Tổ chức cơ sở đảng', `Năm ${y0}`, `Năm ${y0 + 1}`, 'So sánh']);
    const names = districtOrganizations(rng, rng.int(12, 30));
    const a = names.map(() => randomLevel(rng));
    const b = names.map(() => randomLevel(rng));
    const sa = gradeStyle(rng, y0);
    const sb = gradeStyle(rng, y0 + 1);
    names.forEach((n, i) => {
      const d = LEVELS.indexOf(a[i] as Level) - LEVELS.indexOf(b[i] as Level);
      bodyCell(ws, 4 + i, 1, i + 1);
      bodyCell(ws, 4 + i, 2, n);
      bodyCell(ws, 4 + i, 3, sa[a[i] as Level]);
      bodyCell(ws, 4 + i, 4, sb[b[i] as Level]);
      bodyCell(ws, 4 + i, 5, d === 0 ? 'Giữ nguyên' : d > 0 ? `Tăng ${d} bậc` : `Giảm ${-d} bậc`);
    });
    widths(ws, [5, 40, 26, 26, 14]);
    return {
      workbook: wb,
      key: {
        family: 'change-column',
        variant: 'v',
        years: [tally(y0, a), tally(y0 + 1, b)],
        defects: [],
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** Tick columns per grade, with a member-count column between name and ticks and a COUNTIF "Cộng" row. */
const tickWithCounts: Family = {
  name: 'tick-with-counts',
  about:
    'grade sub-columns with a mark ("x", "X", "✓"), a "Số đảng viên" count column before them, "Cộng" row of COUNTIFs',
  make(rng) {
    const year = rng.int(2017, 2024);
    const wb = new Workbook();
    const sheet = rng.pick([`Năm ${year}`, `${year}`]);
    const ws = wb.addWorksheet(sheet);
    const labels =
      year < 2018 ? ['TSVM', 'HTTNV', 'HTNV', 'Yếu kém'] : ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'];
    let r = titleBlock(ws, rng, 1, { year, subject: SUBJECT, width: 8 });
    headerRow(ws, r, 1, [
      'STT',
      'Tên TCCSĐ',
      'Số đảng viên',
      'Kết quả xếp loại',
      null,
      null,
      null,
      'Ghi chú',
    ]);
    ws.mergeCells(r, 4, r, 7);
    headerRow(ws, r + 1, 1, [null, null, null, ...labels, null]);
    for (const c of [1, 2, 3, 8]) ws.mergeCells(r, c, r + 1, c);
    r += 2;
    const first = r;
    const names = districtOrganizations(rng, rng.int(12, 30));
    const levels: (Level | null)[] = [];
    const defects: DefectKey[] = [];
    const mark = rng.pick(['x', 'X', '✓', ' x']);
    const double = rng.chance(0.4) ? rng.int(1, names.length - 1) : -1;
    names.forEach((n, i) => {
      const level = randomLevel(rng);
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, n);
      bodyCell(ws, r, 3, rng.int(15, 300));
      LEVELS.forEach((l, k) => bodyCell(ws, r, 4 + k, l === level ? mark : null));
      if (i === double) {
        const other = LEVELS[(LEVELS.indexOf(level) + 1) % 4] as Level;
        bodyCell(ws, r, 4 + LEVELS.indexOf(other), mark);
        defects.push({
          rule: 'grade.multiple-marks',
          sheet,
          row: r,
          cell: addr(r, 4),
          what: `${level} and ${other}`,
        });
        levels.push(null);
      } else levels.push(level);
      bodyCell(ws, r, 8, '');
      r++;
    });
    bodyCell(ws, r, 2, 'Cộng');
    let members = 0;
    for (let rr = first; rr < r; rr++) members += Number(ws.getCell(rr, 3).value);
    bodyCell(ws, r, 3, { formula: `SUM(C${first}:C${r - 1})`, result: members });
    LEVELS.forEach((_, k) => {
      const col = colLetter(4 + k);
      let n = 0;
      for (let rr = first; rr < r; rr++) if (ws.getCell(rr, 4 + k).value) n++;
      bodyCell(ws, r, 4 + k, { formula: `COUNTIF(${col}${first}:${col}${r - 1},"?*")`, result: n });
    });
    widths(ws, [5, 36, 10, 9, 9, 9, 9, 14]);
    return {
      workbook: wb,
      key: {
        family: 'tick-with-counts',
        variant: JSON.stringify(mark),
        years: [tally(year, levels)],
        defects,
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** Groups separated by blank rows, each closed by a subtotal row whose grade cell is a count. */
const subtotals: Family = {
  name: 'blank-and-subtotal',
  about:
    'groups "I. Xã, thị trấn" / "II. Khối cơ quan" separated by blank rows, each ending in a "Cộng" row with a COUNTA in the grade column',
  make(rng) {
    const year = rng.int(2018, 2024);
    const wb = new Workbook();
    const sheet = rng.pick([`Năm ${year}`, `XL${year}`]);
    const ws = wb.addWorksheet(sheet);
    const style = gradeStyle(rng, year);
    let r = titleBlock(ws, rng, 1, { year, subject: SUBJECT, width: 3 });
    headerRow(ws, r, 1, ['STT', rng.pick(NAME_HEADERS), rng.pick(GRADE_HEADERS)]);
    r++;
    const all = districtOrganizations(rng, rng.int(16, 36));
    const groups: [string, string[]][] = [
      ['I. Xã, thị trấn', all.filter((n) => !n.startsWith('Chi bộ'))],
      ['II. Khối cơ quan, đơn vị', all.filter((n) => n.startsWith('Chi bộ'))],
    ];
    const levels: (Level | null)[] = [];
    const defects: DefectKey[] = [];
    for (const [label, names] of groups) {
      put(ws, r, 1, label, { bold: true, border: true });
      ws.mergeCells(r, 1, r, 3);
      r++;
      const rows = plantRows(rng, names, style, { duplicate: 0.15, unknown: 0.15 });
      const at: number[] = [];
      const first = r;
      rows.forEach((row, i) => {
        bodyCell(ws, r, 1, i + 1);
        bodyCell(ws, r, 2, row.name);
        bodyCell(ws, r, 3, row.text);
        at.push(r++);
      });
      bodyCell(ws, r, 2, rng.pick(['Cộng', 'Cộng nhóm', 'Tổng']));
      bodyCell(ws, r, 3, {
        formula: `COUNTA(C${first}:C${r - 1})`,
        result: rows.filter((x) => x.text !== null).length,
      });
      r += 2;
      defects.push(...defectsOf(sheet, rows, at, 'C', 'B'));
      levels.push(...rows.filter((x) => !x.repeat).map((x) => x.level));
    }
    widths(ws, [6, 44, 28]);
    return {
      workbook: wb,
      key: {
        family: 'blank-and-subtotal',
        variant: 'v',
        years: [tally(year, levels)],
        defects,
        meetings: [],
        unsure: false,
      },
    };
  },
};

export const LIST_FAMILIES: readonly Family[] = [
  groupedByGrade,
  mergedGrade,
  communeAndCell,
  logoHiddenNotes,
  scored2025,
  numberedHierarchy,
  sheetPerCommune,
  longFormat,
  sideBySide,
  legendAndTail,
  handTyped,
  memberList,
  asciiExport,
  changeColumn,
  tickWithCounts,
  subtotals,
];
