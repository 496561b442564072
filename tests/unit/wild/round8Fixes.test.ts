/** One test per engine fix that round 8 of the wild layouts (tools/wild/families/round8.ts) exposed. */
import type { Scalar } from '../../../src/core/model/snapshot';
import { checkSpecs as check, errorsOf as errors } from '../../helpers/checkSpecs';

/** The lists' results as [year, total, excellent, good, pass, fail]. */
function lists(report: ReturnType<typeof check>): (number | null)[][] {
  return report.results.ratings
    .filter((r) => r.source === 'list')
    .map((r) => [r.year, r.total, r.counts.excellent, r.counts.good, r.counts.pass, r.counts.fail]);
}

describe('a unit dissolved, merged or moved during the year, the word in its grade cell', () => {
  it.each(['Giải thể', 'Đã giải thể', 'Đã sáp nhập', 'Sáp nhập', 'Hợp nhất', 'Chuyển đi'])(
    'is not graded that year: not counted, no error (%s)',
    (word) => {
      const rows: Scalar[][] = [
        ['KẾT QUẢ XẾP LOẠI CHI BỘ NĂM 2023'],
        ['STT', 'Tên chi bộ', 'Xếp loại', 'Ghi chú'],
        [1, 'Chi bộ thôn Đông', 'HTXSNV', null],
        [2, 'Chi bộ thôn Tây', word, 'Từ tháng 7/2023'],
        [3, 'Chi bộ thôn Nam', 'HTTNV', null],
        [4, 'Chi bộ thôn Bắc', 'HTTNV', null],
        [5, 'Chi bộ Trường Tiểu học', 'HTNV', null],
      ];
      const report = check({ name: 'XL 2023', rows });
      expect(errors(report)).toEqual([]);
      expect(lists(report)).toEqual([[2023, 4, 1, 2, 1, 0]]);
    },
  );
});

describe('party cells under lines naming their commune committee', () => {
  /** Two communes' cells, the same villages in both; `head` writes a commune's line. */
  function rows(head: (commune: string, n: number) => Scalar[]): Scalar[][] {
    return [
      ['KẾT QUẢ XẾP LOẠI CHI BỘ TRỰC THUỘC NĂM 2022'],
      ['STT', 'Tên chi bộ', 'Xếp loại', 'Ghi chú'],
      head('Hòa Sơn', 3),
      [1, 'Chi bộ thôn Đoàn Kết', 'HTTNV', null],
      [2, 'Chi bộ thôn Làng Mới', 'HTXSNV', null],
      [3, 'Chi bộ thôn Na Hoa', 'HTTNV', null],
      head('Minh Sơn', 3),
      [1, 'Chi bộ thôn Đoàn Kết', 'HTNV', null],
      [2, 'Chi bộ thôn Làng Mới', 'HTTNV', null],
      [3, 'Chi bộ thôn Đoàn Kết', 'HTTNV', null],
    ];
  }

  it.each([
    ['the name alone', (c: string) => [null, `Đảng bộ xã ${c}`, null, null]],
    ['numbered', (c: string) => [null, `1. Đảng bộ xã ${c}`, null, null]],
    [
      'with its count',
      (c: string, n: number) => [null, `Đảng bộ xã ${c} (${n} chi bộ)`, null, null],
    ],
    [
      'its count in the grade column',
      (c: string, n: number) => [null, `Đảng bộ xã ${c}`, `${n} chi bộ`, null],
    ],
    ['Roman-numbered', (c: string) => ['I', `Đảng bộ xã ${c}`, null, null]],
  ])(
    'a village in both communes is two cells; one listed twice in a commune is a duplicate (%s)',
    (_, head) => {
      const report = check({ name: 'Chi bộ 2022', rows: rows(head) });
      expect(errors(report)).toEqual(['unit.duplicate B10']);
      expect(report.issues.filter((i) => i.rule === 'grade.blank')).toEqual([]);
      expect(lists(report)).toEqual([[2022, 5, 1, 3, 1, 0]]);
    },
  );

  it('a commune title merged across the table over its own header', () => {
    const report = check({
      name: 'Các xã',
      rows: [
        ['KẾT QUẢ XẾP LOẠI CHI BỘ NĂM 2022'],
        ['ĐẢNG BỘ XÃ HÒA SƠN'],
        ['STT', 'Chi bộ', 'Xếp loại'],
        [1, 'Chi bộ thôn Đoàn Kết', 'HTTNV'],
        [2, 'Chi bộ thôn Làng Mới', 'HTXSNV'],
        [3, 'Chi bộ thôn Na Hoa', 'HTTNV'],
        [null],
        ['ĐẢNG BỘ XÃ MINH SƠN'],
        ['STT', 'Chi bộ', 'Xếp loại'],
        [1, 'Chi bộ thôn Đoàn Kết', 'HTNV'],
        [2, 'Chi bộ thôn Làng Mới', 'HTTNV'],
      ],
      merges: ['A2:C2', 'A8:C8'],
    });
    expect(errors(report)).toEqual([]);
    expect(lists(report)).toEqual([[2022, 5, 1, 3, 1, 0]]);
  });
});

