/**
 * table.year-conflict: the title, the grade column's header and the sheet name give different
 * years. Silent where they agree, where one source alone speaks, and for an export date or a
 * decision's date above the table.
 */
import type { SheetSpec } from '../../helpers/ruleSheets';
import { testRule } from '../../helpers/ruleTester';
import { xlsxOf } from '../../helpers/specXlsx';

const units = [
  [1, 'Đảng bộ xã A', 'HTTNV'],
  [2, 'Đảng bộ xã B', 'HTXSNV'],
  [3, 'Đảng bộ xã C', 'HTNV'],
];

const list = (name: string, above: string[], grade = 'Xếp loại'): SheetSpec => ({
  name,
  rows: [...above.map((t) => [t]), ['STT', 'Tên tổ chức cơ sở đảng', grade], ...units],
});

testRule('table.year-conflict', {
  severity: 'info',
  valid: [
    {
      name: 'title and sheet name agree',
      workbook: xlsxOf(list('Năm 2020', ['XẾP LOẠI NĂM 2020'])),
    },
    {
      name: 'only the sheet name gives a year',
      workbook: xlsxOf(list('2020', ['DANH SÁCH XẾP LOẠI'])),
    },
    {
      name: 'an export date and a decision of the next years are not the table’s year',
      workbook: xlsxOf(
        list('Năm 2020', [
          'Ngày xuất: 12/01/2021',
          'KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2020',
          '(Kèm theo Quyết định số 452-QĐ/HU ngày 14/01/2022)',
        ]),
      ),
    },
    {
      name: 'a term of office above the title is not a year of the table',
      workbook: xlsxOf(
        list('2021', [
          'ĐẢNG BỘ HUYỆN HỮU LŨNG NHIỆM KỲ 2020 - 2025',
          'DANH SÁCH XẾP LOẠI NĂM 2021',
        ]),
      ),
    },
    {
      name: 'a table with a column per year has no one year to disagree on',
      workbook: xlsxOf({
        name: 'Năm 2021',
        rows: [
          ['KẾT QUẢ XẾP LOẠI 2019 - 2021'],
          ['STT', 'Tên tổ chức cơ sở đảng', 'Năm 2019', 'Năm 2020', 'Năm 2021'],
          [1, 'Đảng bộ xã A', 'HTTNV', 'HTTNV', 'HTTNV'],
          [2, 'Đảng bộ xã B', 'HTXSNV', 'HTTNV', 'HTXSNV'],
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'the title says 2020, the sheet 2019',
      workbook: xlsxOf(list('Năm 2019', ['XẾP LOẠI NĂM 2020'])),
      findings: [
        {
          sheet: 'Năm 2019',
          row: 2,
          vi: ['Bảng ở hàng 2 được tính là năm 2020 (theo tiêu đề bảng)', 'tên trang ghi 2019'],
          en: ['The table on row 2 is taken as 2020 (from its title)', 'the sheet name says 2019'],
        },
      ],
    },
    {
      name: 'the grade column’s header says 2021, the sheet 2020',
      workbook: xlsxOf(list('2020', ['DANH SÁCH XẾP LOẠI'], 'Xếp loại năm 2021')),
      findings: [
        {
          sheet: '2020',
          row: 2,
          vi: ['năm 2021 (theo tiêu đề cột)', 'tên trang ghi 2020'],
          en: ['taken as 2021 (from the column header)', 'the sheet name says 2020'],
        },
      ],
    },
  ],
});
