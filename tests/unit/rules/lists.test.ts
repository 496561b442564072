import { checkWorkbook } from '../../../src/core/engine';
import { resolveSettings } from '../../../src/core/settings';
import { orgListSheet, snapshotOf } from '../../helpers/snapshot';
import { testRule } from '../../helpers/ruleTester';

const T = (y: number) => `BẢNG TỔNG HỢP KẾT QUẢ XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM ${y}`;
const good = 'Hoàn thành tốt nhiệm vụ';

testRule('grade.blank', {
  valid: [
    {
      name: 'every unit graded',
      workbook: snapshotOf(
        orgListSheet('2020', T(2020), [
          ['Xã A', good],
          ['Xã B', 'HTXSNV'],
        ]),
      ),
    },
    {
      name: 'a group row has no grade',
      workbook: snapshotOf(orgListSheet('2020', T(2020), [['Xã A', good]])),
    },
  ],
  invalid: [
    {
      name: 'a unit with an empty grade cell',
      workbook: snapshotOf(
        orgListSheet('Năm 2020', T(2020), [
          ['Xã A', good],
          ['Xã B', null],
          ['Xã C', '  '],
        ]),
      ),
      findings: [
        { sheet: 'Năm 2020', cell: 'C7' },
        { sheet: 'Năm 2020', cell: 'C8' },
      ],
    },
  ],
});

