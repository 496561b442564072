/**
 * total.mismatch: a summary line whose counts do not add up to its total, or a tick list's "Cộng"
 * line that differs from the marks above it. Subtotal lines and a total line of subtotals that add
 * up stay silent, and so does a line with an unreadable count (value.not-number says it).
 */
import type { Scalar } from '../../../src/core/model/snapshot';
import { SUMMARY_2020, summarySheet, type SheetSpec } from '../../helpers/ruleSheets';
import { testRule } from '../../helpers/ruleTester';
import { xlsxOf } from '../../helpers/specXlsx';

/** A tick list with a "Cộng" line under its units (row 4 on). */
function tickList(rows: Scalar[][], total: Scalar[]): SheetSpec {
  return {
    name: 'Năm 2020',
    rows: [
      ['BẢNG XẾP LOẠI NĂM 2020'],
      ['STT', 'Tên TCCSĐ', 'Kết quả xếp loại', null, null, null],
      [null, null, 'HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'],
      ...rows.map((r, i) => [i + 1, ...r]),
      ['Cộng', null, ...total],
    ],
    merges: ['A2:A3', 'B2:B3', 'C2:F2'],
  };
}

/** A summary with a column of units left unrated, in the total but in no grade. */
function withUnrated(header: string, lines: Scalar[][]): SheetSpec {
  const sheet = summarySheet(lines);
  const [h1, h2] = [sheet.rows[2]!, sheet.rows[3]!];
  return {
    ...sheet,
    rows: [sheet.rows[0]!, [], [...h1, header], [...h2, null], ...sheet.rows.slice(4)],
    merges: [...sheet.merges!, 'K3:K4'],
  };
}

