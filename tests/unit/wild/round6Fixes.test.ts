/** One test per engine fix that round 6 of the wild layouts (tools/wild/families/round6.ts) exposed. */
import type { Scalar } from '../../../src/core/model/snapshot';
import { checkSpecs as check, errorsOf as errors } from '../../helpers/checkSpecs';

/** The lists' results as [year, total, excellent, good, pass, fail]. */
function lists(report: ReturnType<typeof check>): (number | null)[][] {
  return report.results.ratings
    .filter((r) => r.source === 'list')
    .map((r) => [r.year, r.total, r.counts.excellent, r.counts.good, r.counts.pass, r.counts.fail]);
}

describe('a legend of the grades typed beside a list, past a blank column', () => {
  it('the 2025 score bands are not four more units checked against the scores', () => {
    const rows: Scalar[][] = [
      ['KẾT QUẢ CHẤM ĐIỂM, XẾP LOẠI CHI BỘ NĂM 2025'],
      [null, null, null, null, null, null, null, 'KHUNG ĐIỂM XẾP LOẠI'],
      [
        'STT',
        'Chi bộ',
        'Điểm tự chấm',
        'Điểm Đảng ủy chấm',
        'Xếp loại',
        'Ghi chú',
        null,
        'Khung điểm',
        'Xếp loại',
      ],
      [1, 'Chi bộ thôn Đông', '92,5', '91', 'HTXSNV', null, null, 'Từ 90 điểm trở lên', 'HTXSNV'],
      [2, 'Chi bộ thôn Tây', '80', '78,5', 'HTTNV', null, null, 'Từ 70 đến dưới 90 điểm', 'HTTNV'],
      [3, 'Chi bộ thôn Nam', '86', '85', 'HTTNV', null, null, 'Từ 50 đến dưới 70 điểm', 'HTNV'],
      [4, 'Chi bộ thôn Bắc', '72', '71', 'HTTNV', null, null, 'Dưới 50 điểm', 'KHTNV'],
      [5, 'Chi bộ Trường Tiểu học', '61', '60', 'HTNV'],
      [6, 'Chi bộ Trạm Y tế', '79', '77', 'HTTNV'],
    ];
    const report = check({ name: 'Chấm điểm 2025', rows });
    expect(errors(report)).toEqual([]);
    expect(lists(report)).toEqual([[2025, 6, 1, 4, 1, 0]]);
  });

  it('the four grades a drop-down picks from are not four more units', () => {
    const rows: Scalar[][] = [
      ['KẾT QUẢ XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2022'],
      ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại', 'Ghi chú', null, null, 'Danh mục xếp loại'],
      [1, 'Đảng bộ xã Hòa Sơn', 'HTTNV', null, null, null, 'HTXSNV'],
      [2, 'Đảng bộ xã Hòa Bình', 'HTXSNV', null, null, null, 'HTTNV'],
      [3, 'Đảng bộ xã Minh Sơn', 'HTTNV', null, null, null, 'HTNV'],
      [4, 'Đảng bộ xã Yên Thịnh', null, null, null, null, 'KHTNV'],
      [5, 'Đảng bộ xã Tân Lập', 'HTNV'],
    ];
    const report = check({ name: 'XL2022', rows });
    expect(errors(report)).toEqual([]);
    expect(lists(report)).toEqual([[2022, 5, 1, 2, 1, 0]]);
    expect(report.issues.filter((i) => i.rule === 'grade.blank').map((i) => i.cell)).toEqual([
      'C6',
    ]);
  });
});

