/** One test per engine fix that round 3 of the wild layouts (tools/wild/families/round3.ts) exposed. */
import type { Scalar } from '../../../src/core/model/snapshot';
import { classifyHeader } from '../../../src/core/recognize/vocabulary';
import { checkSpecs as check, errorsOf as errors } from '../../helpers/checkSpecs';

describe('scores at three levels: own, appraisal, the committee decision', () => {
  const rows = (labels: string[]): Scalar[][] => [
    ['KẾT QUẢ CHẤM ĐIỂM, XẾP LOẠI CÁC ĐẢNG BỘ TRỰC THUỘC TỈNH ỦY NĂM 2025'],
    ['STT', 'Tên đảng bộ', 'Điểm', null, null, 'Xếp loại'],
    [null, null, ...labels, null],
    [1, 'Đảng bộ xã A', 61.5, 55.5, 47.5, 'KHTNV'],
    [2, 'Đảng bộ xã B', 86, 80, 72, 'HTTNV'],
    [3, 'Đảng bộ xã C', 93, 91, 88, 'HTXSNV'],
  ];
  const merges = ['C2:E2', 'A2:A3', 'B2:B3', 'F2:F3'];

  it.each([
    [['Điểm tự chấm', 'Điểm Ban Tổ chức Tỉnh ủy thẩm định', 'Điểm BTV Tỉnh ủy quyết định']],
    [['Tự chấm', 'Thẩm định', 'BTV Tỉnh ủy kết luận']],
    [['Đảng bộ tự chấm', 'Đảng ủy cấp trên chấm', 'Tỉnh ủy chấm']],
  ])('grade by the last, highest level (%j)', (labels) => {
    const report = check({ name: '2025', rows: rows(labels), merges });
    // Only C's grade disagrees with the decision (88: good), not with the appraisal (91).
    expect(errors(report)).toEqual(['grade.score-mismatch F6']);
  });
});

describe('a merged commune naming the old commune of each cell', () => {
  const village = (old: string, grade: string): Scalar[] => [
    `Chi bộ thôn Đoàn Kết (xã ${old} cũ)`,
    grade,
  ];

  it('in parentheses: the same village under two old communes is two cells', () => {
    const report = check({
      name: 'Năm 2025',
      rows: [
        ['KẾT QUẢ XẾP LOẠI CHẤT LƯỢNG CÁC CHI BỘ TRỰC THUỘC NĂM 2025'],
        ['STT', 'Tên chi bộ', 'Xếp loại'],
        [1, ...village('Hòa Sơn', 'HTTNV')],
        [2, ...village('Yên Bình', 'HTXSNV')],
        [3, 'Chi bộ thôn Làng Mới (điểm)', 'HTTNV'],
        [4, ...village('Hòa Sơn', 'HTNV')],
      ],
    });
    // A note in parentheses is still no part of a name; the old commune is.
    expect(errors(report)).toEqual(['unit.duplicate B6']);
    const y = report.results.ratings.find((r) => r.year === 2025);
    expect(y?.counts).toEqual({ excellent: 1, good: 2, pass: 0, fail: 0 });
  });

  it.each(['Xã cũ', 'Thuộc xã (cũ)', 'Địa bàn cũ'])('in a column headed "%s"', (header) => {
    const report = check({
      name: 'Năm 2025',
      rows: [
        ['KẾT QUẢ XẾP LOẠI CHẤT LƯỢNG CÁC CHI BỘ TRỰC THUỘC NĂM 2025'],
        ['STT', 'Tên chi bộ', header, 'Xếp loại'],
        [1, 'Chi bộ Công an xã', '', 'HTTNV'],
        [2, 'Chi bộ thôn Đoàn Kết', 'Hòa Sơn', 'HTTNV'],
        [3, 'Chi bộ thôn Đoàn Kết', 'Yên Bình', 'HTXSNV'],
        [4, 'Chi bộ thôn Làng Mới', 'Yên Bình', 'HTTNV'],
        [5, 'Chi bộ thôn Đoàn Kết', 'Hòa Sơn', 'HTNV'],
      ],
    });
    expect(errors(report)).toEqual(['unit.duplicate B7']);
    const y = report.results.ratings.find((r) => r.year === 2025);
    expect(y?.counts).toEqual({ excellent: 1, good: 3, pass: 0, fail: 0 });
  });
});

