import { checkWorkbook } from '../../../src/core/engine';
import type { Scalar } from '../../../src/core/model/snapshot';
import { resolveSettings } from '../../../src/core/settings';
import { snapshotOf, type SheetSpec } from '../../helpers/snapshot';

/**
 * Layouts the engine was never shown, one per symptom of issue #10: several tables on a sheet,
 * columns known by their cells, tick columns, the year from the right line, short headers.
 */
const G = [
  'Hoàn thành xuất sắc nhiệm vụ',
  'Hoàn thành tốt nhiệm vụ',
  'Hoàn thành nhiệm vụ',
] as const;

function units(n: number, offset = 0): [number, string, string][] {
  return Array.from({ length: n }, (_, i) => [i + 1, `Đảng bộ xã Số ${i + 1 + offset}`, G[i % 3]!]);
}

function check(...specs: SheetSpec[]) {
  return checkWorkbook(snapshotOf(...specs), resolveSettings({})).report;
}

const errors = (report: ReturnType<typeof check>) =>
  report.issues.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.cell ?? f.row}`);

describe('several tables on one sheet', () => {
  it('a hand summary under a list is not read as rows of the list', () => {
    const report = check({
      name: 'Năm 2020',
      rows: [
        ['KẾT QUẢ XẾP LOẠI NĂM 2020'],
        ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại'],
        ...units(6),
        ['Tổng số', 6],
        [null, 'Tỷ lệ', '33,3%'],
        [null, 'HTXSNV', 2, '33,3%'],
        [null, 'HTTNV', 2, '33,3%'],
      ],
    });
    expect(errors(report)).toEqual([]);
    expect(report.results.ratings).toMatchObject([
      { year: 2020, counts: { excellent: 2, good: 2, pass: 2, fail: 0 } },
    ]);
  });

  it('two years stacked on one sheet are two lists, each with its own year', () => {
    const report = check({
      name: 'Xếp loại',
      rows: [
        ['DANH SÁCH XẾP LOẠI NĂM 2019'],
        ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại'],
        ...units(5),
        [],
        ['Năm 2020'],
        ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại'],
        ...units(5, 1),
      ],
    });
    expect(errors(report)).toEqual([]);
    expect(report.tables.map((t) => [t.range, t.years])).toEqual([
      ['A2:C7', [2019]],
      ['A10:C15', [2020]],
    ]);
    expect(report.results.ratings.map((r) => [r.year, r.total])).toEqual([
      [2019, 5],
      [2020, 5],
    ]);
  });

  it('a breakdown by kind of organization under the list is a summary, its Cộng checked', () => {
    const report = check({
      name: '2021',
      rows: [
        ['XẾP LOẠI NĂM 2021'],
        ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại'],
        ...units(6),
        [],
        ['Loại hình', 'Tổng số', 'HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'],
        ['Đảng bộ xã, thị trấn', 4, 1, 2, 1, 0],
        ['Chi bộ cơ quan', 2, 1, 0, 1, 0],
        ['Cộng', 6, 2, 2, 2, 1],
      ],
    });
    expect(report.tables.map((t) => t.kind)).toEqual(['rating-list', 'rating-summary']);
    // The Cộng line's 1 fail disagrees with its own lines and with the list above.
    expect(errors(report)).toEqual(['total.mismatch B13', 'summary.list-mismatch F13']);
  });
});

describe('columns known by their cells', () => {
  it('"TT | Tổ chức cơ sở đảng | Kết quả" is a list: the third column holds grades', () => {
    const report = check({
      name: 'XL 2020',
      rows: [['TT', 'Tổ chức cơ sở đảng', 'Kết quả'], ...units(6)],
    });
    expect(report.tables[0]).toMatchObject({ kind: 'rating-list', years: [2020] });
    expect(report.tables[0]!.columns.find((c) => c.role === 'grade')).toMatchObject({
      column: 'C',
      from: 'content',
    });
    expect(report.results.ratings[0]!.counts).toEqual({ excellent: 2, good: 2, pass: 2, fail: 0 });
  });

  it('a grade column with no header at all', () => {
    const report = check({
      name: '2019',
      rows: [['STT', 'Tên đơn vị', null, 'Ghi chú'], ...units(4)],
    });
    expect(report.results.ratings[0]!.counts.excellent).toBe(2);
  });
});

describe('tick columns', () => {
  const tickRows = (rows: [string, number][]): Scalar[][] =>
    rows.map(([name, at], i) => {
      const marks: Scalar[] = [null, null, null, null];
      if (at >= 0) marks[at] = at === 1 ? ' X ' : 'x';
      if (at === 9) {
        marks[0] = 'x';
        marks[1] = 'x';
      }
      return [i + 1, name, ...marks.slice(0, 4)];
    });
  const spec: SheetSpec = {
    name: 'Năm 2020',
    rows: [
      ['BẢNG XẾP LOẠI NĂM 2020'],
      ['STT', 'Tên TCCSĐ', 'Kết quả xếp loại', null, null, null],
      [null, null, 'HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'],
      ...tickRows([
        ['Đảng bộ xã A', 0],
        ['Đảng bộ xã B', 1],
        ['Đảng bộ xã C', 1],
        ['Đảng bộ xã D', 2],
        ['Đảng bộ xã E', -1],
        ['Đảng bộ xã F', 9],
      ]),
      ['Cộng', null, 2, 2, 1, 0],
    ],
    merges: ['A2:A3', 'B2:B3', 'C2:F2'],
  };

  it('a mark under a level is the grade; none is blank; two are an error naming the columns', () => {
    const report = check(spec);
    expect(report.tables[0]).toMatchObject({ kind: 'rating-list', totalRows: [10] });
    expect(report.results.ratings[0]!.counts).toEqual({ excellent: 1, good: 2, pass: 1, fail: 0 });
    expect(
      report.issues.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.cell}`),
    ).toEqual(['grade.blank C8', 'grade.multiple-marks C9', 'total.mismatch D10']);
    expect(report.issues.find((f) => f.rule === 'grade.multiple-marks')!.messages.vi).toMatch(
      /HTXSNV.*HTTNV/,
    );
  });

  it('read the same without merge information', () => {
    const report = check({ ...spec, merges: [] });
    expect(report.results.ratings[0]!.counts).toEqual({ excellent: 1, good: 2, pass: 1, fail: 0 });
  });
});

