/** One test per engine fix that round 5 of the wild layouts (tools/wild/families/round5.ts) exposed. */
import type { Scalar } from '../../../src/core/model/snapshot';
import { checkSpecs as check, errorsOf as errors } from '../../helpers/checkSpecs';

/** Every finding about meetings, whatever its level. */
function meetingIssues(report: ReturnType<typeof check>): string[] {
  return report.issues
    .filter((i) => i.rule.startsWith('meeting.'))
    .map((i) => `${i.rule} ${i.cell ?? ''}`);
}

const MONTHS = Array.from({ length: 12 }, (_, m) => `Tháng ${m + 1}`);
const QUARTERS = ['Quý I', 'Quý II', 'Quý III', 'Quý IV'];

describe('months holding the share of members attending', () => {
  /** Three cells: all months near full, one with a postponed month, one with a low month. */
  function register(share: (v: number) => Scalar): Scalar[][] {
    const months = (low: number | null, notHeld: number | null): Scalar[] =>
      MONTHS.map((_, m) => (m === notHeld ? 'Hoãn (mưa bão)' : share(m === low ? 0.75 : 0.96)));
    return [
      ['TỶ LỆ ĐẢNG VIÊN DỰ SINH HOẠT CHI BỘ NĂM 2023'],
      [
        'STT',
        'Chi bộ',
        'Số ĐV',
        'Tỷ lệ đảng viên dự sinh hoạt thường kỳ (%)',
        ...Array(11).fill(null),
        'SH chuyên đề',
        null,
        null,
        null,
      ],
      [null, null, null, ...MONTHS, ...QUARTERS],
      [1, 'Chi bộ thôn Đông', 25, ...months(null, null), 1, 1, 1, 1],
      [2, 'Chi bộ thôn Tây', 28, ...months(null, 4), 1, 1, 1, 1],
      [3, 'Chi bộ thôn Nam', 20, ...months(7, null), 1, 1, 1, 1],
    ];
  }
  const merges = ['D2:O2', 'P2:S2', 'A2:A3', 'B2:B3', 'C2:C3'];
  const cols = 'DEFGHIJKLMNO';

  it.each([
    ['typed "96%"', (v: number) => `${v * 100}%`, undefined],
    [
      'typed with a decimal comma "96,0%"',
      (v: number) => `${(v * 100).toFixed(1).replace('.', ',')}%`,
      undefined,
    ],
    ['a number formatted as %', (v: number) => v, '0%'],
  ])('are meetings held, the low share flagged (%s)', (_, share, format) => {
    const formats: Record<string, string> = {};
    if (format) for (const c of cols) for (const r of [4, 5, 6]) formats[`${c}${r}`] = format;
    const report = check({ name: 'Tỷ lệ dự 2023', rows: register(share), merges, formats });
    expect(errors(report)).toEqual([]);
    expect(report.results.meetings.map((m) => [m.unit, m.regular, m.compliant])).toEqual([
      ['Chi bộ thôn Đông', 12, true],
      ['Chi bộ thôn Tây', 11, false],
      ['Chi bộ thôn Nam', 12, true],
    ]);
    expect(meetingIssues(report).sort()).toEqual(
      ['meeting.attendance-low K6', 'meeting.regular-short D5'].sort(),
    );
  });
});

describe('months ticked with a Wingdings check mark', () => {
  it('"ü" in Wingdings is a tick, "û" a cross', () => {
    const months = (gap: number | null): Scalar[] => MONTHS.map((_, m) => (m === gap ? 'û' : 'ü'));
    const rows: Scalar[][] = [
      ['THEO DÕI SINH HOẠT CHI BỘ NĂM 2024'],
      ['STT', 'Chi bộ', ...MONTHS, ...QUARTERS.map((q) => `Chuyên đề ${q.toLowerCase()}`)],
      [1, 'Chi bộ thôn Đông', ...months(null), 'ü', 'ü', 'ü', 'ü'],
      [2, 'Chi bộ thôn Tây', ...months(3), 'ü', 'ü', 'ü', 'ü'],
      [3, 'Chi bộ thôn Nam', ...months(null), 'ü', 'ü', 'û', 'ü'],
    ];
    const fonts: Record<string, string> = {};
    for (const c of 'CDEFGHIJKLMNOPQR') for (const r of [3, 4, 5]) fonts[`${c}${r}`] = 'Wingdings';
    const report = check({ name: 'Theo dõi', rows, fonts });
    expect(errors(report)).toEqual([]);
    expect(report.results.meetings.map((m) => [m.unit, m.regular, m.compliant])).toEqual([
      ['Chi bộ thôn Đông', 12, true],
      ['Chi bộ thôn Tây', 11, false],
      ['Chi bộ thôn Nam', 12, false],
    ]);
    expect(meetingIssues(report).sort()).toEqual(
      ['meeting.regular-short C4', 'meeting.thematic-short Q5'].sort(),
    );
  });
});

