/** One test per engine fix that round 7 of the wild layouts (tools/wild/families/round7.ts) exposed. */
import type { Scalar } from '../../../src/core/model/snapshot';
import { checkSpecs as check, errorsOf as errors } from '../../helpers/checkSpecs';

const T = Array.from({ length: 12 }, (_, m) => `T${m + 1}`);

describe('a meeting held online', () => {
  /** A 2025 register: some months and quarters held online, one month not held ("K"). */
  function register(online: string): Scalar[][] {
    const months = (notHeld: number | null): Scalar[] =>
      T.map((_, m) => (m === notHeld ? 'K' : m % 3 === 1 ? online : 'x'));
    return [
      ['THEO DÕI SINH HOẠT CHI BỘ NĂM 2025'],
      ['STT', 'Chi bộ', ...T, 'SHCĐ Q.I', 'SHCĐ Q.II', 'SHCĐ Q.III', 'SHCĐ Q.IV'],
      [1, 'Chi bộ thôn Đông', ...months(null), 'x', online, 'x', online],
      [2, 'Chi bộ thôn Tây', ...months(5), online, 'x', 'x', 'x'],
      [3, 'Chi bộ thôn Nam', ...months(null), 'x', 'x', online, 'x'],
      [4, 'Chi bộ tổ dân phố Bắc', ...months(null), online, online, online, online],
    ];
  }

  it.each(['TT', 'x(TT)', 'x (TT)', 'Trực tuyến', 'Online', 'SH trực tuyến'])(
    'is a meeting held, in a month or a quarter (%s)',
    (online) => {
      const report = check({ name: 'SH 2025', rows: register(online) });
      expect(errors(report)).toEqual([]);
      expect(report.results.meetings.map((m) => [m.unit, m.regular, m.compliant])).toEqual([
        ['Chi bộ thôn Đông', 12, true],
        ['Chi bộ thôn Tây', 11, false],
        ['Chi bộ thôn Nam', 12, true],
        ['Chi bộ tổ dân phố Bắc', 12, true],
      ]);
    },
  );
});

describe('the day of the meeting typed in a month cell', () => {
  const MONTHS = Array.from({ length: 12 }, (_, m) => `Tháng ${m + 1}`);
  function register(day: (d: number, m: number) => string): Scalar[][] {
    const months = (notHeld: number | null): Scalar[] =>
      MONTHS.map((_, m) => (m === notHeld ? null : day(10 + m, m + 1)));
    return [
      ['THEO DÕI NGÀY SINH HOẠT CHI BỘ NĂM 2023'],
      ['TT', 'Tên chi bộ', ...MONTHS, 'CĐ quý I', 'CĐ quý II', 'CĐ quý III', 'CĐ quý IV'],
      [1, 'Chi bộ thôn Đông', ...months(null), 'x', 'x', 'x', 'x'],
      [2, 'Chi bộ thôn Tây', ...months(6), 'x', 'x', 'x', 'x'],
      [3, 'Chi bộ thôn Nam', ...months(null), 'x', null, 'x', 'x'],
    ];
  }

  it.each([
    ['"ngày 15"', (d: number) => `ngày ${d}`],
    ['"Ngày 15/3"', (d: number, m: number) => `Ngày ${d}/${m}`],
    ['"15/3 (tối)"', (d: number, m: number) => `${d}/${m} (tối)`],
    ['"15.3 (sáng)"', (d: number, m: number) => `${d}.${m} (sáng)`],
  ])('is a meeting held (%s)', (_, day) => {
    const report = check({ name: 'Ngày SH 2023', rows: register(day) });
    expect(errors(report)).toEqual([]);
    expect(report.results.meetings.map((m) => [m.unit, m.regular, m.compliant])).toEqual([
      ['Chi bộ thôn Đông', 12, true],
      ['Chi bộ thôn Tây', 11, false],
      ['Chi bộ thôn Nam', 12, false],
    ]);
  });

  it('stays unreadable when the day is no number ("ngày ?")', () => {
    const rows = register((d, m) => `${d}/${m}`);
    rows[2]![4] = 'ngày ?';
    const report = check({ name: 'Ngày SH 2023', rows });
    expect(errors(report)).toEqual(['meeting.invalid-mark E3']);
  });
});

describe("members' own grade beside the cell's proposal and the committee's decision", () => {
  const G = {
    xs: 'Hoàn thành xuất sắc nhiệm vụ',
    t: 'Hoàn thành tốt nhiệm vụ',
    h: 'Hoàn thành nhiệm vụ',
  };
  /** Self, proposed, decided: the member aims high, the committee decides. */
  const people: [string, string, string, string][] = [
    ['Nguyễn Văn Hùng', G.xs, G.xs, G.t],
    ['Hoàng Thị Lan', G.xs, G.t, G.t],
    ['Lương Văn Minh', G.t, G.t, G.t],
    ['Vi Thị Hoa', G.t, G.t, G.h],
    ['Hà Đức Tuấn', G.xs, G.xs, G.xs],
    ['Chu Văn Dũng', G.t, G.t, G.t],
    ['Triệu Thị Nga', G.t, G.h, G.h],
    ['Đinh Quang Sơn', G.t, G.t, G.t],
    ['Nông Thị Thảo', G.t, G.t, G.t],
    ['Lăng Văn Phúc', G.t, G.t, G.t],
  ];
  const body = people.map(([n, s, p, d], i) => [i + 1, n, 'Đảng viên', s, p, d, null]);

  it.each([
    [
      'under a merged "Mức xếp loại"',
      [
        ['STT', 'Họ và tên', 'Chức vụ', 'Mức xếp loại', null, null, 'Ghi chú'],
        [null, null, null, 'Tự nhận', 'Chi bộ đề xuất', 'Cấp ủy quyết định', null],
      ],
      ['D3:F3', 'A3:A4', 'B3:B4', 'C3:C4', 'G3:G4'],
    ],
    [
      'in one header row',
      [
        [
          'STT',
          'Họ và tên',
          'Chức vụ',
          'Tự nhận mức xếp loại',
          'Chi bộ đề xuất',
          'Đảng ủy xếp loại',
          'Ghi chú',
        ],
      ],
      [],
    ],
  ])('are counted by the decision only (%s)', (_, header, merges) => {
    const rows: Scalar[][] = [
      ['TỔNG HỢP KẾT QUẢ XẾP LOẠI ĐẢNG VIÊN CHI BỘ THÔN ĐOÀN KẾT NĂM 2023'],
      [],
      ...(header as Scalar[][]),
      ...body,
    ];
    const report = check({ name: 'XL DV 2023', rows, merges: merges as string[] });
    expect(errors(report)).toEqual([]);
    const lists = report.results.ratings.filter((r) => r.source === 'list');
    expect(lists.map((l) => [l.year, l.counts, l.total])).toEqual([
      [2023, { excellent: 1, good: 7, pass: 2, fail: 0 }, 10],
    ]);
  });
});