describe('the year of a table', () => {
  it('comes from the title, not from an export date or a decision reference', () => {
    const report = check({
      name: 'XL 2020',
      rows: [
        ['Ngày xuất: 12/01/2021'],
        ['KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2020'],
        ['(Kèm theo Quyết định số 452-QĐ/HU ngày 14/01/2022)'],
        ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại'],
        ...units(3),
        [null, 'Hữu Lũng, ngày 14 tháng 01 năm 2022'],
      ],
    });
    expect(report.results.ratings[0]!.year).toBe(2020);
    expect(report.issues.map((f) => f.rule)).toEqual([]);
  });

  it('title and sheet name disagreeing: the title wins, and the report says so', () => {
    const report = check({
      name: 'XL 2019',
      rows: [['XẾP LOẠI NĂM 2020'], ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại'], ...units(3)],
    });
    expect(report.results.ratings[0]!.year).toBe(2020);
    expect(report.issues.map((f) => [f.rule, f.severity])).toEqual([
      ['table.year-conflict', 'info'],
    ]);
  });
});

describe('registers in short forms', () => {
  it('"CĐ quý 1" … "CĐ quý 4" are the thematic quarters; a 0-member row with attendance is flagged', () => {
    const report = check({
      name: 'SH 2021',
      rows: [
        ['THEO DÕI SINH HOẠT CHI BỘ NĂM 2021'],
        [
          'TT',
          'Chi bộ',
          'Số ĐV',
          ...Array.from({ length: 12 }, (_, i) => `T${i + 1}`),
          'CĐ quý 1',
          'CĐ quý 2',
          'CĐ quý 3',
          'CĐ quý 4',
          'Tỷ lệ dự',
        ],
        [1, 'Chi bộ thôn A', 20, ...Array<number>(12).fill(19), 1, 1, 1, 1, 0.95],
        [2, 'Chi bộ thôn B', 0, ...Array<number>(12).fill(15), 1, 1, 1, 1, null],
      ],
      errors: { T4: '#DIV/0!' },
    });
    expect(report.results.meetings.map((m) => [m.unit, m.compliant])).toEqual([
      ['Chi bộ thôn A', true],
      ['Chi bộ thôn B', true],
    ]);
    expect(report.issues.map((f) => `${f.rule} ${f.cell}`)).toEqual([
      'meeting.members-missing C4',
      'value.formula-error T4',
    ]);
  });
});

describe('one finding per duplicated row', () => {
  it('a unit twice in a list with a column per year: one finding, out of every year', () => {
    const report = check({
      name: 'Tổng hợp 3 năm',
      rows: [
        ['STT', 'Tên tổ chức cơ sở đảng', 'Năm 2019', 'Năm 2020', 'Năm 2021'],
        [1, 'Đảng bộ xã A', null, G[1], G[1]],
        [2, 'Đảng bộ xã B', G[0], G[0], G[0]],
        [3, 'Đảng bộ xã A', G[2], G[2], G[2]],
      ],
    });
    expect(report.issues.filter((f) => f.rule === 'unit.duplicate').map((f) => f.cell)).toEqual([
      'B4',
    ]);
    expect(report.results.ratings.map((r) => [r.year, r.counts.pass])).toEqual([
      [2019, 0],
      [2020, 0],
      [2021, 0],
    ]);
  });
});

describe('files from report generators', () => {
  it('numbers stored as text in every cell are read, and reported once for the table', () => {
    const report = check({
      name: 'Tổng hợp',
      rows: [
        ['Năm', 'Tổng số', 'HTXSNV', null, 'HTTNV', null, 'HTNV', null, 'KHTNV', null],
        [null, null, 'SL', 'TL', 'SL', 'TL', 'SL', 'TL', 'SL', 'TL'],
        ['2019', '58', '10', '17,2%', '40', '69,0%', '8', '13,8%', '0', '0%'],
        ['2020', '58', '11', '18,9%', '42', '72,4%', '5', '8,6%', '0', '0%'],
      ],
      merges: ['C1:D1', 'E1:F1', 'G1:H1', 'I1:J1'],
    });
    expect(report.issues.filter((f) => f.rule === 'value.not-number')).toEqual([]);
    const asText = report.issues.filter((f) => f.rule === 'value.numbers-as-text');
    expect(asText).toHaveLength(1);
    expect(asText[0]).toMatchObject({ range: 'B3:J4', severity: 'info' });
    expect(asText[0]!.messages.en).toMatch(/^18 cells/);
    expect(report.results.ratings.map((r) => r.counts.excellent)).toEqual([10, 11]);
    // 11/58 = 18.97%: the typed 18.9 is off by more than its rounding.
    expect(report.issues.filter((f) => f.rule === 'percent.mismatch').map((f) => f.cell)).toEqual([
      'D4',
    ]);
  });
});

describe('a correction applies to one table', () => {
  const stacked: SheetSpec = {
    name: 'Xếp loại',
    rows: [
      ['DANH SÁCH XẾP LOẠI NĂM 2019'],
      ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại'],
      ...units(5),
      [],
      ['Năm 2020'],
      ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại'],
      ...units(5, 1),
    ],
  };
  const run = (tables: unknown[]) =>
    checkWorkbook(snapshotOf(stacked), resolveSettings({ tables })).report;

  it('a year given for the second table leaves the first alone', () => {
    const report = run([{ sheet: 'Xếp loại', headerRow: 10, year: 2021 }]);
    expect(report.tables.map((t) => t.years)).toEqual([[2019], [2021]]);
  });

  it('skipping the first table keeps the second', () => {
    const report = run([{ sheet: 'Xếp loại', headerRow: 2, kind: 'ignore' }]);
    expect(report.tables.map((t) => [t.range, t.years])).toEqual([['A10:C15', [2020]]]);
  });

  it('a correction without a header row applies to every table of the sheet', () => {
    const report = run([{ sheet: 'Xếp loại', year: 2018 }]);
    expect(report.tables.map((t) => t.years)).toEqual([[2018], [2018]]);
  });
});

describe('a hand summary of SL and % lines under a list', () => {
  it('is a summary whose % line gives the shares of its SL line', () => {
    const report = check({
      name: 'Năm 2021',
      rows: [
        ['XẾP LOẠI NĂM 2021'],
        ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại'],
        ...units(6),
        [],
        ['Tổng hợp:', 'HTXSNV', 'HTTNV', 'HTNV', 'KHTNV', 'Cộng'],
        ['SL', 2, 2, 2, 0, 6],
        ['%', 33.3, 33.3, 40, 0, 100],
      ],
    });
    expect(report.tables.map((t) => t.kind)).toEqual(['rating-list', 'rating-summary']);
    expect(errors(report)).toEqual([]);
    expect(report.issues.filter((f) => f.rule === 'percent.mismatch').map((f) => f.cell)).toEqual([
      'D12',
    ]);
  });
});
