/**
 * Issue #10: the thematic meeting inside a month cell. What counts as a thematic mark, and the
 * written meetings sheet's formulas for a register that records its thematic meetings that way
 * are formulas Excel accepts (their values are checked in LibreOffice by
 * tests/system/plan/thematicMarksRecalc.system.test.ts).
 */
import { checkWorkbook } from '../../../src/core/engine';
import type { Scalar } from '../../../src/core/model/snapshot';
import { buildPlan } from '../../../src/core/plan/buildPlan';
import { isThematicMark } from '../../../src/core/parse/thematicMark';
import { resolveSettings } from '../../../src/core/settings';
import { checkFormula } from '../../helpers/excelDouble/formulaSyntax';
import { snapshotOf } from '../../helpers/snapshot';

describe('a thematic mark in a month cell', () => {
  it.each([
    'x+CĐ',
    'X + cđ',
    'x, CĐ',
    'x,cđ',
    'x (CĐ)',
    'TK+CĐ',
    'x cd',
    'x - chuyên đề',
    'x, Chuyên đề',
    'có SH + CĐ',
    'SHCĐ',
    'CĐ',
    ' cđ ',
  ])('is a regular meeting held that was also the thematic one: %s', (mark) => {
    expect(isThematicMark(mark)).toBe(true);
  });

  it.each(['x', 'xx', 'SH', 'không CĐ', 'chưa SH CĐ', 'x?CĐ', 'CĐ: 12/5', 'cdx9', 'Có', ''])(
    'is not one: %s',
    (mark) => {
      expect(isThematicMark(mark)).toBe(false);
    },
  );
});

describe('the meetings sheet of a register with thematic marks in its months', () => {
  // Excel's longest sheet name, so the formulas are as long as they get.
  const sheet = 'Theo dõi sinh hoạt chi bộ 2023';
  const months = (q2: string | null): Scalar[] => [
    'x+CĐ',
    'x',
    'x',
    'x',
    q2,
    'x',
    'x, chuyên đề',
    'x',
    '?',
    'x',
    'CĐ',
    null,
  ];
  const snapshot = snapshotOf({
    name: sheet,
    rows: [
      ['THEO DÕI SINH HOẠT CHI BỘ NĂM 2023'],
      ['STT', 'Tên chi bộ', 'Sinh hoạt chi bộ các tháng', ...Array<null>(11).fill(null)],
      [null, null, 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'],
      [1, 'Chi bộ thôn Đông', ...months('x + CĐ')],
      [2, 'Chi bộ thôn Tây', ...months('x')],
    ],
    merges: ['C2:N2', 'A2:A3', 'B2:B3'],
  });
  const settings = resolveSettings({});
  const check = checkWorkbook(snapshot, settings);
  const plan = buildPlan(check, snapshot, settings);
  const meetings = plan.sheets.find((s) => s.key === 'meetings')!;

  it('reads the quarters from the months', () => {
    expect(check.report.results.meetings.map((m) => m.thematicByQuarter)).toEqual([
      [1, 1, 1, 1],
      [1, 0, 1, 1],
    ]);
  });

  it('writes formulas Excel accepts, within its length and nesting limits', () => {
    const formulas = meetings.cells.flatMap((c) => (c.formula ? [c.formula] : []));
    const long = formulas.filter((f) => f.includes('SEARCH('));
    // The regular count, the months without records and four quarters, for each of the two rows.
    expect(long.length).toBeGreaterThanOrEqual(12);
    for (const f of long) {
      expect(() => checkFormula(f)).not.toThrow();
      let depth = 0;
      let deepest = 0;
      for (const ch of f.replace(/"[^"]*"/g, '""')) {
        if (ch === '(') deepest = Math.max(deepest, ++depth);
        if (ch === ')') depth--;
      }
      expect(deepest).toBeLessThanOrEqual(64);
    }
  });
});
