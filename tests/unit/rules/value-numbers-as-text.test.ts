/**
 * value.numbers-as-text: a table whose figures are stored as text throughout, said once for the
 * table. A single number stored as text among numbers is value.not-number instead.
 */
import { SUMMARY_2020, summarySheet } from '../../helpers/ruleSheets';
import { testRule } from '../../helpers/ruleTester';
import { xlsxOf } from '../../helpers/specXlsx';

testRule('value.numbers-as-text', {
  severity: 'info',
  valid: [
    { name: 'numbers', workbook: xlsxOf(summarySheet([SUMMARY_2020])) },
    {
      name: 'one number stored as text among numbers',
      workbook: xlsxOf(
        summarySheet([
          [2019, 58, '10', 17.2, 40, 69, 8, 13.8, 0, 0],
          [2020, 58, 11, 19, 42, 72.4, 5, 8.6, 0, 0],
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: 'an export that types every figure as text',
      workbook: xlsxOf(
        summarySheet([
          ['2019', '58', '10', '17,2%', '40', '69,0%', '8', '13,8%', '0', '0%'],
          ['2020', '58', '11', '19,0%', '42', '72,4%', '5', '8,6%', '0', '0%'],
        ]),
      ),
      findings: [
        {
          sheet: 'Tổng hợp',
          cell: 'B5',
          vi: ['18 ô số trong bảng được lưu dạng chữ (ví dụ "58")'],
          en: ['18 cells of the table store numbers as text (e.g. "58")'],
        },
      ],
    },
  ],
});
