/**
 * meeting.unknown-mark: a mark a register repeats that Bảng Kiểm does not know is the board's own
 * way of marking: one warning for the register, never an error in every month it fills.
 */
import { registerRow as row, registerSheet, X12 } from '../../helpers/ruleSheets';
import { testRule } from '../../helpers/ruleTester';
import { xlsxOf } from '../../helpers/specXlsx';

const own = (mark: string) => [mark, mark, ...X12.slice(2)];

testRule('meeting.unknown-mark', {
  severity: 'warning',
  valid: [
    {
      name: 'marks boards use: +, đã họp, TK, a bullet, "hoãn"',
      workbook: xlsxOf(
        registerSheet([
          row(own('+'), [1, 1, 1, 1], null, 20, 'Chi bộ Thôn A'),
          row(own('Đã họp'), [1, 1, 1, 1], null, 20, 'Chi bộ Thôn B'),
          row(own('TK'), [1, 1, 1, 1], null, 20, 'Chi bộ Thôn C'),
          row(own('●'), [1, 1, 1, 1], null, 20, 'Chi bộ Thôn D'),
          row(['Hoãn', ...X12.slice(1)], [1, 1, 1, 1], null, 20, 'Chi bộ Thôn E'),
        ]),
      ),
    },
    {
      name: 'an unreadable mark typed twice is two slips, not a mark of the register',
      workbook: xlsxOf(registerSheet([row(own('?'), [1, 1, 1, 1])])),
    },
  ],
  invalid: [
    {
      name: 'one warning for a mark in three rows, and no error in its cells',
      workbook: xlsxOf(
        registerSheet([
          row(own('y'), [1, 1, 1, 1], null, 20, 'Chi bộ Thôn A'),
          row(own('Y'), [1, 1, 1, 1], null, 20, 'Chi bộ Thôn B'),
          row(own(' y '), [1, 1, 1, 1], null, 20, 'Chi bộ Thôn C'),
        ]),
      ),
      findings: [
        {
          sheet: 'Sinh hoạt',
          cell: 'E4',
          vi: ['Ký hiệu "y" xuất hiện 6 lần trong sổ (3 dòng)'],
          en: ['The mark "y" fills 6 month cells of the register (3 rows)'],
        },
      ],
    },
  ],
});
