/**
 * meeting.repeated-month: a log with two regular meetings of a cell in one month; the month counts
 * once. A regular and a thematic meeting in one month (or on one day) are two meetings.
 */
import { byDate, logSheet, logYear, type LogMeeting } from '../../helpers/ruleSheets';
import { testRule } from '../../helpers/ruleTester';
import { xlsxOf } from '../../helpers/specXlsx';

const A = 'Chi bộ Thôn Đồng Bé';
const B = 'Chi bộ Thôn Làng Nầm';
const twiceInMarch = byDate([
  ...logYear(A, 2020),
  { day: '20/03/2020', cell: A, kind: 'Thường kỳ' },
]);
const at = (ms: LogMeeting[], day: string) => 4 + ms.findIndex((m) => m.day === day);

testRule('meeting.repeated-month', {
  severity: 'info',
  valid: [
    {
      name: 'a log without meetings yet is no log',
      recognized: false,
      workbook: xlsxOf(logSheet([])),
    },
    {
      name: 'one regular meeting a month, two cells',
      workbook: xlsxOf(logSheet(byDate([...logYear(A, 2020), ...logYear(B, 2020, 5)]))),
    },
    {
      name: 'a regular and a thematic meeting on the same day',
      workbook: xlsxOf(
        logSheet(byDate([...logYear(A, 2020), { day: '05/01/2020', cell: A, kind: 'Chuyên đề' }])),
      ),
    },
  ],
  invalid: [
    {
      name: 'two regular meetings in March: at the second',
      workbook: xlsxOf(logSheet(twiceInMarch)),
      findings: [
        {
          sheet: 'Nhật ký',
          cell: `B${at(twiceInMarch, '20/03/2020')}`,
          vi: [
            `${A} tháng 3/2020: 2 buổi sinh hoạt thường kỳ (dòng ${at(twiceInMarch, '05/03/2020')}, ${at(twiceInMarch, '20/03/2020')})`,
          ],
          en: [`${A}, month 3 of 2020: 2 regular meetings`],
        },
      ],
    },
  ],
});
