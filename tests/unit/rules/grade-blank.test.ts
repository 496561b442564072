/** grade.blank: a listed unit whose grade cell is empty or only spaces; not a group or total line. */
import { GOOD, listTitle, orgListSheet } from '../../helpers/ruleSheets';
import { testRule } from '../../helpers/ruleTester';
import { xlsxOf } from '../../helpers/specXlsx';

testRule('grade.blank', {
  severity: 'warning',
  valid: [
    {
      name: 'every unit graded',
      workbook: xlsxOf(
        orgListSheet('2020', listTitle(2020), [
          ['Xã A', GOOD],
          ['Xã B', 'HTXSNV'],
        ]),
      ),
    },
    {
      name: 'a group row and the signature line have no grade',
      workbook: xlsxOf(orgListSheet('2020', listTitle(2020), [['Xã A', GOOD]])),
    },
    {
      name: 'a total line without a grade is not a unit',
      workbook: xlsxOf({
        name: '2020',
        rows: [
          [listTitle(2020)],
          ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại'],
          [1, 'Xã A', GOOD],
          [2, 'Xã B', 'HTNV'],
          [null, 'Cộng', null],
        ],
      }),
    },
    {
      name: 'a year column left blank for a unit not yet listed that year',
      workbook: xlsxOf({
        name: 'Tổng hợp 3 năm',
        rows: [
          ['KẾT QUẢ XẾP LOẠI 2018 - 2020'],
          ['STT', 'Tên tổ chức cơ sở đảng', 'Năm 2018', 'Năm 2019', 'Năm 2020'],
          [1, 'Xã A', 'HTXSNV', 'HTTNV', 'HTTNV'],
          [2, 'Xã B', null, 'HTTNV', 'HTXSNV'],
          [3, 'Xã C', 'HTNV', 'HTTNV', 'HTTNV'],
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'a unit with an empty grade cell, and one with spaces only',
      workbook: xlsxOf(
        orgListSheet('Năm 2020', listTitle(2020), [
          ['Xã A', GOOD],
          ['Xã B', null],
          ['Xã C', '  '],
        ]),
      ),
      findings: [
        { sheet: 'Năm 2020', cell: 'C7', vi: ['Xã B chưa có xếp loại'], en: ['Xã B has no grade'] },
        { sheet: 'Năm 2020', cell: 'C8', vi: ['Xã C chưa có xếp loại'], en: ['Xã C has no grade'] },
      ],
    },
  ],
});
