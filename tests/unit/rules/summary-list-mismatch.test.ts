/**
 * summary.list-mismatch: a summary's count for a year and grade that differs from what that
 * year's list gives. Only a line for the whole year is compared: group lines of a summary by
 * group are parts of it, and a year with no list has nothing to compare with.
 */
import { orgListSheet, summarySheet } from '../../helpers/ruleSheets';
import { testRule } from '../../helpers/ruleTester';
import { xlsxOf } from '../../helpers/specXlsx';

const list2020 = () =>
  orgListSheet('Năm 2020', 'XẾP LOẠI NĂM 2020', [
    ['A', 'HTXSNV'],
    ['B', 'HTTNV'],
    ['C', 'HTTNV'],
  ]);

testRule('summary.list-mismatch', {
  severity: 'error',
  valid: [
    {
      name: "a đảng bộ's cells counted beside its own grade are not the list of đảng bộ",
      workbook: xlsxOf({
        name: 'Tổng hợp 2024',
        rows: [
          ['KẾT QUẢ XẾP LOẠI ĐẢNG BỘ CƠ SỞ VÀ CHI BỘ TRỰC THUỘC NĂM 2024'],
          [],
          ['STT', 'Tên đảng bộ', 'Xếp loại đảng bộ', 'Số chi bộ trực thuộc', 'Xếp loại chi bộ'],
          [null, null, null, null, 'HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'],
          [1, 'Đảng bộ xã A', 'HTXSNV', 18, 1, 13, 4, 0],
          [2, 'Đảng bộ xã B', 'HTTNV', 18, 5, 12, 1, 0],
          [null, 'Tổng cộng', null, 36, 6, 25, 5, 0],
        ],
        merges: ['E3:H3', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4'],
      }),
    },
    {
      name: 'the summary agrees with the list',
      workbook: xlsxOf(list2020(), summarySheet([[2020, 3, 1, 33.3, 2, 66.7, 0, 0, 0, 0]])),
    },
    {
      name: 'a summary by group: only its total line is the whole year',
      workbook: xlsxOf(
        list2020(),
        summarySheet([
          ['I. Đảng bộ xã', 2, 1, 50, 1, 50, 0, 0, 0, 0],
          ['II. Cơ quan', 1, 0, 0, 1, 100, 0, 0, 0, 0],
          ['Tổng cộng', 3, 1, 33.3, 2, 66.7, 0, 0, 0, 0],
        ]),
      ),
    },
    {
      name: 'a summary year without a list',
      workbook: xlsxOf(
        list2020(),
        summarySheet([
          [2019, 3, 2, 66.7, 1, 33.3, 0, 0, 0, 0],
          [2020, 3, 1, 33.3, 2, 66.7, 0, 0, 0, 0],
        ]),
      ),
    },
    {
      name: 'a unit listed twice counts once, as the summary does',
      workbook: xlsxOf(
        orgListSheet('Năm 2020', 'XẾP LOẠI NĂM 2020', [
          ['Xã A', 'HTXSNV'],
          ['Xã B', 'HTTNV'],
          ['Xã C', 'HTTNV'],
          ['Xã A', 'HTXSNV'],
        ]),
        summarySheet([[2020, 3, 1, 33.3, 2, 66.7, 0, 0, 0, 0]]),
      ),
    },
  ],
  invalid: [
    {
      name: 'the summary moves a unit to another grade',
      workbook: xlsxOf(list2020(), summarySheet([[2020, 3, 2, 66.7, 1, 33.3, 0, 0, 0, 0]])),
      findings: [
        {
          sheet: 'Tổng hợp',
          row: 5,
          vi: [
            'Năm 2020: bảng tổng hợp ghi HTXSNV 2, HTTNV 1, HTNV 0, KHTNV 0',
            'danh sách ở trang "Năm 2020" cho HTXSNV 1, HTTNV 2, HTNV 0, KHTNV 0',
          ],
          en: [
            'Year 2020: the summary says HTXSNV 2, HTTNV 1, HTNV 0, KHTNV 0',
            'the list on sheet "Năm 2020" gives HTXSNV 1, HTTNV 2, HTNV 0, KHTNV 0',
          ],
        },
      ],
    },
  ],
});
