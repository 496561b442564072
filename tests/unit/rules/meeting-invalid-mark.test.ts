/**
 * meeting.invalid-mark: a register's month cell that is no mark, date, number attending or "not
 * held" word. Every way boards mark a meeting stays silent.
 */
import { registerRow as row, registerSheet, X12 } from '../../helpers/ruleSheets';
import { testRule } from '../../helpers/ruleTester';
import { xlsxOf } from '../../helpers/specXlsx';

testRule('meeting.invalid-mark', {
  severity: 'error',
  valid: [
    {
      name: 'a register whose rows are not filled in yet',
      workbook: xlsxOf(registerSheet([row(Array(12).fill(null), [null, null, null, null])])),
    },
    {
      name: 'x, v, có and words',
      workbook: xlsxOf(registerSheet([row(['x', 'v', 'có', 'X', ...X12.slice(4)], [1, 1, 1, 1])])),
    },
    {
      name: 'dates, numbers attending and "not held" words',
      workbook: xlsxOf(
        registerSheet([row(['05/01', 18, 'Không SH', 'không', ...X12.slice(4)], [1, 1, 1, 1])]),
      ),
    },
  ],
  invalid: [
    {
      name: 'a question mark',
      workbook: xlsxOf(registerSheet([row(['x', '?', ...X12.slice(2)], [1, 1, 1, 1])])),
      findings: [
        {
          sheet: 'Sinh hoạt',
          cell: 'F4',
          vi: ['Chi bộ Thôn A (Hòa Sơn) tháng 2/2020: không hiểu "?"'],
          en: ['Chi bộ Thôn A (Hòa Sơn), month 2 of 2020: "?" is not a mark'],
        },
      ],
    },
  ],
});