describe('months holding "attending/members"', () => {
  it('are meetings held, a low one flagged', () => {
    const months = (gap: number | null, low: number | null): Scalar[] =>
      MONTHS.map((_, m) => (m === gap ? '-' : m === low ? '14/20' : '19/20'));
    const rows: Scalar[][] = [
      ['THEO DÕI SỐ ĐẢNG VIÊN DỰ SINH HOẠT CHI BỘ NĂM 2022'],
      [
        'STT',
        'Tên chi bộ',
        ...MONTHS.map((_, m) => `T${m + 1}`),
        'SHCĐ Q1',
        'SHCĐ Q2',
        'SHCĐ Q3',
        'SHCĐ Q4',
      ],
      [1, 'Chi bộ thôn Đông', ...months(null, null), 'x', 'x', 'x', 'x'],
      [2, 'Chi bộ thôn Tây', ...months(8, null), 'x', 'x', 'x', 'x'],
      [3, 'Chi bộ thôn Nam', ...months(null, 2), 'x', 'x', 'x', 'x'],
    ];
    const report = check({ name: 'SH 2022', rows });
    expect(errors(report)).toEqual([]);
    expect(report.results.meetings.map((m) => [m.unit, m.regular, m.compliant])).toEqual([
      ['Chi bộ thôn Đông', 12, true],
      ['Chi bộ thôn Tây', 11, false],
      ['Chi bộ thôn Nam', 12, true],
    ]);
    expect(meetingIssues(report).sort()).toEqual(
      ['meeting.attendance-low E5', 'meeting.regular-short C4'].sort(),
    );
  });
});

describe('months headed by the month and year', () => {
  const register = (months: Scalar[]): Scalar[][] => [
    ['BẢNG THEO DÕI SINH HOẠT CHI BỘ - ĐẢNG BỘ XÃ HỮU LIÊN'],
    [],
    [
      'Tên chi bộ',
      'Số đảng viên',
      ...months,
      'CĐ Quý I/2023',
      'CĐ Quý II/2023',
      'CĐ Quý III/2023',
      'CĐ Quý IV/2023',
      'Ghi chú',
    ],
    ['Chi bộ thôn Đông', 21, ...months.map(() => 'x'), 'x', 'x', 'x', 'x', null],
    [
      'Chi bộ thôn Tây',
      18,
      ...months.map((_, m) => (m === 6 ? null : 'x')),
      'x',
      'x',
      'x',
      'x',
      'Thiếu 1 buổi',
    ],
    ['Chi bộ tổ dân phố Nam', 30, ...months.map(() => 'x'), 'x', null, 'x', 'x', null],
  ];
  const twelve = (f: (m: number) => Scalar) => Array.from({ length: 12 }, (_, m) => f(m + 1));

  it.each([
    ['"T1/2023"', twelve((m) => `T${m}/2023`), {}],
    ['"01/2023"', twelve((m) => `${String(m).padStart(2, '0')}/2023`), {}],
    [
      'a date formatted mm/yyyy',
      // Serial day numbers of the first of each month of 2023.
      [44927, 44958, 44986, 45017, 45047, 45078, 45108, 45139, 45170, 45200, 45231, 45261],
      Object.fromEntries('CDEFGHIJKLMN'.split('').map((c) => [`${c}3`, 'mm/yyyy'])),
    ],
  ])('are a register of that year (%s)', (_, months, formats) => {
    const report = check({ name: 'Sinh hoat', rows: register(months), formats });
    expect(errors(report)).toEqual([]);
    expect(report.results.meetings.map((m) => [m.unit, m.year, m.regular, m.compliant])).toEqual([
      ['Chi bộ thôn Đông', 2023, 12, true],
      ['Chi bộ thôn Tây', 2023, 11, false],
      ['Chi bộ tổ dân phố Nam', 2023, 12, false],
    ]);
    expect(meetingIssues(report).sort()).toEqual(
      ['meeting.regular-short C5', 'meeting.thematic-short P6'].sort(),
    );
  });
});

