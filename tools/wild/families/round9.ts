/**
 * Round 9 of the independent layouts (issue #10): sheets as OTHER PROGRAMS write them, written
 * from the domain brief, tools/wild and the writer only, never from the engine. Inline strings,
 * rich-text runs, a dimension that lies, thousands of cell formats, formulas without cached
 * values (tools/wild/zipPass.ts); dates typed as ISO text or stored in the 1904 date system;
 * very hidden lookup sheets; "Trong đó" lines under a total; form-control ticks as TRUE/FALSE;
 * struck-through units meaning "removed"; numbers stored as text; date headers merged down.
 */
import { Workbook, type CellValue, type Worksheet } from 'exceljs';
import { tally, type DefectKey, type Family, type MeetingKey, type WildCase } from '../key';
import { defectsOf, plantRows, yearKeyOf, type ListRow } from '../plant';
import type { Rng } from '../../random';
import { addr, bodyCell, colLetter, headerRow, line, put, titleBlock, widths } from '../sheetKit';
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
import {
  dropCachedValues,
  inlineStrings,
  lyingDimension,
  manyCellFormats,
  type ZipEdit,
} from '../zipPass';
import {
  keyOf,
  logKeys,
  logMeetings,
  plantCells,
  regularOf,
  rowDefects,
  ROMAN,
  TOPICS,
  type CellYear,
  type Planted,
} from './round5';

function keyed(
  name: string,
  variant: string,
  parts: { defects?: DefectKey[]; meetings?: MeetingKey[]; years?: ReturnType<typeof tally>[] },
): WildCase['key'] {
  return {
    family: name,
    variant,
    years: parts.years ?? [],
    defects: parts.defects ?? [],
    meetings: parts.meetings ?? [],
    unsure: false,
  };
}

