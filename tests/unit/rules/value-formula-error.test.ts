/**
 * value.formula-error: an error value (#DIV/0!, #REF!, #N/A…) in a recognized table, whether a
 * check reads the cell or not. An error outside every table is not the checks' business.
 */
import { GOOD, listTitle, SUMMARY_2020, summarySheet } from '../../helpers/ruleSheets';
import { testRule } from '../../helpers/ruleTester';
import { xlsxOf } from '../../helpers/specXlsx';

testRule('value.formula-error', {
  severity: 'error',
  valid: [
    { name: 'no errors', workbook: xlsxOf(summarySheet([SUMMARY_2020])) },
    {
      name: 'an error in a working cell beside the table, not in it',
      workbook: xlsxOf(summarySheet([SUMMARY_2020], { errors: { M10: '#DIV/0!' } })),
    },
  ],
  invalid: [
    {
      name: 'a #DIV/0! share',
      workbook: xlsxOf(
        summarySheet([[2020, 58, 11, null, 42, 72.4, 5, 8.6, 0, 0]], { errors: { D5: '#DIV/0!' } }),
      ),
      findings: [
        {
          sheet: 'Tổng hợp',
          cell: 'D5',
          vi: ['Ô báo lỗi #DIV/0!'],
          en: ['The cell shows #DIV/0!'],
        },
      ],
    },
    {
      name: 'a #N/A grade looked up from another sheet, and a #REF! note no check reads',
      workbook: xlsxOf({
        name: '2020',
        rows: [
          [listTitle(2020)],
          ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại', 'Ghi chú'],
          [1, 'Xã A', GOOD],
          [2, 'Xã B', null],
          [3, 'Xã C', 'HTXSNV'],
          [4, 'Xã D', GOOD],
        ],
        errors: { C4: '#N/A', D5: '#REF!' },
      }),
      findings: [
        { sheet: '2020', cell: 'C4', vi: ['#N/A'], en: ['#N/A'] },
        { sheet: '2020', cell: 'D5', vi: ['#REF!'], en: ['#REF!'] },
      ],
    },
  ],
});
