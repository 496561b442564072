/** One test per engine fix that round 4 of the wild layouts (tools/wild/families/round4.ts) exposed. */
import type { Scalar } from '../../../src/core/model/snapshot';
import { checkSpecs as check, errorsOf as errors } from '../../helpers/checkSpecs';

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
