/** table.year-unknown: a list whose year is named nowhere: no year column, title or sheet name. */
import { GOOD, orgListSheet } from '../../helpers/ruleSheets';
import { testRule } from '../../helpers/ruleTester';
import { xlsxOf } from '../../helpers/specXlsx';

testRule('table.year-unknown', {
  severity: 'warning',
  valid: [
    {
      name: 'a year in the sheet name only',
      workbook: xlsxOf(orgListSheet('XL 2019', 'DANH SÁCH', [['Xã A', GOOD]])),
    },
    {
      name: 'a year in the title only',
      workbook: xlsxOf(orgListSheet('Sheet1', 'DANH SÁCH XẾP LOẠI NĂM 2019', [['Xã A', GOOD]])),
    },
    {
      name: 'a year column',
      workbook: xlsxOf({
        name: 'Sheet1',
        rows: [
          ['Năm', 'Tên tổ chức cơ sở đảng', 'Xếp loại'],
          [2019, 'Xã A', 'HTTNV'],
          [2020, 'Xã A', 'HTXSNV'],
          [2019, 'Xã B', 'HTNV'],
          [2020, 'Xã B', 'HTTNV'],
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'no year anywhere',
      workbook: xlsxOf(orgListSheet('Sheet1', 'DANH SÁCH XẾP LOẠI', [['Xã A', GOOD]])),
      findings: [
        {
          sheet: 'Sheet1',
          cell: 'C4',
          vi: ['trang "Sheet1" là của năm nào'],
          en: ['the list on sheet "Sheet1" is unknown'],
        },
      ],
    },
  ],
});
