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
