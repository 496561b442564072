/** header.missing-column: a header that looks like a list or register but lacks a column the checks need. */
import { orgListSheet } from '../../helpers/ruleSheets';
import { testRule } from '../../helpers/ruleTester';
import { xlsxOf } from '../../helpers/specXlsx';

testRule('header.missing-column', {
  severity: 'info',
  valid: [
    {
      name: 'a complete list',
      workbook: xlsxOf(orgListSheet('2020', 'XẾP LOẠI NĂM 2020', [['A', 'HTTNV']])),
    },
    {
      name: 'a sheet of notes has no header to be incomplete',
      recognized: false,
      workbook: xlsxOf({ name: 'Ghi chú', rows: [['Danh sách gửi các xã'], ['Hạn nộp 15/12']] }),
    },
  ],
  invalid: [
    {
      name: 'a rating sheet without its grade column',
      workbook: xlsxOf({
        name: '2020',
        rows: [
          ['KẾT QUẢ XẾP LOẠI NĂM 2020'],
          ['STT', 'Tên tổ chức cơ sở đảng', 'Ghi chú'],
          [1, 'Xã A', ''],
        ],
      }),
      findings: [
        {
          sheet: '2020',
          cell: 'A2',
          vi: ['Bảng ở hàng 2 thiếu cột xếp loại'],
          en: ['The table with its header on row 2 has no grade column'],
        },
      ],
    },
  ],
});
