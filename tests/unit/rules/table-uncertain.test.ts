/**
 * table.uncertain: a table found but not well understood (most grade cells are not grades). Its
 * cells then raise no errors, only this note.
 */
import { GOOD, listTitle, orgListSheet } from '../../helpers/ruleSheets';
import { testRule } from '../../helpers/ruleTester';
import { xlsxOf } from '../../helpers/specXlsx';

testRule('table.uncertain', {
  severity: 'info',
  valid: [
    {
      name: 'a list whose grades are grades',
      workbook: xlsxOf(
        orgListSheet('2020', listTitle(2020), [
          ['Xã A', GOOD],
          ['Xã B', 'HTXSNV'],
        ]),
      ),
    },
    {
      name: 'one typo among grades is a grade.unknown, not an uncertain table',
      workbook: xlsxOf(
        orgListSheet('2020', listTitle(2020), [
          ['Xã A', GOOD],
          ['Xã B', 'HTXSNV'],
          ['Xã C', 'HTNV'],
          ['Xã D', 'HTTVN'],
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: 'half the grade cells are not grades',
      workbook: xlsxOf({
        name: '2020',
        rows: [
          ['XẾP LOẠI NĂM 2020'],
          ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại'],
          [1, 'Xã A', 'tốt'],
          [2, 'Xã B', 'abc'],
          [3, 'Xã C', 'def'],
          [4, 'Xã D', 'ghi'],
          [5, 'Xã E', 'HTTNV'],
          [6, 'Xã F', 'jkl'],
        ],
      }),
      findings: [
        {
          sheet: '2020',
          cell: 'A2',
          vi: [
            'Bảng A2:C8 (danh sách xếp loại) chỉ nhận ra được 50% (50% ô xếp loại là mức xếp loại)',
          ],
          en: ['Table A2:C8 (rating list) is only 50% understood (50% of grade cells are grades)'],
        },
      ],
    },
  ],
});
