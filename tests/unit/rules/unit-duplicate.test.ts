/**
 * unit.duplicate: one organization on two rows of a year's list, after its name is normalized.
 * Party cells of the same name in different communes are two units, not a duplicate.
 */
import { GOOD, listTitle, orgListSheet } from '../../helpers/ruleSheets';
import { testRule } from '../../helpers/ruleTester';
import { xlsxOf } from '../../helpers/specXlsx';

testRule('unit.duplicate', {
  severity: 'error',
  valid: [
    {
      name: 'distinct units, one tone mark apart',
      workbook: xlsxOf(
        orgListSheet('2021', listTitle(2021), [
          ['Đảng bộ xã Hòa Sơn', GOOD],
          ['Đảng bộ xã Hóa Sơn', GOOD],
        ]),
      ),
    },
    {
      name: 'namesake party cells under two communes (STT 1.1, 2.1)',
      workbook: xlsxOf({
        name: '2020',
        rows: [
          [listTitle(2020)],
          ['STT', 'Tên tổ chức đảng', 'Xếp loại'],
          [1, 'Đảng bộ xã Hòa Sơn', 'HTTNV'],
          ['1.1', 'Chi bộ Thôn 1', 'HTTNV'],
          ['1.2', 'Chi bộ Thôn 2', 'HTTNV'],
          [2, 'Đảng bộ xã Đồng Tiến', 'HTTNV'],
          ['2.1', 'Chi bộ Thôn 1', 'HTXSNV'],
        ],
      }),
    },
    {
      name: 'namesake party cells told apart by a commune column',
      workbook: xlsxOf({
        name: '2020',
        rows: [
          [listTitle(2020)],
          ['STT', 'Đảng bộ xã', 'Chi bộ', 'Xếp loại'],
          [1, 'Hòa Sơn', 'Chi bộ Thôn 1', 'HTTNV'],
          [2, 'Hòa Sơn', 'Chi bộ Thôn 2', 'HTTNV'],
          [3, 'Đồng Tiến', 'Chi bộ Thôn 1', 'HTTNV'],
        ],
      }),
    },
    {
      name: 'a party cell and a party committee of one name are two units',
      workbook: xlsxOf(
        orgListSheet('2020', listTitle(2020), [
          ['Chi bộ Trung tâm Y tế', GOOD],
          ['Đảng bộ Trung tâm Y tế', GOOD],
        ]),
      ),
    },
    {
      name: 'the same units in two years stacked on one sheet',
      workbook: xlsxOf({
        name: 'Xếp loại',
        rows: [
          ['DANH SÁCH XẾP LOẠI NĂM 2019'],
          ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại'],
          [1, 'Đảng bộ xã A', 'HTTNV'],
          [2, 'Đảng bộ xã B', 'HTXSNV'],
          [],
          ['Năm 2020'],
          ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại'],
          [1, 'Đảng bộ xã A', 'HTXSNV'],
          [2, 'Đảng bộ xã B', 'HTTNV'],
        ],
      }),
    },
    {
      name: 'a long table with a year column: one row a unit and year',
      workbook: xlsxOf({
        name: 'DS',
        rows: [
          ['Năm', 'Tên tổ chức cơ sở đảng', 'Xếp loại'],
          [2019, 'Xã A', 'HTTNV'],
          [2019, 'Xã B', 'HTTNV'],
          [2020, 'Xã A', 'HTXSNV'],
          [2020, 'Xã B', 'HTNV'],
        ],
      }),
    },
    {
      name: 'the same unit on the lists of two years',
      workbook: xlsxOf(
        orgListSheet('2019', listTitle(2019), [['Xã Hòa Sơn', GOOD]]),
        orgListSheet('2020', listTitle(2020), [['Xã Hòa Sơn', GOOD]]),
      ),
    },
  ],
  invalid: [
    {
      name: 'the same unit after tone placement and prefix',
      workbook: xlsxOf(
        orgListSheet('2021', listTitle(2021), [
          ['Đảng bộ xã Hòa Sơn', GOOD],
          ['Đảng bộ xã Hòa Bình', GOOD],
          ['xã Hoà  Sơn', 'HTXSNV'],
        ]),
      ),
      findings: [
        {
          sheet: '2021',
          cell: 'B8',
          vi: ['xã Hoà Sơn đã có ở ô B6'],
          en: ['xã Hoà Sơn is already listed at B6'],
        },
      ],
    },
    {
      name: 'a party cell twice within one commune',
      workbook: xlsxOf({
        name: '2020',
        rows: [
          [listTitle(2020)],
          ['STT', 'Đảng bộ xã', 'Chi bộ', 'Xếp loại'],
          [1, 'Hòa Sơn', 'Chi bộ Thôn 1', 'HTTNV'],
          [2, 'Đồng Tiến', 'Chi bộ Thôn 1', 'HTTNV'],
          [3, 'Đồng Tiến', 'Chi bộ Thôn 1', 'HTXSNV'],
        ],
      }),
      findings: [
        {
          sheet: '2020',
          cell: 'C5',
          vi: ['Chi bộ Thôn 1 đã có ở ô C4'],
          en: ['Chi bộ Thôn 1 is already listed at C4'],
        },
      ],
    },
    {
      name: 'a long table with a year column: a unit twice in one year',
      workbook: xlsxOf({
        name: 'DS',
        rows: [
          ['Năm', 'Tên tổ chức cơ sở đảng', 'Xếp loại'],
          [2019, 'Xã A', 'HTTNV'],
          [2019, 'Xã B', 'HTTNV'],
          [2020, 'Xã A', 'HTXSNV'],
          [2020, 'Xã B', 'HTNV'],
          [2020, 'Xã A', 'HTNV'],
        ],
      }),
      findings: [
        {
          sheet: 'DS',
          cell: 'B6',
          vi: ['Xã A đã có ở ô B4'],
          en: ['Xã A is already listed at B4'],
        },
      ],
    },
    {
      name: 'a table with a column per year: one finding for the row, not one per year',
      workbook: xlsxOf({
        name: 'Ba năm',
        rows: [
          ['KẾT QUẢ XẾP LOẠI 2019 - 2021'],
          ['STT', 'Tên tổ chức cơ sở đảng', 'Năm 2019', 'Năm 2020', 'Năm 2021'],
          [1, 'Đảng bộ xã A', 'HTTNV', 'HTTNV', 'HTTNV'],
          [2, 'Đảng bộ xã B', 'HTXSNV', 'HTXSNV', 'HTXSNV'],
          [3, 'Đảng bộ xã A', 'HTNV', 'HTNV', 'HTNV'],
        ],
      }),
      findings: [
        {
          sheet: 'Ba năm',
          cell: 'B5',
          vi: ['Đảng bộ xã A đã có ở ô B3'],
          en: ['Đảng bộ xã A is already listed at B3'],
        },
      ],
    },
  ],
});
