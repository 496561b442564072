/**
 * One test per cause behind three wild families the engine did not count (issue #10):
 * grouped-by-grade, share-styles and new-commune-2025.
 */
import { checkWorkbook } from '../../../src/core/engine';
import type { Scalar } from '../../../src/core/model/snapshot';
import { countedRuns, countFormula, levelCriteria } from '../../../src/core/plan/gradeCounting';
import { checkSpecs as check, errorsOf as errors } from '../../helpers/checkSpecs';
import { snapshotOf, type SheetSpec } from '../../helpers/snapshot';

function listCounts(report: ReturnType<typeof check>, year: number) {
  return report.results.ratings
    .filter((r) => r.year === year && r.source === 'list')
    .map((r) => r.counts);
}

describe('a list grouped under group lines naming a grade, with no grade column', () => {
  const grouped: Scalar[][] = [
    ['KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG TỔ CHỨC CƠ SỞ ĐẢNG'],
    ['(Năm 2019)'],
    ['STT', 'Tổ chức cơ sở đảng', 'Ghi chú'],
    ['I. HOÀN THÀNH XUẤT SẮC NHIỆM VỤ (02 TCCSĐ)'],
    [1, 'Đảng bộ xã Yên Thịnh', ''],
    [2, 'Chi bộ Trường THPT Tân Thành', ''],
    ['II. Hoàn thành tốt nhiệm vụ (03 TCCSĐ)'],
    [1, 'Đảng bộ xã Sơn Hà', ''],
    [2, 'Đảng bộ xã Đô Lương', ''],
    [3, 'Chi bộ Hạt Kiểm lâm', ''],
    ['III. Hoàn thành nhiệm vụ (01 TCCSĐ)'],
    [1, 'Đảng bộ xã Hòa Sơn', ''],
    ['IV. Không hoàn thành nhiệm vụ (01 TCCSĐ)'],
    [1, 'Đảng bộ xã Yên Vượng', ''],
    [],
    [null, 'Hữu Lũng, ngày 24 tháng 01 năm 2020'],
    [null, 'NGƯỜI LẬP BIỂU'],
  ];
  const sheet: SheetSpec = {
    name: 'Năm 2019',
    rows: grouped,
    merges: ['A4:C4', 'A7:C7', 'A11:C11', 'A13:C13'],
  };

  it('counts each unit at the grade of the group line above it, raising no error', () => {
    const report = check(sheet);
    expect(errors(report)).toEqual([]);
    expect(listCounts(report, 2019)).toEqual([{ excellent: 2, good: 3, pass: 1, fail: 1 }]);
  });

  it('reads Arabic numbering, old-scheme words and lines without a count alike', () => {
    const report = check({
      name: 'XL 2016',
      rows: [
        ['DANH SÁCH XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2016'],
        ['TT', 'Tên đơn vị'],
        ['1. Trong sạch, vững mạnh'],
        ['', 'Đảng bộ xã A'],
        ['', 'Đảng bộ xã B'],
        ['2. Hoàn thành tốt nhiệm vụ:'],
        ['', 'Đảng bộ xã C'],
        ['3. Yếu kém'],
        ['', 'Đảng bộ xã D'],
      ],
    });
    expect(errors(report)).toEqual([]);
    expect(listCounts(report, 2016)).toEqual([{ excellent: 2, good: 1, pass: 0, fail: 1 }]);
  });

  it('reads a group number in the STT column and its count in a cell of its own', () => {
    const report = check({
      name: 'Năm 2021',
      rows: [
        ['KẾT QUẢ XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2021'],
        ['STT', 'Tên tổ chức cơ sở đảng', 'Số lượng'],
        ['I', 'Hoàn thành xuất sắc nhiệm vụ', 1],
        [1, 'Đảng bộ xã A'],
        ['II', 'HOÀN THÀNH TỐT NHIỆM VỤ', 2],
        [2, 'Đảng bộ xã B'],
        [3, 'Đảng bộ xã C'],
        [4, 'Đảng bộ xã D'],
      ],
    });
    expect(errors(report)).toEqual(['total.mismatch B5']);
    expect(listCounts(report, 2021)).toEqual([{ excellent: 1, good: 3, pass: 0, fail: 0 }]);
  });

  it('reports a group line whose stated count is not the units under it, at that line', () => {
    const rows = grouped.map((r) => [...r]);
    rows[6] = ['II. Hoàn thành tốt nhiệm vụ (04 TCCSĐ)'];
    const report = check({ ...sheet, rows });
    expect(errors(report)).toEqual(['total.mismatch A7']);
    const issue = report.issues.find((i) => i.rule === 'total.mismatch')!;
    expect([issue.expected, issue.actual]).toEqual([4, 3]);
  });

  it('writes counts that count the names under each group of the level', () => {
    const { model } = checkWorkbook(snapshotOf(sheet));
    const list = model.lists[0]!;
    const formula = (level: 'excellent' | 'good') =>
      countFormula(list, countedRuns(list), levelCriteria(list, level));
    expect(formula('excellent')).toBe("COUNTA('Năm 2019'!$B$5:$B$6)");
    expect(formula('good')).toBe("COUNTA('Năm 2019'!$B$8:$B$10)");
  });

  it('still leaves a list of kinds of organization ("I. Đảng bộ xã") without grades', () => {
    const report = check({
      name: 'Năm 2020',
      rows: [
        ['KẾT QUẢ XẾP LOẠI NĂM 2020'],
        ['STT', 'Tổ chức cơ sở đảng', 'Ghi chú'],
        ['I. Đảng bộ xã, thị trấn'],
        [1, 'Đảng bộ xã A', ''],
        ['II. Chi bộ cơ quan'],
        [2, 'Chi bộ Kho bạc', ''],
      ],
    });
    expect(errors(report)).toEqual([]);
    expect(listCounts(report, 2020)).toEqual([]);
  });
});

