/** Grades typed as codes with a legend on the sheet (wild family "code-legend"). */
import type { Scalar } from '../../../src/core/model/snapshot';
import { checkWorkbook } from '../../../src/core/engine';
import { levelCriteria } from '../../../src/core/plan/gradeCounting';
import { snapshotOf } from '../../helpers/snapshot';
import { errorsOf } from '../../helpers/checkSpecs';

function list(codes: Scalar[]): Scalar[][] {
  return [
    ['KẾT QUẢ XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2021'],
    ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại (mã)', 'Ghi chú'],
    ...codes.map((c, i): Scalar[] => [i + 1, `Đảng bộ xã ${'ABCDEFGHIJ'[i]}`, c, '']),
  ];
}

function check(rows: Scalar[][]) {
  return checkWorkbook(snapshotOf({ name: 'Năm 2021', rows }));
}

function counts(report: ReturnType<typeof check>['report']) {
  return report.results.ratings.filter((r) => r.source === 'list').map((r) => [r.counts, r.total]);
}

describe('grades typed as codes', () => {
  it('are read by a legend line under the list, a code outside it reported', () => {
    const rows = list([1, 2, 2, 3, 2, 4, 5, 1]);
    rows.push([], ['Ghi chú: 1 = HTXSNV; 2 = Hoàn thành tốt nhiệm vụ; 3 = HTNV; 4 = KHTNV']);
    const { report } = check(rows);
    expect(counts(report)).toEqual([[{ excellent: 2, good: 3, pass: 1, fail: 1 }, 8]]);
    expect(errorsOf(report)).toEqual(['grade.unknown C9']);
  });

  it('are read by a legend of one line per code beside the list', () => {
    const rows = list(['A', 'B', 'b ', 'C', 'B', 'A']);
    rows[2]!.push('', 'A - Hoàn thành xuất sắc nhiệm vụ');
    rows[3]!.push('', 'B - Hoàn thành tốt nhiệm vụ');
    rows[4]!.push('', 'C - Hoàn thành nhiệm vụ');
    rows[5]!.push('', 'D - Không hoàn thành nhiệm vụ');
    const { report, model } = check(rows);
    expect(counts(report)).toEqual([[{ excellent: 2, good: 3, pass: 1, fail: 0 }, 6]]);
    expect(errorsOf(report)).toEqual([]);
    // The written count looks for the code the cells hold.
    expect(levelCriteria(model.lists[0]!, 'good')[0]).toBe('B');
  });

  it.each([
    ['in the header', [], 'Xếp loại (1: HTXSNV, 2: HTTNV, 3: HTNV, 4: KHTNV)'],
    ['numbered lines', [['1. HTXSNV'], ['2. HTTNV'], ['3. HTNV'], ['4. KHTNV']], 'Xếp loại'],
    [
      'as a small table beside the list',
      [
        ['Mã', 'Ý nghĩa'],
        [1, 'Hoàn thành xuất sắc nhiệm vụ'],
        [2, 'HTTNV'],
        [3, 'HTNV'],
        [4, 'KHTNV'],
      ],
      'Mã XL',
    ],
  ])('are read by a legend %s', (what, legend, header) => {
    const rows = list([2, 1, 2, 3, 2, 2, 4, 2, 1, 3]);
    rows[1]![2] = header;
    const lines = legend as Scalar[][];
    if (what.includes('beside')) lines.forEach((l, i) => rows[3 + i]!.push('', ...l));
    else rows.push([], ...lines);
    const { report } = check(rows);
    expect(counts(report)).toEqual([[{ excellent: 2, good: 5, pass: 2, fail: 1 }, 10]]);
    expect(errorsOf(report)).toEqual([]);
  });

  it('are not guessed without a legend: one note, no error, nothing counted', () => {
    for (const codes of [
      [1, 2, 2, 3, 2, 4],
      ['A', 'B', 'B', 'C', 'B', 'D'],
    ]) {
      const { report } = check(list(codes));
      expect(errorsOf(report)).toEqual([]);
      expect(report.issues.map((i) => [i.rule, i.severity])).toEqual([['table.uncertain', 'info']]);
      expect(report.issues[0]!.message).toMatch(/không có chú thích/);
      const rated = report.results.ratings.reduce((s, r) => s + (r.rated ?? 0), 0);
      expect(rated).toBe(0);
    }
  });

  it('leave a short list of grades with its running numbers as it was', () => {
    const rows = list(['HTTNV', 'HTXSNV', 'HTNV', 'HTTNV']);
    rows.push([], ['Ghi chú: 1 = HTXSNV; 2 = HTTNV; 3 = HTNV; 4 = KHTNV']);
    const { report } = check(rows);
    expect(counts(report)).toEqual([[{ excellent: 1, good: 2, pass: 1, fail: 0 }, 4]]);
  });
});
