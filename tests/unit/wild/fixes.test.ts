/** One test per engine fix that the wild layouts (tools/wild) exposed. */
import type { Scalar } from '../../../src/core/model/snapshot';
import { checkSpecs as check, errorsOf as errors } from '../../helpers/checkSpecs';

describe('the higher level\'s score named "Điểm thẩm định"', () => {
  const rows: Scalar[][] = [
    ['KẾT QUẢ CHẤM ĐIỂM, XẾP LOẠI NĂM 2025'],
    ['TT', 'Tổ chức cơ sở đảng', 'Điểm tự chấm', 'Điểm thẩm định', 'Xếp loại'],
    [1, 'Đảng bộ xã A', 93, 88, 'Hoàn thành tốt nhiệm vụ'],
    [2, 'Đảng bộ xã B', 91, 90.5, 'Hoàn thành xuất sắc nhiệm vụ'],
    [3, 'Đảng bộ xã C', 80, 72, 'Hoàn thành xuất sắc nhiệm vụ'],
  ];

  it('is the score the grade follows, not the own score', () => {
    const report = check({ name: 'Năm 2025', rows });
    expect(errors(report)).toEqual(['grade.score-mismatch E5']);
  });
});

describe('a grade followed by a remark in parentheses', () => {
  it('counts as the grade; a remark naming another grade stays unknown', () => {
    const report = check({
      name: 'Năm 2022',
      rows: [
        ['KẾT QUẢ XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2022'],
        ['STT', 'Tên TCCSĐ', 'Xếp loại'],
        [1, 'Đảng bộ xã A', 'Hoàn thành tốt nhiệm vụ (đề nghị khen)'],
        [2, 'Đảng bộ xã B', 'HTXSNV (đề nghị UBND huyện tặng giấy khen).'],
        [3, 'Đảng bộ xã C', 'HTTNV (HTXSNV)'],
      ],
    });
    expect(errors(report)).toEqual(['grade.unknown C5']);
    const y = report.results.ratings.find((r) => r.year === 2022);
    expect(y?.counts).toEqual({ excellent: 1, good: 1, pass: 0, fail: 0 });
  });
});

describe('cells merged down over several rows', () => {
  it('give each row the merged grade', () => {
    const report = check({
      name: 'Năm 2023',
      rows: [
        ['KẾT QUẢ XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2023'],
        ['STT', 'Tên đơn vị', 'Kết quả', 'Ghi chú'],
        [1, 'Đảng bộ xã A', 'Hoàn thành xuất sắc nhiệm vụ', ''],
        [2, 'Đảng bộ xã B', null, ''],
        [3, 'Đảng bộ xã C', 'Hoàn thành tốt nhiệm vụ', ''],
        [4, 'Đảng bộ xã D', null, ''],
        [5, 'Đảng bộ xã E', null, ''],
        [6, 'Đảng bộ xã F', 'Hoàn thành nhiệm vụ', ''],
      ],
      merges: ['C3:C4', 'C5:C7'],
    });
    expect(report.issues.filter((i) => i.rule === 'grade.blank')).toEqual([]);
    const y = report.results.ratings.find((r) => r.year === 2023 && r.source === 'list');
    expect(y?.counts).toEqual({ excellent: 2, good: 3, pass: 1, fail: 0 });
  });

  it('give each row the merged year of a year column', () => {
    const rows: Scalar[][] = [['STT', 'Năm', 'Tên TCCSĐ', 'Xếp loại']];
    for (const [i, year] of [2019, 2020].entries()) {
      ['Xã A', 'Xã B', 'Xã C'].forEach((name, k) =>
        rows.push([i * 3 + k + 1, k === 0 ? year : null, name, 'HTTNV']),
      );
    }
    const report = check({ name: 'Du lieu', rows, merges: ['B2:B4', 'B5:B7'] });
    expect(errors(report)).toEqual([]);
    const lists = report.results.ratings.filter((r) => r.source === 'list');
    expect(lists.map((l) => [l.year, l.total])).toEqual([
      [2019, 3],
      [2020, 3],
    ]);
  });
});

describe('party cells listed under their commune', () => {
  const rows: Scalar[][] = [
    ['KẾT QUẢ XẾP LOẠI CHI BỘ NĂM 2021'],
    ['STT', 'Đảng bộ xã', 'Chi bộ', 'Xếp loại'],
    [1, 'Hòa Sơn', 'Chi bộ thôn Đoàn Kết', 'HTTNV'],
    [2, null, 'Chi bộ thôn Làng Mới', 'HTXSNV'],
    [3, 'Yên Thịnh', 'Chi bộ thôn Đoàn Kết', 'HTTNV'],
    [4, null, 'Chi bộ thôn Làng Mới', 'HTNV'],
    [5, null, 'Chi bộ thôn Làng Mới', 'HTNV'],
  ];

  it('are the same unit only within one commune', () => {
    const report = check({ name: 'Chi bộ 2021', rows, merges: ['B3:B4', 'B5:B7'] });
    expect(errors(report)).toEqual(['unit.duplicate C7']);
    const y = report.results.ratings.find((r) => r.year === 2021);
    expect(y?.total).toBe(4);
  });
});