/** Each đảng bộ's own grade beside its party cells' number and counts per grade (row 5 on). */
function committeeCells(total: Scalar[]): SheetSpec {
  return {
    name: 'Tổng hợp 2024',
    rows: [
      ['KẾT QUẢ XẾP LOẠI ĐẢNG BỘ CƠ SỞ VÀ CHI BỘ TRỰC THUỘC NĂM 2024'],
      [],
      [
        'STT',
        'Tên đảng bộ cơ sở',
        'Xếp loại đảng bộ',
        'Số chi bộ trực thuộc',
        'Xếp loại chi bộ trực thuộc',
      ],
      [null, null, null, null, 'HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'],
      [1, 'Đảng bộ xã A', 'HTXSNV', 18, 1, 13, 4, 0],
      [2, 'Đảng bộ xã B', 'HTTNV', 18, 5, 12, 1, 0],
      [3, 'Đảng bộ xã C', 'HTNV', 27, 4, 21, 0, 2],
      [null, 'Tổng cộng', null, ...total],
    ],
    merges: ['E3:H3', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4'],
  };
}

const ticks = [
  ['Đảng bộ xã A', 'x', null, null, null],
  ['Đảng bộ xã B', null, 'x', null, null],
  ['Đảng bộ xã C', null, 'x', null, null],
  ['Đảng bộ xã D', null, null, 'x', null],
];

testRule('total.mismatch', {
  severity: 'error',
  valid: [
    { name: 'counts add up', workbook: xlsxOf(summarySheet([SUMMARY_2020])) },
    {
      name: 'subtotal lines by group and a total line that add up',
      workbook: xlsxOf(
        summarySheet([
          ['I. Đảng bộ xã', 40, 8, 20, 30, 75, 2, 5, 0, 0],
          ['II. Cơ quan', 18, 3, 16.7, 12, 66.7, 3, 16.7, 0, 0],
          ['Tổng cộng', 58, 11, 19, 42, 72.4, 5, 8.6, 0, 0],
        ]),
      ),
    },
    {
      name: 'a blank count is zero',
      workbook: xlsxOf(summarySheet([[2020, 58, 11, 19, 42, 72.4, 5, 8.6, null, null]])),
    },
    {
      name: 'a line with an unreadable count is not added up',
      workbook: xlsxOf(summarySheet([[2020, 58, 11, 19, 'bốn hai', 72.4, 5, 8.6, 0, 0]])),
    },
    {
      name: 'units exempt from rating are in the total, in a column of their own',
      workbook: xlsxOf(
        withUnrated('Miễn đánh giá', [
          [2020, 60, 11, 18.3, 42, 70, 5, 8.3, 0, 0, 2],
          [2021, 58, 9, 15.5, 44, 75.9, 5, 8.6, 0, 0, null],
        ]),
      ),
    },
    {
      name: 'units not rated ("Không xếp loại") likewise',
      workbook: xlsxOf(
        withUnrated('Không xếp loại', [[2020, 60, 11, 18.3, 42, 70, 5, 8.3, 0, 0, 2]]),
      ),
    },
    ...['Chưa xếp loại', 'Chưa đánh giá', 'Không đánh giá', 'Mới thành lập'].map((header) => ({
      name: `units not yet rated ("${header}") likewise`,
      workbook: xlsxOf(withUnrated(header, [[2020, 60, 11, 18.3, 42, 70, 5, 8.3, 0, 0, 2]])),
    })),
    {
      name: 'a tick list whose "Cộng" line types "-" for no mark',
      workbook: xlsxOf(tickList(ticks, [1, 2, 1, '-'])),
    },
    {
      name: "a đảng bộ's cells counted per grade beside its grade, the total line their sum",
      workbook: xlsxOf(committeeCells([63, 10, 46, 5, 2])),
    },
    {
      name: 'a tick list whose "Cộng" line counts its marks',
      workbook: xlsxOf(tickList(ticks, [1, 2, 1, 0])),
    },
  ],
  invalid: [
    {
      name: 'counts that reach "Tổng số" although a unit was left unrated: one above the rated',
      workbook: xlsxOf({
        name: 'Biểu 7A',
        rows: [
          ['THỐNG KÊ KẾT QUẢ XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2023'],
          [],
          [
            'Loại hình',
            'Tổng số',
            'Số được xếp loại',
            'HTXSNV',
            'HTTNV',
            'HTNV',
            'KHTNV',
            'Chưa xếp loại',
          ],
          ['Đảng bộ cơ sở', 30, 29, 5, 21, 3, 1, 1],
        ],
      }),
      findings: [
        {
          sheet: 'Biểu 7A',
          cell: 'C4',
          vi: [
            'Dòng Đảng bộ cơ sở (Số được xếp loại): các mức cộng lại được 30, nhưng tổng số ghi 29',
          ],
          en: [
            'Line Đảng bộ cơ sở (Số được xếp loại): the grades add up to 30, but the total says 29',
          ],
        },
      ],
    },
    {
      name: 'one missing',
      workbook: xlsxOf(summarySheet([SUMMARY_2020, [2021, 58, 9, 15.5, 44, 75.9, 4, 6.9, 0, 0]])),
      findings: [
        {
          sheet: 'Tổng hợp',
          cell: 'B6',
          vi: ['Dòng 2021: các mức cộng lại được 57, nhưng tổng số ghi 58'],
          en: ['Line 2021: the grades add up to 57, but the total says 58'],
        },
      ],
    },
    {
      name: 'a dash typed for zero is zero: the line is added up, not left out',
      workbook: xlsxOf(summarySheet([[2020, 58, 11, 19, 42, 72.4, '-', '-', '–', '–']])),
      findings: [
        {
          sheet: 'Tổng hợp',
          cell: 'B5',
          vi: ['Dòng 2020: các mức cộng lại được 53, nhưng tổng số ghi 58'],
          en: ['Line 2020: the grades add up to 53, but the total says 58'],
        },
      ],
    },
    {
      name: 'a subtotal line that does not add up, the total line that does',
      workbook: xlsxOf(
        summarySheet([
          ['I. Đảng bộ xã', 41, 8, 20, 30, 75, 2, 5, 0, 0],
          ['II. Cơ quan', 18, 3, 16.7, 12, 66.7, 3, 16.7, 0, 0],
          ['Tổng cộng', 58, 11, 19, 42, 72.4, 5, 8.6, 0, 0],
        ]),
      ),
      findings: [
        {
          sheet: 'Tổng hợp',
          cell: 'B5',
          vi: ['Dòng I. Đảng bộ xã: các mức cộng lại được 40, nhưng tổng số ghi 41'],
          en: ['Line I. Đảng bộ xã: the grades add up to 40, but the total says 41'],
        },
      ],
    },
    {
      name: 'a total off by more than the units exempt from rating',
      workbook: xlsxOf(
        withUnrated('Miễn đánh giá', [[2020, 61, 11, 18.3, 42, 70, 5, 8.3, 0, 0, 2]]),
      ),
      findings: [
        {
          sheet: 'Tổng hợp',
          cell: 'B5',
          vi: ['Dòng 2020: các mức cộng lại được 58, nhưng tổng số ghi 61'],
          en: ['Line 2020: the grades add up to 58, but the total says 61'],
        },
      ],
    },
    {
      name: 'a tick list whose "Cộng" line miscounts the good ones',
      workbook: xlsxOf(tickList(ticks, [1, 1, 1, 0])),
      findings: [
        {
          sheet: 'Năm 2020',
          cell: 'D8',
          vi: ['Dòng Cộng (HTTNV): các mức cộng lại được 2, nhưng tổng số ghi 1'],
          en: ['Line Cộng (HTTNV): the grades add up to 2, but the total says 1'],
        },
      ],
    },
    {
      name: "the total line of the cells' counts differs from the rows above it",
      workbook: xlsxOf(committeeCells([63, 11, 45, 5, 2])),
      findings: [
        {
          sheet: 'Tổng hợp 2024',
          cell: 'E8',
          vi: ['Dòng Tổng cộng (HTXSNV): các mức cộng lại được 10, nhưng tổng số ghi 11'],
          en: ['Line Tổng cộng (HTXSNV): the grades add up to 10, but the total says 11'],
        },
        {
          sheet: 'Tổng hợp 2024',
          cell: 'F8',
          vi: ['Dòng Tổng cộng (HTTNV): các mức cộng lại được 46, nhưng tổng số ghi 45'],
          en: ['Line Tổng cộng (HTTNV): the grades add up to 46, but the total says 45'],
        },
      ],
    },
  ],
});