describe('a row numbering the columns with a formula of them', () => {
  it('is part of the header, not a unit', () => {
    const report = check({
      name: 'Chấm điểm 2025',
      rows: [
        ['KẾT QUẢ CHẤM ĐIỂM, XẾP LOẠI CHẤT LƯỢNG TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2025'],
        [
          'STT',
          'Tên tổ chức cơ sở đảng',
          'Điểm theo tiêu chí',
          null,
          'Điểm cộng',
          'Điểm trừ',
          'Tổng điểm',
          'Xếp loại',
        ],
        [null, null, 'Tiêu chí 1 (50 điểm)', 'Tiêu chí 2 (50 điểm)'],
        ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)=(3)+…+(5)-(6)', '(8)'],
        [1, 'Đảng bộ xã A', 45, 40, 2, null, 87, 'HTTNV'],
        [2, 'Đảng bộ xã B', 48, 44, null, 1, 91, 'HTXSNV'],
        [3, 'Đảng bộ xã C', 30, 30, null, null, 60, 'HTTNV'],
      ],
      merges: ['C2:D2', 'A2:A3', 'B2:B3', 'E2:E3', 'F2:F3', 'G2:G3', 'H2:H3'],
    });
    expect(errors(report)).toEqual(['grade.score-mismatch H7']);
    const y = report.results.ratings.find((r) => r.year === 2025);
    expect(y?.total).toBe(3);
  });
});

describe('sub-labels under group labels that read like a unit ("Đảng bộ xã (cũ)")', () => {
  it('are header, not the first unit', () => {
    const report = check({
      name: 'So sánh',
      rows: [
        ['KẾT QUẢ XẾP LOẠI TRƯỚC VÀ SAU SẮP XẾP ĐƠN VỊ HÀNH CHÍNH CẤP XÃ'],
        ['STT', 'Năm 2024 (trước sắp xếp)', null, 'Năm 2025 (sau sắp xếp)', null, 'Ghi chú'],
        [null, 'Đảng bộ xã (cũ)', 'Xếp loại', 'Đảng bộ xã (mới)', 'Xếp loại'],
        [1, 'Đảng bộ xã Hòa Sơn', 'HTTNV', 'Đảng bộ xã Hữu Lũng', 'HTXSNV'],
        [2, 'Đảng bộ xã Hòa Bình', 'HTXSNV', null, null],
        [3, 'Đảng bộ xã Yên Thịnh', 'HTNV', 'Đảng bộ xã Yên Bình', 'HTTNV'],
        [4, 'Đảng bộ xã Minh Sơn', 'HTTNV', null, null],
      ],
      merges: ['B2:C2', 'D2:E2', 'A2:A3', 'F2:F3', 'D4:D5', 'E4:E5', 'D6:D7', 'E6:E7'],
    });
    expect(errors(report)).toEqual([]);
    const y = report.results.ratings.find((r) => r.year === 2024 && r.source === 'list');
    expect(y?.counts).toEqual({ excellent: 1, good: 2, pass: 1, fail: 0 });
  });
});

