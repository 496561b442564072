/** A register row's verdict: regular meetings held, thematic ones by quarter, compliant or unknown. */
import { checkWorkbook } from '../../../src/core/engine';
import type { Scalar } from '../../../src/core/model/snapshot';
import { resolveSettings } from '../../../src/core/settings';
import { registerHeader, snapshotOf, type SheetSpec } from '../../helpers/snapshot';

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
