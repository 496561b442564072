import { checkWorkbook } from '../../../src/core/engine';
import type { Scalar } from '../../../src/core/model/snapshot';
import { resolveSettings } from '../../../src/core/settings';
import { snapshotOf, type SheetSpec } from '../../helpers/snapshot';

/**
 * Causes the layout corpus found on seeds 31337 and 909090909 (branch `listgaps`), each on the
 * smallest sheet showing it.
 */
function check(...specs: SheetSpec[]) {
  return checkWorkbook(snapshotOf(...specs), resolveSettings({})).report;
}

const findings = (report: ReturnType<typeof check>, severity: string) =>
  report.issues.filter((f) => f.severity === severity).map((f) => `${f.rule} ${f.cell ?? f.row}`);

describe('a headerless list opening with a group line', () => {
  it("the first group's one unit, numbered and not graded yet, is the list's first unit", () => {
    const report = check({
      name: 'Năm 2019',
      rows: [
        [null, 'I. Đảng bộ xã, thị trấn'],
        ['1', 'ĐB xã Ấm Hạ', 'Thôn Lân Châu', null, 'Nguyễn Hữu Giang'],
        [null, 'II. Khối cơ quan'],
        [
          '2.',
          'Chi bộ Viện Kiểm sát nhân dân huyện',
          'Thôn Bãi Lải',
          'Hoàn thành tốt',
          'Vi Hữu Thảo',
        ],
        [null, 'III. Khối doanh nghiệp'],
        ['3', 'Chi bộ Ngân hàng Chính sách xã hội', 'Thôn Hố Mười', 'Tốt', 'Trần Văn Dung'],
        [null, 'IV. LỰC LƯỢNG VŨ TRANG'],
        ['4', 'Đảng bộ Quân sự huyện', 'Thôn Nà Lừa', 'XS', 'Lê Hữu Cường'],
        ['5', 'Đảng bộ Công an huyện', 'Thôn Na Hoa', 'HTT', 'Phạm Hữu Tuấn'],
      ],
    });
    // Before: the list began at the second group line (A3), its first unit lost.
    expect(report.tables).toMatchObject([
      { kind: 'rating-list', range: 'A1:D9', years: [2019], headerRows: [1, 0] },
    ]);
    expect(findings(report, 'warning')).toEqual(['grade.blank D2']);
    expect(findings(report, 'error')).toEqual([]);
  });

  it('a title over the first group line is no unit, numbered list or not', () => {
    const report = check({
      name: 'XL 2020',
      rows: [
        ['ĐẢNG BỘ HUYỆN HỮU LŨNG'],
        ['I. Đảng bộ xã, thị trấn'],
        ['Đảng bộ xã Hòa Sơn', 'HTTNV'],
        ['Đảng bộ xã Yên Thịnh', 'HTXSNV'],
        ['Đảng bộ xã Minh Tiến', 'HTNV'],
      ],
    });
    expect(report.tables).toMatchObject([{ kind: 'rating-list', range: 'A2:B5' }]);
  });
});

