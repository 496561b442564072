import { checkWorkbook } from '../../../src/core/engine';
import { resolveSettings } from '../../../src/core/settings';
import { snapshotOf, type SheetSpec } from '../../helpers/snapshot';

/**
 * The last false errors and misses of the layout corpus (seeds 31337, 20260110, 20261210 ×
 * 2,000), each cause on the smallest sheet showing it.
 */
function check(...specs: SheetSpec[]) {
  return checkWorkbook(snapshotOf(...specs), resolveSettings({})).report;
}

const findings = (report: ReturnType<typeof check>, severity = 'error') =>
  report.issues.filter((f) => f.severity === severity).map((f) => `${f.rule} ${f.cell ?? f.row}`);

const HTXS = 'Hoàn thành xuất sắc nhiệm vụ';
const HTT = 'Hoàn thành tốt nhiệm vụ';
const HT = 'Hoàn thành nhiệm vụ';
const KHT = 'Không hoàn thành nhiệm vụ';

/** A hand summary "Nội dung | level (SL | Tỷ lệ) × 4" over a row per year. */
function summaryRows(years: SheetSpec['rows']): SheetSpec['rows'] {
  return [
    ['Nội dung', HTXS, null, HTT, null, HT, null, KHT],
    [null, 'SL', 'Tỷ lệ (%)', 'SL', 'Tỷ lệ (%)', 'SL', 'Tỷ lệ (%)', 'SL', 'Tỷ lệ (%)'],
    ...years,
  ];
}

const SUMMARY_MERGES = (top: number) => [
  `A${top}:A${top + 1}`,
  `B${top}:C${top}`,
  `D${top}:E${top}`,
  `F${top}:G${top}`,
  `H${top}:I${top}`,
];

describe('a hand summary under a list with a column per year', () => {
  it('its level names over "SL | Tỷ lệ (%)" are its header, not a unit graded in each year', () => {
    // The level names fall in the list's year columns and read as one unit's grades; the row of
    // sub-labels under them then became a unit whose "grades" were SL and Tỷ lệ (%).
    const report = check({
      name: 'Sheet1',
      rows: [
        ['Tên cơ sở đảng', 'XL 2018', 'Năm 2019', 'Kết quả 2020', '2021', '2022'],
        ['Đảng bộ xã Minh Tiến', 'Tốt', 'Hoàn thành tốt', 'Tốt', 'Tốt', 'Tốt'],
        ['Đảng bộ xã Quang Trung', 'Xuất sắc', 'Tốt', 'Tốt', 'Hoàn thành', 'Tốt'],
        ['Đảng bộ Quân sự huyện', 'Hoàn thành', 'Tốt', 'Tốt', 'Tốt', 'Xuất sắc'],
        ['Tổng số'],
        [],
        [],
        ...summaryRows([
          [2018, 1, 0.3333, 1, 0.3333, 1, 0.3333, 0, 0],
          [2019, 0, 0, 3, 1, 0, 0, 0, 0],
          [2020, 0, 0, 3, 1, 0, 0, 0, 0],
          [2021, 0, 0, 2, 0.6667, 1, 0.3333, 0, 0],
          [2022, 1, 0.3333, 2, 0.6667, 0, 0, 0, 0],
        ]),
      ],
      merges: SUMMARY_MERGES(8),
    });
    expect(report.tables).toMatchObject([
      { kind: 'rating-list', range: 'A1:F5', years: [2018, 2019, 2020, 2021, 2022] },
      {
        kind: 'rating-summary',
        range: 'A8:I14',
        years: [2018, 2019, 2020, 2021, 2022],
        headerRows: [8, 9],
      },
    ]);
    expect(findings(report)).toEqual([]);
    expect(findings(report, 'warning')).toEqual([]);
  });
});

