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

describe('a member list with a column marking members exempt from meetings', () => {
  const T = 'Hoàn thành tốt nhiệm vụ';
  const X = 'Hoàn thành xuất sắc nhiệm vụ';
  function list(exemptHead: string, exemptGrade: Scalar): Scalar[][] {
    return [
      ['DANH SÁCH ĐẢNG VIÊN VÀ KẾT QUẢ XẾP LOẠI - CHI BỘ THÔN ĐOÀN KẾT NĂM 2023'],
      [],
      ['STT', 'Họ và tên', 'Năm sinh', exemptHead, 'Xếp loại năm 2023', 'Ghi chú'],
      [1, 'Nguyễn Văn Hùng', 1970, null, X, null],
      [2, 'Hoàng Thị Lan', 1942, 'x', exemptGrade, 'Tuổi cao, sức yếu'],
      [3, 'Lương Văn Minh', 1985, null, T, null],
      [4, 'Vi Thị Hoa', 1990, null, T, null],
      [5, 'Hà Đức Tuấn', 1939, 'X', exemptGrade, 'Tuổi cao'],
      [6, 'Chu Văn Dũng', 1979, null, T, null],
      [7, 'Triệu Thị Nga', 1988, null, null, null],
      [8, 'Đinh Quang Sơn', 1975, null, T, null],
      [9, 'Nông Thị Thảo', 1992, null, T, null],
      [10, 'Lăng Văn Phúc', 1983, null, T, null],
    ];
  }

  it.each([
    ['Miễn sinh hoạt', null],
    ['Miễn SH', '-'],
    ['Miễn công tác, sinh hoạt', ''],
    ['Miễn công tác và sinh hoạt đảng', '-'],
  ])('leaves the exempt out of the count, not as defects (%s, grade %p)', (head, grade) => {
    const report = check({ name: 'ĐV 2023', rows: list(head, grade) });
    expect(errors(report)).toEqual([]);
    const lists = report.results.ratings.filter((r) => r.source === 'list');
    expect(lists.map((l) => [l.year, l.counts, l.total])).toEqual([
      [2023, { excellent: 1, good: 6, pass: 0, fail: 0 }, 8],
    ]);
    // The member who is not exempt and has no grade is still a blank grade.
    expect(
      report.issues.filter((i) => i.rule.startsWith('grade.')).map((i) => `${i.rule} ${i.cell}`),
    ).toEqual(['grade.blank E10']);
  });
});

describe('a register closed by lines counting and sharing the cells that met', () => {
  const months = (notHeld: number | null): Scalar[] =>
    T.map((_, m) => (m === notHeld ? null : 'x'));
  function register(share: (held: number) => Scalar): Scalar[][] {
    const held = T.map((_, m) => (m === 4 ? 6 : 7));
    return [
      ['THEO DÕI SINH HOẠT CỦA CÁC CHI BỘ TRỰC THUỘC NĂM 2024'],
      ['STT', 'Chi bộ', ...T, 'CĐ Q1', 'CĐ Q2', 'CĐ Q3', 'CĐ Q4'],
      [1, 'Chi bộ thôn Đông', ...months(null), 'x', 'x', 'x', 'x'],
      [2, 'Chi bộ thôn Tây', ...months(4), 'x', 'x', 'x', 'x'],
      [3, 'Chi bộ thôn Nam', ...months(null), 'x', 'x', 'x', 'x'],
      [4, 'Chi bộ thôn Bắc', ...months(null), 'x', 'x', 'x', 'x'],
      [5, 'Chi bộ Trường THCS', ...months(null), 'x', 'x', 'x', 'x'],
      [6, 'Chi bộ Trạm Y tế', ...months(null), 'x', 'x', 'x', 'x'],
      [7, 'Chi bộ Công an xã', ...months(null), 'x', 'x', 'x', 'x'],
      [null, 'Số chi bộ sinh hoạt', ...held, 7, 7, 7, 7],
      [null, 'Tỷ lệ (%)', ...held.map(share), share(7), share(7), share(7), share(7)],
    ];
  }

  it.each([
    [
      'typed with a decimal comma',
      (h: number) => String(Math.round((1000 * h) / 7) / 10).replace('.', ','),
    ],
    ['as numbers', (h: number) => Math.round((1000 * h) / 7) / 10],
  ])('reads only the cells (%s)', (_, share) => {
    const report = check({ name: 'SH 2024', rows: register(share) });
    expect(errors(report)).toEqual([]);
    expect(report.results.meetings.map((m) => [m.unit, m.regular])).toEqual([
      ['Chi bộ thôn Đông', 12],
      ['Chi bộ thôn Tây', 11],
      ['Chi bộ thôn Nam', 12],
      ['Chi bộ thôn Bắc', 12],
      ['Chi bộ Trường THCS', 12],
      ['Chi bộ Trạm Y tế', 12],
      ['Chi bộ Công an xã', 12],
    ]);
  });
});

