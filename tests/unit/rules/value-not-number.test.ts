/**
 * value.not-number: a count or share the checks read that is stored as text, or is no number.
 * A table typed as text throughout is said once by value.numbers-as-text instead.
 */
import { SUMMARY_2020, summarySheet } from '../../helpers/ruleSheets';
import { testRule } from '../../helpers/ruleTester';
import { xlsxOf } from '../../helpers/specXlsx';

testRule('value.not-number', {
  severity: 'error',
  valid: [
    { name: 'numbers', workbook: xlsxOf(summarySheet([SUMMARY_2020])) },
    {
      name: 'an export that types every figure as text, "18,9%" included',
      workbook: xlsxOf(
        summarySheet([
          ['2019', '58', '10', '17,2%', '40', '69,0%', '8', '13,8%', '0', '0%'],
          ['2020', '58', '11', '19,0%', '42', '72,4%', '5', '8,6%', '0', '0%'],
        ]),
      ),
    },
    {
      name: 'blank counts are not text',
      workbook: xlsxOf(summarySheet([[2020, 58, 11, 19, 42, 72.4, 5, 8.6, null, null]])),
    },
    {
      name: 'a lone dash typed for zero ("-", "–", "—"), in counts and shares',
      workbook: xlsxOf(
        summarySheet([
          [2019, 58, 10, 17.2, 48, 82.8, '-', '-', ' – ', '—'],
          [2020, 58, 11, 19, 42, 72.4, 5, 8.6, '-', '-'],
        ]),
      ),
    },
    {
      name: 'a column whose every figure is text, beside columns of numbers (typed that way)',
      workbook: xlsxOf(
        summarySheet([
          [2019, 58, '10', 17.2, 40, 69, 8, 13.8, 0, 0],
          [2020, 58, '11', 19, 42, 72.4, 5, 8.6, 0, 0],
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: 'a count typed as text, and a word',
      workbook: xlsxOf(summarySheet([[2020, 58, '11 ', 19, 42, 72.4, 'năm', 8.6, 0, 0]])),
      findings: [
        {
          sheet: 'Tổng hợp',
          cell: 'C5',
          vi: ['"11 " là số nhưng được lưu dạng chữ'],
          en: ['"11 " is a number stored as text'],
        },
        {
          sheet: 'Tổng hợp',
          cell: 'G5',
          vi: ['"năm" không phải là số'],
          en: ['"năm" is not a number'],
        },
      ],
    },
    {
      name: 'one count as text among numbers of its column',
      workbook: xlsxOf(
        summarySheet([
          [2019, 58, 10, 17.2, 40, 69, 8, 13.8, 0, 0],
          [2020, 58, '11', 19, 42, 72.4, 5, 8.6, 0, 0],
        ]),
      ),
      findings: [
        {
          sheet: 'Tổng hợp',
          cell: 'C6',
          vi: ['"11" là số nhưng được lưu dạng chữ'],
          en: ['"11" is a number stored as text'],
        },
      ],
    },
  ],
});
