/** One test per engine fix that round 4 of the wild layouts (tools/wild/families/round4.ts) exposed. */
import type { Scalar } from '../../../src/core/model/snapshot';
import { checkWorkbook } from '../../../src/core/engine';
import { ifChainText } from '../../../src/core/parse/ifGrade';
import { checkSpecs as check, errorsOf as errors } from '../../helpers/checkSpecs';
import { snapshotOf } from '../../helpers/snapshot';

describe('a form whose "Chưa xếp loại" column is merged down its three header rows', () => {
  // The lower header rows store nothing in M: only the merge reaches it.
  const rows: Scalar[][] = [
    ['THỐNG KÊ KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2022'],
    [
      'STT',
      'Loại hình tổ chức',
      'Tổng số',
      'Số đã đánh giá, xếp loại',
      'Kết quả xếp loại',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      'Chưa xếp loại',
    ],
    [null, null, null, null, 'HTXSNV', null, 'HTTNV', null, 'HTNV', null, 'KHTNV'],
    [
      null,
      null,
      null,
      null,
      'SL',
      'Tỷ lệ (%)',
      'SL',
      'Tỷ lệ (%)',
      'SL',
      'Tỷ lệ (%)',
      'SL',
      'Tỷ lệ (%)',
    ],
    ['1', 'Đảng bộ cơ sở', 24, 22, 3, 13.64, 16, 72.73, 2, 9.09, 1, 4.55, 2],
    ['2', 'Chi bộ cơ sở', 20, 20, 4, 20, 15, 75, 1, 5, 0, 0, null],
  ];
  const merges = [
    'E2:L2',
    'A2:A4',
    'B2:B4',
    'C2:C4',
    'D2:D4',
    'M2:M4',
    'E3:F3',
    'G3:H3',
    'I3:J3',
    'K3:L3',
  ];

  it('adds the units not rated into the total: no false total.mismatch', () => {
    expect(errors(check({ name: 'Biểu 7A', rows, merges }))).toEqual([]);
  });

  it('still flags counts that do not add up with them', () => {
    const bad = rows.map((r) => [...r]);
    bad[5]![6] = 16; // 4 + 16 + 1 + 0 = 21 of 20
    expect(errors(check({ name: 'Biểu 7A', rows: bad, merges }))).toEqual(['total.mismatch C6']);
  });
});

describe('grades typed half abbreviated, dotted or in lower case', () => {
  it('count as their grade, and a typo in a written-out word stays unknown', () => {
    const report = check({
      name: 'CB 2021',
      rows: [
        ['KẾT QUẢ XẾP LOẠI CÁC CHI BỘ TRỰC THUỘC NĂM 2021'],
        ['STT', 'Tên chi bộ', 'XL'],
        [1, 'Chi bộ thôn Na Hoa', 'Ht tốt nv'],
        [2, 'Chi bộ thôn Làng Chùa', 'Ht xuất sắc nv'],
        [3, 'Chi bộ thôn Đồng Mạ', 'H.T.T.N.V'],
        [4, 'Chi bộ thôn Bãi Hào', 'htnv'],
        [5, 'Chi bộ Trạm Y tế', 'Không HT.NV'],
        [6, 'Chi bộ Trường Mầm non', 'Ht tôt nv'],
      ],
    });
    expect(errors(report)).toEqual(['grade.unknown C8']);
    const y = report.results.ratings.find((r) => r.year === 2021 && r.source === 'list');
    expect(y?.counts).toEqual({ excellent: 1, good: 2, pass: 1, fail: 1 });
  });
});

describe('a summary with the grades down and a "Tăng/giảm" column of words', () => {
  const rows = (first: boolean): Scalar[][] => {
    const total: Scalar[] = ['', 'Tổng số', 60, 100, 24, 100, 'Giảm 36'];
    const body: Scalar[][] = [
      ['1', 'HTXSNV', 13, 21.67, 3, 12.5, 'Giảm 10'],
      ['2', 'HTTNV', 43, 71.67, 20, 95.33, 'Giảm 23'],
      ['3', 'HTNV', 4, 6.67, 1, 4.17, 'Giảm 3'],
      ['4', 'KHTNV', 0, 0, 0, 0, 'Không đổi'],
    ];
    return [
      ['SO SÁNH KẾT QUẢ XẾP LOẠI TCCSĐ GIỮA NĂM 2024 VÀ NĂM 2025'],
      ['STT', 'Mức xếp loại', 'Năm 2024', null, 'Năm 2025', null, 'Tăng (+), giảm (-)'],
      [null, null, 'SL', 'Tỷ lệ (%)', 'SL', 'Tỷ lệ (%)'],
      ...(first ? [total, ...body] : [...body, total]),
    ];
  };
  const merges = ['C2:D2', 'E2:F2', 'A2:A3', 'B2:B3', 'G2:G3'];

  it.each([true, false])('is a summary, its shares checked (total first: %s)', (first) => {
    const report = check({ name: 'So sánh', rows: rows(first), merges });
    expect(errors(report)).toEqual([]);
    const pct = report.issues.filter((i) => i.rule === 'percent.mismatch').map((i) => i.cell);
    expect(pct).toEqual([first ? 'F6' : 'F5']);
  });
});