describe('quarter headers with the kind after the quarter', () => {
  it.each(['Quý 1 (CĐ)', 'Quý I - SHCĐ', 'Quý 1 chuyên đề'])('are thematic quarters (%s)', (q1) => {
    const quarters = [
      q1,
      q1.replace(/1|I\b/, '2'),
      q1.replace(/1|I\b/, '3'),
      q1.replace(/1|I\b/, '4'),
    ];
    const rows: Scalar[][] = [
      ['THEO DÕI KẾT QUẢ SINH HOẠT CHI BỘ NĂM 2024'],
      ['STT', 'Chi bộ', ...T, ...quarters, 'Ghi chú'],
      [1, 'Chi bộ thôn Đông', ...T.map(() => 'x'), 'x', 'x', 'x', 'x', null],
      [2, 'Chi bộ thôn Tây', ...T.map(() => 'x'), 'x', null, 'x', 'x', 'Chưa tổ chức chuyên đề'],
      [
        3,
        'Chi bộ thôn Nam',
        ...T.map((_, m) => (m === 8 ? null : 'x')),
        'x',
        'x',
        'x',
        'x',
        'Tháng 9: Nghỉ do bão số 3',
      ],
    ];
    const report = check({ name: 'SH 2024', rows });
    expect(errors(report)).toEqual([]);
    expect(report.results.meetings.map((m) => [m.unit, m.regular, m.compliant])).toEqual([
      ['Chi bộ thôn Đông', 12, true],
      ['Chi bộ thôn Tây', 12, false],
      ['Chi bộ thôn Nam', 11, false],
    ]);
  });
});

describe('meetings counted per quarter', () => {
  it.each([
    ['Số buổi TK', 'Số buổi CĐ'],
    ['TK', 'CĐ'],
    ['SH thường kỳ', 'SH chuyên đề'],
  ])('give the year from "Cả năm" and each quarter\'s thematic count (%s / %s)', (tk, cd) => {
    const q = (i: number) => (i < 4 ? `Quý ${['I', 'II', 'III', 'IV'][i]}` : 'Cả năm');
    const top: Scalar[] = ['STT', 'Tên chi bộ'];
    const sub: Scalar[] = [null, null];
    for (let i = 0; i < 5; i++) {
      top.push(q(i), null);
      sub.push(tk, cd);
    }
    const row = (n: number, name: string, tks: number[], cds: number[]): Scalar[] => {
      const cells: Scalar[] = [n, name];
      tks.forEach((t, i) => cells.push(t, cds[i]!));
      cells.push(
        tks.reduce((a, b) => a + b, 0),
        cds.reduce((a, b) => a + b, 0),
      );
      return cells;
    };
    const rows: Scalar[][] = [
      ['TỔNG HỢP SỐ BUỔI SINH HOẠT CHI BỘ THEO QUÝ NĂM 2023'],
      top,
      sub,
      row(1, 'Chi bộ thôn Đông', [3, 3, 3, 3], [1, 1, 1, 2]),
      row(2, 'Chi bộ thôn Tây', [3, 2, 3, 3], [1, 1, 1, 1]),
      row(3, 'Chi bộ thôn Nam', [3, 3, 3, 3], [1, 0, 1, 1]),
    ];
    const merges = ['C2:D2', 'E2:F2', 'G2:H2', 'I2:J2', 'K2:L2', 'A2:A3', 'B2:B3'];
    const report = check({ name: 'SH quý 2023', rows, merges });
    expect(errors(report)).toEqual([]);
    expect(report.results.meetings.map((m) => [m.unit, m.regular, m.compliant])).toEqual([
      ['Chi bộ thôn Đông', 12, true],
      ['Chi bộ thôn Tây', 11, false],
      ['Chi bộ thôn Nam', 12, false],
    ]);
  });
});

