/** One test per engine fix that round 2 of the wild layouts (tools/wild/families/round2.ts) exposed. */
import type { Scalar } from '../../../src/core/model/snapshot';
import { checkSpecs as check, errorsOf as errors } from '../../helpers/checkSpecs';

describe('a register whose thematic quarters are marked like its months', () => {
  const months = (mark: string) => Array.from({ length: 12 }, () => mark);
  const rows: Scalar[][] = [
    ['THEO DÕI SINH HOẠT CHI BỘ NĂM 2022'],
    [
      'STT',
      'Tên chi bộ',
      ...months('').map((_, i) => `T${i + 1}`),
      'SHCĐ Q1',
      'SHCĐ Q2',
      'SHCĐ Q3',
      'SHCĐ Q4',
    ],
    [1, 'Chi bộ thôn A', ...months('√'), '√', '√', '√', '√'],
    [2, 'Chi bộ thôn B', ...months('Có'), 'Có', 'Không', 'Có', 'Có'],
    [3, 'Chi bộ thôn C', ...months('Đ'), 'Đ', 'Đ', 'K', 'Đ'],
  ];

  it('reads a held mark as one meeting and a not-held word as none, raising no error', () => {
    const report = check({ name: 'SHCB 2022', rows });
    expect(errors(report)).toEqual([]);
    const got = report.results.meetings.map((m) => [m.regular, m.compliant]);
    expect(got).toEqual([
      [12, true],
      [12, false],
      [12, false],
    ]);
  });
});

describe('party cells indented under their commune, without a commune column', () => {
  it('are the same unit only under one commune', () => {
    const report = check({
      name: 'Năm 2021',
      rows: [
        ['KẾT QUẢ XẾP LOẠI ĐẢNG BỘ XÃ VÀ CHI BỘ TRỰC THUỘC NĂM 2021'],
        ['STT', 'Tên tổ chức đảng', 'Xếp loại'],
        [1, 'Đảng bộ xã Hòa Sơn', 'HTTNV'],
        ['1.1', 'Chi bộ thôn Đoàn Kết', 'HTTNV'],
        ['1.2', 'Chi bộ thôn Làng Mới', 'HTXSNV'],
        [2, 'Đảng bộ xã Minh Sơn', 'HTNV'],
        ['', '   Chi bộ thôn Đoàn Kết', 'HTTNV'],
        ['', '  + Chi bộ thôn Làng Mới', 'HTTNV'],
        ['', '   Chi bộ thôn Đoàn Kết', 'HTNV'],
        [3, 'Chi bộ thôn Làng Mới', 'HTTNV'],
      ],
    });
    // The third "Đoàn Kết" repeats Minh Sơn's; the flat "Làng Mới" after them repeats no one's.
    expect(errors(report)).toEqual(['unit.duplicate B9']);
    const y = report.results.ratings.find((r) => r.year === 2021);
    expect(y?.counts).toEqual({ excellent: 1, good: 5, pass: 1, fail: 0 });
  });
});

describe('a list pasted page by page, its header repeated', () => {
  it('is one table: the repeated header is no unit, a unit on both pages a duplicate', () => {
    const header = ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại', 'Ghi chú'];
    const report = check({
      name: 'Năm 2020',
      rows: [
        ['KẾT QUẢ XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2020'],
        header,
        [1, 'Đảng bộ xã A', 'HTTNV', ''],
        [2, 'Đảng bộ xã B', 'HTXSNV', ''],
        [3, 'Đảng bộ xã C', 'HTTNV', ''],
        [null, null, null, 'Trang 2'],
        header,
        [4, 'Đảng bộ xã D', 'HTNV', ''],
        [5, 'Đảng bộ xã B', 'HTTNV', ''],
        header,
        [6, 'Đảng bộ xã E', 'HTTNV', ''],
      ],
    });
    expect(errors(report)).toEqual(['unit.duplicate B9']);
    const lists = report.results.ratings.filter((r) => r.year === 2020 && r.source === 'list');
    expect(lists).toHaveLength(1);
    expect(lists[0]?.counts).toEqual({ excellent: 1, good: 3, pass: 1, fail: 0 });
  });
});
