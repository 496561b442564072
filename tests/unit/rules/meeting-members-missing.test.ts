/**
 * meeting.members-missing: attendance recorded but the cell's member count blank or 0, so the
 * share attending cannot be worked out. Marks alone need no member count.
 */
import {
  byDate,
  logSheet,
  logYear,
  registerRow as row,
  registerSheet,
  X12,
  type LogMeeting,
} from '../../helpers/ruleSheets';
import { testRule } from '../../helpers/ruleTester';
import { xlsxOf } from '../../helpers/specXlsx';

const A = 'Chi bộ Thôn Đồng Bé';
const B = 'Chi bộ Thôn Làng Nầm';
const C = 'Chi bộ Trường Tiểu học';
const withC = byDate([
  ...logYear(A, 2020),
  ...logYear(B, 2020, 8),
  ...['10/01/2020', '10/02/2020', '10/03/2020'].map((day): LogMeeting => ({
    day,
    cell: C,
    kind: 'Thường kỳ',
    attending: 9,
    members: 0,
  })),
]);

testRule('meeting.members-missing', {
  severity: 'warning',
  valid: [
    {
      name: 'a register whose rows are not filled in yet',
      workbook: xlsxOf(registerSheet([row(Array(12).fill(null), [null, null, null, null])])),
    },
    {
      name: 'attendance with a member count',
      workbook: xlsxOf(registerSheet([row(Array(12).fill(18), [1, 1, 1, 1])])),
    },
    {
      name: 'marks only, without a member count',
      workbook: xlsxOf(registerSheet([row(X12, [1, 1, 1, 1], null, null)])),
    },
    {
      name: 'a log with the members of every cell',
      workbook: xlsxOf(logSheet(byDate(logYear(A, 2020)), { attendance: true })),
    },
  ],
  invalid: [
    {
      name: 'numbers attending and a blank member count',
      workbook: xlsxOf(registerSheet([row(Array(12).fill(18), [1, 1, 1, 1], null, null)])),
      findings: [
        {
          sheet: 'Sinh hoạt',
          cell: 'D4',
          vi: ['Chi bộ Thôn A (Hòa Sơn) năm 2020: có ghi số người dự nhưng số đảng viên là ""'],
          en: ['Chi bộ Thôn A (Hòa Sơn), 2020: attendance is recorded but the member count is ""'],
        },
      ],
    },
    {
      name: 'numbers attending and a member count of 0',
      workbook: xlsxOf(registerSheet([row(Array(12).fill(18), [1, 1, 1, 1], null, 0)])),
      findings: [
        {
          sheet: 'Sinh hoạt',
          cell: 'D4',
          vi: ['số đảng viên là "0"'],
          en: ['member count is "0"'],
        },
      ],
    },
    {
      name: 'a log: a cell whose every meeting gives 0 members, at its first',
      workbook: xlsxOf(logSheet(withC, { attendance: true })),
      findings: [
        {
          sheet: 'Nhật ký',
          cell: `G${4 + withC.findIndex((m) => m.cell === C)}`,
          vi: [`${C} năm 2020: có ghi số người dự`],
          en: [`${C}, 2020: attendance is recorded but the member count is "0"`],
        },
      ],
    },
  ],
});