describe('a 2025 list with a 100-point score and no grade column', () => {
  const scored = (header: string, scores: Scalar[]): SheetSpec => ({
    name: 'ĐB xã Bắc Sơn (mới)',
    rows: [
      ['ĐẢNG BỘ XÃ BẮC SƠN (MỚI)'],
      ['KẾT QUẢ CHẤM ĐIỂM CHẤT LƯỢNG CHI BỘ TRỰC THUỘC NĂM 2025'],
      [],
      ['STT', 'Chi bộ', header, 'Ghi chú'],
      ...scores.map((s, i) => [i + 1, `Chi bộ thôn ${'ABCDEFGH'[i]}`, s, '']),
    ],
  });
  const scores = [93, 90, 89.5, 70, 69.5, 50, 49, 75];

  it.each(['Tổng điểm đạt được', 'Điểm', 'Điểm chấm', 'Tổng điểm'])(
    'grades each unit by its score band, the score headed "%s"',
    (header) => {
      const report = check(scored(header, scores));
      expect(errors(report)).toEqual([]);
      expect(listCounts(report, 2025)).toEqual([{ excellent: 2, good: 3, pass: 2, fail: 1 }]);
      const said = report.issues.filter((i) => i.rule === 'grade.from-score');
      expect(said.map((i) => i.cell)).toEqual(['C4']);
    },
  );

  it("follows the higher level's score when the unit's own is beside it", () => {
    const report = check({
      name: 'Năm 2025',
      rows: [
        ['KẾT QUẢ CHẤM ĐIỂM CHI BỘ NĂM 2025'],
        ['STT', 'Chi bộ', 'Điểm tự chấm', 'Điểm thẩm định'],
        [1, 'Chi bộ thôn A', 95, 85],
        [2, 'Chi bộ thôn B', 72, 91],
        [3, 'Chi bộ thôn C', 60, 45],
      ],
    });
    expect(listCounts(report, 2025)).toEqual([{ excellent: 1, good: 1, pass: 0, fail: 1 }]);
  });

  it('writes counts by score band', () => {
    const { model } = checkWorkbook(snapshotOf(scored('Điểm', scores)));
    const list = model.lists[0]!;
    const formula = (level: 'excellent' | 'fail') =>
      countFormula(list, countedRuns(list), levelCriteria(list, level));
    const range = "'ĐB xã Bắc Sơn (mới)'!$C$5:$C$12";
    expect(formula('excellent')).toBe(`COUNTIFS(${range},">=90",${range},"<=100")`);
    expect(formula('fail')).toBe(`COUNTIFS(${range},">=0",${range},"<50")`);
  });

  it('is no graded list before 2025, when a score binds nothing', () => {
    const spec = scored('Điểm', scores);
    spec.rows[1] = ['KẾT QUẢ CHẤM ĐIỂM CHẤT LƯỢNG CHI BỘ TRỰC THUỘC NĂM 2024'];
    const report = check(spec);
    expect(report.results.ratings).toEqual([]);
    expect(errors(report)).toEqual([]);
  });
});