describe("grades of the committee, the secretary or the half year beside the unit's", () => {
  const body: Scalar[][] = [
    [1, 'Đảng bộ xã Hòa Sơn', 'HTTNV', 'HTXSNV', 'Khá'],
    [2, 'Đảng bộ xã Yên Bình', 'HTXSNV', 'HTTNV', null],
    [3, 'Chi bộ Hạt Kiểm lâm', 'HTNV', 'HTNV', 'HTNV'],
  ];
  const year = (r: ReturnType<typeof check>) =>
    r.results.ratings.find((x) => x.year === 2023 && x.source === 'list');

  it.each([
    [['Xếp loại TCCSĐ', 'Xếp loại tập thể BCH', 'Xếp loại bí thư']],
    [['XL năm 2023', 'XL tập thể cấp ủy', 'XL 6 tháng']],
  ])('are set aside: each unit counts once, by its own grade (%j)', (labels) => {
    const report = check({
      name: 'XL 2023',
      rows: [['KẾT QUẢ XẾP LOẠI NĂM 2023'], ['STT', 'Tên tổ chức cơ sở đảng', ...labels], ...body],
    });
    expect(errors(report)).toEqual([]);
    expect(year(report)?.counts).toEqual({ excellent: 1, good: 1, pass: 1, fail: 0 });
    expect(year(report)?.total).toBe(3);
  });

  it("under a merged group, the organization's column named as a sub-label", () => {
    const report = check({
      name: 'XL 2023',
      rows: [
        ['KẾT QUẢ XẾP LOẠI NĂM 2023'],
        ['STT', 'Tên tổ chức cơ sở đảng', 'Kết quả xếp loại năm 2023', null, null],
        [null, null, 'Tổ chức đảng', 'Tập thể cấp ủy', 'Sơ kết 6 tháng'],
        ...body,
      ],
      merges: ['C2:E2', 'A2:A3', 'B2:B3'],
    });
    expect(errors(report)).toEqual([]);
    expect(year(report)?.counts).toEqual({ excellent: 1, good: 1, pass: 1, fail: 0 });
  });

  it("alone, a column of secretaries' grades is the list", () => {
    const report = check({
      name: 'XL 2023',
      rows: [
        ['KẾT QUẢ XẾP LOẠI BÍ THƯ CHI BỘ NĂM 2023'],
        ['STT', 'Họ và tên', 'Xếp loại bí thư'],
        [1, 'Nguyễn Văn Hùng', 'HTTNV'],
        [2, 'Hoàng Thị Lan', 'HTXSNV'],
        [3, 'Lương Văn Minh', 'HTTNV'],
      ],
    });
    expect(year(report)?.counts).toEqual({ excellent: 1, good: 2, pass: 0, fail: 0 });
  });
});

