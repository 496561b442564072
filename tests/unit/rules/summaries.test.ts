import type { Scalar } from '../../../src/core/model/snapshot';
import { orgListSheet, snapshotOf, summaryHeader, type SheetSpec } from '../../helpers/snapshot';
import { testRule } from '../../helpers/ruleTester';

/** A summary with a merged grade name over SL and %, one line per year. */
function summary(lines: Scalar[][], extra: Partial<SheetSpec> = {}): SheetSpec {
  const byGroup = lines.some((l) => typeof l[0] === 'string');
  return {
    name: 'Tổng hợp',
    rows: [
      [`TỔNG HỢP KẾT QUẢ XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG${byGroup ? ' NĂM 2020' : ''}`],
      [],
      ...summaryHeader(byGroup ? 'Đơn vị' : 'Năm'),
      ...lines,
    ],
    merges: ['A1:J1', 'A3:A4', 'B3:B4', 'C3:D3', 'E3:F3', 'G3:H3', 'I3:J3'],
    ...extra,
  };
}

const ok2020 = [2020, 58, 11, 19, 42, 72.4, 5, 8.6, 0, 0];

testRule('total.mismatch', {
  valid: [{ name: 'counts add up', workbook: snapshotOf(summary([ok2020])) }],
  invalid: [
    {
      name: 'one missing',
      workbook: snapshotOf(summary([ok2020, [2021, 58, 9, 15.5, 44, 75.9, 4, 6.9, 0, 0]])),
      findings: [{ sheet: 'Tổng hợp', cell: 'B6' }],
    },
  ],
});

testRule('percent.mismatch', {
  valid: [
    { name: 'points rounded right', workbook: snapshotOf(summary([ok2020])) },
    {
      name: 'fractions formatted 0.0%',
      workbook: snapshotOf(
        summary([[2020, 58, 11, 0.19, 42, 0.724, 5, 0.086, 0, 0]], {
          formats: { D5: '0.0%', F5: '0.0%', H5: '0.0%', J5: '0.0%' },
        }),
      ),
    },
    {
      name: 'a share of the units rated rather than of the total',
      workbook: snapshotOf(summary([[2018, 58, 8, 14.0, 44, 77.2, 5, 8.8, 0, 0]])),
    },
  ],
  invalid: [
    {
      name: "the article's 18.9% for 11 of 58 (19.0%)",
      workbook: snapshotOf(summary([[2020, 58, 11, 18.9, 42, 72.4, 5, 8.6, 0, 0]])),
      findings: [{ sheet: 'Tổng hợp', cell: 'D5' }],
    },
    {
      name: 'a formatted fraction off by a point',
      workbook: snapshotOf(
        summary([[2020, 58, 11, 0.18, 42, 0.724, 5, 0.086, 0, 0]], {
          formats: { D5: '0.0%', F5: '0.0%', H5: '0.0%', J5: '0.0%' },
        }),
      ),
      findings: [{ sheet: 'Tổng hợp', cell: 'D5' }],
    },
  ],
});

testRule('summary.list-mismatch', {
  valid: [
    {
      name: 'the summary agrees with the list',
      workbook: snapshotOf(
        orgListSheet('Năm 2020', 'XẾP LOẠI NĂM 2020', [
          ['A', 'HTXSNV'],
          ['B', 'HTTNV'],
          ['C', 'HTTNV'],
        ]),
        summary([[2020, 3, 1, 33.3, 2, 66.7, 0, 0, 0, 0]]),
      ),
    },
  ],
  invalid: [
    {
      name: 'the summary moves a unit to another grade',
      workbook: snapshotOf(
        orgListSheet('Năm 2020', 'XẾP LOẠI NĂM 2020', [
          ['A', 'HTXSNV'],
          ['B', 'HTTNV'],
          ['C', 'HTTNV'],
        ]),
        summary([[2020, 3, 2, 66.7, 1, 33.3, 0, 0, 0, 0]]),
      ),
      findings: [{ sheet: 'Tổng hợp', row: 5 }],
    },
  ],
});

testRule('value.not-number', {
  valid: [{ name: 'numbers', workbook: snapshotOf(summary([ok2020])) }],
  invalid: [
    {
      name: 'a count typed as text, and a word',
      workbook: snapshotOf(summary([[2020, 58, '11 ', 19, 42, 72.4, 'năm', 8.6, 0, 0]])),
      findings: [
        { sheet: 'Tổng hợp', cell: 'C5' },
        { sheet: 'Tổng hợp', cell: 'G5' },
      ],
    },
  ],
});

testRule('value.formula-error', {
  valid: [{ name: 'no errors', workbook: snapshotOf(summary([ok2020])) }],
  invalid: [
    {
      name: 'a #DIV/0! share',
      workbook: snapshotOf(
        summary([[2020, 58, 11, null, 42, 72.4, 5, 8.6, 0, 0]], { errors: { D5: '#DIV/0!' } }),
      ),
      findings: [{ sheet: 'Tổng hợp', cell: 'D5' }],
    },
  ],
});

testRule('sheet.unrecognized', {
  valid: [
    { name: 'an empty sheet says nothing', workbook: snapshotOf({ name: 'Trống', rows: [] }) },
  ],
  invalid: [
    {
      name: 'a sheet of notes',
      workbook: snapshotOf({
        name: 'Ghi chú',
        rows: [['Danh sách gửi các xã'], ['Hạn nộp 15/12']],
      }),
      findings: [{ sheet: 'Ghi chú' }],
    },
  ],
});

testRule('header.missing-column', {
  valid: [
    {
      name: 'a complete list',
      workbook: snapshotOf(orgListSheet('2020', 'XẾP LOẠI NĂM 2020', [['A', 'HTTNV']])),
    },
  ],
  invalid: [
    {
      name: 'a rating sheet without its grade column',
      workbook: snapshotOf({
        name: '2020',
        rows: [
          ['KẾT QUẢ XẾP LOẠI NĂM 2020'],
          ['STT', 'Tên tổ chức cơ sở đảng', 'Ghi chú'],
          [1, 'Xã A', ''],
        ],
      }),
      findings: [{ sheet: '2020', cell: 'A2' }],
    },
  ],
});

testRule('summary.list-mismatch', {
  valid: [
    {
      name: 'a summary by group: only its total line is the whole year',
      workbook: snapshotOf(
        orgListSheet('Năm 2020', 'XẾP LOẠI NĂM 2020', [
          ['A', 'HTXSNV'],
          ['B', 'HTTNV'],
          ['C', 'HTTNV'],
        ]),
        summary([
          ['I. Đảng bộ xã', 2, 1, 50, 1, 50, 0, 0, 0, 0],
          ['II. Cơ quan', 1, 0, 0, 1, 100, 0, 0, 0, 0],
          ['Tổng cộng', 3, 1, 33.3, 2, 66.7, 0, 0, 0, 0],
        ]),
      ),
    },
  ],
  invalid: [],
});