describe("an app's register export", () => {
  it('reads "Đã họp" / "Chưa họp" under months headed "Tháng 01/2024"', () => {
    const months = Array.from(
      { length: 12 },
      (_, m) => `Tháng ${String(m + 1).padStart(2, '0')}/2024`,
    );
    const status = (gap: number | null): Scalar[] =>
      months.map((_, m) => (m === gap ? 'Chưa họp' : 'Đã họp'));
    const rows: Scalar[][] = [
      [
        'STT',
        'Tên chi bộ',
        ...months,
        'Chuyên đề Quý 1',
        'Chuyên đề Quý 2',
        'Chuyên đề Quý 3',
        'Chuyên đề Quý 4',
      ],
      ['1', 'Chi bộ thôn Đông', ...status(null), 'Đã họp', 'Đã họp', 'Đã họp', 'Đã họp'],
      ['2', 'Chi bộ thôn Tây', ...status(9), 'Đã họp', 'Đã họp', 'Đã họp', 'Đã họp'],
      ['3', 'Chi bộ thôn Nam', ...status(null), 'Đã họp', 'Chưa họp', 'Đã họp', 'Đã họp'],
    ];
    const report = check({ name: 'TinhHinhHop', rows });
    expect(errors(report)).toEqual([]);
    expect(report.results.meetings.map((m) => [m.unit, m.year, m.regular, m.compliant])).toEqual([
      ['Chi bộ thôn Đông', 2024, 12, true],
      ['Chi bộ thôn Tây', 2024, 11, false],
      ['Chi bộ thôn Nam', 2024, 12, false],
    ]);
  });
});

describe('a not-held word with a question mark', () => {
  it('is still an unreadable mark ("hoãn?")', () => {
    const rows: Scalar[][] = [
      ['THEO DÕI SINH HOẠT CHI BỘ NĂM 2023'],
      ['STT', 'Chi bộ', ...MONTHS],
      [
        1,
        'Chi bộ thôn Đông',
        ...MONTHS.map((_, m) => (m === 3 ? 'hoãn?' : m === 5 ? 'Hoãn' : 'x')),
      ],
      [2, 'Chi bộ thôn Tây', ...MONTHS.map(() => 'x')],
    ];
    const report = check({ name: 'SHCB 2023', rows });
    expect(errors(report)).toEqual(['meeting.invalid-mark F3']);
    expect(report.results.meetings.map((m) => m.regular)).toEqual([10, 12]);
  });
});

