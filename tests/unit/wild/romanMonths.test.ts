/** Issue #10: registers whose months are headed I…XII, and "x+CĐ" month marks. */
import type { Scalar } from '../../../src/core/model/snapshot';
import { hasRomanMonthRun, romanMonthOf } from '../../../src/core/recognize/romanMonths';
import { checkBytes } from '../../../tools/wild/check';
import { FAMILIES } from '../../../tools/wild/families';
import { generateCase } from '../../../tools/wild/generate';
import { scoreReport } from '../../../tools/wild/score';
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
  /** A thematic mark in the middle month of every quarter; Tây's May (quarter II's) is blank. */
  const marksWith =
    (both: string) =>
    (short: boolean): Scalar[] =>
      ROMAN.map((_, m) => (short && m === 4 ? null : m % 3 === 1 ? both : 'x'));

  it.each(['x+CĐ', 'x + CĐ', 'x, CĐ', 'x,cđ', 'x (CĐ)', 'TK+CĐ', 'x cd', 'X chuyên đề', 'CĐ'])(
    "is the regular meeting held and the quarter's thematic one (%s)",
    (both) => {
      const report = check({
        name: 'SHCB 2023',
        rows: register(NUMBERED, marksWith(both)),
        merges,
      });
      const meetings = report.results.meetings;
      expect(meetings.map((m) => m.regular)).toEqual([12, 11, 12]);
      expect(meetings.map((m) => m.thematicByQuarter)).toEqual([
        [1, 1, 1, 1],
        [1, 0, 1, 1],
        [1, 1, 1, 1],
      ]);
      // Tây's quarter II lost its only thematic meeting with May: the finding covers April–June.
      expect(meetingIssues(report)).toEqual([
        'meeting.regular-short C5',
        'meeting.thematic-short F5',
      ]);
      expect(report.issues.find((i) => i.rule === 'meeting.thematic-short')!.range).toBe('F5:H5');
      expect(meetings.map((m) => m.compliant)).toEqual([true, false, true]);
    },
  );

  it('a quarter with no thematic mark is short, on a row whose every month is held', () => {
    const noQ3 = (short: boolean): Scalar[] =>
      ROMAN.map((_, m) => (m % 3 === 0 && !(short && m === 6) ? 'x+CĐ' : 'x'));
    const report = check({ name: 'SHCB 2023', rows: register(NUMBERED, noQ3), merges });
    expect(report.results.meetings.map((m) => [m.regular, m.compliant])).toEqual([
      [12, true],
      [12, false],
      [12, true],
    ]);
    expect(meetingIssues(report)).toEqual(['meeting.thematic-short I5']);
  });

  it('without any thematic mark in the register, the thematic verdict stays unknown', () => {
    const ticks = (short: boolean): Scalar[] =>
      ROMAN.map((_, m) => (short && m === 4 ? null : 'x'));
    const report = check({ name: 'SHCB 2023', rows: register(NUMBERED, ticks), merges });
    expect(meetingIssues(report)).toEqual(['meeting.regular-short C5']);
    expect(report.results.meetings.map((m) => m.compliant)).toEqual([null, false, null]);
    expect(report.results.meetings[0]!.thematicByQuarter).toEqual([null, null, null, null]);
  });

  it('a last quarter not yet recorded is no data, not a shortfall', () => {
    // The register is kept through October; quarter IV's thematic meeting is still to come.
    const toOctober = (): Scalar[] =>
      ROMAN.map((_, m) => (m > 9 ? null : m % 3 === 1 ? 'x+CĐ' : 'x'));
    const report = check({ name: 'SHCB 2023', rows: register(NUMBERED, toOctober), merges });
    expect(meetingIssues(report).filter((i) => i.startsWith('meeting.thematic-short'))).toEqual([]);
    expect(report.results.meetings[0]!.thematicByQuarter).toEqual([1, 1, 1, null]);
    expect(report.results.meetings.map((m) => m.compliant)).toEqual([null, null, null]);
  });

  it('an unreadable month leaves its quarter unknown when no month of it has the mark', () => {
    const unsure = (short: boolean): Scalar[] =>
      ROMAN.map((_, m) => (short && m === 4 ? '?' : m % 3 === 1 ? 'x+CĐ' : 'x'));
    const report = check({ name: 'SHCB 2023', rows: register(NUMBERED, unsure), merges });
    expect(meetingIssues(report).filter((i) => i.startsWith('meeting.thematic-short'))).toEqual([]);
    expect(report.results.meetings[1]!.thematicByQuarter).toEqual([1, null, 1, 1]);
    expect(report.results.meetings.map((m) => m.compliant)).toEqual([true, null, true]);
  });
});

describe('the register-roman-months family (tools/wild)', () => {
  it('gets every meeting row and planted defect right, with no false error', async () => {
    const at = FAMILIES.findIndex((f) => f.name === 'register-roman-months');
    const failures: string[] = [];
    let meetings = 0;
    let defects = 0;
    // Eight workbooks of the family: each spelling of the double mark, with and without a quarter
    // short of its thematic meeting.
    for (let n = 0; n < 8; n++) {
      const c = await generateCase(20261205, at + n * FAMILIES.length);
      const score = scoreReport(c.key, checkBytes(c.bytes, c.name));
      failures.push(...score.failures.map((f) => `${c.name}: ${f}`));
      failures.push(...score.falseErrors.map((f) => `${c.name}: false ${f.rule} at ${f.cell}`));
      meetings += score.meetingsKeyed;
      defects += score.defectsKeyed;
    }
    expect(failures).toEqual([]);
    expect(meetings).toBeGreaterThan(40);
    expect(defects).toBeGreaterThan(3);
  });
});
