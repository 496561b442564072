/** Issue #10: registers whose months are headed I…XII, and "x+CĐ" month marks. */
import type { Scalar } from '../../../src/core/model/snapshot';
import { hasRomanMonthRun, romanMonthOf } from '../../../src/core/recognize/romanMonths';
import { checkSpecs as check } from '../../helpers/checkSpecs';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const NUMBERED = ROMAN.map((_, m) => `T${m + 1}`);

function register(months: string[], marks: (short: boolean) => Scalar[]): Scalar[][] {
  return [
    ['THEO DÕI SINH HOẠT CHI BỘ NĂM 2023'],
    ['STT', 'Tên chi bộ', 'Sinh hoạt chi bộ các tháng', ...Array(11).fill(null), 'Ghi chú'],
    [null, null, ...months, null],
    [1, 'Chi bộ thôn Đông', ...marks(false), null],
    [2, 'Chi bộ thôn Tây', ...marks(true), null],
    [3, 'Chi bộ thôn Nam', ...marks(false), null],
  ];
}
/** Every finding about meetings, whatever its level: a misread month shows as a shortfall. */
function meetingIssues(report: ReturnType<typeof check>): string[] {
  return report.issues
    .filter((i) => i.rule.startsWith('meeting.'))
    .map((i) => `${i.rule} ${i.cell ?? ''}`);
}
const merges = ['C2:N2', 'A2:A3', 'B2:B3', 'O2:O3'];

describe('months headed in Roman numerals', () => {
  const ticks = (short: boolean): Scalar[] => ROMAN.map((_, m) => (short && m === 4 ? null : 'x'));

  it.each([
    ['bare', ROMAN],
    ['"Tháng I"', ROMAN.map((r) => `Tháng ${r}`)],
    ['"T.I"', ROMAN.map((r) => `T.${r}`)],
  ])('are read as months (%s)', (_, months) => {
    const report = check({ name: 'SHCB 2023', rows: register(months, ticks), merges });
    expect(report.results.meetings.map((m) => [m.unit, m.regular])).toEqual([
      ['Chi bộ thôn Đông', 12],
      ['Chi bộ thôn Tây', 11],
      ['Chi bộ thôn Nam', 12],
    ]);
    expect(meetingIssues(report)).toEqual(['meeting.regular-short C5']);
  });

  it('a bare numeral is a month only under a group naming the months', () => {
    expect(romanMonthOf('ix', true)).toBe(9);
    expect(romanMonthOf('ix', false)).toBeNull();
    expect(romanMonthOf('thang ix', false)).toBe(9);
    expect(romanMonthOf('xiii', true)).toBeNull();
    expect(romanMonthOf('iiii', true)).toBeNull();
  });

  it('a row is a header of Roman months only with six or more in a climbing run', () => {
    expect(hasRomanMonthRun(['stt', 'i', 'ii', 'iii', 'iv', 'v', 'vi'])).toBe(true);
    // Ticks under grade names, group numbers: no run.
    expect(hasRomanMonthRun(['x', 'v', 'x', 'x', 'v', 'x'])).toBe(false);
    expect(hasRomanMonthRun(['i', 'ii', 'iii', 'x', 'v', 'vi'])).toBe(false);
  });
});

describe('"x+CĐ" in a month cell (months headed T1…T12)', () => {
  it.each(['x+CĐ', 'x + CĐ', 'x, CĐ', 'x (CĐ)', 'TK+CĐ'])(
    'counts as the regular meeting held (%s)',
    (both) => {
      const marks = (short: boolean): Scalar[] =>
        ROMAN.map((_, m) => (short && m === 4 ? null : m % 3 === 1 ? both : 'x'));
      const report = check({ name: 'SHCB 2023', rows: register(NUMBERED, marks), merges });
      expect(report.results.meetings.map((m) => m.regular)).toEqual([12, 11, 12]);
      // The thematic half is not read from month cells: unknown, never a false shortfall.
      expect(meetingIssues(report)).toEqual(['meeting.regular-short C5']);
      expect(report.results.meetings.map((m) => m.compliant)).toEqual([null, false, null]);
    },
  );
});
