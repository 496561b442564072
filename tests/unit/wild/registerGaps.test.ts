/**
 * Meeting registers the wild layouts showed the engine misreading (docs/wild-layouts.md,
 * "Registers"): an app's yearly summary, a month split by kind, a minute book's short titles.
 */
import type { Scalar } from '../../../src/core/model/snapshot';
import { fieldNameWords } from '../../../src/core/text/fieldName';
import { checkSpecs as check, errorsOf as errors } from '../../helpers/checkSpecs';

describe('an export tool\'s run-together field names ("SoBuoiThuongKy")', () => {
  it.each([
    ['SoBuoiThuongKy', 'So Buoi Thuong Ky'],
    ['TenChiBo', 'Ten Chi Bo'],
    ['SoBuoiSHThuongKy', 'So Buoi SH Thuong Ky'],
    ['ChấtLượng', 'Chất Lượng'],
  ])('read as words (%s)', (name, words) => {
    expect(fieldNameWords(name)).toBe(words);
  });

  it.each(['HTXSNV', 'SHCĐ', 'xTT', 'Năm', 'Số buổi SH', 'CB001', 'x(TT)'])(
    'leave codes, marks and words alone (%s)',
    (text) => {
      expect(fieldNameWords(text)).toBe(text);
    },
  );
});

describe("an app's yearly summary: a row per cell and year, the year's counts of each kind", () => {
  const HEADERS = {
    ascii: ['STT', 'MaChiBo', 'TenChiBo', 'Nam', 'SoBuoiThuongKy', 'SoBuoiChuyenDe', 'ChatLuong'],
    vi: [
      'STT',
      'Mã chi bộ',
      'Tên chi bộ',
      'Năm',
      'Số buổi SH thường kỳ',
      'Số buổi SH chuyên đề',
      'Chất lượng sinh hoạt',
    ],
  };
  function summary(header: string[]): Scalar[][] {
    return [
      header,
      ['1', 'CB001', 'Chi bộ thôn Đông', '2023', '12', '4', 'Tốt'],
      ['2', 'CB001', 'Chi bộ thôn Đông', '2024', '10', '4', 'Khá'],
      ['3', 'CB002', 'Chi bộ thôn Tây', '2023', '12', '2', 'Khá'],
      ['4', 'CB002', 'Chi bộ thôn Tây', '2024', '12', '5', 'Tốt'],
    ];
  }

  it.each(Object.entries(HEADERS))(
    'is a register read from its counts (%s header)',
    (_, header) => {
      const report = check({ name: 'Sheet1', rows: summary(header) });
      expect(errors(report)).toEqual([]);
      // Four thematic meetings a year are taken as one a quarter (as for any yearly count).
      expect(report.results.meetings.map((m) => [m.unit, m.year, m.regular, m.compliant])).toEqual([
        ['Chi bộ thôn Đông', 2023, 12, true],
        ['Chi bộ thôn Đông', 2024, 10, false],
        ['Chi bộ thôn Tây', 2023, 12, false],
        ['Chi bộ thôn Tây', 2024, 12, true],
      ]);
      const found = report.issues
        .filter((i) => i.rule.startsWith('meeting.'))
        .map((i) => `${i.rule} ${i.severity} ${i.cell}`);
      expect(found).toEqual(
        expect.arrayContaining([
          'meeting.regular-short warning E3',
          'meeting.thematic-short warning F4',
        ]),
      );
    },
  );

  it('stays a rating list where a grade column sits beside the counts', () => {
    const rows: Scalar[][] = [
      ['STT', 'Tên chi bộ', 'Số buổi SH thường kỳ', 'Số buổi SH chuyên đề', 'Xếp loại năm 2023'],
      [1, 'Chi bộ thôn Đông', 12, 4, 'Hoàn thành tốt nhiệm vụ'],
      [2, 'Chi bộ thôn Tây', 12, 4, 'Hoàn thành nhiệm vụ'],
      [3, 'Chi bộ thôn Nam', 11, 3, 'Hoàn thành tốt nhiệm vụ'],
    ];
    const report = check({ name: 'Xếp loại 2023', rows });
    expect(report.results.meetings).toEqual([]);
    expect(report.results.ratings.some((r) => r.source === 'list' && r.year === 2023)).toBe(true);
  });
});