describe('a grade typed as an IF chain over the score, saved with no cached value', () => {
  const chain = (ref: string) =>
    `IF(${ref}>=90,"HTXSNV",IF(${ref}>=70,"HTTNV",IF(${ref}>=50,"HTNV","KHTNV")))`;

  it('evaluates comparisons either way round, nested, with $ references', () => {
    const at = (r: number, c: number) => (r === 4 && c === 3 ? 71.5 : null);
    expect(ifChainText(chain('D5'), at)).toBe('HTTNV');
    expect(ifChainText('IF(90<=$D$5,"A",IF($D$5<>71.5,"B","C"))', at)).toBe('C');
    // A score not there, or a function it does not know: unread.
    expect(ifChainText(chain('D6'), at)).toBeNull();
    expect(ifChainText('IF(AND(D5>=90,E5=0),"A","B")', at)).toBeNull();
  });

  it('counts each unit by the grade its formula gives', () => {
    const snapshot = snapshotOf({
      name: 'Chấm điểm 2025',
      rows: [
        ['KẾT QUẢ CHẤM ĐIỂM, XẾP LOẠI CHI BỘ NĂM 2025'],
        ['STT', 'Tên chi bộ', 'Điểm tự chấm', 'Điểm Đảng ủy xã chấm', 'Xếp loại'],
        [1, 'Chi bộ thôn Na Hoa', 95, 92],
        [2, 'Chi bộ thôn Làng Chùa', 80, 71.5],
        [3, 'Chi bộ Trạm Y tế', 70, 64],
        [4, 'Chi bộ Trường Mầm non', 90, 88, 'HTXSNV'],
      ],
    });
    const rows = snapshot.sheets[0]!.rows;
    for (const r of [2, 3, 4]) rows[r]!.f = { 4: chain(`D${r + 1}`) };
    const report = checkWorkbook(snapshot).report;
    // The one grade typed over its formula disagrees with the score.
    expect(errors(report)).toEqual(['grade.score-mismatch E6']);
    expect(report.issues.filter((i) => i.rule === 'grade.blank')).toEqual([]);
    const y = report.results.ratings.find((r) => r.year === 2025 && r.source === 'list');
    expect(y?.counts).toEqual({ excellent: 2, good: 1, pass: 1, fail: 0 });
  });
});

describe('the grade header and each grade cell merged across two columns', () => {
  it('is one grade column: a blank grade is flagged and its unit listed', () => {
    const report = check({
      name: 'Năm 2022',
      rows: [
        ['KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2022'],
        ['STT', 'Tên tổ chức đảng', 'Xếp loại', null, 'Ghi chú'],
        [1, 'Đảng bộ xã Yên Sơn', 'Hoàn thành nhiệm vụ', null, ''],
        [2, 'Đảng bộ xã Cai Kinh', 'Hoàn thành tốt nhiệm vụ', null, ''],
        [3, 'Chi bộ Kho bạc Nhà nước huyện', null, null, ''],
        [4, 'Chi bộ Hạt Kiểm lâm', 'Hoàn thành xuất sắc nhiệm vụ', null, ''],
      ],
      merges: ['C2:D2', 'C3:D3', 'C4:D4', 'C5:D5', 'C6:D6'],
    });
    const blank = report.issues.filter((i) => i.rule === 'grade.blank').map((i) => i.cell);
    expect(blank).toEqual(['C5']);
    const lists = report.results.ratings.filter((r) => r.year === 2022 && r.source === 'list');
    expect(lists.map((l) => [l.counts, l.total])).toEqual([
      [{ excellent: 1, good: 1, pass: 1, fail: 0 }, 4],
    ]);
  });
});

describe('a list sorted by grade with typed subtotal lines', () => {
  const rows = (first: Scalar[], second: Scalar[]): Scalar[][] => [
    ['KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2023'],
    ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại', 'Ghi chú'],
    [1, 'Đảng bộ xã Hòa Sơn', 'HTXSNV', 'Đề nghị tặng giấy khen'],
    [2, 'Đảng bộ xã Yên Bình', 'HTXSNV', ''],
    first,
    [3, 'Đảng bộ xã Minh Sơn', 'HTTNV', ''],
    [4, 'Chi bộ Hạt Kiểm lâm', 'HTTNV', ''],
    [5, 'Chi bộ Trung tâm Y tế huyện', 'HTTNV', ''],
    second,
    [null, 'Tổng cộng: 5 TCCSĐ'],
  ];

  it('checks the count each line states against the units of its grade above it', () => {
    const report = check({
      name: 'Năm 2023',
      rows: rows([null, 'Cộng HTXSNV: 02 đơn vị'], [null, 'Cộng Hoàn thành tốt nhiệm vụ:', 2]),
    });
    expect(errors(report)).toEqual(['total.mismatch C9']);
  });

  it('raises nothing when the lines are right', () => {
    const report = check({
      name: 'Năm 2023',
      rows: rows([null, 'Cộng HTXSNV: 02 đơn vị'], [null, 'Cộng HTTNV: 3']),
    });
    expect(errors(report)).toEqual([]);
    const y = report.results.ratings.find((r) => r.year === 2023 && r.source === 'list');
    expect(y?.counts).toEqual({ excellent: 2, good: 3, pass: 0, fail: 0 });
  });
});
