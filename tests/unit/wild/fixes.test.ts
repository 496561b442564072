/** One test per engine fix that the wild layouts (tools/wild) exposed. */
import { checkWorkbook } from '../../../src/core/engine';
import type { Scalar } from '../../../src/core/model/snapshot';
import { snapshotOf, type SheetSpec } from '../../helpers/snapshot';

function check(...specs: SheetSpec[]) {
  return checkWorkbook(snapshotOf(...specs)).report;
}

function errors(report: ReturnType<typeof check>) {
  return report.issues
    .filter((i) => i.severity === 'error')
    .map((i) => `${i.rule} ${i.cell ?? ''}`);
}

describe('the higher level\'s score named "Điểm thẩm định"', () => {
  const rows: Scalar[][] = [
    ['KẾT QUẢ CHẤM ĐIỂM, XẾP LOẠI NĂM 2025'],
    ['TT', 'Tổ chức cơ sở đảng', 'Điểm tự chấm', 'Điểm thẩm định', 'Xếp loại'],
    [1, 'Đảng bộ xã A', 93, 88, 'Hoàn thành tốt nhiệm vụ'],
    [2, 'Đảng bộ xã B', 91, 90.5, 'Hoàn thành xuất sắc nhiệm vụ'],
    [3, 'Đảng bộ xã C', 80, 72, 'Hoàn thành xuất sắc nhiệm vụ'],
  ];

  it('is the score the grade follows, not the own score', () => {
    const report = check({ name: 'Năm 2025', rows });
    expect(errors(report)).toEqual(['grade.score-mismatch E5']);
  });
});

describe('a grade followed by a remark in parentheses', () => {
  it('counts as the grade; a remark naming another grade stays unknown', () => {
    const report = check({
      name: 'Năm 2022',
      rows: [
        ['KẾT QUẢ XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2022'],
        ['STT', 'Tên TCCSĐ', 'Xếp loại'],
        [1, 'Đảng bộ xã A', 'Hoàn thành tốt nhiệm vụ (đề nghị khen)'],
        [2, 'Đảng bộ xã B', 'HTXSNV (đề nghị UBND huyện tặng giấy khen).'],
        [3, 'Đảng bộ xã C', 'HTTNV (HTXSNV)'],
      ],
    });
    expect(errors(report)).toEqual(['grade.unknown C5']);
    const y = report.results.ratings.find((r) => r.year === 2022);
    expect(y?.counts).toEqual({ excellent: 1, good: 1, pass: 0, fail: 0 });
  });
});
