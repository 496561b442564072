/**
 * Round 2 of the independent layouts (issue #10): written, like round 1, from docs/ and the
 * domain brief only. Each family is a way staff really type a sheet that rounds 1 and the
 * team's corpus do not hold.
 */
import { Workbook, type Worksheet } from 'exceljs';
import { tally, type DefectKey, type Family, type MeetingKey } from '../key';
import { defectsOf, plantRows, yearKeyOf, type ListRow } from '../plant';
import { addr, bodyCell, headerRow, line, put, titleBlock, widths } from '../sheetKit';
import {
  COMMUNES,
  communeCells,
  districtOrganizations,
  GRADE_ABBR_2018,
  GRADE_FULL_2018,
  gradeStyle,
  LEVELS,
  NEW_COMMUNES,
  randomLevel,
  VILLAGES,
  type Level,
} from '../vocabulary';

const SUBJECT = 'KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG TỔ CHỨC CƠ SỞ ĐẢNG';

/** STT | name | grade from column c0; returns each list row's sheet row. */
function writeRows(
  ws: Worksheet,
  start: number,
  rows: readonly ListRow[],
  cell: (r: ListRow) => string | number | null = (r) => r.text,
  name: (r: ListRow) => string = (r) => r.name,
): number[] {
  return rows.map((r, i) => {
    bodyCell(ws, start + i, 1, i + 1);
    bodyCell(ws, start + i, 2, name(r));
    bodyCell(ws, start + i, 3, cell(r));
    return start + i;
  });
}