describe('a meeting log exported by a party-member app', () => {
  /** Two cells' year, sorted by cell then date: the second misses May, the first has no Q3 thematic meeting. */
  function exported(when: (m: number, d: number) => string): Scalar[][] {
    const rows: Scalar[][] = [
      [
        'STT',
        'Mã chi bộ',
        'Tên chi bộ',
        'Thời gian họp',
        'Loại cuộc họp',
        'Chủ đề',
        'Số đảng viên',
        'Số tham dự',
        'Trạng thái',
      ],
    ];
    const cells = ['Chi bộ thôn Đông', 'Chi bộ tổ dân phố Tây'];
    cells.forEach((cell, c) => {
      const meetings: [number, number, boolean][] = [];
      for (let m = 1; m <= 12; m++) if (!(c === 1 && m === 5)) meetings.push([m, 6, false]);
      for (const m of [2, 5, 8, 11]) if (!(c === 0 && m === 8)) meetings.push([m, 20, true]);
      meetings.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      for (const [m, d, thematic] of meetings)
        rows.push([
          String(rows.length),
          `CB0010${c + 1}`,
          cell,
          when(m, d),
          thematic ? 'Chuyên đề' : 'Thường kỳ',
          thematic ? 'Chuyển đổi số ở cơ sở' : `Sinh hoạt chi bộ thường kỳ tháng ${m}/2024`,
          '20',
          '19',
          'Đã kết thúc',
        ]);
    });
    return rows;
  }
  const pad = (n: number) => String(n).padStart(2, '0');

  it.each([
    ['"2024-03-06 07:30:00"', (m: number, d: number) => `2024-${pad(m)}-${pad(d)} 07:30:00`],
    ['"06/03/2024 19:30"', (m: number, d: number) => `${pad(d)}/${pad(m)}/2024 19:30`],
  ])('gives each cell its year (%s)', (_, when) => {
    const report = check({ name: 'DanhSachCuocHop', rows: exported(when) });
    expect(errors(report)).toEqual([]);
    expect(report.results.meetings.map((m) => [m.unit, m.year, m.regular, m.compliant])).toEqual([
      ['Chi bộ thôn Đông', 2024, 12, false],
      ['Chi bộ tổ dân phố Tây', 2024, 11, false],
    ]);
  });
});

describe('a meeting log whose kind is a tick', () => {
  it('counts a tick under "Chuyên đề" as a thematic meeting', () => {
    const rows: Scalar[][] = [
      ['DANH SÁCH CÁC BUỔI SINH HOẠT CHI BỘ NĂM 2023'],
      [],
      ['STT', 'Ngày', 'Chi bộ', 'Hình thức sinh hoạt', null, 'Nội dung', 'Số ĐV dự'],
      [null, null, null, 'Thường kỳ', 'Chuyên đề', null, null],
    ];
    const meetings: [number, number, boolean][] = [];
    for (let m = 1; m <= 12; m++) meetings.push([m, 5, false]);
    for (const m of [2, 5, 8]) meetings.push([m, 20, true]);
    meetings.forEach(([m, d, thematic], i) =>
      rows.push([
        i + 1,
        `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/2023`,
        'Chi bộ thôn Đông',
        thematic ? null : 'x',
        thematic ? 'x' : null,
        thematic ? 'Chuyển đổi số' : 'Sinh hoạt thường kỳ',
        18,
      ]),
    );
    rows.sort((a, b) => {
      const key = (r: Scalar[]) =>
        typeof r[1] === 'string' ? r[1].split('/').reverse().join('') : '';
      return typeof a[0] === 'number' && typeof b[0] === 'number'
        ? key(a).localeCompare(key(b))
        : 0;
    });
    const report = check({
      name: 'Nhat ky 2023',
      rows,
      merges: ['D3:E3', 'A3:A4', 'B3:B4', 'C3:C4', 'F3:F4', 'G3:G4'],
    });
    expect(errors(report)).toEqual([]);
    const [m] = report.results.meetings;
    expect([m?.regular, m?.thematicByQuarter, m?.compliant]).toEqual([12, [1, 1, 1, 0], false]);
  });
});

