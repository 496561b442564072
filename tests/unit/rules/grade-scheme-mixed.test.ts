/**
 * grade.scheme-mixed: a grade of the other scheme (before 2018 / from 2018) in a year's list.
 * Grades both schemes share ("Hoàn thành tốt nhiệm vụ") belong to either.
 */
import { listTitle, orgListSheet } from '../../helpers/ruleSheets';
import { testRule } from '../../helpers/ruleTester';
import { xlsxOf } from '../../helpers/specXlsx';

testRule('grade.scheme-mixed', {
  severity: 'warning',
  valid: [
    {
      name: 'a 2017 list on the old scheme',
      workbook: xlsxOf(
        orgListSheet('2017', listTitle(2017), [
          ['Xã A', 'Trong sạch, vững mạnh'],
          ['Xã B', 'Yếu kém'],
        ]),
      ),
    },
    {
      name: 'grades both schemes share, in an old and a new list',
      workbook: xlsxOf(
        orgListSheet('2017', listTitle(2017), [
          ['Xã A', 'Trong sạch, vững mạnh'],
          ['Xã B', 'Hoàn thành tốt nhiệm vụ'],
          ['Xã C', 'Hoàn thành nhiệm vụ'],
        ]),
        orgListSheet('2019', listTitle(2019), [
          ['Xã A', 'HTXSNV'],
          ['Xã B', 'Hoàn thành tốt nhiệm vụ'],
          ['Xã C', 'Hoàn thành nhiệm vụ'],
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: 'an old grade in a 2019 list',
      workbook: xlsxOf(
        orgListSheet('2019', listTitle(2019), [
          ['Xã A', 'HTXSNV'],
          ['Xã B', 'KHTNV'],
          ['Xã C', 'Trong sạch, vững mạnh'],
        ]),
      ),
      findings: [
        {
          sheet: '2019',
          cell: 'C8',
          vi: [
            '"Trong sạch, vững mạnh" thuộc cách xếp loại trước 2018',
            'năm 2019 dùng cách từ 2018',
          ],
          en: [
            '"Trong sạch, vững mạnh" belongs to the pre-2018 scheme',
            'the 2019 list uses the 2018 one',
          ],
        },
      ],
    },
  ],
});