describe('a unit not founded yet in a list over many years', () => {
  it.each(['-', '—', 'Chưa thành lập'])(
    '"%s" in its early years is neither a unit of those years nor an unknown grade',
    (none) => {
      const rows: Scalar[][] = [
        ['THEO DÕI KẾT QUẢ XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG GIAI ĐOẠN 2017 - 2020'],
        [
          'STT',
          'Tên tổ chức cơ sở đảng',
          'Kết quả xếp loại qua các năm',
          null,
          null,
          null,
          'Ghi chú',
        ],
        [null, null, 2017, 2018, 2019, 2020],
        [1, 'Đảng bộ xã Hòa Sơn', 'TSVM', 'HTXSNV', 'HTTNV', 'HTTNV'],
        [2, 'Đảng bộ xã Hòa Bình', 'HTTNV', 'HTTNV', 'HTXSNV', 'HTTNV'],
        [3, 'Chi bộ Ban Quản lý dự án', none, none, 'HTTNV', 'HTNV', 'Thành lập năm 2019'],
        [4, 'Đảng bộ xã Minh Sơn', 'HTNV', 'HTTNV', 'HTTNV', 'HTXSNV'],
      ];
      const report = check({
        name: 'Qua các năm',
        rows,
        merges: ['C2:F2', 'A2:A3', 'B2:B3', 'G2:G3'],
      });
      expect(errors(report)).toEqual([]);
      expect(lists(report)).toEqual([
        [2017, 3, 1, 1, 1, 0],
        [2018, 3, 1, 2, 0, 0],
        [2019, 4, 1, 3, 0, 0],
        [2020, 4, 1, 2, 1, 0],
      ]);
    },
  );
});

describe('a grade with a footnote mark explained under the table', () => {
  it('"HTTNV¹", "HTXSNV²", "Hoàn thành nhiệm vụ³" and "HTTNV [1]" are their grades', () => {
    const rows: Scalar[][] = [
      ['KẾT QUẢ XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2023'],
      ['STT', 'Tên TCCSĐ', 'Xếp loại', 'Ghi chú'],
      [1, 'Đảng bộ xã Hòa Sơn', 'HTTNV¹'],
      [2, 'Đảng bộ xã Hòa Bình', 'HTXSNV²'],
      [3, 'Đảng bộ xã Minh Sơn', 'Hoàn thành nhiệm vụ³'],
      [4, 'Đảng bộ xã Yên Thịnh', 'HTTNV [1]'],
      [5, 'Đảng bộ xã Tân Lập', 'HTTNV'],
      [],
      ['Ghi chú:'],
      ['¹ Có đảng viên bị kỷ luật trong năm.'],
      ['² Đề nghị Ban Thường vụ Huyện ủy tặng Giấy khen.'],
    ];
    const report = check({ name: 'Nam 2023', rows });
    expect(errors(report)).toEqual([]);
    expect(lists(report)).toEqual([[2023, 5, 1, 3, 1, 0]]);
  });

  it('a mark after a word that is no grade leaves it unknown', () => {
    const rows: Scalar[][] = [
      ['KẾT QUẢ XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2023'],
      ['STT', 'Tên TCCSĐ', 'Xếp loại'],
      [1, 'Đảng bộ xã Hòa Sơn', 'HTTNV'],
      [2, 'Đảng bộ xã Hòa Bình', 'Khá¹'],
      [3, 'Đảng bộ xã Minh Sơn', 'HTXSNV'],
    ];
    expect(errors(check({ name: 'Nam 2023', rows }))).toEqual(['grade.unknown C4']);
  });
});

describe('a 2025 score typed in the grade cell', () => {
  const rows = (cells: string[]): Scalar[][] => [
    ['KẾT QUẢ XẾP LOẠI CHI BỘ TRỰC THUỘC NĂM 2025'],
    ['STT', 'Chi bộ', 'Kết quả (điểm, xếp loại)'],
    ...cells.map((c, i): Scalar[] => [i + 1, `Chi bộ thôn ${['Đông', 'Tây', 'Nam', 'Bắc'][i]}`, c]),
  ];

  it.each([
    [['92,5 - HTXSNV', '78 - HTTNV', '74 - HTXSNV', '61 - HTNV'], 'C5'],
    [['92,5đ/HTXSNV', '78đ/HTTNV', '74đ/HTXSNV', '61đ/HTNV'], 'C5'],
    [['HTXSNV - 92,5đ', 'HTTNV - 78đ', 'HTXSNV - 74đ', 'HTNV - 61đ'], 'C5'],
    [['HTXSNV (92,5 điểm)', 'HTTNV (78 điểm)', 'HTXSNV (74 điểm)', 'HTNV (61 điểm)'], 'C5'],
  ])('%j: the grade counts, and one against its score is flagged', (cells, at) => {
    const report = check({ name: 'XL 2025', rows: rows(cells) });
    expect(errors(report)).toEqual([`grade.score-mismatch ${at}`]);
    expect(lists(report)).toEqual([[2025, 4, 2, 1, 1, 0]]);
  });

  it('a footnote number in parentheses is no score', () => {
    const report = check({
      name: 'XL 2025',
      rows: rows(['HTXSNV (1)', 'HTTNV', 'HTTNV (2)', 'HTNV']),
    });
    expect(errors(report)).toEqual([]);
    expect(lists(report)).toEqual([[2025, 4, 1, 2, 1, 0]]);
  });
});