describe('a typed meeting log whose days carry the weekday or the session', () => {
  const cells = ['Chi bộ thôn Đông', 'Chi bộ thôn Tây'];
  const WD = ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'];
  const LONG = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
  function log(when: (d: Date) => string): Scalar[][] {
    const rows: Scalar[][] = [
      ['NHẬT KÝ SINH HOẠT CHI BỘ NĂM 2024'],
      [],
      ['STT', 'Thời gian', 'Chi bộ', 'Hình thức', 'Số ĐV dự'],
    ];
    let n = 0;
    for (let m = 0; m < 12; m++) {
      cells.forEach((cell, c) => {
        // The second cell skips May.
        if (c === 1 && m === 4) return;
        rows.push([++n, when(new Date(Date.UTC(2024, m, 5 + c))), cell, 'TK', 20]);
        if (m % 3 === 1)
          rows.push([++n, when(new Date(Date.UTC(2024, m, 20 + c))), cell, 'CĐ', 19]);
      });
    }
    return rows;
  }
  const dm = (d: Date) => `${d.getUTCDate()}/${d.getUTCMonth() + 1}/2024`;

  it.each([
    ['"Thứ Bảy, 15/3/2024"', (d: Date) => `${LONG[d.getUTCDay()]}, ${dm(d)}`],
    ['"T7 15/3/2024"', (d: Date) => `${WD[d.getUTCDay()]} ${dm(d)}`],
    ['"15/3/2024 (tối)"', (d: Date) => `${dm(d)} (tối)`],
  ])('is read day by day (%s)', (_, when) => {
    const report = check({ name: 'Nhật ký 2024', rows: log(when) });
    expect(errors(report)).toEqual([]);
    expect(report.results.meetings.map((m) => [m.unit, m.regular, m.compliant])).toEqual([
      ['Chi bộ thôn Đông', 12, true],
      ['Chi bộ thôn Tây', 11, false],
    ]);
  });
});

describe('a meeting log counting who came and who did not', () => {
  it.each([
    ['Có mặt', 'Vắng'],
    ['Số đảng viên có mặt', 'Số đảng viên vắng mặt'],
  ])('takes the members as the two added up (%s / %s)', (present, absent) => {
    const rows: Scalar[][] = [
      ['NHẬT KÝ SINH HOẠT CHI BỘ NĂM 2024'],
      [],
      ['STT', 'Ngày sinh hoạt', 'Tên chi bộ', 'Loại sinh hoạt', present, absent],
    ];
    let n = 0;
    for (let m = 0; m < 12; m++) {
      // March: 14 of 20 came (70%), the only low meeting.
      rows.push([
        ++n,
        `${5 + m}/${m + 1}/2024`,
        'Chi bộ thôn Đông',
        'Thường kỳ',
        m === 2 ? 14 : 19,
        m === 2 ? 6 : 1,
      ]);
      rows.push([++n, `${6 + m}/${m + 1}/2024`, 'Chi bộ thôn Tây', 'Thường kỳ', 25, 0]);
      if (m % 3 === 0) {
        rows.push([++n, `${20 + m}/${m + 1}/2024`, 'Chi bộ thôn Đông', 'Chuyên đề', 20, 0]);
        rows.push([++n, `${21 + m}/${m + 1}/2024`, 'Chi bộ thôn Tây', 'Chuyên đề', 24, 1]);
      }
    }
    const report = check({ name: 'Nhật ký 2024', rows });
    expect(errors(report)).toEqual([]);
    expect(report.results.meetings.map((m) => [m.unit, m.regular, m.compliant])).toEqual([
      ['Chi bộ thôn Đông', 12, true],
      ['Chi bộ thôn Tây', 12, true],
    ]);
    expect(
      report.issues.filter((i) => i.rule === 'meeting.attendance-low').map((i) => i.row),
    ).toEqual([10]);
  });
});