describe('a tick list with a hand summary under it', () => {
  it('is a list of marks, though the summary’s counts fill the same columns', () => {
    // Typing the columns looked past the list into the summary: its counts under the level
    // names outnumbered the list's few marks, and the list was read as a summary whose every
    // mark was "not a number".
    const report = check({
      name: 'TCCSĐ 2022',
      rows: [
        ['XẾP LOẠI TỔ CHỨC ĐẢNG NĂM 2022'],
        [],
        ['Chi bộ, đảng bộ cơ sở', 'Số điện thoại', 'Kết quả xếp loại', null, null, null, 'GC'],
        [null, null, 'HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'],
        ['Xã Tân Thủy', '0970139261', 'x '],
        ['Xã Hữu Liên', '0970295271', null, '✓'],
        ['Chi bộ Văn phòng Huyện ủy', '0950184533', ' x'],
        [],
        [null, 'Tổng hợp:'],
        ...summaryRows([
          [2021, 1, '33,3', 2, '66,7', 0, 0, 0, 0],
          [2022, 2, '66,7', 1, '33,3', 0, 0, 0, 0],
        ]),
      ],
      merges: ['A3:A4', 'B3:B4', 'C3:F3', 'G3:G4', ...SUMMARY_MERGES(10)],
    });
    expect(report.tables).toMatchObject([
      { kind: 'rating-list', range: 'A3:G7', years: [2022], headerRows: [3, 4] },
      { kind: 'rating-summary', range: 'A10:I13', years: [2021, 2022] },
    ]);
    expect(findings(report)).toEqual([]);
    expect(report.results.ratings).toContainEqual(
      expect.objectContaining({
        year: 2022,
        sheet: 'TCCSĐ 2022',
        counts: { excellent: 2, good: 1, pass: 0, fail: 0 },
      }),
    );
  });
});

describe('a list whose grade column has no header', () => {
  it('one grade and one a typo away from a grade: the column is the list’s grades', () => {
    // Only one of the two filled cells read as a grade, too few to call the column one by its
    // cells; the list was lost with its mistyped and its blank grade.
    const report = check({
      name: 'KQ XL',
      rows: [
        ['KẾT QUẢ XẾP LOẠI TCCSĐ NĂM 2021'],
        [],
        ['Số thứ tự', 'Tên tổ chức cơ sở đảng', 'Loại hình', null, 'Ghi chú khác'],
        [1, 2, 3, 4, 5],
        [1, 'Chi bộ Điện lực Hữu Lũng', 'Doanh nghiệp', 'HTTVN'],
        [2, 'Đảng bộ Quân sự huyện', 'Quân sự, Công an'],
        [3, 'Chi bộ Công ty CP Xi măng', 'Doanh nghiệp', 'Hoàn thành nhiệm vụ', 'Kiện toàn cấp ủy'],
      ],
    });
    expect(report.tables).toMatchObject([
      { kind: 'rating-list', range: 'A3:E7', years: [2021], headerRows: [3, 4] },
    ]);
    expect(findings(report)).toEqual(['grade.unknown D5']);
    expect(findings(report, 'warning')).toEqual(['grade.blank D6']);
  });
});

describe('a headerless list with a note beside its grades', () => {
  it('"Mới thành lập" alone in a column is a note, not a second list of the year', () => {
    // The exempt words count as grades when typing a column by its cells; a column holding
    // nothing else became a second grade column, and the year was counted in two lists.
    const report = check({
      name: 'Năm 2019',
      rows: [
        ['Ngày xuất: 12/01/2020'],
        [],
        [],
        ['1', 'Nhật Tiến', 'Hoan thanh tot'],
        ['2', 'Sơn Hà', 'Tốt.', 'Mới thành lập'],
        [],
        ['3', 'Đảng bộ Quân sự huyện', 'Không hoàn thành.'],
        [null, 'Tổng số'],
      ],
    });
    expect(report.tables).toHaveLength(1);
    expect(report.tables[0]!.columns.filter((c) => c.role === 'grade')).toHaveLength(1);
    expect(report.results.ratings).toEqual([
      expect.objectContaining({ year: 2019, counts: { excellent: 0, good: 2, pass: 0, fail: 1 } }),
    ]);
  });
});

