/**
 * percent.mismatch: a typed share further from count/total than its display rounding. Silent
 * within rounding on either base (the total, or the units rated), in points or as a formatted
 * fraction, and for a zero count shown as 0.
 */
import { SUMMARY_2020, summarySheet } from '../../helpers/ruleSheets';
import { testRule } from '../../helpers/ruleTester';
import { xlsxOf } from '../../helpers/specXlsx';

const PERCENT = { D5: '0.0%', F5: '0.0%', H5: '0.0%', J5: '0.0%' };

/** A summary per commune with shares of several grades: good and above, of which excellent. */
function nestedShares(rows: [string, number, number, number, number, number, number, number][]) {
  return xlsxOf({
    name: 'TH 2022',
    rows: [
      ['TỶ LỆ CHI BỘ HOÀN THÀNH TỐT NHIỆM VỤ TRỞ LÊN NĂM 2022'],
      [],
      ['Đảng bộ xã', 'Tổng số chi bộ', 'HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'].concat([
        'Tỷ lệ HTT trở lên (%)',
        'Trong đó HTXS (%)',
      ]),
      ...rows,
    ],
  });
}

testRule('percent.mismatch', {
  severity: 'warning',
  valid: [
    { name: 'points rounded right', workbook: xlsxOf(summarySheet([SUMMARY_2020])) },
    {
      name: 'fractions formatted 0.0%',
      workbook: xlsxOf(
        summarySheet([[2020, 58, 11, 0.19, 42, 0.724, 5, 0.086, 0, 0]], { formats: PERCENT }),
      ),
    },
    {
      name: 'a share of the units rated rather than of the total',
      workbook: xlsxOf(summarySheet([[2018, 58, 8, 14.0, 44, 77.2, 5, 8.8, 0, 0]])),
    },
    {
      name: 'whole points: 1 of 3 typed 33, 2 of 3 typed 67',
      workbook: xlsxOf(summarySheet([[2022, 3, 1, 33, 2, 67, 0, 0, 0, 0]])),
    },
    {
      name: 'at the edge of rounding on either base: 7/60 = 11.67 typed 11.7, 3/60 = 5 typed 5',
      workbook: xlsxOf(summarySheet([[2021, 60, 7, 11.7, 50, 83.3, 3, 5, 0, 0]])),
    },
    {
      name: 'fractions against the units rated: 8 of 57 rated is 14.0%',
      workbook: xlsxOf(
        summarySheet([[2018, 58, 8, 0.14, 44, 0.772, 5, 0.088, 0, 0]], { formats: PERCENT }),
      ),
    },
    {
      name: 'nested shares: 9 of 12 good and above is 75, of which 2 excellent 16.67 (or 22.22 of 9)',
      workbook: nestedShares([
        ['Đảng bộ xã Hòa Bình', 12, 2, 7, 2, 1, 75, 16.67],
        ['Đảng bộ xã Tân Lập', 12, 2, 7, 2, 1, 75, 22.22],
      ]),
    },
  ],
  invalid: [
    {
      name: 'a good-and-above share 8 points off',
      workbook: nestedShares([
        ['Đảng bộ xã Hòa Bình', 12, 2, 7, 2, 1, 67, 16.67],
        ['Đảng bộ xã Tân Lập', 9, 1, 6, 2, 0, 77.78, 11.11],
      ]),
      findings: [
        {
          sheet: 'TH 2022',
          cell: 'G4',
          vi: ['Ghi 67% nhưng 9/12 = 75.0%'],
          en: ['Typed 67% but 9/12 = 75.0%'],
        },
      ],
    },
    {
      name: "the article's 18.9% for 11 of 58 (19.0%)",
      workbook: xlsxOf(summarySheet([[2020, 58, 11, 18.9, 42, 72.4, 5, 8.6, 0, 0]])),
      findings: [
        {
          sheet: 'Tổng hợp',
          cell: 'D5',
          vi: ['Ghi 18.9% nhưng 11/58 = 19.0%'],
          en: ['Typed 18.9% but 11/58 = 19.0%'],
        },
      ],
    },
    {
      name: 'a formatted fraction off by a point',
      workbook: xlsxOf(
        summarySheet([[2020, 58, 11, 0.18, 42, 0.724, 5, 0.086, 0, 0]], { formats: PERCENT }),
      ),
      findings: [
        {
          sheet: 'Tổng hợp',
          cell: 'D5',
          vi: ['Ghi 18% nhưng 11/58 = 19.0%'],
          en: ['Typed 18% but 11/58 = 19.0%'],
        },
      ],
    },
    {
      name: 'a share for a zero count',
      workbook: xlsxOf(summarySheet([[2020, 58, 11, 19, 42, 72.4, 5, 8.6, 0, 1.7]])),
      findings: [
        { sheet: 'Tổng hợp', cell: 'J5', vi: ['Ghi 1.7% nhưng 0/58'], en: ['Typed 1.7% but 0/58'] },
      ],
    },
  ],
});