const iso = (d: Date): string =>
  `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;

// ---------------------------------------------------------------- rating lists

interface ListOpts {
  sheet: string;
  year: number;
  names?: string[];
  /** Writes the grade cell; the default types the grade's text. */
  grade?: (ws: Worksheet, r: number, c: number, row: ListRow) => void;
  name?: (ws: Worksheet, r: number, c: number, row: ListRow) => void;
  title?: boolean;
}

/** A plain rating list (STT | organization | grade | note) with planted defects; returns its key parts. */
function ratingList(
  wb: Workbook,
  rng: Rng,
  o: ListOpts,
): { ws: Worksheet; rows: ListRow[]; sheetRows: number[]; next: number } {
  const ws = wb.addWorksheet(o.sheet);
  let r =
    o.title === false
      ? 1
      : titleBlock(ws, rng, 1, {
          year: o.year,
          subject: 'KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG',
          width: 4,
        });
  headerRow(ws, r, 1, ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại', 'Ghi chú']);
  r++;
  const names = o.names ?? districtOrganizations(rng, rng.int(8, 16));
  const rows = plantRows(rng, names, gradeStyle(rng, o.year), {
    duplicate: 0.3,
    unknown: 0.3,
    blank: 0.2,
  });
  const sheetRows: number[] = [];
  rows.forEach((row, i) => {
    bodyCell(ws, r, 1, i + 1);
    if (o.name) o.name(ws, r, 2, row);
    else bodyCell(ws, r, 2, row.name);
    if (o.grade) o.grade(ws, r, 3, row);
    else bodyCell(ws, r, 3, row.text);
    bodyCell(ws, r, 4, null);
    sheetRows.push(r);
    r++;
  });
  widths(ws, [6, 42, 30, 14]);
  return { ws, rows, sheetRows, next: r };
}

function listKey(sheet: string, year: number, l: ReturnType<typeof ratingList>) {
  return {
    years: [yearKeyOf(year, l.rows)],
    defects: defectsOf(sheet, l.rows, l.sheetRows, 'C', 'B'),
  };
}

/** A list family whose only trait is what the zip holds. */
function zipList(
  name: string,
  about: string,
  edits: (rng: Rng) => { variant: string; edits: ZipEdit[] },
): Family {
  return {
    name,
    about,
    make(rng) {
      const wb = new Workbook();
      const y0 = rng.int(2019, 2024);
      const years: ReturnType<typeof tally>[] = [];
      const defects: DefectKey[] = [];
      for (const year of rng.chance(0.5) ? [y0] : [y0, y0 + 1]) {
        const sheet = rng.pick([`Năm ${year}`, `XL ${year}`, String(year)]);
        const k = listKey(sheet, year, ratingList(wb, rng, { sheet, year }));
        years.push(...k.years);
        defects.push(...k.defects);
      }
      const e = edits(rng);
      return {
        workbook: wb,
        key: keyed(name, e.variant, { years, defects }),
        zipEdits: e.edits,
      };
    },
  };
}

const listInlineStrings = zipList(
  'list-inline-strings',
  'a rating list written with inline strings (t="inlineStr"), no shared-strings part, as report generators write',
  () => ({ variant: 'inline', edits: [inlineStrings()] }),
);

const listDimensionLies = zipList(
  'list-dimension-lies',
  'a rating list whose <dimension ref> lies: far too small ("A1:C5") or the whole grid',
  (rng) => {
    const ref = rng.pick(['A1', 'A1:C5', 'A1:XFD1048576', 'B2:D3']);
    return { variant: ref, edits: [lyingDimension(ref)] };
  },
);

const listManyStyles = zipList(
  'list-many-styles',
  'a rating list whose styles part holds thousands of cellXfs (each cell a different copy of its look)',
  (rng) => {
    const copies = rng.pick([200, 800, 1500]);
    return { variant: `${copies} copies`, edits: [manyCellFormats(rng, copies)] };
  },
);

/** Grades and names as rich-text runs (a bold word, a coloured abbreviation) in shared strings. */
const listRichText: Family = {
  name: 'list-rich-text',
  about:
    'a rating list whose names and grades are rich-text runs in shared strings ("Hoàn thành " + bold "tốt" + " nhiệm vụ"); header runs too',
  make(rng) {
    const wb = new Workbook();
    const year = rng.int(2019, 2024);
    const sheet = `KQ ${year}`;
    const runs = (text: string): CellValue => {
      const words = text.split(' ');
      const cut = rng.int(1, Math.max(1, words.length - 1));
      const a = words.slice(0, cut).join(' ');
      const b = words.slice(cut).join(' ');
      return {
        richText: [
          { text: b ? `${a} ` : a, font: { name: 'Times New Roman', size: 12 } },
          ...(b
            ? [
                {
                  text: b,
                  font: {
                    name: 'Times New Roman',
                    size: 12,
                    bold: true,
                    color: { argb: 'FFC00000' },
                  },
                },
              ]
            : []),
        ],
      };
    };
    const l = ratingList(wb, rng, {
      sheet,
      year,
      name: (ws, r, c, row) => bodyCell(ws, r, c, rng.chance(0.5) ? runs(row.name) : row.name),
      grade: (ws, r, c, row) => bodyCell(ws, r, c, row.text ? runs(row.text) : null),
    });
    const k = listKey(sheet, year, l);
    return { workbook: wb, key: keyed('list-rich-text', 'runs', k) };
  },
};

/** Rows struck through are units removed (merged, dissolved): listed, not counted. */
const listStruckUnits: Family = {
  name: 'list-struck-units',
  about:
    'a rating list where struck-through rows (font strike) are units removed after a merger: kept for the record, not counted; one struck name reappears below under the new unit',
  make(rng) {
    const wb = new Workbook();
    const year = rng.int(2023, 2025);
    const sheet = rng.pick([`Năm ${year}`, 'Danh sách TCCSĐ']);
    const ws = wb.addWorksheet(sheet);
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: 'KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG',
      width: 4,
    });
    headerRow(ws, r, 1, ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại', 'Ghi chú']);
    r++;
    const names = districtOrganizations(rng, rng.int(9, 15));
    const style = gradeStyle(rng, year);
    const struck = new Set(rng.sample([...names.keys()].slice(1), rng.int(1, 3)));
    const wholeRow = rng.chance(0.5);
    const levels: (Level | null)[] = [];
    const defects: DefectKey[] = [];
    let n = 0;
    names.forEach((name, i) => {
      const gone = struck.has(i);
      const level = randomLevel(rng);
      bodyCell(ws, r, 1, gone ? null : ++n);
      bodyCell(ws, r, 2, name);
      // A removed unit often keeps no grade, or the one typed before it was removed.
      bodyCell(ws, r, 3, gone && rng.chance(0.5) ? null : style[level]);
      bodyCell(ws, r, 4, gone ? rng.pick(['Sáp nhập', 'Đã giải thể', 'Hợp nhất', '']) : null);
      if (gone) {
        for (let c = 1; c <= (wholeRow ? 4 : 2); c++) {
          const cell = ws.getCell(r, c);
          cell.font = { ...(cell.font ?? {}), strike: true };
        }
      } else levels.push(level);
      r++;
    });
    // The merged unit under a name a struck row also carries: not a duplicate.
    const again = [...struck][0] as number;
    const level = randomLevel(rng);
    bodyCell(ws, r, 1, ++n);
    bodyCell(ws, r, 2, names[again] as string);
    bodyCell(ws, r, 3, style[level]);
    bodyCell(ws, r, 4, 'Thành lập mới');
    levels.push(level);
    widths(ws, [6, 42, 30, 14]);
    return {
      workbook: wb,
      key: keyed('list-struck-units', wholeRow ? 'row struck' : 'name struck', {
        years: [tally(year, levels)],
        defects,
      }),
    };
  },
};

/** Lookup lists on a very hidden sheet (state="veryHidden"), a backup copy of the year beside them. */
const listVeryHiddenLookup: Family = {
  name: 'list-very-hidden-lookup',
  about:
    "a rating list beside a veryHidden sheet holding the lookup data (grade names, organization names, codes) and a stale copy of the same year's list",
  make(rng) {
    const wb = new Workbook();
    const year = rng.int(2019, 2025);
    const sheet = rng.pick([`Năm ${year}`, 'Xep loai']);
    const names = districtOrganizations(rng, rng.int(8, 14));
    const l = ratingList(wb, rng, { sheet, year, names });
    const k = listKey(sheet, year, l);
    const dm = wb.addWorksheet(rng.pick(['DM', 'DanhMuc', '_lookup']));
    dm.state = rng.chance(0.7) ? 'veryHidden' : 'hidden';
    put(dm, 1, 1, 'Mã');
    put(dm, 1, 2, 'Xếp loại');
    LEVELS.forEach((lv, i) => {
      put(dm, 2 + i, 1, GRADE_ABBR_2018[lv]);
      put(dm, 2 + i, 2, GRADE_FULL_2018[lv]);
    });
    put(dm, 1, 4, 'Mã đơn vị');
    put(dm, 1, 5, 'Tên tổ chức cơ sở đảng');
    names.forEach((nm, i) => {
      put(dm, 2 + i, 4, `TC${String(i + 1).padStart(3, '0')}`);
      put(dm, 2 + i, 5, nm);
    });
    // A stale backup of the year, as templates carry it: same year in its title, older grades.
    // Only very hidden: a merely hidden sheet is the user's (they can unhide it) and is checked,
    // so a stale copy there is theirs to fix (changed after the first score, see the docs).
    if (dm.state === 'veryHidden' && rng.chance(0.7)) {
      const bak = wb.addWorksheet(`${sheet} (2)`);
      bak.state = dm.state;
      line(bak, 1, 1, 3, `KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM ${year}`, {
        bold: true,
      });
      headerRow(bak, 3, 1, ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại']);
      names.forEach((nm, i) => {
        bodyCell(bak, 4 + i, 1, i + 1);
        bodyCell(bak, 4 + i, 2, nm);
        bodyCell(bak, 4 + i, 3, GRADE_FULL_2018[randomLevel(rng)]);
      });
      bodyCell(bak, 4 + names.length, 2, names[0] as string);
      bodyCell(bak, 4 + names.length, 3, 'Chưa đạt');
    }
    return { workbook: wb, key: keyed('list-very-hidden-lookup', dm.state, k) };
  },
};

/** One column per grade, each holding the TRUE/FALSE a check box's linked cell keeps. */
const listCheckboxGrades: Family = {
  name: 'list-checkbox-grades',
  about:
    "a rating list with a column per grade holding TRUE/FALSE (the linked cells of form check boxes): TRUE in the grade's column, FALSE (or blank) elsewhere",
  make(rng) {
    const wb = new Workbook();
    const year = rng.int(2019, 2025);
    const sheet = rng.pick([`Năm ${year}`, 'Bieu mau', 'Danh gia']);
    const ws = wb.addWorksheet(sheet);
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: 'TỔNG HỢP XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG',
      width: 6,
    });
    const abbr = rng.chance(0.5);
    headerRow(ws, r, 1, [
      'STT',
      'Tên tổ chức',
      ...LEVELS.map((lv) => (abbr ? GRADE_ABBR_2018[lv] : GRADE_FULL_2018[lv])),
    ]);
    r++;
    const falses = rng.chance(0.6);
    const names = districtOrganizations(rng, rng.int(8, 15));
    const levels: Level[] = [];
    names.forEach((nm, i) => {
      const lv = randomLevel(rng);
      levels.push(lv);
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, nm);
      LEVELS.forEach((x, k) => bodyCell(ws, r, 3 + k, x === lv ? true : falses ? false : null));
      r++;
    });
    widths(ws, [6, 40, 14, 14, 14, 14]);
    return {
      workbook: wb,
      key: keyed('list-checkbox-grades', falses ? 'TRUE/FALSE' : 'TRUE/blank', {
        years: [tally(year, levels)],
      }),
    };
  },
};

/** The list, then "Tổng số ... Trong đó:" lines breaking the total down, in the table's columns. */
const listTrongDoFooter: Family = {
  name: 'list-trong-do-footer',
  about:
    'a rating list followed by "Tổng số: N" and "Trong đó:" lines ("- Hoàn thành tốt nhiệm vụ: 9") breaking the total down, in the name and grade columns',
  make(rng) {
    const wb = new Workbook();
    const year = rng.int(2019, 2025);
    const sheet = rng.pick([`Năm ${year}`, 'XL TCCSD']);
    const l = ratingList(wb, rng, { sheet, year });
    const k = listKey(sheet, year, l);
    const y = k.years[0] as ReturnType<typeof tally>;
    let r = l.next;
    const inGrade = rng.chance(0.5);
    bodyCell(l.ws, r, 2, `Tổng số: ${y.units} tổ chức cơ sở đảng`);
    r++;
    put(l.ws, r, 2, rng.pick(['Trong đó:', 'Trong đó', 'Trong đó :']), { italic: true });
    r++;
    for (const lv of LEVELS) {
      if (inGrade) {
        put(l.ws, r, 2, `- ${GRADE_FULL_2018[lv]}`);
        put(l.ws, r, 3, y.counts[lv]);
      } else put(l.ws, r, 2, `- ${GRADE_FULL_2018[lv]}: ${y.counts[lv]}`);
      r++;
    }
    return { workbook: wb, key: keyed('list-trong-do-footer', inGrade ? 'counts' : 'text', k) };
  },
};

// ---------------------------------------------------------------- summaries

/** A summary with "Tổng số" then "Trong đó:" and the parts of the total under it. */
const summaryTrongDo: Family = {
  name: 'summary-trong-do',
  about:
    'a summary: "Tổng số TCCSĐ" row first, then "Trong đó:" and the parts of the total (Đảng bộ xã, cơ quan, lực lượng vũ trang); SL and % per grade; a part row whose count is wrong',
  make(rng) {
    const wb = new Workbook();
    const year = rng.int(2019, 2025);
    const sheet = rng.pick(['Biểu 02', 'Tong hop', `TH ${year}`]);
    const ws = wb.addWorksheet(sheet);
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: 'TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG',
      width: 11,
    });
    headerRow(ws, r, 1, [
      'TT',
      'Loại hình',
      'Tổng số',
      ...LEVELS.flatMap((l) => [GRADE_ABBR_2018[l], null]),
    ]);
    LEVELS.forEach((_, i) => ws.mergeCells(r, 4 + i * 2, r, 5 + i * 2));
    headerRow(ws, r + 1, 1, [null, null, null, ...LEVELS.flatMap(() => ['SL', '%'])]);
    for (const c of [1, 2, 3]) ws.mergeCells(r, c, r + 1, c);
    r += 2;
    const parts = ['Đảng bộ xã, thị trấn', 'Cơ quan, đơn vị sự nghiệp', 'Lực lượng vũ trang'];
    const counts = parts.map(() => {
      const n = rng.int(4, 24);
      const c = [0, 0, 0, 0];
      for (let k = 0; k < n; k++) (c[LEVELS.indexOf(randomLevel(rng))] as number)++;
      return c;
    });
    const total = [0, 1, 2, 3].map((k) => counts.reduce((s, c) => s + (c[k] as number), 0));
    const defects: DefectKey[] = [];
    const bad = rng.chance(0.5) ? rng.int(0, parts.length - 1) : -1;
    const inline = rng.chance(0.5);
    const write = (label: string, tt: string, c: number[], stated: number) => {
      bodyCell(ws, r, 1, tt);
      bodyCell(ws, r, 2, label);
      bodyCell(ws, r, 3, stated);
      const n = c.reduce((a, b) => a + b, 0);
      c.forEach((v, k) => {
        bodyCell(ws, r, 4 + k * 2, v);
        bodyCell(ws, r, 5 + k * 2, n === 0 ? 0 : Math.round((1000 * v) / n) / 10);
      });
      r++;
    };
    const sum = total.reduce((a, b) => a + b, 0);
    write('Tổng số tổ chức cơ sở đảng', '', total, sum);
    if (!inline) {
      bodyCell(ws, r, 2, 'Trong đó:');
      r++;
    }
    parts.forEach((p, i) => {
      const c = counts[i] as number[];
      const n = c.reduce((a, b) => a + b, 0);
      let stated = n;
      if (i === bad) {
        stated = n + rng.pick([-2, -1, 1, 2]);
        defects.push({
          rule: 'total.mismatch',
          sheet,
          row: r,
          cell: addr(r, 3),
          what: `${stated} vs ${n}`,
        });
      }
      write(inline && i === 0 ? `Trong đó: ${p}` : `- ${p}`, '', c, stated);
    });
    widths(ws, [5, 32, 8, 7, 7, 7, 7, 7, 7, 7, 7]);
    return {
      workbook: wb,
      key: keyed('summary-trong-do', inline ? 'inline' : 'own line', { defects }),
    };
  },
};

/** A per-commune summary exported with every number as text (some padded, some with a quote prefix). */
const summaryNumbersAsText: Family = {
  name: 'summary-numbers-as-text',
  about:
    'a per-commune summary of cells by grade where every count is text ("12", " 7", quote-prefixed), a "Cộng" row typed as text; one commune\'s total wrong',
  make(rng) {
    const wb = new Workbook();
    const year = rng.int(2019, 2025);
    const sheet = rng.pick(['Sheet1', 'TH chi bo', 'Export']);
    const ws = wb.addWorksheet(sheet);
    let r = titleBlock(ws, rng, 1, {
      year,
      subject: 'TỔNG HỢP XẾP LOẠI CHI BỘ TRỰC THUỘC',
      width: 7,
    });
    headerRow(ws, r, 1, [
      'STT',
      'Đảng bộ',
      'Tổng số chi bộ',
      ...LEVELS.map((l) => GRADE_ABBR_2018[l]),
    ]);
    r++;
    const first = r;
    const communes = rng.sample(COMMUNES, rng.int(5, 12));
    const bad = rng.chance(0.6) ? rng.int(0, communes.length - 1) : -1;
    const defects: DefectKey[] = [];
    const sums = [0, 0, 0, 0, 0];
    const txt = (v: number) => rng.pick([String(v), ` ${v}`, `${v} `, String(v)]);
    communes.forEach((c, i) => {
      const n = rng.int(5, 20);
      const counts = [0, 0, 0, 0];
      for (let k = 0; k < n; k++) (counts[LEVELS.indexOf(randomLevel(rng))] as number)++;
      const stated = i === bad ? n + rng.pick([-1, 1, 2]) : n;
      if (i === bad)
        defects.push({
          rule: 'total.mismatch',
          sheet,
          row: r,
          cell: addr(r, 3),
          what: `${stated} vs ${n}`,
        });
      bodyCell(ws, r, 1, String(i + 1));
      bodyCell(ws, r, 2, `Đảng bộ xã ${c}`);
      bodyCell(ws, r, 3, txt(stated));
      ws.getCell(r, 3).style = { ...ws.getCell(r, 3).style, quotePrefix: rng.chance(0.5) } as never;
      counts.forEach((v, k) => bodyCell(ws, r, 4 + k, txt(v)));
      sums[0] = (sums[0] as number) + stated;
      counts.forEach((v, k) => (sums[k + 1] = (sums[k + 1] as number) + v));
      r++;
    });
    bodyCell(ws, r, 2, 'Cộng');
    sums.forEach((v, k) => bodyCell(ws, r, 3 + k, String(v)));
    if (bad >= 0)
      defects.push({
        rule: 'total.mismatch',
        sheet,
        row: r,
        cell: addr(r, 3),
        what: 'Cộng carries the wrong total',
      });
    void first;
    widths(ws, [5, 28, 10, 9, 9, 9, 9]);
    return {
      workbook: wb,
      key: keyed('summary-numbers-as-text', bad >= 0 ? 'bad' : 'clean', { defects }),
    };
  },
};

/** A summary whose totals and shares are formulas a script wrote without cached values. */
const summaryFormulasNoCache: Family = {
  name: 'summary-formulas-no-cache',
  about:
    'a per-commune summary whose "Cộng" row (SUM) and % columns are formulas with no cached value, as scripts and some converters write them',
  make(rng) {
    const wb = new Workbook();
    const year = rng.int(2019, 2025);
    const sheet = rng.pick(['TH', 'Tong hop', `Năm ${year}`]);
    const ws = wb.addWorksheet(sheet);
    let r = titleBlock(ws, rng, 1, { year, subject: 'TỔNG HỢP XẾP LOẠI CHI BỘ', width: 11 });
    headerRow(ws, r, 1, [
      'STT',
      'Đảng bộ',
      'Tổng số',
      ...LEVELS.flatMap((l) => [GRADE_ABBR_2018[l], null]),
    ]);
    LEVELS.forEach((_, i) => ws.mergeCells(r, 4 + i * 2, r, 5 + i * 2));
    headerRow(ws, r + 1, 1, [null, null, null, ...LEVELS.flatMap(() => ['SL', 'Tỷ lệ %'])]);
    for (const c of [1, 2, 3]) ws.mergeCells(r, c, r + 1, c);
    r += 2;
    const first = r;
    const communes = rng.sample(COMMUNES, rng.int(5, 11));
    communes.forEach((c, i) => {
      const n = rng.int(5, 20);
      const counts = [0, 0, 0, 0];
      for (let k = 0; k < n; k++) (counts[LEVELS.indexOf(randomLevel(rng))] as number)++;
      bodyCell(ws, r, 1, i + 1);
      bodyCell(ws, r, 2, `Đảng bộ xã ${c}`);
      bodyCell(ws, r, 3, { formula: `D${r}+F${r}+H${r}+J${r}` } as CellValue);
      counts.forEach((v, k) => {
        bodyCell(ws, r, 4 + k * 2, v);
        bodyCell(ws, r, 5 + k * 2, {
          formula: `IF($C${r}=0,0,ROUND(${colLetter(4 + k * 2)}${r}/$C${r}*100,1))`,
        } as CellValue);
      });
      r++;
    });
    bodyCell(ws, r, 2, 'Cộng');
    for (let c = 3; c <= 11; c++) {
      const L = colLetter(c);
      bodyCell(ws, r, c, {
        formula:
          c >= 5 && c % 2 === 1
            ? `IF($C${r}=0,0,ROUND(${colLetter(c - 1)}${r}/$C${r}*100,1))`
            : `SUM(${L}${first}:${L}${r - 1})`,
      } as CellValue);
    }
    widths(ws, [5, 28, 8, 7, 7, 7, 7, 7, 7, 7, 7]);
    return {
      workbook: wb,
      key: keyed('summary-formulas-no-cache', 'no cache', {}),
      zipEdits: [dropCachedValues()],
    };
  },
};

// ---------------------------------------------------------------- meeting registers

interface RegisterOpts {
  sheet: string;
  year: number;
  /** What a held (or not held) month's cell holds. */
  month: (c: CellYear, m: number, held: boolean) => CellValue;
  /** What a quarter's thematic cell holds (count of thematic meetings). */
  quarter?: (c: CellYear, q: number, t: number) => CellValue;
  /** Writes the header rows and returns the first body row. */
  header?: (ws: Worksheet, r: number) => number;
  total?: (r: number) => CellValue;
  cells?: Planted;
}

/** STT | Chi bộ | Số ĐV | 12 months | 4 quarters | Cộng: a register with the cell values a program wrote. */
function register(
  wb: Workbook,
  rng: Rng,
  o: RegisterOpts,
): { meetings: MeetingKey[]; defects: DefectKey[]; ws: Worksheet } {
  const ws = wb.addWorksheet(o.sheet);
  let r = titleBlock(ws, rng, 1, {
    year: o.year,
    subject: 'THEO DÕI SINH HOẠT CHI BỘ',
    width: 20,
  });
  if (o.header) r = o.header(ws, r);
  else {
    headerRow(ws, r, 1, [
      'STT',
      'Chi bộ',
      'Số ĐV',
      ...Array.from({ length: 12 }, (_, m) => `Tháng ${m + 1}`),
      ...ROMAN.map((q) => `CĐ Quý ${q}`),
      'Cộng TK',
    ]);
    r++;
  }
  const p = o.cells ?? plantCells(rng, communeCells(rng, rng.int(5, 10)));
  const meetings: MeetingKey[] = [];
  const defects: DefectKey[] = [];
  p.cells.forEach((c, i) => {
    bodyCell(ws, r, 1, i + 1);
    bodyCell(ws, r, 2, c.name);
    bodyCell(ws, r, 3, c.members);
    for (let m = 0; m < 12; m++) bodyCell(ws, r, 4 + m, o.month(c, m, !!c.held[m]));
    for (let q = 0; q < 4; q++) {
      const t = c.thematic[q] ?? 0;
      bodyCell(ws, r, 16 + q, o.quarter ? o.quarter(c, q, t) : t === 0 ? null : t);
    }
    bodyCell(ws, r, 20, o.total ? o.total(r) : regularOf(c));
    meetings.push(keyOf(o.sheet, r, o.year, c));
    defects.push(...rowDefects(o.sheet, r, p, i));
    r++;
  });
  widths(ws, [5, 28, 6, ...Array(12).fill(11), 8, 8, 8, 8, 8]);
  return { meetings, defects, ws };
}

function dayIn(rng: Rng, year: number, m: number): Date {
  return new Date(Date.UTC(year, m, rng.int(3, 26)));
}

/** Month cells hold the meeting date as ISO text, as web exports and scripts write it. */
const registerIsoDates: Family = {
  name: 'register-iso-dates',
  about:
    'a register whose month cells hold the meeting date as ISO text ("2023-03-15", sometimes with a time); thematic quarters as ISO dates too; a COUNTA "Cộng TK" formula',
  make(rng) {
    const wb = new Workbook();
    const year = rng.int(2021, 2025);
    const sheet = rng.pick([`SH ${year}`, 'theo_doi', 'Sheet1']);
    const timed = rng.chance(0.4);
    const text = (d: Date) => (timed ? `${iso(d)} ${rng.pick(['08:00:00', '14:00:00'])}` : iso(d));
    const out = register(wb, rng, {
      sheet,
      year,
      month: (_c, m, held) => (held ? text(dayIn(rng, year, m)) : null),
      quarter: (_c, q, t) => (t === 0 ? null : text(dayIn(rng, year, q * 3 + rng.int(0, 2)))),
      total: (r) => ({ formula: `COUNTA(D${r}:O${r})`, result: 0 }) as CellValue,
    });
    // The formula's cached value is the count of held months.
    out.meetings.forEach((mk) => {
      const cell = out.ws.getCell(mk.row, 20);
      cell.value = { formula: `COUNTA(D${mk.row}:O${mk.row})`, result: mk.regular } as CellValue;
    });
    return { workbook: wb, key: keyed('register-iso-dates', timed ? 'with time' : 'date', out) };
  },
};

/** Month cells hold real dates in a workbook using the 1904 date system (Mac Excel, old templates). */
const register1904: Family = {
  name: 'register-1904',
  about:
    'a register whose month cells hold real dates (dd/mm/yyyy) in a workbook using the 1904 date system (workbookPr date1904="1")',
  make(rng) {
    const wb = new Workbook();
    wb.properties.date1904 = true;
    const year = rng.int(2021, 2025);
    const sheet = rng.pick([`Năm ${year}`, 'SH chi bo']);
    const out = register(wb, rng, {
      sheet,
      year,
      month: (_c, m, held) => (held ? dayIn(rng, year, m) : null),
    });
    for (const mk of out.meetings)
      for (let m = 0; m < 12; m++) out.ws.getCell(mk.row, 4 + m).numFmt = 'dd/mm/yyyy';
    return { workbook: wb, key: keyed('register-1904', '1904', out) };
  },
};

/** Form-control check boxes linked to the month cells: TRUE held, FALSE not. */
const registerCheckbox: Family = {
  name: 'register-checkbox',
  about:
    'a register filled with form check boxes: month and quarter cells hold the linked TRUE/FALSE (FALSE = not held), a COUNTIF(...,TRUE) total',
  make(rng) {
    const wb = new Workbook();
    const year = rng.int(2021, 2025);
    const sheet = rng.pick([`Checklist ${year}`, 'SH TK-CD']);
    const out = register(wb, rng, {
      sheet,
      year,
      month: (_c, _m, held) => held,
      quarter: (_c, _q, t) => t > 0,
      total: (r) => ({ formula: `COUNTIF(D${r}:O${r},TRUE)`, result: 0 }) as CellValue,
    });
    out.meetings.forEach((mk) => {
      out.ws.getCell(mk.row, 20).value = {
        formula: `COUNTIF(D${mk.row}:O${mk.row},TRUE)`,
        result: mk.regular,
      } as CellValue;
    });
    return { workbook: wb, key: keyed('register-checkbox', 'TRUE/FALSE', out) };
  },
};

/** Month headers are real dates (01/2024) merged down over two header rows; thematic under "Chuyên đề". */
const registerDateHeaders: Family = {
  name: 'register-date-headers',
  about:
    'a register whose month headers are real dates shown "mm/yyyy" (or a date header "Ngày sinh hoạt" over them), each merged down over two header rows beside "Chuyên đề" over "Quý I".."Quý IV"',
  make(rng) {
    const wb = new Workbook();
    const year = rng.int(2021, 2025);
    const sheet = rng.pick([`SH ${year}`, 'Theo doi']);
    const umbrella = rng.chance(0.5);
    const out = register(wb, rng, {
      sheet,
      year,
      month: (_c, _m, held) => (held ? rng.pick(['x', 'x', 'X']) : null),
      header: (ws, r) => {
        const rows = umbrella ? 3 : 2;
        headerRow(ws, r, 1, ['STT', 'Chi bộ', 'Số ĐV']);
        for (const c of [1, 2, 3]) ws.mergeCells(r, c, r + rows - 1, c);
        const top = umbrella ? r + 1 : r;
        if (umbrella) {
          put(ws, r, 4, 'Ngày sinh hoạt thường kỳ', { bold: true, border: true, center: true });
          ws.mergeCells(r, 4, r, 15);
        }
        for (let m = 0; m < 12; m++) {
          const cell = ws.getCell(top, 4 + m);
          put(ws, top, 4 + m, new Date(Date.UTC(year, m, 1)), {
            bold: true,
            border: true,
            center: true,
          });
          cell.numFmt = rng.pick(['mm/yyyy', 'mmm-yy', 'm/yyyy']);
          ws.mergeCells(top, 4 + m, top + 1, 4 + m);
        }
        put(ws, r, 16, 'Chuyên đề', { bold: true, border: true, center: true });
        ws.mergeCells(r, 16, top === r ? r : r + 1, 19);
        headerRow(
          ws,
          r + rows - 1,
          16,
          ROMAN.map((q) => `Quý ${q}`),
        );
        put(ws, r, 20, 'Cộng', { bold: true, border: true, center: true });
        ws.mergeCells(r, 20, r + rows - 1, 20);
        return r + rows;
      },
    });
    return {
      workbook: wb,
      key: keyed('register-date-headers', umbrella ? 'umbrella' : 'two rows', out),
    };
  },
};

/** The number attending, stored as text by an export; one month under 85%. */
const registerAttendanceText: Family = {
  name: 'register-attendance-text',
  about:
    'a register of the number attending per month, every number stored as text (members too), one month at 70% attendance',
  make(rng) {
    const wb = new Workbook();
    const year = rng.int(2021, 2025);
    const sheet = rng.pick(['Export', `Du hop ${year}`]);
    const p = plantCells(rng, communeCells(rng, rng.int(5, 9)));
    const low = rng.chance(0.6) ? rng.int(0, p.cells.length - 1) : -1;
    const lowMonth = rng.int(1, 10);
    const lowOk = low >= 0 && !!p.cells[low]?.held[lowMonth];
    const out = register(wb, rng, {
      sheet,
      year,
      cells: p,
      month: (c, m, held) => {
        if (!held) return null;
        const n =
          lowOk && c === p.cells[low] && m === lowMonth
            ? Math.floor(c.members * 0.7)
            : rng.int(Math.ceil(c.members * 0.9), c.members);
        return String(n);
      },
    });
    out.meetings.forEach((mk, i) => {
      const c = p.cells[i] as CellYear;
      out.ws.getCell(mk.row, 3).value = String(c.members);
      out.ws.getCell(mk.row, 20).value = String(regularOf(c));
      if (lowOk && i === low)
        out.defects.push({
          rule: 'meeting.attendance-low',
          sheet,
          row: mk.row,
          cell: addr(mk.row, 4 + lowMonth),
          what: '70% attending',
        });
    });
    return { workbook: wb, key: keyed('register-attendance-text', 'text', out) };
  },
};

/** A struck-through cell row: a party cell dissolved mid-year, its later months blank. */
const registerStruckCell: Family = {
  name: 'register-struck-cell',
  about:
    "a register where a dissolved party cell's row is struck through (font strike) and blank after the month it was dissolved: not a cell that missed meetings",
  make(rng) {
    const wb = new Workbook();
    const year = rng.int(2023, 2025);
    const sheet = rng.pick([`SH ${year}`, 'Theo doi SH']);
    const p = plantCells(rng, communeCells(rng, rng.int(6, 10)));
    // The dissolved cell is a clean one, so its row carries no planted defect.
    const gone = [...p.cells.keys()].find((i) => i !== p.short && i !== p.noThematic) ?? -1;
    const until = rng.int(4, 8);
    const out = register(wb, rng, {
      sheet,
      year,
      cells: p,
      month: (c, m, held) => (c === p.cells[gone] && m >= until ? null : held ? 'x' : null),
      quarter: (c, q, t) => (c === p.cells[gone] && q * 3 >= until ? null : t === 0 ? null : t),
    });
    const meetings = out.meetings.filter((_, i) => i !== gone);
    if (gone >= 0) {
      const row = out.meetings[gone]?.row as number;
      for (let c = 1; c <= 20; c++) {
        const cell = out.ws.getCell(row, c);
        cell.font = { ...(cell.font ?? {}), strike: true };
      }
      out.ws.getCell(row, 20).value = until;
      put(
        out.ws,
        row,
        21,
        rng.pick(['Giải thể', 'Sáp nhập', 'Đã sáp nhập từ tháng ' + (until + 1)]),
      );
    }
    return {
      workbook: wb,
      key: keyed('register-struck-cell', 'struck', { meetings, defects: out.defects }),
    };
  },
};

/** A register whose totals and verdicts are formulas with no cached values. */
const registerNoCache: Family = {
  name: 'register-no-cache',
  about:
    'a register of x marks whose "Cộng TK" (COUNTA) and "Đánh giá" (IF) are formulas without cached values',
  make(rng) {
    const wb = new Workbook();
    const year = rng.int(2021, 2025);
    const sheet = rng.pick([`SH ${year}`, 'Sheet1']);
    const out = register(wb, rng, {
      sheet,
      year,
      month: (_c, _m, held) => (held ? 'x' : null),
      total: (r) => ({ formula: `COUNTA(D${r}:O${r})` }) as CellValue,
    });
    put(out.ws, (out.meetings[0]?.row ?? 2) - 1, 21, 'Đánh giá', { bold: true, border: true });
    for (const mk of out.meetings)
      bodyCell(out.ws, mk.row, 21, {
        formula: `IF(AND(T${mk.row}>=12,COUNT(P${mk.row}:S${mk.row})=4),"Đạt","Không đạt")`,
      } as CellValue);
    return {
      workbook: wb,
      key: keyed('register-no-cache', 'no cache', out),
      zipEdits: [dropCachedValues()],
    };
  },
};

// ---------------------------------------------------------------- meeting logs

function logFamily(
  name: string,
  about: string,
  dateCell: (ws: Worksheet, r: number, c: number, d: Date, rng: Rng) => void,
  setup: (wb: Workbook) => string,
  twoRowHeader: boolean,
): Family {
  return {
    name,
    about,
    make(rng) {
      const wb = new Workbook();
      const variant = setup(wb);
      const year = rng.int(2021, 2025);
      const sheet = rng.pick(['Sổ ghi biên bản', `Nhat ky ${year}`, 'Log']);
      const ws = wb.addWorksheet(sheet);
      let r = titleBlock(ws, rng, 1, {
        year,
        subject: 'SỔ THEO DÕI CÁC CUỘC SINH HOẠT CHI BỘ',
        width: 8,
      });
      if (twoRowHeader) {
        headerRow(ws, r, 1, [
          'STT',
          'Ngày họp',
          'Chi bộ',
          'Loại sinh hoạt',
          null,
          'Số đảng viên',
          null,
          'Nội dung',
        ]);
        headerRow(ws, r + 1, 1, [
          null,
          null,
          null,
          'Thường kỳ',
          'Chuyên đề',
          'Tổng số',
          'Có mặt',
          null,
        ]);
        for (const c of [1, 2, 3, 8]) ws.mergeCells(r, c, r + 1, c);
        ws.mergeCells(r, 4, r, 5);
        ws.mergeCells(r, 6, r, 7);
        r += 2;
      } else {
        headerRow(ws, r, 1, ['STT', 'Ngày họp', 'Chi bộ', 'Loại', 'Số ĐV', 'Có mặt', 'Nội dung']);
        r++;
      }
      const cells = communeCells(rng, rng.int(3, 5));
      const members = cells.map(() => rng.int(10, 40));
      const g = logMeetings(rng, year, cells.length);
      g.list.sort((a, b) => a.day.getTime() - b.day.getTime() || a.cell - b.cell);
      const first = r;
      g.list.forEach((mt, i) => {
        const row = first + i;
        const mem = members[mt.cell] as number;
        bodyCell(ws, row, 1, i + 1);
        dateCell(ws, row, 2, mt.day, rng);
        bodyCell(ws, row, 3, cells[mt.cell] as string);
        const topic = mt.thematic
          ? rng.pick(TOPICS)
          : `Sinh hoạt thường kỳ tháng ${mt.day.getUTCMonth() + 1}`;
        if (twoRowHeader) {
          bodyCell(ws, row, 4, mt.thematic ? null : 'x');
          bodyCell(ws, row, 5, mt.thematic ? 'x' : null);
          bodyCell(ws, row, 6, mem);
          bodyCell(ws, row, 7, rng.int(Math.ceil(mem * 0.9), mem));
          bodyCell(ws, row, 8, topic);
        } else {
          bodyCell(ws, row, 4, mt.thematic ? 'Chuyên đề' : 'Thường kỳ');
          bodyCell(ws, row, 5, mem);
          bodyCell(ws, row, 6, rng.int(Math.ceil(mem * 0.9), mem));
          bodyCell(ws, row, 7, topic);
        }
      });
      widths(ws, [5, 13, 28, 11, 11, 9, 9, 40]);
      const k = logKeys(sheet, year, cells.length, g, (i) => first + i);
      return { workbook: wb, key: keyed(name, variant, k) };
    },
  };
}

const logIsoDates = logFamily(
  'log-iso-dates',
  'a meeting log in date order whose date column is ISO text ("2024-03-15"), as a web form exports it',
  (ws, r, c, d) => bodyCell(ws, r, c, iso(d)),
  () => 'iso',
  false,
);

const log1904 = logFamily(
  'log-1904',
  'a meeting log whose dates are real dates in a workbook on the 1904 date system',
  (ws, r, c, d) => {
    bodyCell(ws, r, c, d);
    ws.getCell(r, c).numFmt = 'dd/mm/yyyy';
  },
  (wb) => {
    wb.properties.date1904 = true;
    return '1904';
  },
  false,
);

const logDateHeaderMerged = logFamily(
  'log-date-header-merged',
  'a meeting log with two header rows: "Ngày họp" merged down over both, "Loại sinh hoạt" over "Thường kỳ"/"Chuyên đề" x marks, "Số đảng viên" over "Tổng số"/"Có mặt"',
  (ws, r, c, d) => {
    bodyCell(ws, r, c, d);
    ws.getCell(r, c).numFmt = 'dd/mm/yyyy';
  },
  () => 'two rows',
  true,
);

export const ROUND9_FAMILIES: readonly Family[] = [
  listInlineStrings,
  listDimensionLies,
  listManyStyles,
  listRichText,
  listStruckUnits,
  listVeryHiddenLookup,
  listCheckboxGrades,
  listTrongDoFooter,
  summaryTrongDo,
  summaryNumbersAsText,
  summaryFormulasNoCache,
  registerIsoDates,
  register1904,
  registerCheckbox,
  registerDateHeaders,
  registerAttendanceText,
  registerStruckCell,
  registerNoCache,
  logIsoDates,
  log1904,
  logDateHeaderMerged,
];