describe('texts that begin with "Công" (work, company, police), not "Cộng" (total)', () => {
  it('do not end a meeting log ("Công tác phát triển đảng viên" as a topic)', () => {
    const cells = ['Chi bộ thôn A', 'Chi bộ thôn B'];
    const rows: Scalar[][] = [
      ['SỔ THEO DÕI CÁC BUỔI SINH HOẠT CHI BỘ NĂM 2021'],
      ['STT', 'Ngày sinh hoạt', 'Chi bộ', 'Hình thức', 'Nội dung', 'Số ĐV dự', 'Tổng số ĐV'],
    ];
    for (let m = 1; m <= 12; m++) {
      const mm = String(m).padStart(2, '0');
      cells.forEach((cell, i) => {
        rows.push([
          rows.length - 1,
          `0${5 + i}/${mm}/2021`,
          cell,
          'Thường kỳ',
          `Sinh hoạt tháng ${m}`,
          14,
          15,
        ]);
        if (m % 3 === 0)
          rows.push([
            rows.length - 1,
            `2${i}/${mm}/2021`,
            cell,
            'Chuyên đề',
            'Công tác phát triển đảng viên',
            15,
            15,
          ]);
      });
    }
    const report = check({ name: 'Nhật ký SH 2021', rows });
    expect(report.tables.map((t) => t.kind)).toEqual(['meeting-log']);
    expect(report.results.meetings.map((m) => [m.unit, m.regular, m.compliant])).toEqual([
      ['Chi bộ thôn A', 12, true],
      ['Chi bộ thôn B', 12, true],
    ]);
  });

  it('do not end a rating list ("Công ty …", "Công an …" as units)', () => {
    const report = check({
      name: 'Năm 2022',
      rows: [
        ['KẾT QUẢ XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2022'],
        ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại'],
        [1, 'Đảng bộ xã A', 'HTTNV'],
        [2, 'Công ty TNHH MTV Lâm nghiệp', 'HTXSNV'],
        [3, 'Công an huyện', 'HTTNV'],
        [4, 'Đảng bộ xã B', 'HTNV'],
        [null, 'Cộng', 4],
      ],
    });
    const y = report.results.ratings.find((r) => r.year === 2022 && r.source === 'list');
    expect(y?.counts).toEqual({ excellent: 1, good: 2, pass: 1, fail: 0 });
    expect(errors(report)).toEqual([]);
  });
});

describe('a summary whose lines are named in a column after STT', () => {
  it.each(['Loại hình', 'Đảng bộ'])('checks its "Cộng" line too (lines headed "%s")', (label) => {
    const report = check({
      name: 'Tổng hợp',
      rows: [
        ['TỔNG HỢP KẾT QUẢ XẾP LOẠI NĂM 2023'],
        ['STT', label, 'Tổng số', 'HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'],
        [1, 'Xã, thị trấn', 10, 2, 7, 1, 0],
        [2, 'Cơ quan', 9, 1, 6, 1, 0],
        [3, 'Doanh nghiệp', 4, 1, 3, 0, 0],
        [null, 'Cộng', 23, 4, 16, 2, 0],
      ],
    });
    // Line 2 says 9 of 8; the "Cộng" line sums it, so it says 23 of 22.
    expect(errors(report)).toEqual(['total.mismatch C4', 'total.mismatch C6']);
  });
});

describe("a year's list split into sheets by kind, and a summary of the year", () => {
  const list = (name: string, grades: string[]) => ({
    name,
    rows: [
      [`KẾT QUẢ XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG KHỐI ${name.toUpperCase()} NĂM 2023`],
      ['STT', 'Tên TCCSĐ', 'Xếp loại'],
      ...grades.map((g, i) => [i + 1, `${name} đơn vị ${i + 1}`, g]),
    ],
  });
  const summary = (line: Scalar[]) => ({
    name: 'Tổng hợp',
    rows: [
      ['TỔNG HỢP KẾT QUẢ XẾP LOẠI NĂM 2023'],
      ['STT', 'Loại hình', 'Tổng số', 'HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'],
      [1, 'Xã, thị trấn', 3, 1, 2, 0, 0],
      [2, 'Cơ quan', 2, 0, 1, 1, 0],
      line,
    ],
  });
  const lists = [list('Xã', ['HTXSNV', 'HTTNV', 'HTTNV']), list('Cơ quan', ['HTTNV', 'HTNV'])];

  it('compares the "Cộng" line with all the lists of the year together', () => {
    const report = check(...lists, summary([null, 'Cộng', 5, 1, 3, 1, 0]));
    expect(errors(report)).toEqual([]);
  });

  it('and still says when it differs from them', () => {
    const report = check(...lists, summary([null, 'Cộng', 5, 2, 2, 1, 0]));
    expect(errors(report)).toEqual(['summary.list-mismatch D5']);
  });
});

describe('a line naming a decision above a list with no header', () => {
  it('is no header of scores', () => {
    expect(
      classifyHeader(
        ['(Kèm theo Quyết định số 452-QĐ/HU ngày 14/01/2023)'],
        ['kem theo quyet dinh so 452 qd hu ngay 14 01 2023'],
      ),
    ).toBeNull();
    expect(
      classifyHeader(['Điểm', 'BTV Tỉnh ủy kết luận'], ['diem', 'btv tinh uy ket luan']),
    ).toEqual({
      role: 'superiorScore',
    });
  });
});