describe('a column-numbering row repeated at the top of each printed page', () => {
  it.each([[['A', 'B', '1', '2', '3']], [['(1)', '(2)', '(3)', '(4)', '(5)']]])(
    '%j inside the body is neither a unit nor the end of the list',
    (numbers) => {
      const unit = (i: number, grade: string): Scalar[] => [
        i,
        `Chi bộ thôn ${i}, xã Hòa Sơn`,
        20 + i,
        19 + i,
        grade,
      ];
      const rows: Scalar[][] = [
        ['KẾT QUẢ XẾP LOẠI CHẤT LƯỢNG CHI BỘ TRỰC THUỘC NĂM 2022'],
        ['STT', 'Tên chi bộ', 'Tổng số đảng viên', 'Số đảng viên dự kiểm điểm', 'Xếp loại'],
        numbers,
        unit(1, 'HTTNV'),
        unit(2, 'HTXSNV'),
        unit(3, 'HTTNV'),
        numbers,
        unit(4, 'HTNV'),
        unit(5, 'HTTNV'),
        unit(6, 'HTTNV'),
      ];
      const report = check({ name: 'In', rows });
      expect(errors(report)).toEqual([]);
      expect(lists(report)).toEqual([[2022, 6, 1, 4, 1, 0]]);
    },
  );
});

describe('a list continued on a second sheet', () => {
  const header = ['STT', 'Tên chi bộ', 'Số đảng viên', 'Xếp loại', 'Ghi chú'];
  const unit = (i: number, grade: string): Scalar[] => [
    i,
    `Chi bộ thôn ${i}, xã Hòa Sơn`,
    20 + i,
    grade,
  ];
  const first = {
    name: 'DS 2022',
    rows: [
      ['DANH SÁCH XẾP LOẠI CHI BỘ TRỰC THUỘC NĂM 2022'],
      header,
      unit(1, 'HTTNV'),
      unit(2, 'HTXSNV'),
      unit(3, 'HTTNV'),
      [],
      [null, '(Xem tiếp trang sau)'],
    ] as Scalar[][],
  };

  it.each(['Trang 2', 'Sheet2', 'DS 2022 (tiếp)'])(
    'on "%s" under "(Tiếp theo)" is the same year, and "(Xem tiếp trang sau)" is no unit',
    (name) => {
      const second = {
        name,
        rows: [['(Tiếp theo)'], [], header, unit(4, 'HTNV'), unit(5, 'HTTNV')] as Scalar[][],
      };
      const report = check(first, second);
      expect(errors(report)).toEqual([]);
      expect(report.issues.filter((i) => i.rule === 'grade.blank')).toEqual([]);
      expect(lists(report)).toEqual([
        [2022, 3, 1, 2, 0, 0],
        [2022, 2, 0, 1, 1, 0],
      ]);
    },
  );

  it('a second sheet that continues nothing keeps no year', () => {
    const other = {
      name: 'Sheet2',
      rows: [['DANH SÁCH CHI BỘ'], [], header, unit(4, 'HTNV'), unit(5, 'HTTNV')] as Scalar[][],
    };
    expect(lists(check(first, other))[1]![0]).toBeNull();
  });
});

