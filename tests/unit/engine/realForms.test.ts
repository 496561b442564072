import { checkWorkbook } from '../../../src/core/engine';
import { resolveSettings } from '../../../src/core/settings';
import { snapshotOf, type SheetSpec } from '../../helpers/snapshot';

/**
 * Layouts seen in real workbooks made outside this project (tests/fixtures/real/SOURCES.md),
 * rebuilt here cell for cell in the part that matters, since the files themselves may not be
 * redistributed.
 */
function check(...specs: SheetSpec[]) {
  return checkWorkbook(snapshotOf(...specs), resolveSettings({})).report;
}

const errors = (report: ReturnType<typeof check>) =>
  report.issues.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.cell ?? f.row}`);

/** A ward's printed member-list form: letterhead, title, a line of fields to fill, the header. */
const FORM_TOP = [
  ['ĐẢNG BỘ QUẬN 5', null, null, null, null, null, null, null, null, 'ĐẢNG CỘNG SẢN VIỆT NAM'],
  ['ĐẢNG UỶ PHƯỜNG 10'],
  [
    '*',
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    'Phường 10, ngày ... tháng … năm …',
  ],
  [null, 'DANH SÁCH ĐẢNG VIÊN ĐANG QUẢN LÝ'],
  [
    'Chi bộ:',
    null,
    '………',
    'Tuổi Đảng:',
    null,
    null,
    '……..',
    null,
    'Tình trạng Đảng viên:',
    null,
    null,
    '……..',
    'Xếp loại Đảng viên:',
    null,
    null,
    '………',
  ],
];
const FORM_MERGES = ['A5:B5', 'D5:F5', 'I5:K5', 'M5:O5', 'B4:P4'];

describe('a line of form fields above the table ("Chi bộ: ……… Xếp loại Đảng viên: ………")', () => {
  it('is not a header: an empty member-list form with no grade column is no rating list', () => {
    const report = check({
      name: 'Tke Ds Dang Vien (BM2)',
      merges: [...FORM_MERGES, 'A6:A7', 'B6:B7', 'C6:C7', 'D6:D7', 'E6:F6', 'G6:G7'],
      rows: [
        ...FORM_TOP,
        [
          'STT',
          'CHI BỘ',
          'HỌ TÊN ĐANG DÙNG',
          'SỐ THẺ ĐẢNG',
          'NGÀY, THÁNG, NĂM SINH',
          null,
          'ĐỊA CHỈ',
        ],
        [null, null, null, null, 'NAM', 'NỮ'],
        [1, 2, 3, 4, 5, 6, 7],
      ],
    });
    expect(report.tables).toEqual([]);
    expect(errors(report)).toEqual([]);
    expect(report.issues.map((f) => f.rule)).toEqual(['sheet.unrecognized']);
  });

  it('the header under it is found, and the list under that header is read and checked', () => {
    const report = check({
      name: 'Xep loai',
      merges: FORM_MERGES,
      rows: [
        ...FORM_TOP.slice(0, 3),
        [null, 'KẾT QUẢ XẾP LOẠI ĐẢNG VIÊN NĂM 2022'],
        FORM_TOP[4]!,
        ['STT', 'Họ và tên', 'Chi bộ', 'Xếp loại'],
        [1, 'Nguyễn Văn An', 'Chi bộ Khu phố 1', 'Hoàn thành tốt nhiệm vụ'],
        [2, 'Trần Thị Bình', 'Chi bộ Khu phố 1', 'Hoàn thành xuất sắc nhiệm vụ'],
        [3, 'Lê Văn Cường', 'Chi bộ Khu phố 2', 'Hoàn thành nhiệm vụ'],
        [4, 'Phạm Thị Dung', 'Chi bộ Khu phố 2', 'Khá'],
      ],
    });
    expect(report.tables).toMatchObject([
      { kind: 'rating-list', range: 'A6:D10', headerRows: [6, 6], years: [2022] },
    ]);
    expect(errors(report)).toEqual(['grade.unknown D10']);
  });
});

/**
 * The letterhead line of an official statistical form (Biểu số 7A - TCTW, as a report generator
 * prints it): three merged blocks side by side, the middle one the title with its year.
 */
const LETTERHEAD = [
  [null],
  [
    'Tỉnh (thành uỷ)..............\nHuyện (quận uỷ)..............\nBAN TỔ CHỨC',
    null,
    null,
    null,
    null,
    'BÁO CÁO\nĐÁNH GIÁ CHẤT LƯỢNG TỔ CHỨC CƠ SỞ ĐẢNG\nNăm 2019',
    null,
    null,
    null,
    null,
    null,
    null,
    'Biểu số 7A - TCTW - Đơn vị báo cáo: BTC Huyện uỷ (và tương đương)',
  ],
  [
    'Số điện thoại:.......... ',
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    'Đvt: Người',
  ],
];
const LETTERHEAD_MERGES = ['A2:E2', 'F2:L2', 'M2:R2', 'A3:E3', 'M3:R3'];

/** One line of the form: what is counted, the total, the share as text, and one count per kind. */
type Kinds = [number, number, number, number, number, number, number, number, number, number];
function level(what: string, share: string, n: Kinds): (string | number | null)[] {
  const [xa, phuong, dnnn, dncp, dntn, fdi, hc, sn, qd, khac] = n;
  const total = n.reduce((a, b) => a + b, 0);
  return [
    what,
    total,
    share,
    xa,
    phuong,
    null,
    dnnn,
    dncp,
    dntn,
    null,
    fdi,
    0,
    null,
    hc,
    sn,
    qd,
    khac,
  ];
}

describe('an official form\'s letterhead line ("… | BÁO CÁO ĐÁNH GIÁ … Năm 2019 | Biểu số 7A - TCTW")', () => {
  it('is not a header, though its title holds header words and a year', () => {
    const report = check({
      name: 'Sheet1',
      // Its header as printed: kinds of organization across, "Tổng số / Trong đó" under one.
      merges: [
        ...LETTERHEAD_MERGES,
        ...['A4:A6', 'B4:B6', 'C4:C6', 'D4:Q4', 'D5:D6', 'E5:F6', 'G5:G6', 'H5:H6', 'I5:J6'],
        ...['K5:M5', 'N5:N6', 'O5:O6', 'P5:P6', 'Q5:Q6', 'L6:M6'],
      ],
      rows: [
        ...LETTERHEAD,
        ['CHỈ TIÊU', 'Tổng số', 'Tỷ lệ(%)', 'CHIA THEO CÁC LOẠI HÌNH TỔ CHỨC CƠ SỞ ĐẢNG'],
        [
          ...[null, null, null, 'Xã', 'Phường thị trấn', null, 'DNNhà nước', 'DN cổ phần'],
          ...['DN tư nhân', null, 'DN có vốn đầu tư NN', null, null, 'Cơ quan hành chính'],
          ...['Cơ sở sự nghiệp', 'Quân đội, Công an', 'Loại hình khác'],
        ],
        [...Array<null>(10).fill(null), 'Tổng số', 'Trong đó 100% vốn NN'],
        [1, '2 = 4+...+14', 3, 4, 5, null, 6, 7, 8, null, 9, 10, null, 11, 12, 13, 14],
        level(
          '1. Số tổ chức cơ sở đảng được đánh giá chất lượng',
          '100,00',
          [20, 5, 2, 3, 1, 1, 6, 8, 2, 1],
        ),
        level('a) Trong sạch vững mạnh', '40,82', [8, 2, 1, 1, 0, 0, 3, 4, 1, 0]),
        level('b) Hoàn thành tốt nhiệm vụ', '46,94', [10, 2, 1, 1, 1, 1, 2, 3, 1, 1]),
        level('c) Hoàn thành nhiệm vụ', '12,24', [2, 1, 0, 1, 0, 0, 1, 1, 0, 0]),
        level('d) Yếu kém', '0,00', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
      ],
    });
    expect(report.tables.filter((t) => t.headerRows[0] <= 3)).toEqual([]);
    expect(errors(report)).toEqual([]);
  });

  it('a list under a form with its number in the corner is read from its own header', () => {
    const report = check({
      name: 'Sheet1',
      merges: LETTERHEAD_MERGES,
      rows: [
        ...LETTERHEAD,
        ['TT', 'Tổ chức cơ sở đảng', 'Xếp loại'],
        [1, 'Đảng bộ xã Tân An', 'Hoàn thành tốt nhiệm vụ'],
        [2, 'Đảng bộ xã Tân Bình', 'Hoàn thành xuất sắc nhiệm vụ'],
        [3, 'Chi bộ Trường THCS Tân An', 'Hoàn thành nhiệm vụ'],
        [4, 'Đảng bộ xã Tân Hòa', 'Hoàn thành tốt nhiệm vụ'],
      ],
    });
    expect(report.tables).toMatchObject([
      { kind: 'rating-list', range: 'A4:C8', headerRows: [4, 4], years: [2019] },
    ]);
    expect(report.results.ratings).toMatchObject([
      { year: 2019, counts: { excellent: 1, good: 2, pass: 1, fail: 0 } },
    ]);
    expect(errors(report)).toEqual([]);
  });
});

describe('a statistics form with its "STT" typed down the cell ("S\\nT\\nT")', () => {
  // A ward's "Thống kê số liệu đảng viên": a line per cell, its members' grades counted across.
  const sheet: SheetSpec = {
    name: 'Tke So Lieu (BM5)',
    merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:H3'],
    rows: [
      [null, 'THỐNG KÊ SỐ LIỆU ĐẢNG VIÊN'],
      [],
      ['S\nT\nT', 'CHI BỘ', 'ĐẢNG\n SỐ', 'DỰ BỊ', 'XẾP LOẠI ĐẢNG VIÊN'],
      [null, null, null, null, 'Xuất sắc', 'Tốt', 'Hoàn thành', 'Không \nhoàn \nthành'],
      [1, 2, 3, 4, 5, 6, 7, 8],
      [1, 'Chi bộ Khu phố 1', 12, 0, 2, 3, 6, 1],
      [2, 'Chi bộ Khu phố 2', 13, 1, 3, 8, 2, 0],
      [3, 'Chi bộ Khu phố 3', 9, 0, 1, 5, 3, 0],
      [null, 'Cộng', 34, 1, 6, 16, 11, 1],
      [],
      [null, null, ' - Cột 2 tới cột 12 là các thông số thường xuyên tra cứu'],
    ],
  };

  it('is numbered by that column, its lines are named by the cell column, and "Cộng" is its total', () => {
    const report = check(sheet);
    expect(report.tables).toMatchObject([
      { kind: 'rating-summary', range: 'A3:H9', totalRows: [9] },
    ]);
    expect(report.tables[0]!.columns).toContainEqual(
      expect.objectContaining({ column: 'A', role: 'stt' }),
    );
    expect(report.results.ratings).toMatchObject([
      { counts: { excellent: 6, good: 16, pass: 11, fail: 1 }, total: 34 },
    ]);
    expect(errors(report)).toEqual([]);
  });
});
