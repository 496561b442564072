/**
 * meeting.no-data: blank months at the end of the year whose quarter has no thematic record
 * either, a "not yet compiled" note, or a log that stops before the year ends. A blank month
 * whose quarter is recorded is a month not held (regular-short), not missing data.
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
const stopsInOctober = logYear(A, 2020).filter((m) => !/\/1[12]\/2020$/.test(m.day));

testRule('meeting.no-data', {
  severity: 'info',
  valid: [
    { name: 'a full year', workbook: xlsxOf(registerSheet([row(X12, [1, 1, 1, 1])])) },
    {
      name: 'a blank December but a Q4 record: not held, not missing',
      workbook: xlsxOf(registerSheet([row([...X12.slice(0, 11), null], [1, 1, 1, 1])])),
    },
    {
      name: 'a register without data: header only',
      workbook: xlsxOf(registerSheet([])),
      recognized: false,
    },
    {
      name: 'a register without months, its counts and topics all read',
      workbook: xlsxOf(countRegisterSheet([['Chi bộ thôn Đông', '11 buổi', TOPICS4]])),
    },
    {
      name: 'a log through December',
      workbook: xlsxOf(logSheet(byDate(logYear(A, 2020)))),
    },
  ],
  invalid: [
    {
      name: 'blank months and quarter at the end of the year',
      workbook: xlsxOf(
        registerSheet([row([...X12.slice(0, 9), null, null, null], [1, 1, 1, null])]),
      ),
      findings: [
        {
          sheet: 'Sinh hoạt',
          row: 4,
          vi: [
            'Chi bộ Thôn A (Hòa Sơn) năm 2020: chưa có số liệu tháng 10, 11, 12; chuyên đề quý IV',
          ],
          en: [
            'Chi bộ Thôn A (Hòa Sơn), 2020: no data for months 10, 11, 12; thematic meetings of quarter IV',
          ],
        },
      ],
    },
    {
      name: 'a "not yet compiled" note',
      workbook: xlsxOf(registerSheet([row(X12, [1, 1, 1, 1], 'Chưa tổng hợp quý IV')])),
      findings: [{ sheet: 'Sinh hoạt', row: 4, vi: ['chưa có số liệu'], en: ['no data for'] }],
    },
    {
      name: 'a register row not filled in yet',
      workbook: xlsxOf(registerSheet([row(Array(12).fill(null), [null, null, null, null])])),
      findings: [
        {
          sheet: 'Sinh hoạt',
          row: 4,
          vi: ['tháng 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12; chuyên đề quý I, II, III, IV'],
          en: [
            'months 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12; thematic meetings of quarter I, II, III, IV',
          ],
        },
      ],
    },
    {
      name: 'a register without months: a count that says no number, a quarter no topic',
      workbook: xlsxOf(
        countRegisterSheet([
          ['Chi bộ thôn Đông', 'đủ', TOPICS4],
          ['Chi bộ thôn Tây', '12/12', ['?', ...TOPICS4.slice(1)]],
          ['Chi bộ thôn Nam', null, TOPICS4],
        ]),
      ),
      findings: [
        {
          sheet: 'SH 2020',
          cell: 'C4',
          vi: [
            'Chi bộ thôn Đông năm 2020: chưa có số liệu số buổi sinh hoạt thường kỳ cả năm ("đủ")',
          ],
          en: ['Chi bộ thôn Đông, 2020: no data for the year\'s regular meetings ("đủ")'],
        },
        {
          sheet: 'SH 2020',
          cell: 'D5',
          vi: ['chưa có số liệu chuyên đề quý I ("?")'],
          en: ['no data for the thematic meeting of quarter I ("?")'],
        },
        {
          sheet: 'SH 2020',
          cell: 'C6',
          vi: ['Chi bộ thôn Nam năm 2020: chưa có số liệu số buổi sinh hoạt thường kỳ cả năm.'],
          en: ["Chi bộ thôn Nam, 2020: no data for the year's regular meetings."],
        },
      ],
    },
    {
      name: 'a log that stops in October: at its last meeting',
      workbook: xlsxOf(logSheet(stopsInOctober)),
      findings: [
        {
          sheet: 'Nhật ký',
          row: 4 + stopsInOctober.length - 1,
          vi: [`${A} năm 2020: chưa có số liệu tháng 11, 12; chuyên đề quý IV`],
          en: [`${A}, 2020: no data for months 11, 12; thematic meetings of quarter IV`],
        },
      ],
    },
  ],
});