describe('a short list with no header, numbered and naming party organizations', () => {
  const rows = (bad: string): Scalar[][] => [
    ['(Kèm theo Quyết định số 452-QĐ/HU ngày 14/01/2022)'],
    [],
    ['1.', 'Hòa Lạc', 'Hoan thanh xuat sac nhiem vu'],
    ['2.', 'Thanh Sơn', 'Hoan thanh nhiem vu'],
    ['3', 'Đảng bộ Quân sự huyện', bad],
    ['4.', 'Chi bộ Hạt Kiểm lâm', 'Hoan thanh tot nhiem vu'],
    [null, 'Cộng'],
  ];

  it('is read as surely as under a header: its one grade of another system is an error', () => {
    const report = check({ name: '2021', rows: rows('Tiên tiến') });
    // Before: 60% understood, one table.uncertain note, the defect missed.
    expect(report.tables).toMatchObject([{ kind: 'rating-list', range: 'A3:C7', years: [2021] }]);
    expect(report.tables[0]!.reasons.join()).toMatch(/numbered from 1/);
    expect(findings(report, 'error')).toEqual(['grade.unknown C5']);
  });

  it('a correct one raises nothing', () => {
    const report = check({ name: '2021', rows: rows('HTT NV') });
    expect(report.issues.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(report.results.ratings).toMatchObject([
      { year: 2021, counts: { excellent: 1, good: 2, pass: 1, fail: 0 } },
    ]);
  });

  it('numbered out of turn, or bare commune names, or three units: still a doubt, no error', () => {
    const skipped = rows('Tiên tiến');
    skipped[5] = ['6.', 'Chi bộ Hạt Kiểm lâm', 'Hoan thanh tot nhiem vu'];
    const villages = rows('Tiên tiến').map((r) =>
      r.length === 3 ? [r[0]!, `Thôn ${String(r[0])}`, r[2]!] : r,
    );
    const three = rows('Tiên tiến').filter((_, i) => i !== 5);
    for (const sheet of [skipped, villages, three]) {
      const report = check({ name: '2021', rows: sheet });
      expect(findings(report, 'error')).toEqual([]);
      expect(report.issues.map((f) => f.rule)).toContain('table.uncertain');
    }
  });
});

describe('a note beside a blank grade', () => {
  it('"Sáp nhập từ 2 chi bộ" says where the unit came from, not why it has no grade', () => {
    const report = check({
      name: 'KQ 2016',
      rows: [
        ['STT', 'Tổ chức cơ sở đảng', 'Xếp loại', 'Ghi chú'],
        [1, 'Đảng bộ thị trấn Hữu Lũng', null, 'Sáp nhập từ 2 chi bộ'],
        [2, 'Đảng bộ xã Hồ Sơn', 'HTTNV', null],
        [3, 'Chi bộ Chi cục Thuế', null, 'Đã sáp nhập vào Đảng bộ xã Hồ Sơn'],
        [4, 'Chi bộ Kho bạc Nhà nước', 'HTNV', null],
      ],
    });
    // Before: both blanks were taken as explained, the first one's grade.blank missed.
    expect(findings(report, 'warning')).toEqual(['grade.blank C2']);
  });
});

describe('a list continued under "(Tiếp theo)"', () => {
  const H = ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại'];
  const first = [
    ['KẾT QUẢ XẾP LOẠI TCCSĐ NĂM 2022'],
    H,
    [1, 'Đảng bộ xã Hòa Sơn', 'HTTNV'],
    [2, 'Đảng bộ xã Yên Thịnh', 'HTXSNV'],
    [3, 'Đảng bộ xã Minh Tiến', 'HTTNV'],
    [4, 'Chi bộ Chi cục Thuế', 'HTNV'],
  ];
  const rest = [
    ['(Tiếp theo)'],
    H,
    [5, 'Chi bộ Kho bạc Nhà nước', 'HTTNV'],
    [6, 'Đảng bộ xã Yên Thịnh', 'HTTNV'],
    [7, 'Chi bộ Phòng Nội vụ', 'HTTNV'],
  ];

  it('on the next sheet: a unit of the first part repeated in the second is one duplicate', () => {
    const report = check({ name: 'XL 2022', rows: first }, { name: 'Trang 2', rows: rest });
    // Before: two lists, the repeated unit counted in both and not reported.
    expect(findings(report, 'error')).toEqual(['unit.duplicate B4']);
    expect(report.issues.find((f) => f.rule === 'unit.duplicate')?.messages.en).toMatch(
      /already listed at 'XL 2022'!B4/,
    );
    const total = report.results.ratings
      .filter((r) => r.year === 2022)
      .reduce((n, r) => n + r.counts.excellent + r.counts.good + r.counts.pass, 0);
    expect(total).toBe(6);
  });

  it('further down the same sheet: the same', () => {
    const report = check({ name: 'XL 2022', rows: [...first, [], [], ...rest] });
    expect(findings(report, 'error')).toEqual(['unit.duplicate B12']);
  });

  it('a "continued" part typing most of the first part again is another version: no duplicates', () => {
    const again = [rest[0]!, H, ...first.slice(2, 5).map((r) => [r[0]!, r[1]!, 'HTNV'])];
    const report = check({ name: 'XL 2022', rows: first }, { name: 'Trang 2', rows: again });
    expect(findings(report, 'error')).toEqual([]);
  });

  it('a list of another year on the next sheet is no part of it', () => {
    const other = [['KẾT QUẢ XẾP LOẠI TCCSĐ NĂM 2023'], ...rest.slice(1)];
    const report = check({ name: 'XL 2022', rows: first }, { name: 'XL 2023', rows: other });
    expect(findings(report, 'error')).toEqual([]);
  });
});

describe('a sheet named "XL2017"', () => {
  it('names ratings as "XL 2017" does: a short headerless list\'s one wrong grade is an error', () => {
    const report = check({
      name: 'XL2017',
      rows: [
        ['I. Khối xã, thị trấn'],
        ['ĐB xã Hòa Lạc', 124, 'Tốt lắm'],
        ['ĐB xã Thiện Tân', 139, 'Hoàn thành tốt nhiệm vụ'],
        ['II. Chi bộ cơ quan, đơn vị sự nghiệp'],
        ['Chi bộ Phòng Giáo dục và Đào tạo', 166, 'Hoàn thành tốt nhiệm vụ'],
        ['III. LỰC LƯỢNG VŨ TRANG'],
        ['Đảng bộ Quân sự huyện', 162, 'Yếu kém'],
        ['Cộng'],
      ],
    });
    // Before: 60% understood ("xl2017" did not read as "xl 2017"), the defect missed.
    expect(findings(report, 'error')).toEqual(['grade.unknown C2']);
  });
});