describe('a summary whose rows are the grades (grades down, counts and shares across)', () => {
  const summary = (
    shares: Scalar[],
    header = ['STT', 'Mức xếp loại', 'Số lượng', 'Tỷ lệ (%)'],
  ) => ({
    name: 'Tổng hợp',
    rows: [
      ['TỔNG HỢP KẾT QUẢ XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2023'],
      [],
      header,
      [null, 'Tổng số TCCSĐ được xếp loại', 56, '100'],
      [1, 'Hoàn thành xuất sắc nhiệm vụ', 10, shares[0]!],
      [2, 'Hoàn thành tốt nhiệm vụ', 35, shares[1]!],
      [3, 'Hoàn thành nhiệm vụ', 11, shares[2]!],
      [4, 'Không hoàn thành nhiệm vụ', 0, shares[3]!],
    ],
  });
  const warnings = (report: ReturnType<typeof check>) =>
    report.issues.filter((i) => i.rule === 'percent.mismatch').map((i) => i.cell);

  it.each([
    ['points with a decimal comma', ['17,86', '62,50', '19,64', '0,00']],
    ['fractions as text', ['0,179', '0,625', '0,196', '0,000']],
    ['points with a space before "%"', ['17.9 %', '62.5 %', '19.6 %', '0.0 %']],
  ])("reads its counts as the year's and its right shares (%s) as right", (_, shares) => {
    const report = check(summary(shares));
    expect(errors(report)).toEqual([]);
    expect(warnings(report)).toEqual([]);
    const got = report.results.ratings.filter((r) => r.source === 'summary');
    expect(got.map((r) => [r.year, r.counts])).toEqual([
      [2023, { excellent: 10, good: 35, pass: 11, fail: 0 }],
    ]);
  });

  it('finds a share five points off, in any of those styles', () => {
    expect(warnings(check(summary(['22,86', '62,50', '19,64', '0,00'])))).toEqual(['D5']);
    expect(warnings(check(summary(['0,179', '0,675', '0,196', '0,000'])))).toEqual(['D6']);
  });

  it('reads a count and a share per year across ("Năm 2022" over "SL | Tỷ lệ (%)")', () => {
    const report = check({
      name: 'So sánh',
      rows: [
        ['SO SÁNH KẾT QUẢ XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG'],
        ['TT', 'Mức xếp loại', 'Năm 2022', null, 'Năm 2023', null],
        [null, null, 'SL', 'Tỷ lệ (%)', 'SL', 'Tỷ lệ (%)'],
        [1, 'Hoàn thành xuất sắc nhiệm vụ', 10, '17,9', 12, '21,4'],
        [2, 'Hoàn thành tốt nhiệm vụ', 35, '62,5', 36, '64,3'],
        [3, 'Hoàn thành nhiệm vụ', 11, '19,6', 8, '19,3'],
        [4, 'Không hoàn thành nhiệm vụ', 0, '0', 0, '0'],
        [null, 'Tổng số', 56, '100', 56, '100'],
      ],
      merges: ['C2:D2', 'E2:F2'],
    });
    expect(errors(report)).toEqual([]);
    expect(warnings(report)).toEqual(['F6']);
    expect(report.results.ratings.map((r) => [r.year, r.counts, r.total])).toEqual([
      [2022, { excellent: 10, good: 35, pass: 11, fail: 0 }, 56],
      [2023, { excellent: 12, good: 36, pass: 8, fail: 0 }, 56],
    ]);
  });

  it('reads short grade names under a vague header, and checks the counts against the list', () => {
    const report = check(
      {
        name: 'Năm 2023',
        rows: [
          ['KẾT QUẢ XẾP LOẠI NĂM 2023'],
          ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại'],
          [1, 'Đảng bộ xã A', 'HTXSNV'],
          [2, 'Đảng bộ xã B', 'HTTNV'],
          [3, 'Đảng bộ xã C', 'HTTNV'],
        ],
      },
      {
        name: 'Tổng hợp',
        rows: [
          ['TỔNG HỢP NĂM 2023'],
          ['TT', 'Kết quả', 'SL', 'TL (%)'],
          [1, 'HTXSNV', 1, '33,3'],
          [2, 'HTTNV', 1, '33,3'],
          [3, 'HTNV', 0, '0'],
        ],
      },
    );
    expect(errors(report)).toEqual(['summary.list-mismatch C4']);
  });
});