testRule('grade.unknown', {
  valid: [
    {
      name: 'full, abbreviated, short, unaccented and NFD grades',
      workbook: snapshotOf(
        orgListSheet('2020', T(2020), [
          ['Xã A', 'HTTNV'],
          ['Xã B', 'Xuất sắc'],
          ['Xã C', 'hoan thanh nhiem vu'],
          ['Xã D', 'Hoàn thành tốt nhiệm vụ'.normalize('NFD')],
          ['Xã E', 'KHTNV'],
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: 'a typo and a number',
      workbook: snapshotOf(
        orgListSheet('2019', T(2019), [
          ['Xã A', 'HTTVN'],
          ['Xã B', good],
          ['Xã C', 3],
        ]),
      ),
      findings: [
        { sheet: '2019', cell: 'C6' },
        { sheet: '2019', cell: 'C8' },
      ],
    },
  ],
});

testRule('unit.duplicate', {
  valid: [
    {
      name: 'distinct units',
      workbook: snapshotOf(
        orgListSheet('2021', T(2021), [
          ['Đảng bộ xã Hòa Sơn', good],
          ['Đảng bộ xã Hóa Sơn', good],
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: 'the same unit after tone placement and prefix',
      workbook: snapshotOf(
        orgListSheet('2021', T(2021), [
          ['Đảng bộ xã Hòa Sơn', good],
          ['Đảng bộ xã Hòa Bình', good],
          ['xã Hoà  Sơn', 'HTXSNV'],
        ]),
      ),
      findings: [{ sheet: '2021', cell: 'B8' }],
    },
  ],
});

testRule('unit.name-variant', {
  valid: [
    {
      name: 'the same spelling every year',
      workbook: snapshotOf(
        orgListSheet('2019', T(2019), [['Xã Hòa Sơn', good]]),
        orgListSheet('2020', T(2020), [['Xã Hòa Sơn', good]]),
      ),
    },
  ],
  invalid: [
    {
      name: 'another tone placement in one year',
      workbook: snapshotOf(
        orgListSheet('2018', T(2018), [['Xã Hòa Sơn', good]]),
        orgListSheet('2019', T(2019), [['Xã Hòa Sơn', good]]),
        orgListSheet('2020', T(2020), [['Xã Hoà Sơn', good]]),
      ),
      findings: [{ sheet: '2020', cell: 'B6' }],
    },
  ],
});

testRule('grade.scheme-mixed', {
  valid: [
    {
      name: 'a 2017 list on the old scheme',
      workbook: snapshotOf(
        orgListSheet('2017', T(2017), [
          ['Xã A', 'Trong sạch, vững mạnh'],
          ['Xã B', 'Yếu kém'],
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: 'an old grade in a 2019 list',
      workbook: snapshotOf(
        orgListSheet('2019', T(2019), [
          ['Xã A', 'HTXSNV'],
          ['Xã B', 'KHTNV'],
          ['Xã C', 'Trong sạch, vững mạnh'],
        ]),
      ),
      findings: [{ sheet: '2019', cell: 'C8' }],
    },
  ],
});

testRule('grade.excellent-cap', {
  valid: [
    {
      name: 'organization lists are not capped by default',
      workbook: snapshotOf(
        orgListSheet('2020', T(2020), [
          ['A', 'HTXSNV'],
          ['B', 'HTXSNV'],
          ['C', good],
        ]),
      ),
    },
    {
      name: 'members within 20% of the good ones',
      workbook: snapshotOf({
        name: 'Đảng viên 2020',
        rows: [
          ['DANH SÁCH XẾP LOẠI ĐẢNG VIÊN NĂM 2020'],
          ['STT', 'Họ và tên', 'Chi bộ', 'Xếp loại'],
          ...Array.from({ length: 10 }, (_, i) => [
            i + 1,
            `Người ${i}`,
            'Chi bộ Thôn A',
            i === 0 ? 'HTXSNV' : 'HTTNV',
          ]),
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'one organization with 3 excellent against 5 good',
      workbook: snapshotOf({
        name: 'Đảng viên 2020',
        rows: [
          ['DANH SÁCH XẾP LOẠI ĐẢNG VIÊN NĂM 2020'],
          ['STT', 'Họ và tên', 'Chi bộ', 'Xếp loại'],
          ...Array.from({ length: 8 }, (_, i) => [
            i + 1,
            `Người ${i}`,
            'Chi bộ Thôn A',
            i < 3 ? 'HTXSNV' : 'HTTNV',
          ]),
          ...Array.from({ length: 6 }, (_, i) => [
            i + 9,
            `Người B${i}`,
            'Chi bộ Thôn B',
            i < 1 ? 'HTXSNV' : 'HTTNV',
          ]),
        ],
      }),
      findings: [{ sheet: 'Đảng viên 2020', cell: 'C3' }],
    },
    {
      name: 'organization lists when the setting is on (2020: 11 excellent, 42 good)',
      settings: { excellentCap: { organizations: true } },
      workbook: snapshotOf(
        orgListSheet('2020', T(2020), [
          ...Array.from({ length: 11 }, (_, i) => [`Xã X${i}`, 'HTXSNV'] as [string, string]),
          ...Array.from({ length: 42 }, (_, i) => [`Xã G${i}`, good] as [string, string]),
        ]),
      ),
      findings: [{ sheet: '2020', cell: 'B6' }],
    },
  ],
});

testRule('grade.score-mismatch', {
  valid: [
    {
      name: 'grades that follow the superior score',
      workbook: snapshotOf({
        name: 'Năm 2025',
        rows: [
          ['KẾT QUẢ XẾP LOẠI NĂM 2025'],
          ['STT', 'Tên tổ chức cơ sở đảng', 'Tự chấm', 'Cấp trên chấm', 'Xếp loại'],
          [1, 'Xã A', 95, 91, 'Hoàn thành xuất sắc nhiệm vụ'],
          [2, 'Xã B', 92, 88, 'Hoàn thành tốt nhiệm vụ'],
          [3, 'Xã C', 60, 49.5, 'Không hoàn thành nhiệm vụ'],
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'a grade that follows the own score instead',
      workbook: snapshotOf({
        name: 'Năm 2025',
        rows: [
          ['KẾT QUẢ XẾP LOẠI NĂM 2025'],
          ['STT', 'Tên tổ chức cơ sở đảng', 'Tự chấm', 'Cấp trên chấm', 'Xếp loại'],
          [1, 'Xã A', 92, 88, 'Hoàn thành xuất sắc nhiệm vụ'],
          [2, 'Xã B', 75, 70, 'Hoàn thành tốt nhiệm vụ'],
          [3, 'Xã C', 72, 69.9, 'Hoàn thành tốt nhiệm vụ'],
        ],
      }),
      findings: [
        { sheet: 'Năm 2025', cell: 'E3' },
        { sheet: 'Năm 2025', cell: 'E5' },
      ],
    },
  ],
});

testRule('table.year-unknown', {
  valid: [
    {
      name: 'a year in the sheet name only',
      workbook: snapshotOf(orgListSheet('XL 2019', 'DANH SÁCH', [['Xã A', good]])),
    },
  ],
  invalid: [
    {
      name: 'no year anywhere',
      workbook: snapshotOf(orgListSheet('Sheet1', 'DANH SÁCH XẾP LOẠI', [['Xã A', good]])),
      findings: [{ sheet: 'Sheet1', cell: 'C4' }],
    },
  ],
});

describe('list layouts', () => {
  it('reads one column per year, headed by the year alone', () => {
    const { report } = checkWorkbook(
      snapshotOf({
        name: 'Tổng hợp 3 năm',
        rows: [
          ['KẾT QUẢ XẾP LOẠI 2018 - 2020'],
          ['STT', 'Tên tổ chức cơ sở đảng', 'Năm 2018', 'Năm 2019', 'Năm 2020'],
          [1, 'Xã A', 'HTXSNV', 'HTTNV', 'HTTNV'],
          [2, 'Xã B', 'HTTNV', 'HTTNV', 'HTXSNV'],
          [3, 'Xã C', 'HTNV', 'HTTNV', null],
        ],
      }),
      resolveSettings({}),
    );
    const byYear = Object.fromEntries(report.results.ratings.map((r) => [r.year, r.counts]));
    expect(byYear[2018]).toEqual({ excellent: 1, good: 1, pass: 1, fail: 0 });
    expect(byYear[2019]).toEqual({ excellent: 0, good: 3, pass: 0, fail: 0 });
    expect(byYear[2020]).toEqual({ excellent: 1, good: 1, pass: 0, fail: 0 });
  });

  it('reads a long table with a year column, and a member list headed "Họ tên đảng viên"', () => {
    const { report } = checkWorkbook(
      snapshotOf({
        name: 'Đảng viên',
        rows: [
          ['Năm', 'Họ tên đảng viên', 'Chi bộ', 'Xếp loại'],
          [2019, 'Nguyễn Văn A', 'Chi bộ Thôn 1', 'HTTNV'],
          [2020, 'Nguyễn Văn A', 'Chi bộ Thôn 1', 'HTXSNV'],
          [2019, 'Trần Thị B', 'Chi bộ Thôn 1', 'Miễn đánh giá'],
          [2020, 'Trần Thị B', 'Chi bộ Thôn 1', 'HTTNV'],
        ],
      }),
      resolveSettings({}),
    );
    expect(report.tables[0]).toMatchObject({
      kind: 'rating-list',
      subject: 'member',
      years: [2019, 2020],
    });
    const byYear = Object.fromEntries(
      report.results.ratings.map((r) => [r.year, [r.counts, r.total]]),
    );
    expect(byYear[2019]).toEqual([{ excellent: 0, good: 1, pass: 0, fail: 0 }, 1]);
    expect(byYear[2020]).toEqual([{ excellent: 1, good: 1, pass: 0, fail: 0 }, 2]);
  });
});