describe('a month split into its regular and thematic columns ("Tháng 1" over "TK" | "CĐ")', () => {
  const ROMAN = ['I', 'II', 'III', 'IV'];
  it.each([
    ['Thường kỳ', 'Chuyên đề'],
    ['TK', 'CĐ'],
    ['SH TK', 'SH CĐ'],
  ])("reads each quarter from its months' thematic columns (%s / %s)", (tk, cd) => {
    const quarters: Scalar[] = ['STT', 'Tên chi bộ'];
    const months: Scalar[] = [null, null];
    const kinds: Scalar[] = [null, null];
    const merges = ['A2:A4', 'B2:B4'];
    for (let q = 0; q < 4; q++) {
      quarters.push(`Quý ${ROMAN[q]}`, null, null, null, null, null);
      merges.push(`${col(2 + q * 6)}2:${col(7 + q * 6)}2`);
    }
    for (let m = 0; m < 12; m++) {
      months.push(`Tháng ${m + 1}`, null);
      kinds.push(tk, cd);
      merges.push(`${col(2 + m * 2)}3:${col(3 + m * 2)}3`);
    }
    /** Regular months held (all but `skip`), thematic meetings in the months given. */
    const row = (n: number, name: string, skip: number | null, thematic: number[]): Scalar[] => {
      const cells: Scalar[] = [n, name];
      for (let m = 0; m < 12; m++)
        cells.push(m === skip ? null : 'x', thematic.includes(m) ? 'x' : null);
      return cells;
    };
    const rows: Scalar[][] = [
      ['THEO DÕI SINH HOẠT CHI BỘ THƯỜNG KỲ VÀ CHUYÊN ĐỀ NĂM 2024'],
      quarters,
      months,
      kinds,
      row(1, 'Chi bộ thôn Đông', null, [1, 4, 7, 10]),
      row(2, 'Chi bộ thôn Tây', 5, [0, 3, 6, 9]),
      // Two thematic meetings in the first quarter, none in the second.
      row(3, 'Chi bộ thôn Nam', null, [0, 2, 6, 9]),
    ];
    const report = check({ name: 'SH 2024', rows, merges });
    expect(errors(report)).toEqual([]);
    expect(
      report.results.meetings.map((m) => [m.unit, m.regular, m.thematicByQuarter, m.compliant]),
    ).toEqual([
      ['Chi bộ thôn Đông', 12, [1, 1, 1, 1], true],
      ['Chi bộ thôn Tây', 11, [1, 1, 1, 1], false],
      ['Chi bộ thôn Nam', 12, [2, 0, 1, 1], false],
    ]);
    const short = report.issues.filter((i) => i.rule === 'meeting.thematic-short');
    // The second quarter's thematic columns (April's, "J") are the cells at fault.
    expect(short.map((i) => [i.row, i.cell])).toEqual([[7, 'J7']]);
  });
});

describe("a minute book's index: the kind only in the minute's title", () => {
  it.each(['SHCĐ quý I: Học tập và làm theo tư tưởng Hồ Chí Minh', 'CĐ quý I - Chuyển đổi số'])(
    'reads a title opening with the short form as thematic (%s)',
    (title) => {
      const rows: Scalar[][] = [
        ['DANH MỤC BIÊN BẢN SINH HOẠT CHI BỘ NĂM 2024'],
        [],
        ['STT', 'Số biên bản', 'Ngày họp', 'Chi bộ', 'Nội dung'],
      ];
      let n = 0;
      for (let m = 0; m < 12; m++) {
        rows.push([
          ++n,
          `${n}/BB-CB`,
          `${5}/${m + 1}/2024`,
          'Chi bộ thôn Đông',
          `SH thường kỳ tháng ${m + 1}`,
        ]);
        if (m % 3 === 1) {
          const t = title.replace('quý I', `quý ${['I', 'II', 'III', 'IV'][(m - 1) / 3]}`);
          rows.push([++n, `${n}/BB-CB`, `${20}/${m + 1}/2024`, 'Chi bộ thôn Đông', t]);
        }
      }
      const report = check({ name: 'Sổ biên bản', rows });
      expect(errors(report)).toEqual([]);
      expect(
        report.results.meetings.map((m) => [m.unit, m.regular, m.thematicByQuarter, m.compliant]),
      ).toEqual([['Chi bộ thôn Đông', 12, [1, 1, 1, 1], true]]);
    },
  );
});

/** 0-based column index to its letters. */
function col(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
