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

  it('reads a cell whose regular row is blank from its thematic row', () => {
    const rows = sheet('Thường kỳ', 'Chuyên đề');
    rows[5] = [2, 'Chi bộ thôn Tây', 'Thường kỳ', ...Array(12).fill(null), 0];
    const report = check({ name: 'Theo dõi SH 2024', rows, merges });
    expect(report.results.meetings.map((m) => [m.unit, m.regular, m.compliant])).toEqual([
      ['Chi bộ thôn Đông', 12, true],
      ['Chi bộ thôn Tây', 0, false],
      ['Chi bộ thôn Nam', 12, false],
    ]);
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

describe('a sheet per cell: a log with no cell column', () => {
  /** A year of meetings for one cell: each month's regular one, a thematic one each quarter. */
  function log(title: Scalar, gap: number | null): Scalar[][] {
    const rows: Scalar[][] = [
      [title],
      ['Đảng bộ xã Minh Hòa'],
      [],
      ['Tháng', 'Ngày sinh hoạt', 'Hình thức', 'Nội dung', 'Số ĐV dự', 'Tổng số ĐV'],
    ];
    for (let m = 1; m <= 12; m++) {
      const mm = String(m).padStart(2, '0');
      if (m % 3 === 2)
        rows.push([m, `03/${mm}/2021`, 'Chuyên đề', 'Chuyển đổi số ở cơ sở', 15, 16]);
      if (m !== gap) rows.push([m, `17/${mm}/2021`, 'Thường kỳ', 'Sinh hoạt thường kỳ', 15, 16]);
    }
    return rows;
  }

  it('takes the cell from the title, and the month column is no head count', () => {
    const report = check(
      { name: 'CB Rộc Lạn', rows: log('SỔ THEO DÕI SINH HOẠT CHI BỘ THÔN LÀNG CÀ NĂM 2021', null) },
      { name: 'Thôn Phố Vị', rows: log('SỔ THEO DÕI SINH HOẠT CHI BỘ', 7) },
    );
    expect(errors(report)).toEqual([]);
    expect(
      report.results.meetings.map((m) => [
        m.sheet,
        m.unit,
        m.regular,
        m.thematicByQuarter,
        m.compliant,
      ]),
    ).toEqual([
      ['CB Rộc Lạn', 'Chi bộ thôn Làng Cà', 12, [1, 1, 1, 1], true],
      // No name in the title: the sheet's.
      ['Thôn Phố Vị', 'Chi bộ thôn Phố Vị', 11, [1, 1, 1, 1], false],
    ]);
    // 15 of 16 attending is no low attendance: "Tháng" is not read as who came.
    expect(meetingIssues(report)).toEqual(['meeting.regular-short B12']);
  });

  it('is not taken for one cell when neither the title nor the sheet names one', () => {
    const report = check({ name: 'Sheet1', rows: log('SỔ THEO DÕI SINH HOẠT', null) });
    expect(report.results.meetings).toEqual([]);
  });
});

describe('months split into "Có mặt" and "Vắng"', () => {
  /** Pairs per month: who came and who did not; one month low for one cell. */
  function sheet(order: 'present-first' | 'absent-first'): Scalar[][] {
    const head: Scalar[] = ['STT', 'Chi bộ'];
    const sub: Scalar[] = [null, null];
    for (let m = 1; m <= 12; m++) {
      head.push(`Tháng ${m}`, null);
      sub.push(...(order === 'present-first' ? ['Có mặt', 'Vắng'] : ['Vắng', 'Có mặt']));
    }
    head.push('Sinh hoạt chuyên đề', null, null, null);
    sub.push('Quý I', 'Quý II', 'Quý III', 'Quý IV');
    const pair = (present: number, absent: number) =>
      order === 'present-first' ? [present, absent] : [absent, present];
    const body = (low: number | null): Scalar[] => [
      ...MONTHS.flatMap((_, m) => (m === low ? pair(14, 5) : pair(18, 1))),
      'x',
      'x',
      'x',
      'x',
    ];
    return [
      ['THEO DÕI ĐẢNG VIÊN DỰ SINH HOẠT CHI BỘ NĂM 2023'],
      head,
      sub,
      [1, 'Chi bộ thôn Đông', ...body(null)],
      [2, 'Chi bộ thôn Tây', ...body(4)],
    ];
  }
  const letter = (i: number) => String.fromCharCode(67 + i);
  const merges = [
    'A2:A3',
    'B2:B3',
    'AA2:AD2',
    ...MONTHS.map((_, m) => `${letter(2 * m)}2:${letter(2 * m + 1)}2`),
  ];

  it.each([
    ['present-first' as const, 'K5'],
    ['absent-first' as const, 'L5'],
  ])('flag a low month: who came of who came and who did not (%s)', (order, cell) => {
    const report = check({ name: 'Du hop 2023', rows: sheet(order), merges });
    expect(errors(report)).toEqual([]);
    expect(report.results.meetings.map((m) => [m.unit, m.regular, m.compliant])).toEqual([
      ['Chi bộ thôn Đông', 12, true],
      ['Chi bộ thôn Tây', 12, true],
    ]);
    // 14 of 19 (73.7%) is low; 18 of 19 is not.
    expect(meetingIssues(report)).toEqual([`meeting.attendance-low ${cell}`]);
  });
});

describe('"9/12" in a register of attendance fractions', () => {
  const head = [
    'STT',
    'Tên chi bộ',
    ...MONTHS.map((_, m) => `T${m + 1}`),
    'SHCĐ Q1',
    'SHCĐ Q2',
    'SHCĐ Q3',
    'SHCĐ Q4',
  ];
  const row = (n: number, unit: string, months: Scalar[]): Scalar[] => [
    n,
    unit,
    ...months,
    'x',
    'x',
    'x',
    'x',
  ];
  const fractions = (members: number, low: number | null): Scalar[] =>
    MONTHS.map((_, m) =>
      m === low ? `${Math.floor(members * 0.75)}/${members}` : `${members}/${members}`,
    );

  it('is 9 of 12 in a column of fractions, and in a row of "…/12"', () => {
    const rows: Scalar[][] = [
      ['THEO DÕI SỐ ĐẢNG VIÊN DỰ SINH HOẠT CHI BỘ NĂM 2022'],
      head,
      row(1, 'Chi bộ thôn Đông', fractions(31, null)),
      row(2, 'Chi bộ thôn Tây', fractions(27, null)),
      // 9 of 12 in December: a day of December to a register of days, not here.
      row(3, 'Chi bộ Trạm Y tế', fractions(12, 11)),
      row(4, 'Chi bộ thôn Nam', fractions(20, null)),
    ];
    const report = check({ name: 'SH 2022', rows });
    expect(errors(report)).toEqual([]);
    expect(report.results.meetings.map((m) => [m.unit, m.regular, m.compliant])).toEqual([
      ['Chi bộ thôn Đông', 12, true],
      ['Chi bộ thôn Tây', 12, true],
      ['Chi bộ Trạm Y tế', 12, true],
      ['Chi bộ thôn Nam', 12, true],
    ]);
    expect(meetingIssues(report)).toEqual(['meeting.attendance-low N5']);
  });

  it('stays a day where months hold the day of the meeting', () => {
    const days = (gap: number | null): Scalar[] =>
      MONTHS.map((_, m) => (m === gap ? null : `${m === 11 ? 9 : 15}/${m + 1}`));
    const rows: Scalar[][] = [
      ['THEO DÕI SINH HOẠT CHI BỘ NĂM 2022'],
      head,
      row(1, 'Chi bộ thôn Đông', days(null)),
      row(2, 'Chi bộ thôn Tây', days(3)),
      row(3, 'Chi bộ thôn Nam', days(null)),
    ];
    const report = check({ name: 'SH 2022', rows });
    expect(errors(report)).toEqual([]);
    expect(report.results.meetings.map((m) => [m.unit, m.regular])).toEqual([
      ['Chi bộ thôn Đông', 12],
      ['Chi bộ thôn Tây', 11],
      ['Chi bộ thôn Nam', 12],
    ]);
    expect(meetingIssues(report)).toEqual(['meeting.regular-short C4']);
  });
});