describe('a summary with the units rated beside "Tổng số"', () => {
  it('the total also holds units left unrated: the grades answer to the rated column', () => {
    const rows: Scalar[][] = [
      ['TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2023'],
      [
        'STT',
        'Loại hình',
        'Tổng số TCCSĐ',
        'Số TCCS được đánh giá',
        'HTXSNV',
        'HTTNV',
        'HTNV',
        'KHTNV',
      ],
      [1, 'Đảng bộ xã, thị trấn', 12, 12, 2, 9, 1, 0],
      [2, 'Chi bộ cơ quan', 9, 8, 1, 6, 1, 0],
      [3, 'Chi bộ doanh nghiệp', 5, 3, 0, 2, 1, 0],
      [4, 'Lực lượng vũ trang', 2, 2, 1, 1, 0, 0],
      [null, 'Tổng cộng', 28, 25, 4, 18, 3, 0],
    ];
    const report = check({ name: 'TH 2023', rows });
    expect(errors(report)).toEqual([]);
  });

  it('a grade count off is still found, at the rated column', () => {
    const rows: Scalar[][] = [
      ['TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2023'],
      [
        'STT',
        'Loại hình',
        'Tổng số TCCSĐ',
        'Số TCCS được đánh giá',
        'HTXSNV',
        'HTTNV',
        'HTNV',
        'KHTNV',
      ],
      [1, 'Đảng bộ xã, thị trấn', 12, 12, 2, 9, 1, 0],
      [2, 'Chi bộ cơ quan', 9, 8, 1, 7, 1, 0],
      [3, 'Chi bộ doanh nghiệp', 5, 3, 0, 2, 1, 0],
    ];
    const report = check({ name: 'TH 2023', rows });
    expect(errors(report)).toEqual(['total.mismatch D4']);
  });
});

describe('a slash where a grade goes', () => {
  it('strikes the cell: the unit was not rated that year (not counted, no error)', () => {
    const rows: Scalar[][] = [
      ['KẾT QUẢ XẾP LOẠI CHI BỘ NĂM 2022'],
      ['STT', 'Tên chi bộ', 'Xếp loại', 'Ghi chú'],
      [1, 'Chi bộ thôn Đông', 'HTTNV', null],
      [2, 'Chi bộ thôn Tây', '/', 'Giải thể tháng 6/2022'],
      [3, 'Chi bộ thôn Nam', 'HTXSNV', null],
      [4, 'Chi bộ thôn Bắc', 'HTTNV', null],
    ];
    const report = check({ name: 'Năm 2022', rows });
    expect(errors(report)).toEqual([]);
    expect(lists(report)).toEqual([[2022, 3, 1, 2, 0, 0]]);
  });
});

