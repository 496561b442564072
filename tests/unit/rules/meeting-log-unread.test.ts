/**
 * meeting.log-unread: log rows that count in no month or quarter (a day that does not exist, a
 * kind that is neither regular nor thematic), said once a log.
 */
import { byDate, logSheet, logYear, type LogMeeting } from '../../helpers/ruleSheets';
import { testRule } from '../../helpers/ruleTester';
import { xlsxOf } from '../../helpers/specXlsx';

const A = 'Chi bộ Thôn Đồng Bé';
const B = 'Chi bộ Thôn Làng Nầm';
const unread = byDate([
  ...logYear(A, 2021),
  ...logYear(B, 2021, 8),
  { day: '20/05/2021', cell: A, kind: 'SH đột xuất' },
]).map((m): LogMeeting =>
  m.cell === B && m.day === '08/09/2021' ? { ...m, day: '31/09/2021' } : m,
);
const rowOf = (pred: (m: LogMeeting) => boolean) => 4 + unread.findIndex(pred);
const extra = rowOf((m) => m.kind === 'SH đột xuất');
const typo = rowOf((m) => m.day === '31/09/2021');

testRule('meeting.log-unread', {
  severity: 'info',
  valid: [
    {
      name: 'a log without meetings yet is no log',
      recognized: false,
      workbook: xlsxOf(logSheet([])),
    },
    {
      name: 'a log whose every row counts',
      workbook: xlsxOf(logSheet(byDate([...logYear(A, 2021), ...logYear(B, 2021, 8)]))),
    },
  ],
  invalid: [
    {
      name: 'an unreadable day and a kind that is neither, at the first of them',
      workbook: xlsxOf(logSheet(unread)),
      findings: [
        {
          sheet: 'Nhật ký',
          cell: `D${extra}`,
          vi: [
            'Nhật ký Nhật ký: 2 dòng không được tính',
            `ngày không đọc được: dòng ${typo}`,
            `loại "SH đột xuất" không phải thường kỳ hay chuyên đề: dòng ${extra}`,
          ],
          en: [
            `Log Nhật ký: 2 rows count in no month or quarter (day unreadable: row ${typo}; ` +
              `kind "SH đột xuất" neither regular nor thematic: row ${extra}).`,
          ],
        },
      ],
    },
  ],
});