describe('counts over a thousand typed with a thousands dot', () => {
  it('"1.234" in a count cell is 1234: shares check against it, a wrong total is still flagged', () => {
    const rows: Scalar[][] = [
      ['TỔNG HỢP KẾT QUẢ XẾP LOẠI ĐẢNG VIÊN NĂM 2024'],
      ['STT', 'Đảng bộ', 'Tổng số', 'HTXSNV', null, 'HTTNV', null, 'HTNV', null, 'KHTNV', null],
      [null, null, null, 'SL', 'Tỷ lệ %', 'SL', 'Tỷ lệ %', 'SL', 'Tỷ lệ %', 'SL', 'Tỷ lệ %'],
      [
        1,
        'Đảng bộ xã Hòa Sơn',
        '1.250',
        '200',
        '16,00',
        '1.000',
        '80,00',
        '45',
        '3,60',
        '5',
        '0,40',
      ],
      [
        2,
        'Đảng bộ xã Minh Sơn',
        '2.100',
        '300',
        '14,93',
        '1.600',
        '79,60',
        '100',
        '4,98',
        '10',
        '0,50',
      ],
      [3, 'Đảng bộ xã Tân Lập', '900', '120', '13,33', '700', '77,78', '70', '7,78', '10', '1,11'],
    ];
    const merges = ['D2:E2', 'F2:G2', 'H2:I2', 'J2:K2', 'A2:A3', 'B2:B3', 'C2:C3'];
    const report = check({ name: 'XLĐV 2024', rows, merges });
    // Row 5's total is typed 90 too high: its shares may be off against it, the others are not.
    const shares = report.issues.filter((i) => i.rule === 'percent.mismatch' && i.row !== 5);
    expect(shares).toEqual([]);
    expect(errors(report)).toEqual(['total.mismatch C5']);
  });
});

describe('a summary of members with "Tổng số đảng viên được xếp loại"', () => {
  it('that column is the line total the grades add up to', () => {
    const rows: Scalar[][] = [
      ['TỔNG HỢP KẾT QUẢ XẾP LOẠI ĐẢNG VIÊN NĂM 2024'],
      ['STT', 'Đảng bộ', 'Tổng số đảng viên được xếp loại', 'HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'],
      [1, 'Đảng bộ xã Hòa Sơn', 250, 40, 200, 8, 2],
      [2, 'Đảng bộ xã Minh Sơn', 320, 50, 250, 10, 0],
      [3, 'Đảng bộ xã Tân Lập', 190, 30, 150, 9, 1],
    ];
    expect(errors(check({ name: 'XLĐV 2024', rows }))).toEqual(['total.mismatch C4']);
  });
});

describe('a blank grade in a year column between two graded years', () => {
  it('is a unit of that year with no grade; blanks before its first graded year are not', () => {
    const rows: Scalar[][] = [
      ['KẾT QUẢ XẾP LOẠI CHI BỘ 3 NĂM 2023 - 2025'],
      ['STT', 'Tên chi bộ', 'Năm 2023', 'Năm 2024', 'Năm 2025'],
      [1, 'Chi bộ thôn Đông', 'HTTNV', 'HTXSNV', 'HTTNV'],
      [2, 'Chi bộ thôn Tây', 'HTTNV', null, 'HTTNV'],
      [3, 'Chi bộ thôn Nam', null, 'HTNV', 'HTTNV'],
      [4, 'Chi bộ thôn Bắc', 'HTXSNV', 'HTTNV', 'HTTNV'],
    ];
    const report = check({ name: 'So sánh', rows });
    expect(errors(report)).toEqual([]);
    expect(report.issues.filter((i) => i.rule === 'grade.blank').map((i) => i.cell)).toEqual([
      'D4',
    ]);
    expect(lists(report)).toEqual([
      [2023, 3, 1, 2, 0, 0],
      [2024, 4, 1, 1, 1, 0],
      [2025, 4, 0, 4, 0, 0],
    ]);
  });
});

describe('a provincial summary with the communes across and a "Toàn tỉnh" column', () => {
  it('is read, its grades down, and a commune total typed wrong is flagged', () => {
    const rows: Scalar[][] = [
      ['TỔNG HỢP KẾT QUẢ XẾP LOẠI CHI BỘ TRỰC THUỘC CÁC XÃ, PHƯỜNG NĂM 2025'],
      [],
      ['TT', 'Nội dung', 'Phường Kỳ Lừa', 'Xã Quan Sơn', 'Xã Vân Nham', 'Toàn tỉnh'],
      [1, 'Hoàn thành xuất sắc nhiệm vụ', 4, 1, 3, 8],
      [2, 'Hoàn thành tốt nhiệm vụ', 10, 28, 15, 53],
      [3, 'Hoàn thành nhiệm vụ', 1, 4, 4, 9],
      [4, 'Không hoàn thành nhiệm vụ', 1, 0, 0, 1],
      [null, 'Tổng số chi bộ', 16, 35, 22, 73],
    ];
    expect(errors(check({ name: 'TH cac xa', rows })).sort()).toEqual([
      'total.mismatch D8',
      'total.mismatch F8',
    ]);
  });
});
