import { checkWorkbook } from '../../../src/core/engine';
import type { Scalar } from '../../../src/core/model/snapshot';
import { resolveSettings } from '../../../src/core/settings';
import { snapshotOf, type SheetSpec } from '../../helpers/snapshot';

/**
 * Causes the layout corpus found on seeds 31337 and 909090909 (branch `listgaps`), each on the
 * smallest sheet showing it.
 */
function check(...specs: SheetSpec[]) {
  return checkWorkbook(snapshotOf(...specs), resolveSettings({})).report;
}

const findings = (report: ReturnType<typeof check>, severity: string) =>
  report.issues.filter((f) => f.severity === severity).map((f) => `${f.rule} ${f.cell ?? f.row}`);

describe('a headerless list opening with a group line', () => {
  it("the first group's one unit, numbered and not graded yet, is the list's first unit", () => {
    const report = check({
      name: 'Năm 2019',
      rows: [
        [null, 'I. Đảng bộ xã, thị trấn'],
        ['1', 'ĐB xã Ấm Hạ', 'Thôn Lân Châu', null, 'Nguyễn Hữu Giang'],
        [null, 'II. Khối cơ quan'],
        [
          '2.',
          'Chi bộ Viện Kiểm sát nhân dân huyện',
          'Thôn Bãi Lải',
          'Hoàn thành tốt',
          'Vi Hữu Thảo',
        ],
        [null, 'III. Khối doanh nghiệp'],
        ['3', 'Chi bộ Ngân hàng Chính sách xã hội', 'Thôn Hố Mười', 'Tốt', 'Trần Văn Dung'],
        [null, 'IV. LỰC LƯỢNG VŨ TRANG'],
        ['4', 'Đảng bộ Quân sự huyện', 'Thôn Nà Lừa', 'XS', 'Lê Hữu Cường'],
        ['5', 'Đảng bộ Công an huyện', 'Thôn Na Hoa', 'HTT', 'Phạm Hữu Tuấn'],
      ],
    });
    // Before: the list began at the second group line (A3), its first unit lost.
    expect(report.tables).toMatchObject([
      { kind: 'rating-list', range: 'A1:D9', years: [2019], headerRows: [1, 0] },
    ]);
    expect(findings(report, 'warning')).toEqual(['grade.blank D2']);
    expect(findings(report, 'error')).toEqual([]);
  });

  it('a title over the first group line is no unit, numbered list or not', () => {
    const report = check({
      name: 'XL 2020',
      rows: [
        ['ĐẢNG BỘ HUYỆN HỮU LŨNG'],
        ['I. Đảng bộ xã, thị trấn'],
        ['Đảng bộ xã Hòa Sơn', 'HTTNV'],
        ['Đảng bộ xã Yên Thịnh', 'HTXSNV'],
        ['Đảng bộ xã Minh Tiến', 'HTNV'],
      ],
    });
    expect(report.tables).toMatchObject([{ kind: 'rating-list', range: 'A2:B5' }]);
  });
});
