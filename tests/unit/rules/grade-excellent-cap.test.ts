/**
 * grade.excellent-cap: more excellent than the ratio (20%) of the base allows. Per organization in
 * member lists; organization lists only when the setting is on. Exactly at the cap is within it.
 */
import type { Scalar } from '../../../src/core/model/snapshot';
import { GOOD, listTitle, memberListSheet, orgListSheet } from '../../helpers/ruleSheets';
import { testRule } from '../../helpers/ruleTester';
import { xlsxOf } from '../../helpers/specXlsx';

/** n members of a party cell, the first `excellent` graded excellent, the rest good. */
const members = (cell: string, n: number, excellent: number): [string, string, Scalar][] =>
  Array.from({ length: n }, (_, i) => [
    `Người ${cell} ${i}`,
    cell,
    i < excellent ? 'HTXSNV' : 'HTTNV',
  ]);

testRule('grade.excellent-cap', {
  severity: 'warning',
  valid: [
    {
      name: 'organization lists are not capped by default',
      workbook: xlsxOf(
        orgListSheet('2020', listTitle(2020), [
          ['A', 'HTXSNV'],
          ['B', 'HTXSNV'],
          ['C', GOOD],
        ]),
      ),
    },
    {
      name: 'members within 20% of the good ones',
      workbook: xlsxOf(memberListSheet(members('Chi bộ Thôn A', 10, 1))),
    },
    {
      name: 'exactly at the cap: 2 excellent against 10 good',
      workbook: xlsxOf(memberListSheet(members('Chi bộ Thôn A', 12, 2))),
    },
    {
      name: 'a board that caps on good and above: 2 of 10',
      settings: { excellentCap: { base: 'goodAndAbove' } },
      workbook: xlsxOf(memberListSheet(members('Chi bộ Thôn A', 10, 2))),
    },
    {
      name: 'member lists when the setting turns them off',
      settings: { excellentCap: { members: false } },
      workbook: xlsxOf(memberListSheet(members('Chi bộ Thôn A', 8, 3))),
    },
  ],
  invalid: [
    {
      name: 'one organization with 3 excellent against 5 good, the other within',
      workbook: xlsxOf(
        memberListSheet([...members('Chi bộ Thôn A', 8, 3), ...members('Chi bộ Thôn B', 6, 1)]),
      ),
      findings: [
        {
          sheet: 'Đảng viên 2020',
          cell: 'C3',
          vi: ['Chi bộ Thôn A: 3 xuất sắc, vượt 20% của 5', 'tối đa 1'],
          en: ['Chi bộ Thôn A: 3 excellent, more than 20% of 5', 'at most 1'],
        },
      ],
    },
    {
      name: 'organization lists when the setting is on (2020: 11 excellent, 42 good)',
      settings: { excellentCap: { organizations: true } },
      workbook: xlsxOf(
        orgListSheet('2020', listTitle(2020), [
          ...Array.from({ length: 11 }, (_, i): [string, string] => [`Xã X${i}`, 'HTXSNV']),
          ...Array.from({ length: 42 }, (_, i): [string, string] => [`Xã G${i}`, GOOD]),
        ]),
      ),
      findings: [
        {
          sheet: '2020',
          cell: 'B6',
          vi: ['2020 (2020): 11 xuất sắc, vượt 20% của 42', 'tối đa 8'],
          en: ['2020 (2020): 11 excellent, more than 20% of 42', 'at most 8'],
        },
      ],
    },
  ],
});
