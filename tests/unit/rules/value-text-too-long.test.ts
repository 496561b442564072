/**
 * value.text-too-long: cells longer than Excel's 32,767 characters (another program wrote them),
 * said once a sheet. A cell of exactly the limit is Excel's own and says nothing.
 */
import { GOOD, listTitle, orgListSheet } from '../../helpers/ruleSheets';
import { testRule } from '../../helpers/ruleTester';
import { xlsxOf } from '../../helpers/specXlsx';

const list = () =>
  orgListSheet('2020', listTitle(2020), [
    ['Xã A', GOOD],
    ['Xã B', 'HTXSNV'],
  ]);

testRule('value.text-too-long', {
  severity: 'info',
  valid: [
    {
      name: 'a note of exactly 32,767 characters',
      workbook: xlsxOf(list(), { name: 'Ghi chú', rows: [['x'.repeat(32_767)]] }),
    },
  ],
  invalid: [
    {
      name: 'two long cells on one sheet: one finding at the first',
      workbook: xlsxOf(list(), {
        name: 'Ghi chú',
        rows: [['ngắn'], ['y'.repeat(33_000)], [null, 'x'.repeat(40_000)]],
      }),
      findings: [
        {
          sheet: 'Ghi chú',
          cell: 'A2',
          vi: ['2 ô dài quá 32767 ký tự (ô A2: 33000 ký tự)'],
          en: ['2 cells hold more than 32767 characters (A2: 33000)'],
        },
      ],
    },
  ],
});