/** Grades typed as codes ("1".."4" or "A".."D") with a legend line saying what each means. */
const codeLegend: Family = {
  name: 'code-legend',
  about:
    'grades typed as codes 1-4 or A-D, a legend line ("1 = HTXSNV, 2 = HTTNV…") above or under the list',
  make(rng) {
    const year = rng.int(2018, 2024);
    const wb = new Workbook();
    const sheet = rng.pick([`Năm ${year}`, `XL${year}`]);
    const ws = wb.addWorksheet(sheet);
    const letters = rng.chance(0.5);
    const codes: Record<Level, string | number> = letters
      ? { excellent: 'A', good: 'B', pass: 'C', fail: 'D' }
      : { excellent: 1, good: 2, pass: 3, fail: 4 };
    const legend = `Ghi chú: ${LEVELS.map((l) => `${codes[l]} = ${rng.chance(0.5) ? GRADE_ABBR_2018[l] : GRADE_FULL_2018[l]}`).join('; ')}`;
    let r = titleBlock(ws, rng, 1, { year, subject: SUBJECT, width: 4 });
    const above = rng.chance(0.5);
    if (above) line(ws, r++, 1, 4, legend, { italic: true });
    headerRow(ws, r, 1, ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại (mã)', 'Ghi chú']);
    r++;
    const names = districtOrganizations(rng, rng.int(12, 30));
    const rows = plantRows(rng, names, GRADE_ABBR_2018, { duplicate: 0.4 });
    const at = writeRows(ws, r, rows, (x) => (x.level ? codes[x.level] : null));
    for (const a of at) bodyCell(ws, a, 4, '');
    r += rows.length;
    if (!above) line(ws, r + 1, 1, 4, legend, { italic: true });
    widths(ws, [5, 40, 12, 14]);
    return {
      workbook: wb,
      key: {
        family: 'code-legend',
        variant: letters ? 'letters' : 'digits',
        years: [yearKeyOf(year, rows)],
        defects: defectsOf(sheet, rows, at, 'C', 'B'),
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** "Tự xếp loại" beside "Cấp ủy cấp trên xếp loại": the higher level's grade is the one that counts. */
const selfAndSuperior: Family = {
  name: 'self-and-superior',
  about:
    '"Tự xếp loại" next to "Cấp ủy cấp trên xếp loại" (or "BTV Huyện ủy xếp loại"); the superior grade counts',
  make(rng) {
    const year = rng.int(2018, 2024);
    const wb = new Workbook();
    const sheet = rng.pick([`${year}`, `Năm ${year}`, `XL ${year}`]);
    const ws = wb.addWorksheet(sheet);
    const style = gradeStyle(rng, year);
    let r = titleBlock(ws, rng, 1, { year, subject: SUBJECT, width: 5 });
    headerRow(ws, r, 1, [
      'STT',
      'Tổ chức cơ sở đảng',
      'Tự xếp loại',
      rng.pick(['Cấp ủy cấp trên xếp loại', 'BTV Huyện ủy xếp loại', 'Kết quả cấp trên xếp loại']),
      'Ghi chú',
    ]);
    r++;
    const rows = plantRows(rng, districtOrganizations(rng, rng.int(12, 30)), style, {
      unknown: 0.3,
      blank: 0.3,
    });
    const at: number[] = [];
    rows.forEach((x, i) => {
      const own: Level = x.level
        ? rng.chance(0.25) && x.level !== 'excellent'
          ? (LEVELS[LEVELS.indexOf(x.level) - 1] as Level)
          : x.level
        : 'good';
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, x.name);
      bodyCell(ws, r, 3, style[own]);
      bodyCell(ws, r, 4, x.text);
      bodyCell(ws, r, 5, own !== x.level && x.level ? 'Hạ 1 bậc' : '');
      at.push(r++);
    });
    widths(ws, [5, 40, 28, 28, 12]);
    return {
      workbook: wb,
      key: {
        family: 'self-and-superior',
        variant: 'v',
        years: [yearKeyOf(year, rows)],
        defects: defectsOf(sheet, rows, at, 'D', 'B'),
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** Units across the columns, years down the rows: each cell a grade. */
const transposed: Family = {
  name: 'transposed',
  about: 'a "Năm" column and one column per commune (units across, years down), each cell a grade',
  make(rng) {
    const years = [2018, 2019, 2020, 2021, 2022, 2023].slice(rng.int(0, 2), rng.int(4, 6));
    const wb = new Workbook();
    const ws = wb.addWorksheet(rng.pick(['Theo xã', 'Tong hop', 'Sheet1']));
    const units = rng.sample(COMMUNES, rng.int(5, 12)).map((c) => `Xã ${c}`);
    line(
      ws,
      1,
      1,
      units.length + 1,
      `${SUBJECT} CÁC XÃ GIAI ĐOẠN ${years[0]} - ${years[years.length - 1]}`,
      {
        bold: true,
      },
    );
    headerRow(ws, 3, 1, ['Năm', ...units]);
    const keys = years.map((y, yi) => {
      const levels = units.map(() => randomLevel(rng));
      bodyCell(ws, 4 + yi, 1, y);
      levels.forEach((l, ui) => bodyCell(ws, 4 + yi, 2 + ui, GRADE_ABBR_2018[l]));
      return tally(y, levels);
    });
    widths(ws, [8, ...units.map(() => 13)]);
    return {
      workbook: wb,
      key: {
        family: 'transposed',
        variant: 'v',
        years: keys,
        defects: [],
        meetings: [],
        // Years and units are labelled: a reader has no doubt which grade is whose.
        unsure: false,
      },
    };
  },
};

/** A long list pasted page by page from Word: the header comes back every 30-40 rows. */
const repeatedHeader: Family = {
  name: 'repeated-header',
  about:
    'a long list pasted page by page from Word, the header row repeated every 30-40 rows, "Trang 2" lines',
  make(rng) {
    const year = rng.int(2018, 2024);
    const wb = new Workbook();
    const sheet = rng.pick([`Năm ${year}`, `${year} (2)`, 'Danh sách']);
    const ws = wb.addWorksheet(sheet);
    const style = gradeStyle(rng, year);
    const names = [
      ...districtOrganizations(rng, 26),
      ...rng
        .sample(COMMUNES, 12)
        .flatMap((c) => [`Chi bộ Trường Tiểu học xã ${c}`, `Chi bộ Trạm Y tế xã ${c}`]),
    ].slice(0, rng.int(45, 50));
    const rows = plantRows(rng, names, style, { duplicate: 0.5, unknown: 0.3 });
    const header = ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại', 'Ghi chú'];
    let r = titleBlock(ws, rng, 1, { year, subject: SUBJECT, width: 4 });
    const page = rng.int(30, 40);
    const pageLine = rng.chance(0.5);
    const at: number[] = [];
    rows.forEach((x, i) => {
      if (i % page === 0) {
        if (i > 0 && pageLine) put(ws, r++, 4, `Trang ${i / page + 1}`, { italic: true });
        headerRow(ws, r++, 1, header);
      }
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, x.name);
      bodyCell(ws, r, 3, x.text);
      bodyCell(ws, r, 4, '');
      at.push(r++);
    });
    widths(ws, [5, 44, 30, 12]);
    return {
      workbook: wb,
      key: {
        family: 'repeated-header',
        variant: pageLine ? 'page-lines' : 'header-only',
        years: [yearKeyOf(year, rows)],
        defects: defectsOf(sheet, rows, at, 'C', 'B'),
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** Cells pasted from Word: non-breaking and zero-width spaces, trailing line breaks, "- " bullets. */
const wordPaste: Family = {
  name: 'word-paste',
  about:
    'names and grades pasted from Word: NBSP, zero-width spaces, trailing line breaks, "- " bullets, tabs',
  make(rng) {
    const year = rng.int(2018, 2024);
    const wb = new Workbook();
    const sheet = rng.pick([`Năm ${year}`, `XL ${year}`]);
    const ws = wb.addWorksheet(sheet);
    const style = gradeStyle(rng, year);
    const dirty = (s: string): string => {
      let out = s;
      if (rng.chance(0.4)) out = out.replace(/ /g, () => (rng.chance(0.4) ? '\u00a0' : ' '));
      if (rng.chance(0.2)) out = out.replace(' ', ' \u200b');
      if (rng.chance(0.3)) out = `${out}${rng.pick(['\n', '\r\n', ' \n', '\t'])}`;
      if (rng.chance(0.15)) out = `\u00a0${out}`;
      return out;
    };
    const bullets = rng.chance(0.5);
    let r = titleBlock(ws, rng, 1, { year, subject: SUBJECT, width: 3 });
    headerRow(ws, r, 1, ['TT', 'Tổ chức cơ sở\u00a0đảng', 'Xếp loại\n']);
    r++;
    const rows = plantRows(rng, districtOrganizations(rng, rng.int(12, 30)), style, {
      unknown: 0.3,
      duplicate: 0.3,
    });
    const at = writeRows(
      ws,
      r,
      rows,
      (x) => (x.text === null ? null : dirty(x.text)),
      (x) => (bullets ? `- ${dirty(x.name)}` : dirty(x.name)),
    );
    widths(ws, [5, 44, 30]);
    return {
      workbook: wb,
      key: {
        family: 'word-paste',
        variant: bullets ? 'bullets' : 'plain',
        years: [yearKeyOf(year, rows)],
        defects: defectsOf(sheet, rows, at, 'C', 'B'),
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** A commune's đảng bộ, then its party cells indented by leading spaces; both are graded. */
const indentedCells: Family = {
  name: 'indented-cells',
  about:
    '"Đảng bộ xã X" rows with their cells indented by leading spaces under them, every row graded; village names repeat across communes',
  make(rng) {
    const year = rng.int(2019, 2024);
    const wb = new Workbook();
    const sheet = rng.pick([`Năm ${year}`, `XL ${year}`, 'Xếp loại']);
    const ws = wb.addWorksheet(sheet);
    const style = gradeStyle(rng, year);
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: 'KẾT QUẢ XẾP LOẠI ĐẢNG BỘ XÃ VÀ CHI BỘ TRỰC THUỘC',
      width: 3,
    });
    headerRow(ws, r, 1, ['STT', 'Tên tổ chức đảng', 'Xếp loại']);
    r++;
    const shared = rng.sample(VILLAGES, 3);
    const levels: Level[] = [];
    const indent = rng.pick(['   ', '    ', '\u00a0\u00a0\u00a0', '  + ']);
    let n = 0;
    for (const c of rng.sample(COMMUNES, rng.int(2, 4))) {
      const top = randomLevel(rng);
      levels.push(top);
      bodyCell(ws, r, 1, ++n);
      bodyCell(ws, r, 2, `Đảng bộ xã ${c}`);
      bodyCell(ws, r, 3, style[top]);
      r++;
      const villages = [
        ...shared,
        ...rng.sample(
          VILLAGES.filter((v) => !shared.includes(v)),
          rng.int(2, 5),
        ),
      ];
      villages.forEach((v, i) => {
        const l = randomLevel(rng);
        levels.push(l);
        bodyCell(ws, r, 1, `${n}.${i + 1}`);
        bodyCell(ws, r, 2, `${indent}Chi bộ thôn ${v}`);
        bodyCell(ws, r, 3, style[l]);
        r++;
      });
    }
    widths(ws, [6, 44, 30]);
    return {
      workbook: wb,
      key: {
        family: 'indented-cells',
        variant: JSON.stringify(indent),
        years: [tally(year, levels)],
        defects: [],
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** An Excel Table (ListObject) with autofilter and a totals row that counts the grades. */
const excelTable: Family = {
  name: 'excel-table',
  about:
    'the list is an Excel Table (ListObject) with autofilter, banded style and a totals row ("Tổng cộng", COUNTA)',
  make(rng) {
    const year = rng.int(2018, 2024);
    const wb = new Workbook();
    const sheet = rng.pick([`Năm ${year}`, 'Table1', `DS ${year}`]);
    const ws = wb.addWorksheet(sheet);
    const style = gradeStyle(rng, year);
    const r = titleBlock(ws, rng, 1, { year, subject: SUBJECT, width: 4 });
    const rows = plantRows(rng, districtOrganizations(rng, rng.int(12, 30)), style, {
      blank: 0.3,
      duplicate: 0.3,
    });
    const totals = rng.chance(0.7);
    ws.addTable({
      name: `XepLoai${year}`,
      ref: `A${r}`,
      headerRow: true,
      totalsRow: totals,
      style: { theme: 'TableStyleMedium2', showRowStripes: true },
      columns: [
        { name: 'STT', totalsRowLabel: 'Tổng cộng', filterButton: true },
        { name: 'Tên đơn vị', filterButton: true },
        { name: 'Xếp loại', totalsRowFunction: 'count', filterButton: true },
        { name: 'Ghi chú', filterButton: true },
      ],
      rows: rows.map((x, i) => [i + 1, x.name, x.text ?? '', '']),
    });
    const at = rows.map((_, i) => r + 1 + i);
    widths(ws, [8, 44, 30, 12]);
    return {
      workbook: wb,
      key: {
        family: 'excel-table',
        variant: totals ? 'totals-row' : 'no-totals',
        years: [yearKeyOf(year, rows)],
        defects: defectsOf(sheet, rows, at, 'C', 'B'),
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** Year sheets with odd names and a "Tổng hợp" sheet of COUNTIF formulas over them, values cached. */
const summaryOfSheets: Family = {
  name: 'summary-of-sheets',
  about:
    'year sheets named "XL2020", "2020 (2)", "Nam 2020", "Sheet1" and a "Tổng hợp" sheet of COUNTIF(\'Năm 2020\'!C5:C40,…) with cached values',
  make(rng) {
    const y0 = rng.int(2018, 2022);
    const years = [y0, y0 + 1, y0 + 2].slice(0, rng.int(2, 3));
    const wb = new Workbook();
    const sum = wb.addWorksheet('Tổng hợp');
    const names = districtOrganizations(rng, rng.int(12, 25));
    const naming = rng.pick([
      (y: number) => `XL${y}`,
      (y: number) => `${y} (2)`,
      (y: number) => `Nam ${y}`,
      (y: number, i: number) => `Sheet${i + 1}`,
    ]);
    const style = GRADE_FULL_2018;
    const keys = years.map((y, yi) => {
      const sheet = naming(y, yi);
      const ws = wb.addWorksheet(sheet);
      line(ws, 1, 1, 3, `${SUBJECT} NĂM ${y}`, { bold: true });
      headerRow(ws, 3, 1, ['STT', 'Tên TCCSĐ', 'Xếp loại']);
      const levels = names.map(() => randomLevel(rng));
      levels.forEach((l, i) => {
        bodyCell(ws, 4 + i, 1, i + 1);
        bodyCell(ws, 4 + i, 2, names[i] as string);
        bodyCell(ws, 4 + i, 3, style[l]);
      });
      widths(ws, [5, 44, 30]);
      return { sheet, last: 3 + names.length, key: tally(y, levels), levels };
    });
    line(sum, 1, 1, 6, `TỔNG HỢP KẾT QUẢ XẾP LOẠI TCCSĐ NĂM ${years.join(', ')}`, { bold: true });
    headerRow(sum, 3, 1, ['Năm', 'Tổng số', ...LEVELS.map((l) => GRADE_ABBR_2018[l])]);
    keys.forEach((k, i) => {
      const row = 4 + i;
      const ref = `'${k.sheet}'!C4:C${k.last}`;
      bodyCell(sum, row, 1, years[i] as number);
      bodyCell(sum, row, 2, { formula: `COUNTA(${ref})`, result: k.levels.length });
      LEVELS.forEach((l, li) =>
        bodyCell(sum, row, 3 + li, {
          formula: `COUNTIF(${ref},"${style[l]}")`,
          result: k.key.counts[l],
        }),
      );
    });
    widths(sum, [8, 10, 10, 10, 10, 10]);
    return {
      workbook: wb,
      key: {
        family: 'summary-of-sheets',
        variant: keys[0]?.sheet ?? '',
        years: keys.map((k) => k.key),
        defects: [],
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** A summary with shares typed in the ways people type them: "18.9 %", "18,90", "0,189", 0.189. */
const shareStyles: Family = {
  name: 'share-styles',
  about:
    'a summary per grade with "Số lượng" and "Tỷ lệ" typed as "18.9 %", "18,90", "0,189" or a 0.189 number formatted %; one wrong',
  make(rng) {
    const year = rng.int(2018, 2024);
    const wb = new Workbook();
    const sheet = rng.pick([`TH ${year}`, 'Tổng hợp', `Biểu 2 - ${year}`]);
    const ws = wb.addWorksheet(sheet);
    const mode = rng.pick(['dot-space', 'comma', 'fraction-text', 'fraction-number'] as const);
    const total = rng.int(40, 70);
    const counts = [0, 0, 0, 0];
    for (let k = 0; k < total; k++) (counts[LEVELS.indexOf(randomLevel(rng))] as number)++;
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: 'TỔNG HỢP KẾT QUẢ XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG',
      width: 4,
    });
    headerRow(ws, r, 1, ['STT', 'Mức xếp loại', 'Số lượng', 'Tỷ lệ (%)']);
    r++;
    bodyCell(ws, r, 2, 'Tổng số TCCSĐ được xếp loại');
    bodyCell(ws, r, 3, total);
    bodyCell(ws, r, 4, mode === 'fraction-number' ? 1 : '100');
    r++;
    const defects: DefectKey[] = [];
    const bad = rng.chance(0.5) ? rng.int(0, 1) : -1;
    counts.forEach((v, k) => {
      let share = v / total;
      if (k === bad) {
        share += 0.05;
        defects.push({
          rule: 'percent.mismatch',
          sheet,
          row: r,
          cell: addr(r, 4),
          what: 'share +5 points',
        });
      }
      const pct = share * 100;
      bodyCell(ws, r, 1, k + 1);
      bodyCell(ws, r, 2, GRADE_FULL_2018[LEVELS[k] as Level]);
      bodyCell(ws, r, 3, v);
      if (mode === 'dot-space') bodyCell(ws, r, 4, `${pct.toFixed(1)} %`);
      else if (mode === 'comma') bodyCell(ws, r, 4, pct.toFixed(2).replace('.', ','));
      else if (mode === 'fraction-text') bodyCell(ws, r, 4, share.toFixed(3).replace('.', ','));
      else {
        bodyCell(ws, r, 4, Math.round(share * 1000) / 1000);
        ws.getCell(r, 4).numFmt = '0.0%';
      }
      r++;
    });
    widths(ws, [5, 36, 10, 10]);
    return {
      workbook: wb,
      key: {
        family: 'share-styles',
        variant: mode,
        years: [],
        defects,
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** A register whose months are marked "√", "v", "có"/"không" or "Đ"/"K", thematic per quarter marked too. */
const registerMarks: Family = {
  name: 'register-marks',
  about:
    'a meeting register with months marked "√", "v", "có"/"không" or "Đ"/"K", thematic meetings as a mark per quarter',
  make(rng) {
    const year = rng.int(2019, 2024);
    const wb = new Workbook();
    const sheet = rng.pick([`SH chi bo ${year}`, `Sổ SH ${year}`]);
    const ws = wb.addWorksheet(sheet);
    const [yes, no] = rng.pick([
      ['√', ''],
      ['v', ''],
      ['có', 'không'],
      ['Có', 'Không'],
      ['Đ', 'K'],
    ] as const);
    let r = titleBlock(ws, rng, 1, { year, subject: 'THEO DÕI SINH HOẠT CHI BỘ', width: 17 });
    headerRow(ws, r, 1, [
      'STT',
      'Tên chi bộ',
      ...Array.from({ length: 12 }, (_, i) => `T${i + 1}`),
      ...[1, 2, 3, 4].map((q) => `SHCĐ Q${q}`),
    ]);
    r++;
    const cells = communeCells(rng, rng.int(6, 12));
    const short = rng.chance(0.6) ? rng.int(0, cells.length - 1) : -1;
    const noThematic = rng.chance(0.5) ? rng.int(0, cells.length - 1) : -1;
    const meetings: MeetingKey[] = [];
    const defects: DefectKey[] = [];
    cells.forEach((c, i) => {
      const held = Array.from({ length: 12 }, () => true);
      if (i === short) held[rng.int(1, 9)] = false;
      const thematic = [true, true, true, true];
      if (i === noThematic) thematic[rng.int(0, 3)] = false;
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, c);
      held.forEach((h, m) => bodyCell(ws, r, 3 + m, h ? yes : no));
      thematic.forEach((t, q) => bodyCell(ws, r, 15 + q, t ? yes : no));
      const regular = held.filter(Boolean).length;
      meetings.push({
        sheet,
        row: r,
        year,
        regular,
        compliant: regular >= 12 && thematic.every(Boolean),
      });
      if (i === short)
        defects.push({ rule: 'meeting.regular-short', sheet, row: r, what: `${regular} regular` });
      if (i === noThematic)
        defects.push({
          rule: 'meeting.thematic-short',
          sheet,
          row: r,
          what: 'a quarter without thematic',
        });
      r++;
    });
    widths(ws, [5, 30, ...Array(16).fill(6)]);
    return {
      workbook: wb,
      key: {
        family: 'register-marks',
        variant: JSON.stringify(yes),
        years: [],
        defects,
        meetings,
        unsure: false,
      },
    };
  },
};

/** A new (post-merger) commune's 2025 sheet: only a 100-point score per cell, no grade text. */
const newCommune2025: Family = {
  name: 'new-commune-2025',
  about:
    '"Đảng bộ xã X (mới)" 2025 sheet of its cells with only a 100-point score ("Tổng điểm"), no grade text; the band gives the grade',
  make(rng) {
    const wb = new Workbook();
    const commune = rng.pick(NEW_COMMUNES);
    const sheet = `ĐB xã ${commune} (mới)`.slice(0, 31);
    const ws = wb.addWorksheet(sheet);
    let r = 1;
    line(ws, r++, 1, 4, `ĐẢNG BỘ XÃ ${commune.toUpperCase()} (MỚI)`, { bold: true });
    line(ws, r++, 1, 4, 'KẾT QUẢ CHẤM ĐIỂM CHẤT LƯỢNG CHI BỘ TRỰC THUỘC NĂM 2025', { bold: true });
    line(ws, r++, 1, 4, '(Theo Quy định 366-QĐ/TW ngày 30/8/2025)', { italic: true });
    r++;
    headerRow(ws, r, 1, [
      'STT',
      'Chi bộ',
      rng.pick(['Tổng điểm', 'Điểm', 'Tổng điểm đạt được']),
      'Ghi chú',
    ]);
    r++;
    const cells = communeCells(rng, rng.int(10, 20));
    const levels: Level[] = [];
    cells.forEach((c, i) => {
      const l = randomLevel(rng);
      const lo = { excellent: 90, good: 70, pass: 50, fail: 30 }[l];
      const hi = { excellent: 99, good: 89, pass: 69, fail: 49 }[l];
      const score = rng.int(lo, hi) + (rng.chance(0.3) ? 0.5 : 0);
      levels.push(l);
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, c);
      bodyCell(ws, r, 3, score);
      bodyCell(ws, r, 4, '');
      r++;
    });
    widths(ws, [5, 36, 12, 14]);
    return {
      workbook: wb,
      key: {
        family: 'new-commune-2025',
        variant: 'score-only',
        years: [tally(2025, levels)],
        defects: [],
        meetings: [],
        unsure: true,
      },
    };
  },
};

/** "Sheet1" with a title merged over 20 columns, rotated header text, frozen panes and print titles. */
const printReady: Family = {
  name: 'print-ready',
  about:
    '"Sheet1" laid out for printing: title merged over 20 columns, header text rotated 90°, frozen panes, print titles, a members column',
  make(rng) {
    const year = rng.int(2018, 2024);
    const wb = new Workbook();
    const sheet = rng.pick(['Sheet1', 'Sheet 1', 'In']);
    const ws = wb.addWorksheet(sheet);
    const style = gradeStyle(rng, year);
    line(ws, 1, 1, 20, `BẢNG TỔNG HỢP ${SUBJECT} NĂM ${year}`, { bold: true });
    line(ws, 2, 1, 20, `(Kèm theo Báo cáo số ${rng.int(10, 400)}-BC/HU ngày 15/01/${year + 1})`, {
      italic: true,
    });
    const h = 4;
    headerRow(ws, h, 1, ['STT', 'Tên tổ chức cơ sở đảng', 'Số đảng viên', 'Xếp loại', 'Ghi chú']);
    for (const c of [1, 3]) ws.getCell(h, c).alignment = { textRotation: 90, vertical: 'middle' };
    ws.getRow(h).height = 60;
    ws.views = [{ state: 'frozen', xSplit: 2, ySplit: h }];
    ws.pageSetup.printTitlesRow = `${h}:${h}`;
    ws.pageSetup.orientation = 'landscape';
    const rows = plantRows(rng, districtOrganizations(rng, rng.int(12, 30)), style, {
      unknown: 0.3,
      duplicate: 0.3,
    });
    const at: number[] = [];
    rows.forEach((x, i) => {
      const row = h + 1 + i;
      bodyCell(ws, row, 1, i + 1);
      bodyCell(ws, row, 2, x.name);
      bodyCell(ws, row, 3, rng.int(12, 260));
      bodyCell(ws, row, 4, x.text);
      bodyCell(ws, row, 5, '');
      at.push(row);
    });
    widths(ws, [5, 44, 8, 30, 12]);
    return {
      workbook: wb,
      key: {
        family: 'print-ready',
        variant: sheet,
        years: [yearKeyOf(year, rows)],
        defects: defectsOf(sheet, rows, at, 'D', 'B'),
        meetings: [],
        unsure: false,
      },
    };
  },
};

/** Months down the rows and the party cells across: a register turned on its side. */
const registerTransposed: Family = {
  name: 'register-transposed',
  about:
    'a meeting register with months down ("Tháng 1".."Tháng 12") and one column per party cell, "x" for held; "Chuyên đề" rows per quarter',
  make(rng) {
    const year = rng.int(2019, 2024);
    const wb = new Workbook();
    const ws = wb.addWorksheet(`SHCB ${year}`);
    const cells = communeCells(rng, rng.int(4, 8));
    line(ws, 1, 1, cells.length + 1, `THEO DÕI SINH HOẠT CÁC CHI BỘ NĂM ${year}`, { bold: true });
    headerRow(ws, 3, 1, ['Tháng', ...cells]);
    for (let m = 0; m < 12; m++) {
      bodyCell(ws, 4 + m, 1, `Tháng ${m + 1}`);
      cells.forEach((_, c) => bodyCell(ws, 4 + m, 2 + c, 'x'));
    }
    for (let q = 0; q < 4; q++) {
      bodyCell(ws, 16 + q, 1, `Chuyên đề quý ${q + 1}`);
      cells.forEach((_, c) => bodyCell(ws, 16 + q, 2 + c, 1));
    }
    widths(ws, [18, ...cells.map(() => 14)]);
    return {
      workbook: wb,
      key: {
        family: 'register-transposed',
        variant: 'v',
        years: [],
        defects: [],
        meetings: [],
        unsure: true,
      },
    };
  },
};

/** A 2017 list on the old scheme where the best of the "Trong sạch, vững mạnh" are marked "tiêu biểu". */
const oldSchemeExemplary: Family = {
  name: 'old-scheme-exemplary',
  about:
    '2016-2017 list on the old scheme with "Trong sạch, vững mạnh tiêu biểu" / "TSVM (tiêu biểu)" among the TSVM, and "Yếu kém"',
  make(rng) {
    const year = rng.int(2015, 2017);
    const wb = new Workbook();
    const sheet = rng.pick([`Năm ${year}`, `${year}`, `XL ${year}`]);
    const ws = wb.addWorksheet(sheet);
    const abbr = rng.chance(0.5);
    const style: Record<Level, string> = abbr
      ? { excellent: 'TSVM', good: 'HTTNV', pass: 'HTNV', fail: 'Yếu kém' }
      : {
          excellent: 'Trong sạch, vững mạnh',
          good: 'Hoàn thành tốt nhiệm vụ',
          pass: 'Hoàn thành nhiệm vụ',
          fail: 'Yếu kém',
        };
    const best = abbr
      ? rng.pick(['TSVM tiêu biểu', 'TSVM (tiêu biểu)', 'TSVMTB'])
      : rng.pick(['Trong sạch, vững mạnh tiêu biểu', 'Trong sạch vững mạnh tiêu biểu']);
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: 'KẾT QUẢ ĐÁNH GIÁ, PHÂN LOẠI TỔ CHỨC CƠ SỞ ĐẢNG',
      width: 3,
    });
    headerRow(ws, r, 1, [
      'STT',
      'Tên tổ chức cơ sở đảng',
      rng.pick(['Phân loại', 'Kết quả phân loại', 'Xếp loại']),
    ]);
    r++;
    const rows = plantRows(rng, districtOrganizations(rng, rng.int(12, 30)), style, {
      unknown: 0.3,
    });
    for (const x of rows)
      if (x.level === 'excellent' && !x.defect && rng.chance(0.4)) x.text = best;
    const at = writeRows(ws, r, rows);
    widths(ws, [5, 44, 30]);
    return {
      workbook: wb,
      key: {
        family: 'old-scheme-exemplary',
        variant: best,
        years: [yearKeyOf(year, rows)],
        defects: defectsOf(sheet, rows, at, 'C', 'B'),
        meetings: [],
        unsure: false,
      },
    };
  },
};

export const ROUND2_FAMILIES: readonly Family[] = [
  codeLegend,
  selfAndSuperior,
  transposed,
  repeatedHeader,
  wordPaste,
  indentedCells,
  excelTable,
  summaryOfSheets,
  shareStyles,
  registerMarks,
  newCommune2025,
  printReady,
  registerTransposed,
  oldSchemeExemplary,
];
