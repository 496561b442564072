/**
 * meeting.thematic-short: a quarter without its thematic meeting (one a quarter, a setting), in a
 * register or a log. A quarter with no data yet is unknown, not short.
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
import type { Scalar } from '../../../src/core/model/snapshot';
import type { SheetSpec } from '../../helpers/snapshot';
import { xlsxOf } from '../../helpers/specXlsx';

const A = 'Chi bộ Thôn Đồng Bé';
const B = 'Chi bộ Thôn Làng Nầm';
/** B's thematic meeting of quarter III (18/08) is missing. */
const bMissesQ3 = byDate([
  ...logYear(A, 2020),
  ...logYear(B, 2020, 8).filter((m) => m.day !== '18/08/2020'),
]);

/** A's meetings stop with 2020 while the log goes on through B's 2021. */
const aAbsentIn2021 = byDate([...logYear(A, 2020), ...logYear(B, 2020, 8), ...logYear(B, 2021, 8)]);
/** The sheet row of A's last meeting, where its record stops. */
const aLastRow = 4 + aAbsentIn2021.map((m) => m.cell).lastIndexOf(A);

/**
 * A register with no thematic column: months headed I…XII, the thematic meeting written into the
 * month it was held ("x+CĐ"). One row a party cell, sheet rows 4 on.
 */
function marksRegister(rows: [string, Scalar[]][]): SheetSpec {
  return {
    name: 'SHCB 2023',
    rows: [
      ['THEO DÕI SINH HOẠT CHI BỘ NĂM 2023'],
      ['STT', 'Tên chi bộ', 'Sinh hoạt chi bộ các tháng', ...Array<null>(11).fill(null)],
      [null, null, 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'],
      ...rows.map(([cell, months], i) => [i + 1, cell, ...months]),
    ],
    merges: ['C2:N2', 'A2:A3', 'B2:B3'],
  };
}
/** "x" every month, the thematic mark in the given months (1–12). */
const marked = (...months: number[]): Scalar[] =>
  X12.map((x, i) => (months.includes(i + 1) ? 'x + CĐ' : x));

testRule('meeting.thematic-short', {
  severity: 'warning',
  valid: [
    {
      name: 'one every quarter, two in one',
      workbook: xlsxOf(registerSheet([row(X12, [1, 2, 1, 1])])),
    },
    {
      name: 'a blank last quarter with blank months is no data',
      workbook: xlsxOf(
        registerSheet([row([...X12.slice(0, 9), null, null, null], [1, 1, 1, null])]),
      ),
    },
    {
      name: 'a register whose rows are not filled in yet',
      workbook: xlsxOf(registerSheet([row(Array(12).fill(null), [null, null, null, null])])),
    },
    {
      name: 'thematic marks in month cells, one every quarter',
      workbook: xlsxOf(marksRegister([[A, marked(1, 5, 9, 10)]])),
    },
    {
      name: 'no thematic mark anywhere in a register without thematic columns: unknown, not short',
      workbook: xlsxOf(marksRegister([[A, X12]])),
    },
    {
      name: 'a log without meetings yet is no log',
      recognized: false,
      workbook: xlsxOf(logSheet([])),
    },
    {
      name: 'a register naming each quarter\'s topic, or marking it "x"',
      workbook: xlsxOf(
        countRegisterSheet([
          ['Chi bộ thôn Đông', '12/12', TOPICS4],
          ['Chi bộ thôn Tây', '12/12', ['x', ...TOPICS4.slice(1)]],
        ]),
      ),
    },
    {
      name: 'a log with a thematic meeting every quarter',
      workbook: xlsxOf(logSheet(byDate([...logYear(A, 2020), ...logYear(B, 2020, 8)]))),
    },
  ],
  invalid: [
    {
      name: 'none in the second quarter',
      workbook: xlsxOf(registerSheet([row(X12, [1, 0, 1, 1])])),
      findings: [
        {
          sheet: 'Sinh hoạt',
          cell: 'R4',
          vi: ['Chi bộ Thôn A (Hòa Sơn) năm 2020: quý II có 0 buổi chuyên đề (cần 1)'],
          en: ['Chi bộ Thôn A (Hòa Sơn), 2020: quarter II had 0 thematic meetings (1 required)'],
        },
      ],
    },
    {
      name: 'a register naming topics: a quarter blank or "không" has none',
      workbook: xlsxOf(
        countRegisterSheet([
          ['Chi bộ thôn Đông', '12/12', [TOPICS4[0]!, null, ...TOPICS4.slice(2)]],
          ['Chi bộ thôn Tây', '12/12', [...TOPICS4.slice(0, 3), 'không']],
        ]),
      ),
      findings: [
        {
          sheet: 'SH 2020',
          cell: 'E4',
          vi: ['Chi bộ thôn Đông năm 2020: quý II có 0 buổi chuyên đề'],
          en: ['Chi bộ thôn Đông, 2020: quarter II had 0 thematic meetings'],
        },
        {
          sheet: 'SH 2020',
          cell: 'G5',
          vi: ['Chi bộ thôn Tây năm 2020: quý IV có 0 buổi chuyên đề'],
          en: ['Chi bộ thôn Tây, 2020: quarter IV had 0 thematic meetings'],
        },
      ],
    },
    {
      name: 'thematic marks in month cells: the months of the quarter without one',
      workbook: xlsxOf(
        marksRegister([
          [A, marked(2, 5, 11)],
          [B, marked(1, 4, 7, 10)],
        ]),
      ),
      findings: [
        {
          sheet: 'SHCB 2023',
          cell: 'I4',
          vi: [`${A} năm 2023: quý III có 0 buổi chuyên đề (cần 1)`],
          en: [`${A}, 2023: quarter III had 0 thematic meetings (1 required)`],
        },
      ],
    },
    {
      name: 'a log: at the last meeting of the quarter without one',
      workbook: xlsxOf(logSheet(bMissesQ3)),
      findings: [
        {
          sheet: 'Nhật ký',
          cell: `B${4 + bMissesQ3.findIndex((m) => m.cell === B && m.day === '08/09/2020')}`,
          vi: [`${B} năm 2020: quý III có 0 buổi chuyên đề`],
          en: [`${B}, 2020: quarter III had 0 thematic meetings`],
        },
      ],
    },
    {
      name: 'a log where a cell held nothing all year: one finding for the four quarters',
      workbook: xlsxOf(logSheet(aAbsentIn2021)),
      findings: [
        {
          sheet: 'Nhật ký',
          cell: `B${aLastRow}`,
          vi: [`${A} năm 2021: quý I–IV có 0 buổi chuyên đề (cần 4)`],
          en: [`${A}, 2021: quarter I–IV had 0 thematic meetings (4 required)`],
        },
      ],
    },
  ],
});
