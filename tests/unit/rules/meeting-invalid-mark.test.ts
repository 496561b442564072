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
    {
      name: 'words boards use: +, họp, đã họp, TK, a bullet, hoãn, nghỉ lễ',
      workbook: xlsxOf(
        registerSheet([
          row(['+', 'Họp', 'đã họp', 'TK', '•', 'Hoãn', 'nghỉ lễ', ...X12.slice(7)], [1, 1, 1, 1]),
        ]),
      ),
    },
    {
      name: 'a mark the register repeats in three rows (meeting.unknown-mark, once)',
      workbook: xlsxOf(
        registerSheet(
          ['A', 'B', 'C'].map((c) =>
            row(['y', 'y', ...X12.slice(2)], [1, 1, 1, 1], null, 20, `Chi bộ Thôn ${c}`),
          ),
        ),
      ),
    },
  ],
  invalid: [
    {
      name: 'a word asked as a question: "hoãn?"',
      workbook: xlsxOf(registerSheet([row(['x', 'x', 'hoãn?', ...X12.slice(3)], [1, 1, 1, 1])])),
      findings: [
        {
          sheet: 'Sinh hoạt',
          cell: 'G4',
          vi: ['tháng 3/2020: không hiểu "hoãn?"'],
          en: ['month 3 of 2020: "hoãn?" is not a mark'],
        },
      ],
    },
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
