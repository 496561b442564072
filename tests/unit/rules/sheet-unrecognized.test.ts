/** sheet.unrecognized: a sheet with content but no table the engine knows; never an empty sheet. */
import { GOOD, listTitle, orgListSheet } from '../../helpers/ruleSheets';
import { testRule } from '../../helpers/ruleTester';
import { xlsxOf } from '../../helpers/specXlsx';

testRule('sheet.unrecognized', {
  severity: 'info',
  valid: [
    {
      name: 'an empty sheet says nothing',
      recognized: false,
      workbook: xlsxOf({ name: 'Trống', rows: [] }),
    },
    {
      name: 'a sheet with a list',
      workbook: xlsxOf(orgListSheet('2020', listTitle(2020), [['Xã A', GOOD]])),
    },
  ],
  invalid: [
    {
      name: 'a sheet of notes',
      workbook: xlsxOf({ name: 'Ghi chú', rows: [['Danh sách gửi các xã'], ['Hạn nộp 15/12']] }),
      findings: [
        {
          sheet: 'Ghi chú',
          vi: ['Trang "Ghi chú" không có bảng nào'],
          en: ['Sheet "Ghi chú" has no table'],
        },
      ],
    },
    {
      name: 'a sheet of notes beside a list',
      workbook: xlsxOf(orgListSheet('2020', listTitle(2020), [['Xã A', GOOD]]), {
        name: 'Ghi chú',
        rows: [['Danh sách gửi các xã'], ['Hạn nộp 15/12']],
      }),
      findings: [
        {
          sheet: 'Ghi chú',
          vi: ['Trang "Ghi chú" không có bảng nào Bảng Kiểm nhận ra'],
          en: ['Sheet "Ghi chú" has no table Bảng Kiểm knows'],
        },
      ],
    },
  ],
});