describe('a rating of another system in a short list’s grade column', () => {
  it.each(['Tiên tiến', 'Vững mạnh', 'Tốt lắm', 'Loại A', 'Trung bình'])(
    '"%s" is the column’s defect, not a sign that the column holds something else',
    (typo) => {
      // Counted as neither grade nor typo, it pulled a vaguely headed column of four under the
      // confidence an error needs: the table was said uncertain and the defect went unreported.
      const report = check({
        name: 'KQ XL',
        rows: [
          ['Số TT', 'Tên tổ chức cơ sở đảng', 'Bí thư', 'Kết quả 2016'],
          ['(1)', '(2)', '(3)', '(4)'],
          ['1', 'Hòa Thắng', 'Phạm Hữu Bình', 'Hoan thanh tot'],
          ['2', 'Chi bộ Công ty CP Xi măng', 'Phạm Quang Giang', typo],
          ['3', 'Chi bộ Phòng Giáo dục và Đào tạo', 'Hà Đức Phương', 'Hoan thanh tot'],
          ['4', 'Hữu Liên', 'Nông Hữu Thảo', 'Hoan thanh tot nhiem vu'],
          [null, 'Cộng'],
        ],
      });
      expect(report.tables).toMatchObject([{ kind: 'rating-list', range: 'A1:D7', years: [2016] }]);
      expect(findings(report)).toEqual(['grade.unknown D4']);
    },
  );
});

describe('a summary with its years typed as text', () => {
  it('one count typed as text among numbers is that cell’s error, not an export’s trait', () => {
    // The years "2016"… in the label column were counted as numbers stored as text, so one
    // slip in a count made the body look typed as text throughout: one info, no error.
    const report = check({
      name: 'Bieu tong hop',
      rows: [
        ['TỔNG HỢP KẾT QUẢ XẾP LOẠI TCCSĐ 2016 - 2020'],
        [],
        ['Năm', 'Tổng số TCCSĐ được xếp loại', HTXS, null, HTT, null, HT, null, KHT],
        [null, null, 'SL', '%', 'SL', '%', 'SL', '%', 'SL', '%'],
        ['2016', 7, 0, 0, 4, 57, 2, 29, 1, 14],
        ['2017', 8, 0, 0, 6, 75, 2, 25, 0, 0],
        ['2018', 8, 1, 13, 3, 38, 2, 25, 2, 25],
        ['2019', 8, 1, 13, 5, 63, 1, 13, 1, 13],
        ['2020', 8, 1, 13, 7, 88, 0, 0, '0 ', 0],
      ],
      merges: ['A3:A4', 'B3:B4', 'C3:D3', 'E3:F3', 'G3:H3', 'I3:J3'],
    });
    expect(report.tables).toMatchObject([{ kind: 'rating-summary', range: 'A3:J9' }]);
    expect(findings(report)).toEqual(['value.not-number I9']);
    expect(findings(report, 'info')).toEqual([]);
  });
});

describe('a list with a lone column name merged over two rows', () => {
  it('the name is its header, not a first unit with no grade', () => {
    // "Chi bộ, đảng bộ cơ sở" names party bodies, so it passed for a unit with no grade yet
    // above the first graded ones: a false grade.blank on the header, and the header rows lost.
    const report = check({
      name: 'Sheet1',
      rows: [
        ['KẾT QUẢ XẾP LOẠI TCCSĐ NĂM 2020'],
        [],
        ['Chi bộ, đảng bộ cơ sở'],
        [],
        ['Thị trấn Hữu Lũng', 'HTT NV'],
        ['Sơn Hà', 'HTXS NV'],
        ['Tân Thành', 'Hoàn thành tốt NV'],
        ['Chi bộ Công ty CP Xi măng', 'HTNV'],
      ],
      merges: ['A1:D1', 'A3:A4', 'B3:B4'],
    });
    expect(report.tables).toMatchObject([
      { kind: 'rating-list', range: 'A3:B8', years: [2020], headerRows: [3, 4] },
    ]);
    expect(findings(report, 'warning')).toEqual([]);
    expect(report.results.ratings).toMatchObject([
      { year: 2020, counts: { excellent: 1, good: 2, pass: 1, fail: 0 } },
    ]);
  });
});