describe('group lines in a list', () => {
  it('right under the header, and after a subtotal, do not end the table', () => {
    const report = check({
      name: 'Năm 2024',
      rows: [
        ['KẾT QUẢ XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2024'],
        ['Số TT', 'Tên đơn vị', 'Xếp loại'],
        ['A. ĐẢNG BỘ XÃ, THỊ TRẤN'],
        ['1.1', 'Đảng bộ xã A', 'HTTNV'],
        ['1.2', 'Đảng bộ xã B', 'HTXSNV'],
        [null, 'Cộng', 2],
        [],
        ['B. CHI BỘ CƠ QUAN'],
        ['a)', 'Chi bộ Kho bạc', 'HTTNV'],
        ['b)', 'Chi bộ Kho bạc', 'HTNV'],
      ],
      merges: ['A3:C3', 'A8:C8'],
    });
    expect(errors(report)).toEqual(['unit.duplicate B10']);
    const y = report.results.ratings.find((r) => r.year === 2024);
    expect(y?.counts).toEqual({ excellent: 1, good: 2, pass: 0, fail: 0 });
  });

  it('a title line under a list still ends it', () => {
    const report = check({
      name: 'Các năm',
      rows: [
        ['Năm 2019'],
        ['STT', 'Tên đơn vị', 'Xếp loại'],
        [1, 'Đảng bộ xã A', 'HTTNV'],
        [],
        ['II. KẾT QUẢ XẾP LOẠI NĂM 2020'],
        ['STT', 'Tên đơn vị', 'Xếp loại'],
        [1, 'Đảng bộ xã A', 'HTNV'],
      ],
    });
    expect(errors(report)).toEqual([]);
    const years = report.results.ratings.filter((r) => r.source === 'list').map((r) => r.year);
    expect(years).toEqual([2019, 2020]);
  });
});

describe('tables side by side under one header row', () => {
  it('are each a table with the year line above its own columns', () => {
    const report = check({
      name: 'So sanh',
      rows: [
        ['SO SÁNH KẾT QUẢ XẾP LOẠI CÁC NĂM 2020, 2021'],
        [],
        ['NĂM 2020', null, null, null, 'NĂM 2021'],
        ['TT', 'Đơn vị', 'Xếp loại', null, 'TT', 'Đơn vị', 'Xếp loại'],
        [1, 'Đảng bộ xã A', 'HTTNV', null, 1, 'Đảng bộ xã A', 'HTXSNV'],
        [2, 'Đảng bộ xã B', 'HTNV', null, 2, 'Đảng bộ xã B', 'HTTNV'],
        [3, 'Đảng bộ xã C', 'HTTNV', null, 3, 'Đảng bộ xã A', 'HTTNV'],
      ],
      merges: ['A1:G1', 'A3:C3', 'E3:G3'],
    });
    expect(report.tables.map((t) => [t.range, t.years])).toEqual([
      ['A4:C7', [2020]],
      ['E4:G7', [2021]],
    ]);
    expect(errors(report)).toEqual(['unit.duplicate F7']);
    const lists = report.results.ratings.filter((r) => r.source === 'list');
    expect(lists.map((l) => [l.year, l.counts.excellent, l.counts.good, l.total])).toEqual([
      [2020, 0, 2, 3],
      [2021, 1, 1, 2],
    ]);
  });
});

describe('a summary with a block of level columns per year', () => {
  it('is a summary per year, each line checked against its own total', () => {
    const report = check({
      name: 'TH theo xã',
      rows: [
        ['TỔNG HỢP KẾT QUẢ XẾP LOẠI CHI BỘ TRỰC THUỘC'],
        ['STT', 'Đảng bộ xã', 'Năm 2020', null, null, 'Năm 2021'],
        [null, null, 'Tổng số chi bộ', 'HTXSNV', 'HTTNV', 'Tổng số chi bộ', 'HTXSNV', 'HTTNV'],
        [1, 'Đảng bộ xã A', 10, 2, 8, 10, 3, 7],
        [2, 'Đảng bộ xã B', 8, 1, 7, 9, 1, 7],
        [null, 'Cộng', 18, 3, 15, 19, 4, 14],
      ],
      merges: ['A2:A3', 'B2:B3', 'C2:E2', 'F2:H2'],
    });
    expect(report.tables.map((t) => [t.years, t.range])).toEqual([
      [[2020], 'A2:E6'],
      [[2021], 'F2:H6'],
    ]);
    expect(errors(report)).toEqual(['total.mismatch F5', 'total.mismatch F6']);
    const totals = report.results.ratings.filter((r) => r.source === 'summary');
    expect(totals.map((r) => [r.year, r.counts.excellent, r.total])).toEqual([
      [2020, 3, 18],
      [2021, 4, 19],
    ]);
  });
});
