/**
 * The merger crosswalk (wild family merger-crosswalk): old communes with their 2024 grades on the
 * left, the new commune and its 2025 grade merged down over its old communes on the right. A
 * unit whose name and grade are merged over the same rows is one unit; a grade merged over rows
 * with names of their own is one grade per name.
 */
import type { Scalar } from '../../../src/core/model/snapshot';
import { checkSpecs as check, errorsOf as errors } from '../../helpers/checkSpecs';

const crosswalk = {
  name: 'Đối chiếu 2024-2025',
  rows: [
    ['KẾT QUẢ XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG TRƯỚC VÀ SAU SẮP XẾP ĐƠN VỊ HÀNH CHÍNH CẤP XÃ'],
    [],
    ['STT', 'Năm 2024 (trước sắp xếp)', null, 'Năm 2025 (sau sắp xếp)', null, 'Ghi chú'],
    [null, 'Đảng bộ xã (cũ)', 'Xếp loại', 'Đảng bộ xã (mới)', 'Xếp loại', null],
    [1, 'Đảng bộ xã An Bình', 'HTTNV', 'Đảng bộ xã Hòa Bình', 'HTXSNV', ''],
    [2, 'Đảng bộ xã Tân Lập', 'HTNV', null, null, ''],
    [3, 'Đảng bộ xã Yên Thịnh', 'HTTNV', null, null, ''],
    [4, 'Đảng bộ xã Minh Hòa', 'HTXSNV', 'Đảng bộ xã Kim Sơn', 'HTTNV', ''],
    [5, 'Đảng bộ xã Quang Trung', 'HTTNV', null, null, ''],
    [6, 'Đảng bộ xã Đồng Tâm', 'KHTNV', 'Đảng bộ xã Phú Lương', 'HTTNV', ''],
    [7, 'Đảng bộ xã Hợp Thành', 'HTTNV', null, null, ''],
  ] as Scalar[][],
  merges: [
    'B3:C3',
    'D3:E3',
    'A3:A4',
    'F3:F4',
    'D5:D7',
    'E5:E7',
    'D8:D9',
    'E8:E9',
    'D10:D11',
    'E10:E11',
  ],
};

describe('a new commune merged down over its old communes', () => {
  it('counts once in its year, the old communes once each in theirs', () => {
    const report = check(crosswalk);
    expect(errors(report)).toEqual([]);
    const year = (y: number) =>
      report.results.ratings.find((r) => r.year === y && r.source === 'list');
    expect(year(2025)?.counts).toEqual({ excellent: 1, good: 2, pass: 0, fail: 0 });
    expect(year(2025)?.total).toBe(3);
    expect(year(2024)?.counts).toEqual({ excellent: 1, good: 4, pass: 1, fail: 1 });
    expect(year(2024)?.total).toBe(7);
  });

  it('a unit whose name and grade are merged over the same rows is one unit, not a duplicate', () => {
    const report = check({
      name: 'Năm 2020',
      rows: [
        ['KẾT QUẢ XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2020'],
        ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại', 'Ghi chú'],
        [1, 'Đảng bộ xã A', 'HTXSNV', 'Sáp nhập từ hai xã cũ'],
        [null, null, null, null],
        [2, 'Đảng bộ xã B', 'HTTNV', ''],
        [3, 'Đảng bộ xã C', 'HTNV', ''],
      ] as Scalar[][],
      merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4'],
    });
    expect(errors(report)).toEqual([]);
    const y = report.results.ratings.find((r) => r.year === 2020);
    expect(y?.counts).toEqual({ excellent: 1, good: 1, pass: 1, fail: 0 });
    expect(y?.total).toBe(3);
  });

  it('a grade merged over rows with names of their own is one grade per name', () => {
    const report = check({
      name: 'Năm 2020',
      rows: [
        ['KẾT QUẢ XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2020'],
        ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại'],
        [1, 'Đảng bộ xã A', 'HTTNV'],
        [2, 'Đảng bộ xã B', null],
        [3, 'Đảng bộ xã C', null],
        [4, 'Đảng bộ xã D', 'HTNV'],
      ] as Scalar[][],
      merges: ['C3:C5'],
    });
    expect(errors(report)).toEqual([]);
    const y = report.results.ratings.find((r) => r.year === 2020);
    expect(y?.counts).toEqual({ excellent: 0, good: 3, pass: 1, fail: 0 });
  });
});
