/**
 * Registers of round 5 (tools/wild/families/round5.ts) that were read as nothing or half: two
 * sheet rows per cell, a sheet per cell, "Có mặt"/"Vắng" pairs, "9/12" in a fraction register.
 */
import type { Scalar } from '../../../src/core/model/snapshot';
import { checkSpecs as check, errorsOf as errors } from '../../helpers/checkSpecs';

/** Every finding about meetings, whatever its level. */
function meetingIssues(report: ReturnType<typeof check>): string[] {
  return report.issues
    .filter((i) => i.rule.startsWith('meeting.'))
    .map((i) => `${i.rule} ${i.cell ?? ''}`);
}

const MONTHS = Array.from({ length: 12 }, (_, m) => `Tháng ${m + 1}`);

describe('a register with two rows per cell ("Thường kỳ" over "Chuyên đề")', () => {
  const x12 = (gap: number | null): Scalar[] =>
    Array.from({ length: 12 }, (_, m) => (m === gap ? null : 'x'));
  /** Thematic marks in the given months (1–12). */
  const th = (...months: number[]): Scalar[] =>
    Array.from({ length: 12 }, (_, m) => (months.includes(m + 1) ? 'x' : null));
  function sheet(regular: string, thematic: string): Scalar[][] {
    return [
      ['THEO DÕI SINH HOẠT THƯỜNG KỲ VÀ CHUYÊN ĐỀ CỦA CÁC CHI BỘ NĂM 2024'],
      ['TT', 'Chi bộ', 'Loại sinh hoạt', 'Tháng', ...Array(11).fill(null), 'Cộng'],
      [null, null, null, ...MONTHS.map((_, m) => m + 1), null],
      [1, 'Chi bộ thôn Đông', regular, ...x12(null), 12],
      [null, null, thematic, ...th(2, 5, 8, 11), 4],
      [2, 'Chi bộ thôn Tây', regular, ...x12(6), 11],
      [null, null, thematic, ...th(1, 4, 9, 10, 12), 5],
      [3, 'Chi bộ thôn Nam', regular, ...x12(null), 12],
      [null, null, thematic, ...th(3, 6, 12), 3],
    ];
  }
  const merges = ['D2:O2', 'A2:A3', 'B2:B3', 'C2:C3', 'P2:P3'];
  for (const r of [4, 6, 8]) merges.push(`A${r}:A${r + 1}`, `B${r}:B${r + 1}`);

  it.each([
    ['Thường kỳ', 'Chuyên đề'],
    ['TK', 'CĐ'],
    ['SH thường kỳ', 'SH chuyên đề'],
  ])('reads the second row as the thematic meetings (%s / %s)', (regular, thematic) => {
    const report = check({ name: 'Theo dõi SH 2024', rows: sheet(regular, thematic), merges });
    expect(errors(report)).toEqual([]);
    expect(
      report.results.meetings.map((m) => [
        m.unit,
        m.row,
        m.regular,
        m.thematicByQuarter,
        m.compliant,
      ]),
    ).toEqual([
      ['Chi bộ thôn Đông', 4, 12, [1, 1, 1, 1], true],
      ['Chi bộ thôn Tây', 6, 11, [1, 1, 1, 2], false],
      ['Chi bộ thôn Nam', 8, 12, [1, 1, 0, 1], false],
    ]);
    expect(meetingIssues(report).sort()).toEqual(
      ['meeting.regular-short D6', 'meeting.thematic-short J8'].sort(),
    );
  });

  it('keeps two cells apart when each row names its own cell', () => {
    const rows = sheet('Thường kỳ', 'Chuyên đề');
    rows[4]![1] = 'Chi bộ thôn Bắc';
    const report = check({ name: 'Theo dõi SH 2024', rows, merges: merges.slice(0, 5) });
    expect(report.results.meetings.map((m) => m.unit).slice(0, 2)).toEqual([
      'Chi bộ thôn Đông',
      'Chi bộ thôn Bắc',
    ]);
  });
});