describe('quarters as blocks of their months and thematic column', () => {
  it('reads "CĐ" under "Quý I" as that quarter\'s thematic meeting', () => {
    const head: Scalar[] = ['STT', 'Chi bộ'];
    const sub: Scalar[] = [null, null];
    for (const q of ['I', 'II', 'III', 'IV']) head.push(`Quý ${q}`, null, null, null);
    for (let q = 0; q < 4; q++) sub.push(`T${3 * q + 1}`, `T${3 * q + 2}`, `T${3 * q + 3}`, 'CĐ');
    const body = (gapMonth: number | null, gapQuarter: number | null): Scalar[] => {
      const out: Scalar[] = [];
      for (let q = 0; q < 4; q++) {
        for (let k = 0; k < 3; k++) out.push(3 * q + k === gapMonth ? null : 'x');
        out.push(q === gapQuarter ? null : 'x');
      }
      return out;
    };
    const rows: Scalar[][] = [
      ['THEO DÕI SINH HOẠT CHI BỘ NĂM 2024'],
      head,
      sub,
      [1, 'Chi bộ thôn Đông', ...body(null, null)],
      [2, 'Chi bộ thôn Tây', ...body(4, null)],
      [3, 'Chi bộ thôn Nam', ...body(null, 2)],
    ];
    const merges = ['A2:A3', 'B2:B3', 'C2:F2', 'G2:J2', 'K2:N2', 'O2:R2'];
    const report = check({ name: 'Theo quy', rows, merges });
    expect(errors(report)).toEqual([]);
    expect(report.results.meetings.map((m) => [m.unit, m.regular, m.compliant])).toEqual([
      ['Chi bộ thôn Đông', 12, true],
      ['Chi bộ thôn Tây', 11, false],
      ['Chi bộ thôn Nam', 12, false],
    ]);
  });
});

describe('months split into "Có mặt" and "Vắng"', () => {
  it('reads who came as the month and the quarters under them', () => {
    const head: Scalar[] = ['STT', 'Chi bộ'];
    const sub: Scalar[] = [null, null];
    for (let m = 1; m <= 12; m++) {
      head.push(`Tháng ${m}`, null);
      sub.push('Có mặt', 'Vắng');
    }
    head.push('Sinh hoạt chuyên đề', null, null, null);
    sub.push(...QUARTERS);
    const body = (gap: number | null, noQ: number | null): Scalar[] => [
      ...MONTHS.flatMap((_, m) => (m === gap ? [null, null] : [18, 2])),
      ...QUARTERS.map((_, q) => (q === noQ ? null : 'x')),
    ];
    const rows: Scalar[][] = [
      ['THEO DÕI ĐẢNG VIÊN DỰ SINH HOẠT CHI BỘ NĂM 2022'],
      head,
      sub,
      [1, 'Chi bộ thôn Đông', ...body(null, null)],
      [2, 'Chi bộ thôn Tây', ...body(6, null)],
      [3, 'Chi bộ thôn Nam', ...body(null, 3)],
    ];
    // Each month's label merged over its two columns (C2:D2 … Y2:Z2).
    const letter = (i: number) => String.fromCharCode(67 + i);
    const merges = [
      'A2:A3',
      'B2:B3',
      'AA2:AD2',
      ...MONTHS.map((_, m) => `${letter(2 * m)}2:${letter(2 * m + 1)}2`),
    ];
    const report = check({ name: 'Du hop 2022', rows, merges });
    expect(errors(report)).toEqual([]);
    expect(report.results.meetings.map((m) => [m.unit, m.regular, m.compliant])).toEqual([
      ['Chi bộ thôn Đông', 12, true],
      ['Chi bộ thôn Tây', 11, false],
      ['Chi bộ thôn Nam', 12, false],
    ]);
  });
});

describe("a note in parentheses right under a register's header", () => {
  it('does not end the register', () => {
    const rows: Scalar[][] = [
      ['THEO DÕI SỐ ĐẢNG VIÊN DỰ SINH HOẠT CHI BỘ NĂM 2022'],
      [
        'STT',
        'Tên chi bộ',
        ...MONTHS.map((_, m) => `T${m + 1}`),
        'SHCĐ Q1',
        'SHCĐ Q2',
        'SHCĐ Q3',
        'SHCĐ Q4',
      ],
      [null, null, '(Ghi: số ĐV dự/tổng số ĐV)'],
      [1, 'Chi bộ thôn Đông', ...MONTHS.map(() => '19/20'), 'x', 'x', 'x', 'x'],
      [
        2,
        'Chi bộ thôn Tây',
        ...MONTHS.map((_, m) => (m === 2 ? '-' : '19/20')),
        'x',
        'x',
        'x',
        'x',
      ],
    ];
    const report = check({ name: 'SH 2022', rows, merges: ['C3:N3'] });
    expect(errors(report)).toEqual([]);
    expect(report.results.meetings.map((m) => [m.unit, m.regular, m.compliant])).toEqual([
      ['Chi bộ thôn Đông', 12, true],
      ['Chi bộ thôn Tây', 11, false],
    ]);
  });
});