describe('a column of the meetings quality scale ("Tốt", "Khá", "Trung bình")', () => {
  it('is no grade column, so its words are no unknown grades', () => {
    const rows: Scalar[][] = [
      ['STT', 'MaChiBo', 'TenChiBo', 'Nam', 'SoBuoiThuongKy', 'SoBuoiChuyenDe', 'ChatLuong'],
    ];
    const cells = ['Chi bộ thôn Đông', 'Chi bộ thôn Tây', 'Chi bộ thôn Nam', 'Chi bộ Trạm Y tế'];
    const quality = ['Tốt', 'Khá', 'Tốt', 'Trung bình', 'Tốt', 'Tốt', 'Khá', 'Tốt'];
    let n = 0;
    cells.forEach((cell, c) => {
      for (const year of ['2023', '2024']) {
        rows.push([String(++n), `CB00${c + 1}`, cell, year, '12', '4', quality[n - 1]!]);
      }
    });
    const report = check({ name: 'TongHopSinhHoat', rows });
    expect(errors(report)).toEqual([]);
    expect(report.results.ratings.filter((r) => r.source === 'list')).toEqual([]);
  });

  it('leaves a grade column with one "Khá" typed by mistake a grade column', () => {
    const G = ['Hoàn thành tốt nhiệm vụ', 'Tốt', 'Hoàn thành xuất sắc nhiệm vụ', 'Khá', 'Tốt'];
    const rows: Scalar[][] = [
      ['KẾT QUẢ XẾP LOẠI CHI BỘ NĂM 2023'],
      ['STT', 'Tên chi bộ', 'Kết quả'],
      ...G.map((g, i) => [i + 1, `Chi bộ thôn ${['Đông', 'Tây', 'Nam', 'Bắc', 'Trung'][i]}`, g]),
    ];
    const report = check({ name: 'XL 2023', rows });
    expect(errors(report)).toEqual(['grade.unknown C6']);
  });
});

describe("an online form's responses", () => {
  it('are dated by the meeting\'s day, not by when the report was sent ("Dấu thời gian")', () => {
    const rows: Scalar[][] = [
      [
        'Dấu thời gian',
        'Tên chi bộ',
        'Loại sinh hoạt',
        'Ngày sinh hoạt',
        'Số đảng viên có mặt',
        'Nội dung sinh hoạt',
      ],
    ];
    for (let m = 1; m <= 12; m++) {
      for (const [cell, day] of [
        ['Chi bộ thôn Đông', 26],
        ['Chi bộ thôn Tây', 10],
      ] as const) {
        // Sent four days later: a meeting on the 26th is reported the next month.
        const sent = new Date(Date.UTC(2024, m - 1, day + 4, 20, 11, 5));
        const stamp = `${sent.getUTCDate()}/${sent.getUTCMonth() + 1}/${sent.getUTCFullYear()} 20:11:05`;
        rows.push([
          stamp,
          cell,
          'Sinh hoạt thường kỳ',
          `${day}/${String(m).padStart(2, '0')}/2024`,
          20,
          `Thường kỳ tháng ${m}`,
        ]);
        if (m % 3 === 0)
          rows.push([
            stamp,
            cell,
            'Sinh hoạt chuyên đề',
            `${day - 1}/${String(m).padStart(2, '0')}/2024`,
            19,
            'Chuyển đổi số',
          ]);
      }
    }
    const report = check({ name: 'Câu trả lời biểu mẫu 1', rows });
    expect(errors(report)).toEqual([]);
    expect(report.results.meetings.map((m) => [m.unit, m.regular, m.compliant])).toEqual([
      ['Chi bộ thôn Đông', 12, true],
      ['Chi bộ thôn Tây', 12, true],
    ]);
  }, 30_000);
});
