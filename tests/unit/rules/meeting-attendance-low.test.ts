/**
 * meeting.attendance-low: a meeting attended by 85% of the members or fewer (more than 85% is
 * asked), in a register whose month cells give the number attending, or a log.
 */
import {
  byDate,
  logSheet,
  logYear,
  registerRow as row,
  registerSheet,
  X12,
} from '../../helpers/ruleSheets';
import { testRule } from '../../helpers/ruleTester';
import { xlsxOf } from '../../helpers/specXlsx';

const A = 'Chi bộ Thôn Đồng Bé';
const lowApril = byDate(logYear(A, 2020)).map((m) =>
  m.day === '05/04/2020' ? { ...m, attending: 17 } : m,
);

testRule('meeting.attendance-low', {
  severity: 'warning',
  valid: [
    {
      name: 'a register whose rows are not filled in yet',
      workbook: xlsxOf(registerSheet([row(Array(12).fill(null), [null, null, null, null])])),
    },
    {
      name: '18 of 20 attend',
      workbook: xlsxOf(registerSheet([row(Array(12).fill(18), [1, 1, 1, 1])])),
    },
    {
      name: 'marks say nothing of attendance',
      workbook: xlsxOf(registerSheet([row(X12, [1, 1, 1, 1])])),
    },
    {
      name: 'numbers attending without a member count: members-missing says so',
      workbook: xlsxOf(registerSheet([row(Array(12).fill(10), [1, 1, 1, 1], null, null)])),
    },
    {
      name: 'a log at 18 of 20',
      workbook: xlsxOf(logSheet(byDate(logYear(A, 2020)), { attendance: true })),
    },
  ],
  invalid: [
    {
      name: '17 of 20 is 85%: flagged',
      workbook: xlsxOf(registerSheet([row([...Array(11).fill(18), 17], [1, 1, 1, 1])])),
      findings: [
        {
          sheet: 'Sinh hoạt',
          cell: 'P4',
          vi: ['Chi bộ Thôn A (Hòa Sơn) tháng 12/2020: 17/20 đảng viên dự (85%)'],
          en: ['Chi bộ Thôn A (Hòa Sơn), month 12 of 2020: 17 of 20 members attended (85%)'],
        },
      ],
    },
    {
      name: 'a log: at the meeting’s attendance cell',
      workbook: xlsxOf(logSheet(lowApril, { attendance: true })),
      findings: [
        {
          sheet: 'Nhật ký',
          cell: `F${4 + lowApril.findIndex((m) => m.day === '05/04/2020')}`,
          vi: [`${A} tháng 4/2020: 17/20 đảng viên dự (85%)`],
          en: [`${A}, month 4 of 2020: 17 of 20 members attended (85%)`],
        },
      ],
    },
  ],
});
