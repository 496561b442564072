import { checkWorkbook } from '../../../src/core/engine';
import type { Scalar } from '../../../src/core/model/snapshot';
import { resolveSettings } from '../../../src/core/settings';
import { snapshotOf, type SheetSpec } from '../../helpers/snapshot';

/**
 * Issue #10's last mile: lists with no header row (known by their names and grades), and the
 * causes the layout corpus found on seeds nobody tuned to, each on the smallest sheet showing it.
 */
const G = [
  'Hoàn thành xuất sắc nhiệm vụ',
  'Hoàn thành tốt nhiệm vụ',
  'Hoàn thành nhiệm vụ',
  'Hoàn thành tốt nhiệm vụ',
] as const;

function units(n: number, name = (i: number) => `Đảng bộ xã Số ${i}`): Scalar[][] {
  return Array.from({ length: n }, (_, i) => [name(i + 1), G[i % 4]!]);
}

function check(...specs: SheetSpec[]) {
  return checkWorkbook(snapshotOf(...specs), resolveSettings({})).report;
}

const errors = (report: ReturnType<typeof check>) =>
  report.issues.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.cell ?? f.row}`);

describe('a list with no header row', () => {
  it('under a title line: known by its names and grades, counted for the title year', () => {
    const report = check({
      name: 'Sheet1',
      rows: [['KẾT QUẢ XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2021'], ...units(8)],
    });
    expect(report.tables).toMatchObject([
      { kind: 'rating-list', range: 'A2:B9', years: [2021], headerRows: [2, 1] },
    ]);
    expect(report.tables[0]!.confidence).toBeLessThan(1);
    expect(report.tables[0]!.reasons.join()).toMatch(/no header row/);
    expect(report.results.ratings).toMatchObject([
      { year: 2021, counts: { excellent: 2, good: 4, pass: 2, fail: 0 } },
    ]);
    expect(errors(report)).toEqual([]);
  });

  it('right at the top of the sheet, with numbers and group lines: the year from the sheet name', () => {
    const report = check({
      name: 'XL 2020',
      rows: [
        ['I', 'ĐẢNG BỘ XÃ, THỊ TRẤN'],
        ...units(5).map((r, i) => [i + 1, ...r]),
        ['II', 'CHI BỘ CƠ QUAN'],
        ...units(3, (i) => `Chi bộ Cơ quan ${i}`).map((r, i) => [i + 6, ...r]),
        [null, 'Cộng'],
      ],
    });
    expect(report.tables).toMatchObject([{ kind: 'rating-list', range: 'A1:C11', years: [2020] }]);
    expect(report.results.ratings).toMatchObject([
      { year: 2020, counts: { excellent: 3, good: 3, pass: 2, fail: 0 } },
    ]);
    expect(errors(report)).toEqual([]);
  });

  it('a clear defect in it is still an error: the names are party organizations', () => {
    const rows = units(12);
    rows[4] = [rows[4]![0]!, 'Khá'];
    const report = check({ name: 'XL 2022', rows });
    expect(errors(report)).toEqual(['grade.unknown B5']);
  });

  it('bare names and a doubtful grade column: one uncertain note, no error', () => {
    const rows = units(4, (i) => `Thôn ${i}`);
    rows[1] = ['Thôn 2', 'Khá'];
    const report = check({ name: 'XL 2022', rows });
    expect(errors(report)).toEqual([]);
    expect(report.issues.map((f) => f.rule)).toContain('table.uncertain');
  });

  it('a lone column name and a numbering row over it are its header; a breakdown under it is a table of its own', () => {
    const report = check({
      name: 'XL 2022',
      rows: [
        ['Tên chi bộ, đảng bộ cơ sở'],
        [],
        [1, 2],
        ...units(6),
        [],
        ['Loại hình', 'Tổng số', 'HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'],
        ['Xã, thị trấn', 6, 2, 2, 2, 0],
      ],
      merges: ['A1:A2'],
    });
    expect(report.tables.map((t) => [t.kind, t.range, t.headerRows])).toEqual([
      ['rating-list', 'A1:B9', [1, 3]],
      ['rating-summary', 'A11:F12', [11, 11]],
    ]);
    expect(errors(report)).toEqual([]);
  });

  it('its first unit may have no grade yet, a blank row under it; a letterhead above its first group line is no unit', () => {
    const top = check({
      name: 'XL 2021',
      rows: [
        ['1.', 'Đảng bộ thị trấn Hữu Lũng'],
        [],
        ...units(6).map((r, i) => [`${i + 2}.`, ...r]),
      ],
    });
    expect(top.tables).toMatchObject([{ range: 'A1:C8', headerRows: [1, 0] }]);
    expect(top.issues.filter((f) => f.rule === 'grade.blank').map((f) => f.cell)).toEqual(['C1']);
    const titled = check({
      name: 'XL 2018',
      rows: [
        ['ĐẢNG BỘ TỈNH LẠNG SƠN', null, 'ĐẢNG CỘNG SẢN VIỆT NAM'],
        ['I. Chi bộ cơ quan'],
        ...units(5, (i) => `Chi bộ Cơ quan ${i}`),
      ],
    });
    expect(titled.tables).toMatchObject([{ range: 'A2:B7', headerRows: [2, 1] }]);
  });

  it('a lookup showing #N/A where a grade goes is a unit of the list, and reported', () => {
    const report = check({
      name: 'KQ 2017',
      rows: [
        ['KẾT QUẢ XẾP LOẠI TCCSĐ'],
        [1, 'Chi bộ Công ty CP Xi măng', G[1]],
        [2, 'Đảng bộ xã Sơn Hà', '#N/A'],
        [3, 'Đảng bộ xã Đồng Tiến', G[1]],
        [4, 'Đảng bộ xã Hòa Sơn', G[0]],
        [5, 'Đảng bộ xã Minh Tiến', G[2]],
        [6, 'Đảng bộ xã Yên Sơn', G[1]],
      ],
      errors: { C3: '#N/A' },
    });
    expect(report.tables).toMatchObject([{ kind: 'rating-list', range: 'A2:C7', years: [2017] }]);
    expect(errors(report)).toEqual(['value.formula-error C3']);
  });

  it('a mistyped grade counts as a unit when telling a short list; a year beside the grade needs a header', () => {
    const short = check({
      name: 'XL2016',
      rows: [
        ['Đảng bộ xã A', 'Hoàn thành tôt nhiệm vụ'],
        ['Đảng bộ xã B', G[1]],
        ['Đảng bộ xã C', G[1]],
      ],
    });
    expect(short.tables).toMatchObject([{ kind: 'rating-list', range: 'A1:B3', years: [2016] }]);
    const years = check({
      name: 'Danh sách',
      rows: [
        [1, 'Xã Thanh Sơn', 2017, G[0]],
        [2, 'Xã Thanh Sơn', 'Năm 2018', G[1]],
        [3, 'Xã Thanh Sơn', 2019, G[1]],
        [4, 'Xã Hữu Liên', 2017, G[2]],
      ],
    });
    expect(years.tables).toEqual([]);
  });

  it('a notes sheet mentioning grades is no list', () => {
    const report = check({
      name: 'Ghi chú',
      rows: [
        ['Cách ghi', 'Hoàn thành tốt nhiệm vụ'],
        ['Viết tắt', 'HTTNV'],
        ['Không ghi', 'số'],
      ],
    });
    expect(report.tables).toEqual([]);
  });
});

describe('causes found on new corpus seeds', () => {
  it('a short list under "Kết quả năm 2019" with group lines and a blank grade is still a list', () => {
    const report = check({
      name: 'Bieu 1',
      rows: [
        ['STT', 'Tổ chức cơ sở đảng', 'Số chi bộ trực thuộc', 'Kết quả năm 2019'],
        [null, 'I. Khối cơ quan'],
        [1, 'Chi bộ Bảo hiểm xã hội huyện', 96, 'Hoàn thành tốt NV'],
        [null, 'II. Quân sự, Công an'],
        [2, 'Đảng bộ Quân sự huyện', 68],
      ],
    });
    expect(report.tables).toMatchObject([{ kind: 'rating-list', years: [2019] }]);
    expect(report.issues.filter((f) => f.rule === 'grade.blank').map((f) => f.cell)).toEqual([
      'D5',
    ]);
  });

  it('a summary header under a list with a column per year ends the list, though its level names sit over the grade columns', () => {
    const report = check({
      name: 'Sheet1',
      rows: [
        ['Tên TCCSĐ', 'Xếp loại năm 2019', 'Xếp loại năm 2020'],
        ['Đảng bộ xã A', G[0], G[1]],
        ['Đảng bộ xã B', G[1], G[1]],
        ['Tổng số'],
        [],
        ['Nội dung', 'HTXSNV', 'HTTNV', 'Tổng số TCCSĐ', 'KHTNV'],
        [2019, 1, 1, 2, 0],
        [2020, 0, 2, 2, 0],
      ],
    });
    expect(report.tables.map((t) => [t.kind, t.range])).toEqual([
      ['rating-list', 'A1:C4'],
      ['rating-summary', 'A6:E8'],
    ]);
    expect(errors(report)).toEqual([]);
  });

  it('a unit with its kind and three different grades under a group line is a row of the list, not the next header', () => {
    const report = check({
      name: 'Danh sách',
      rows: [
        ['Tên cơ sở đảng', 'Loại hình', 'Kết quả 2021', '2022', 'Xếp loại năm 2023'],
        ['I. ĐẢNG BỘ XÃ, THỊ TRẤN'],
        ['Quang Trung', 'Đảng bộ xã, thị trấn', G[1], G[0], G[2]],
        ['II. Chi bộ cơ quan'],
        ['Chi bộ Tòa án', 'Chi bộ cơ quan', G[1], G[2], G[2]],
        ['Chi bộ Kho bạc', 'Chi bộ cơ quan', G[1], G[1], G[0]],
      ],
    });
    expect(report.tables.map((t) => [t.kind, t.range, t.years])).toEqual([
      ['rating-list', 'A1:E6', [2021, 2022, 2023]],
    ]);
    expect(errors(report)).toEqual([]);
  });

  it('the first unit under a header whose grade column has no label is a unit, not a second header row', () => {
    const report = check({
      name: 'Danh sách',
      rows: [
        ['S TT', 'TCCSĐ', 'Năm xếp loại', null, 'Ghi chu'],
        [1, 'Xã Thanh Sơn', 2017, G[0]],
        [2, 'Xã Thanh Sơn', 'Năm 2018', G[1]],
        [3, 'Xã Hữu Liên', 2017, G[2]],
        [4, 'Xã Hữu Liên', 2018, G[1]],
      ],
    });
    expect(report.tables).toMatchObject([
      { kind: 'rating-list', range: 'A1:E5', headerRows: [1, 1], years: [2017, 2018] },
    ]);
    expect(errors(report)).toEqual([]);
  });

  it('"Đảng viên" over a register\'s figures is the member count; over names, the member', () => {
    const report = check(
      {
        name: 'SH 2024',
        rows: [
          ['Chi bộ', 'Đảng viên', ...Array.from({ length: 12 }, (_, i) => `T${i + 1}`)],
          ['Chi bộ thôn A', 8, 7, 8, 7, 7, 8, 7, 8, 8, 7, 7, 8, 6],
        ],
      },
      {
        name: 'ĐV 2024',
        rows: [
          ['Đảng viên', 'Chi bộ', 'Xếp loại'],
          ['Nguyễn Văn A', 'Chi bộ thôn A', G[1]],
          ['Trần Thị B', 'Chi bộ thôn A', G[2]],
          ['Lê Văn C', 'Chi bộ thôn A', G[1]],
        ],
      },
    );
    expect(
      report.issues.filter((f) => f.rule === 'meeting.attendance-low').map((f) => f.cell),
    ).toEqual(['N2']);
    expect(report.tables[1]).toMatchObject({ kind: 'rating-list', subject: 'member' });
  });

  it('a numbered unit not graded yet, its kind in a column beside it, is no header over the list', () => {
    const report = check({
      name: 'XL 2023',
      rows: [
        ['I', 'ĐẢNG BỘ XÃ, THỊ TRẤN'],
        [1, 'ĐB xã Minh Tiến', 'Đảng bộ xã, thị trấn', null, 68],
        ['II', 'CHI BỘ CƠ QUAN, ĐƠN VỊ SỰ NGHIỆP'],
        [2, 'Chi bộ Viện Kiểm sát nhân dân huyện', 'Chi bộ cơ quan', 'HT NV', 75],
        [3, 'Chi bộ Chi cục Thuế', 'Chi bộ cơ quan', 'Không hoàn thành NV', 98],
        [4, 'Chi bộ Kho bạc Nhà nước', 'Chi bộ cơ quan', 'HTT NV', 68],
        [5, 'Chi bộ Phòng Nội vụ', 'Chi bộ cơ quan', 'Hoàn thành tốt NV', 85],
        [null, 'Tổng cộng'],
      ],
    });
    // Before: row 2 was taken for a header, "Chi bộ cơ quan" for the units' names, and three
    // rows for duplicates of the first.
    expect(errors(report)).toEqual([]);
    const y = report.results.ratings.find((r) => r.year === 2023);
    expect(y?.counts).toEqual({ excellent: 0, good: 2, pass: 1, fail: 1 });
  });
});