describe('a register over several years, each cell named once and merged down', () => {
  it("gives every year's row its cell", () => {
    const marks = (gap: number | null): Scalar[] => [
      ...MONTHS.map((_, m) => (m === gap ? null : 'x')),
      'x',
      'x',
      'x',
      'x',
    ];
    const rows: Scalar[][] = [
      ['THEO DÕI SINH HOẠT CHI BỘ GIAI ĐOẠN 2021 - 2023'],
      ['STT', 'Chi bộ', 'Năm', ...MONTHS.map((_, m) => `T${m + 1}`), ...QUARTERS],
      [1, 'Chi bộ thôn Đông', 2021, ...marks(null)],
      [null, null, 2022, ...marks(4)],
      [null, null, 2023, ...marks(null)],
      [2, 'Chi bộ thôn Tây', 2021, ...marks(null)],
      [null, null, 2022, ...marks(null)],
      [null, null, 2023, ...marks(null)],
    ];
    const merges = ['A3:A5', 'B3:B5', 'A6:A8', 'B6:B8'];
    const report = check({ name: 'SH 2021-2023', rows, merges });
    expect(errors(report)).toEqual([]);
    expect(report.results.meetings.map((m) => [m.unit, m.year, m.regular])).toEqual([
      ['Chi bộ thôn Đông', 2021, 12],
      ['Chi bộ thôn Đông', 2022, 11],
      ['Chi bộ thôn Đông', 2023, 12],
      ['Chi bộ thôn Tây', 2021, 12],
      ['Chi bộ thôn Tây', 2022, 12],
      ['Chi bộ thôn Tây', 2023, 12],
    ]);
  });
});

describe('a member exported twice from the member database', () => {
  it('is one member, reported once', () => {
    const member = (code: string, name: string, born: string, cell: string, grade: string) => [
      code,
      name,
      born,
      'Nam',
      '12/05/1998',
      cell,
      grade,
    ];
    const rows: Scalar[][] = [
      [
        'STT',
        'Mã đảng viên',
        'Họ và tên',
        'Ngày sinh',
        'Giới tính',
        'Ngày vào Đảng',
        'Chi bộ',
        'Xếp loại năm 2023',
      ],
      [
        '1',
        ...member(
          '21234567',
          'Nguyễn Văn Hùng',
          '03/02/1970',
          'Chi bộ thôn Đông',
          'Hoàn thành tốt nhiệm vụ',
        ),
      ],
      [
        '2',
        ...member(
          '21234568',
          'Hoàng Thị Lan',
          '13/06/1981',
          'Chi bộ thôn Đông',
          'Hoàn thành xuất sắc nhiệm vụ',
        ),
      ],
      [
        '3',
        ...member(
          '21234568',
          'Hoàng Thị Lan',
          '13/06/1981',
          'Chi bộ thôn Đông',
          'Hoàn thành xuất sắc nhiệm vụ',
        ),
      ],
      [
        '4',
        ...member(
          '21234569',
          'Vi Văn Minh',
          '21/11/1990',
          'Chi bộ thôn Đông',
          'Hoàn thành tốt nhiệm vụ',
        ),
      ],
      [
        '5',
        ...member(
          '31234570',
          'Nguyễn Văn Hùng',
          '07/09/1985',
          'Chi bộ thôn Tây',
          'Hoàn thành tốt nhiệm vụ',
        ),
      ],
      [
        '6',
        ...member(
          '31234571',
          'Lương Đức Sơn',
          '30/01/1979',
          'Chi bộ thôn Tây',
          'Hoàn thành nhiệm vụ',
        ),
      ],
    ];
    const report = check({ name: 'DanhSachDangVien', rows });
    // The namesake in another cell is another member; the same code twice is one.
    expect(errors(report)).toEqual(['unit.duplicate C4']);
    const y = report.results.ratings.find((r) => r.year === 2023 && r.source === 'list');
    expect(y?.counts).toEqual({ excellent: 1, good: 3, pass: 1, fail: 0 });
  });
});