describe('a long list printed in two halves side by side', () => {
  const half = (c0: string[], rows: Scalar[][]) => [c0, ...rows];
  /** Left half rows 1–4, right half 5–7; gap: a blank column between the halves. */
  function rows(gap: boolean): Scalar[][] {
    const mid: Scalar[] = gap ? [null] : [];
    const head = ['STT', 'Tên chi bộ', 'Xếp loại'];
    const body: [Scalar[], Scalar[]][] = [
      [
        [1, 'Chi bộ thôn Đông', 'HTTNV'],
        [5, 'Chi bộ thôn Na Hoa', 'HTXSNV'],
      ],
      [
        [2, 'Chi bộ thôn Tây', null],
        [6, 'Chi bộ thôn Đông', 'HTTNV'],
      ],
      [
        [3, 'Chi bộ thôn Nam', 'HTTNV'],
        [7, 'Chi bộ thôn Làng Mới', 'HTNV'],
      ],
      [
        [4, 'Chi bộ thôn Bắc', 'HTTNV'],
        [null, null, null],
      ],
    ];
    return half(
      ['XẾP LOẠI CHI BỘ NĂM 2023'],
      [[...head, ...mid, ...head], ...body.map(([l, r]) => [...l, ...mid, ...r])],
    );
  }

  it.each([
    ['adjacent', false, 'E4', 'C4'],
    ['a blank column between', true, 'F4', 'C4'],
  ])(
    'is one list: a blank grade is found, a unit in both halves is listed twice (%s)',
    (_, gap, dup, blank) => {
      const report = check({ name: 'XL 2023', rows: rows(gap) });
      expect(errors(report)).toEqual([`unit.duplicate ${dup}`]);
      expect(report.issues.filter((i) => i.rule === 'grade.blank').map((i) => i.cell)).toEqual([
        blank,
      ]);
      const total = lists(report).reduce((n, l) => n + (l[1] ?? 0), 0);
      expect(total).toBe(6);
    },
  );
});

describe('a list continued on the next sheet', () => {
  it('a unit of the first part listed again in the second is a duplicate, counted once', () => {
    const head = ['STT', 'Tên chi bộ', 'Xếp loại'];
    const report = check(
      {
        name: 'DS 2023',
        rows: [
          ['DANH SÁCH XẾP LOẠI CHI BỘ NĂM 2023'],
          head,
          [1, 'Chi bộ thôn Đông', 'HTTNV'],
          [2, 'Chi bộ thôn Tây', 'HTXSNV'],
          [3, 'Chi bộ thôn Nam', 'HTTNV'],
        ],
      },
      {
        name: 'DS 2023 (tiếp)',
        rows: [
          ['(Tiếp theo)'],
          head,
          [4, 'Chi bộ thôn Bắc', 'HTNV'],
          [5, 'Chi bộ thôn Tây', 'HTTNV'],
          [6, 'Chi bộ Trạm Y tế', 'HTTNV'],
        ],
      },
    );
    const dup = report.issues.filter((i) => i.rule === 'unit.duplicate');
    expect(dup.map((i) => `${i.sheet}!${i.cell}`)).toEqual(['DS 2023 (tiếp)!B4']);
    expect(dup[0]?.messages.en).toContain("'DS 2023'!B4");
    const counted = lists(report).reduce(
      (n, l) => [n[0]! + (l[1] ?? 0), n[1]! + (l[2] ?? 0), n[2]! + (l[3] ?? 0)],
      [0, 0, 0],
    );
    expect(counted).toEqual([5, 1, 3]);
  });
});

describe('a party committee listed as a unit, a party cell after it', () => {
  it('is a unit when the first column numbers it, even unread as STT, or a tick marks its grade', () => {
    const rows: Scalar[][] = [
      ['XẾP LOẠI TỔ CHỨC ĐẢNG NĂM 2019'],
      ['S TT', 'Đơn vị', 'HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'],
      ['1', 'Đảng bộ thị trấn Hữu Lũng', null, 'x', null, null],
      ['2', 'Chi bộ Văn phòng Huyện ủy', null, 'x', null, null],
      ['3.', 'Đảng bộ xã Yên Thịnh', null, null, 'x', null],
      ['4.', 'Chi bộ Điện lực Hữu Lũng', 'x', null, null, null],
      ['5', 'Đảng bộ xã Cai Kinh', 'x', null, null, null],
      ['6', 'Chi bộ Kho bạc Nhà nước', null, 'x', null, null],
    ];
    const report = check({ name: 'KQ 2019', rows });
    expect(errors(report)).toEqual([]);
    expect(lists(report)).toEqual([[2019, 6, 2, 3, 1, 0]]);
  });
});
