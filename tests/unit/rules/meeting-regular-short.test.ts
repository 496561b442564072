/**
 * meeting.regular-short: fewer regular meetings in a year than required (12, a setting), in a
 * register or a log. Months with no data yet are unknown, not missed: no finding for them.
 */
import {
  byDate,
  countRegisterSheet,
  TOPICS4,
  logSheet,
  logYear,
  registerRow as row,
  registerSheet,
  X12,
} from '../../helpers/ruleSheets';
import { testRule } from '../../helpers/ruleTester';
import { xlsxOf } from '../../helpers/specXlsx';

const A = 'Chi bộ Thôn Đồng Bé';
const B = 'Chi bộ Thôn Làng Nầm';
/** B holds no regular meeting in July. */
const bMissesJuly = byDate([
  ...logYear(A, 2020),
  ...logYear(B, 2020, 8).filter((m) => !(m.day === '08/07/2020')),
]);

/** A's meetings stop with 2020 while the log goes on through B's 2021. */
const aAbsentIn2021 = byDate([...logYear(A, 2020), ...logYear(B, 2020, 8), ...logYear(B, 2021, 8)]);
/** The sheet row of A's last meeting, where its record stops. */
const aLastRow = 4 + aAbsentIn2021.map((m) => m.cell).lastIndexOf(A);

testRule('meeting.regular-short', {
  severity: 'warning',
  valid: [
    { name: 'twelve meetings', workbook: xlsxOf(registerSheet([row(X12, [1, 1, 1, 1])])) },
    {
      name: 'dates and attendance numbers count as held',
      workbook: xlsxOf(registerSheet([row([...X12.slice(0, 10), 18, '15/12'], [1, 1, 1, 1])])),
    },
    {
      name: 'a blank end of year with a blank quarter is no data, not short',
      workbook: xlsxOf(
        registerSheet([row([...X12.slice(0, 9), null, null, null], [1, 1, 1, null])]),
      ),
    },
    {
      name: 'a register without data: header only',
      workbook: xlsxOf(registerSheet([])),
      recognized: false,
    },
    {
      name: 'a register whose rows are not filled in yet',
      workbook: xlsxOf(
        registerSheet([
          row(Array(12).fill(null), [null, null, null, null]),
          row(Array(12).fill(null), [null, null, null, null], null, 15, 'Chi bộ Thôn B'),
        ]),
      ),
    },
    {
      name: 'ten meetings where the board requires ten',
      settings: { meetings: { regularPerYear: 10 } },
      workbook: xlsxOf(registerSheet([row([...X12.slice(0, 10), null, 'không'], [1, 1, 1, 1])])),
    },
    {
      name: 'a register without months: counts typed "12/12", "12 buổi", 12',
      workbook: xlsxOf(
        countRegisterSheet([
          ['Chi bộ thôn Đông', '12/12', TOPICS4],
          ['Chi bộ thôn Tây', '12 buổi', TOPICS4],
          ['Chi bộ thôn Nam', 12, TOPICS4],
        ]),
      ),
    },
    {
      name: 'a register without months: an unreadable count is unknown, not short',
      workbook: xlsxOf(
        countRegisterSheet([
          ['Chi bộ thôn Đông', '12/12', TOPICS4],
          ['Chi bộ thôn Tây', 'đủ', TOPICS4],
        ]),
      ),
    },
    {
      name: 'a log with every month',
      workbook: xlsxOf(logSheet(byDate([...logYear(A, 2020), ...logYear(B, 2020, 8)]))),
    },
    {
      name: 'a log that stops in October leaves November and December unknown',
      workbook: xlsxOf(logSheet(logYear(A, 2020).filter((m) => !/\/1[12]\/2020$/.test(m.day)))),
    },
  ],
  invalid: [
    {
      name: 'nine meetings and "Không SH"',
      workbook: xlsxOf(
        registerSheet([row([...X12.slice(0, 9), 'Không SH', null, 'x'], [1, 1, 1, 1])]),
      ),
      findings: [
        {
          sheet: 'Sinh hoạt',
          cell: 'E4',
          vi: ['Chi bộ Thôn A (Hòa Sơn) năm 2020: 10/12 buổi sinh hoạt thường kỳ'],
          en: ['Chi bộ Thôn A (Hòa Sơn), 2020: 10 of 12 regular meetings'],
        },
      ],
    },
    {
      name: 'a register without months: at the typed count',
      workbook: xlsxOf(
        countRegisterSheet([
          ['Chi bộ thôn Đông', '12/12', TOPICS4],
          ['Chi bộ thôn Tây', '10/12', TOPICS4],
          ['Chi bộ thôn Nam', '11 buổi', TOPICS4],
        ]),
      ),
      findings: [
        {
          sheet: 'SH 2020',
          cell: 'C5',
          vi: ['Chi bộ thôn Tây năm 2020: 10/12 buổi sinh hoạt thường kỳ'],
          en: ['Chi bộ thôn Tây, 2020: 10 of 12 regular meetings'],
        },
        {
          sheet: 'SH 2020',
          cell: 'C6',
          vi: ['Chi bộ thôn Nam năm 2020: 11/12 buổi'],
          en: ['Chi bộ thôn Nam, 2020: 11 of 12'],
        },
      ],
    },
    {
      name: 'a log: at the last meeting before the month without one',
      workbook: xlsxOf(logSheet(bMissesJuly)),
      findings: [
        {
          sheet: 'Nhật ký',
          cell: `B${4 + bMissesJuly.findIndex((m) => m.cell === B && m.day === '08/06/2020')}`,
          vi: [`${B} năm 2020: 11/12 buổi`],
          en: [`${B}, 2020: 11 of 12 regular meetings`],
        },
      ],
    },
    {
      name: 'a log where a cell held nothing all year: at its last meeting before',
      workbook: xlsxOf(logSheet(aAbsentIn2021)),
      findings: [
        {
          sheet: 'Nhật ký',
          cell: `B${aLastRow}`,
          vi: [`${A} năm 2021: 0/12 buổi sinh hoạt thường kỳ`],
          en: [`${A}, 2021: 0 of 12 regular meetings`],
        },
      ],
    },
  ],
});
