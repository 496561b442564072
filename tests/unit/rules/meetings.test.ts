import { checkWorkbook } from '../../../src/core/engine';
import { resolveSettings } from '../../../src/core/settings';
import type { Scalar } from '../../../src/core/model/snapshot';
import { registerHeader, snapshotOf, type SheetSpec } from '../../helpers/snapshot';
import { testRule } from '../../helpers/ruleTester';

const X12 = Array<Scalar>(12).fill('x');

/** A register: year, commune, cell, members, T1..T12, Quý I..IV, note. */
function register(rows: Scalar[][]): SheetSpec {
  return {
    name: 'Sinh hoạt',
    rows: [['THEO DÕI SINH HOẠT CHI BỘ'], ...registerHeader(), ...rows],
    merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:P2', 'Q2:T2', 'U2:U3'],
  };
}

const row = (
  months: Scalar[],
  quarters: Scalar[],
  note: Scalar = null,
  members: Scalar = 20,
): Scalar[] => [2020, 'Hòa Sơn', 'Chi bộ Thôn A', members, ...months, ...quarters, note];

testRule('meeting.regular-short', {
  valid: [
    { name: 'twelve meetings', workbook: snapshotOf(register([row(X12, [1, 1, 1, 1])])) },
    {
      name: 'dates and attendance numbers count as held',
      workbook: snapshotOf(register([row([...X12.slice(0, 10), 18, '15/12'], [1, 1, 1, 1])])),
    },
    {
      name: 'a blank end of year with a blank quarter is no data, not short',
      workbook: snapshotOf(
        register([row([...X12.slice(0, 9), null, null, null], [1, 1, 1, null])]),
      ),
    },
  ],
  invalid: [
    {
      name: 'nine meetings and "Không SH"',
      workbook: snapshotOf(
        register([row([...X12.slice(0, 9), 'Không SH', null, 'x'], [1, 1, 1, 1])]),
      ),
      findings: [{ sheet: 'Sinh hoạt', cell: 'E4' }],
    },
  ],
});

testRule('meeting.thematic-short', {
  valid: [{ name: 'one every quarter', workbook: snapshotOf(register([row(X12, [1, 2, 1, 1])])) }],
  invalid: [
    {
      name: 'none in the second quarter',
      workbook: snapshotOf(register([row(X12, [1, 0, 1, 1])])),
      findings: [{ sheet: 'Sinh hoạt', cell: 'R4' }],
    },
  ],
});

testRule('meeting.attendance-low', {
  valid: [
    {
      name: '18 of 20 attend',
      workbook: snapshotOf(register([row(Array(12).fill(18), [1, 1, 1, 1])])),
    },
  ],
  invalid: [
    {
      name: '17 of 20 is 85%: flagged',
      workbook: snapshotOf(register([row([...Array(11).fill(18), 17], [1, 1, 1, 1])])),
      findings: [{ sheet: 'Sinh hoạt', cell: 'P4' }],
    },
  ],
});

testRule('meeting.no-data', {
  valid: [{ name: 'a full year', workbook: snapshotOf(register([row(X12, [1, 1, 1, 1])])) }],
  invalid: [
    {
      name: 'blank months and quarter at the end of the year',
      workbook: snapshotOf(
        register([row([...X12.slice(0, 9), null, null, null], [1, 1, 1, null])]),
      ),
      findings: [{ sheet: 'Sinh hoạt', row: 4 }],
    },
    {
      name: 'a "not yet compiled" note',
      workbook: snapshotOf(register([row(X12, [1, 1, 1, 1], 'Chưa tổng hợp quý IV')])),
      findings: [{ sheet: 'Sinh hoạt', row: 4 }],
    },
  ],
});

testRule('meeting.invalid-mark', {
  valid: [
    {
      name: 'x, v, có and words',
      workbook: snapshotOf(register([row(['x', 'v', 'có', 'X', ...X12.slice(4)], [1, 1, 1, 1])])),
    },
  ],
  invalid: [
    {
      name: 'a question mark',
      workbook: snapshotOf(register([row(['x', '?', ...X12.slice(2)], [1, 1, 1, 1])])),
      findings: [{ sheet: 'Sinh hoạt', cell: 'F4' }],
    },
  ],
});

describe('compliance of a register row', () => {
  const verdict = (
    months: Scalar[],
    quarters: Scalar[],
    note: Scalar = null,
    settings?: unknown,
  ) => {
    const { report } = checkWorkbook(
      snapshotOf(register([row(months, quarters, note)])),
      resolveSettings(settings),
    );
    const m = report.results.meetings[0]!;
    return { regular: m.regular, thematic: m.thematicByQuarter, compliant: m.compliant };
  };

  it.each([
    [
      'a full year',
      X12,
      [1, 1, 1, 1],
      null,
      { regular: 12, thematic: [1, 1, 1, 1], compliant: true },
    ],
    [
      'a missing quarter of thematic meetings',
      X12,
      [1, 1, 0, 1],
      null,
      { regular: 12, thematic: [1, 1, 0, 1], compliant: false },
    ],
    [
      'ten meetings, whatever else',
      [...X12.slice(0, 10), 'không', '-'],
      [1, 1, 1, 1],
      null,
      { regular: 10, thematic: [1, 1, 1, 1], compliant: false },
    ],
    [
      'no data at the end of the year',
      [...X12.slice(0, 9), null, null, null],
      [1, 1, 1, null],
      null,
      { regular: 9, thematic: [1, 1, 1, null], compliant: null },
    ],
    [
      'a blank December but a Q4 record: not held',
      [...X12.slice(0, 11), null],
      [1, 1, 1, 1],
      null,
      { regular: 11, thematic: [1, 1, 1, 1], compliant: false },
    ],
    [
      'an unreadable month that could make twelve',
      ['?', ...X12.slice(1)],
      [1, 1, 1, 1],
      null,
      { regular: 11, thematic: [1, 1, 1, 1], compliant: null },
    ],
    [
      'an unreadable month that cannot help',
      ['?', 'không', ...X12.slice(2)],
      [1, 1, 1, 1],
      null,
      { regular: 10, thematic: [1, 1, 1, 1], compliant: false },
    ],
    [
      'a quarter noted as not compiled',
      X12,
      [1, 1, 1, 1],
      'Chưa tổng hợp quý IV',
      { regular: 9, thematic: [1, 1, 1, 1], compliant: null },
    ],
  ] as const)('%s', (_name, months, quarters, note, expected) => {
    expect(verdict([...months], [...quarters], note)).toEqual(expected);
  });

  it('follows the threshold setting', () => {
    const ten = [...X12.slice(0, 10), null, 'không'];
    expect(verdict(ten, [1, 1, 1, 1]).compliant).toBe(false);
    expect(verdict(ten, [1, 1, 1, 1], null, { meetings: { regularPerYear: 10 } }).compliant).toBe(
      true,
    );
  });
});
