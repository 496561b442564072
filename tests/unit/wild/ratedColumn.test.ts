/**
 * A summary with a column of the units rated beside "Tổng số" and "Không xếp loại" (round 4,
 * kinds-stat-form): the grades add up to the units rated, so counts that reach "Tổng số"
 * although a unit was left unrated are one too many.
 */
import type { Scalar } from '../../../src/core/model/snapshot';
import { checkSpecs as check, errorsOf as errors } from '../../helpers/checkSpecs';

type Line = [string, number, number | null, number, number, number, number, number | null];

function form(lines: Line[], rated = 'Số đã đánh giá, xếp loại'): Scalar[][] {
  return [
    ['THỐNG KÊ KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2023'],
    [],
    ['Loại hình tổ chức', 'Tổng số', rated, 'HTXSNV', 'HTTNV', 'HTNV', 'KHTNV', 'Không xếp loại'],
    ...lines,
  ];
}

function totals(report: ReturnType<typeof check>): string[] {
  return report.issues.filter((i) => i.rule === 'total.mismatch').map((i) => `${i.cell}`);
}

describe('a summary with the units rated in a column of their own', () => {
  it('accepts counts that add up to the units rated, the unrated beside them', () => {
    const report = check({
      name: 'Biểu 7A',
      rows: form([
        ['Đảng bộ cơ sở', 30, 29, 5, 20, 3, 1, 1],
        ['Chi bộ cơ sở', 20, 20, 3, 14, 3, 0, null],
      ]),
    });
    expect(errors(report)).toEqual([]);
  });

  it('flags counts that reach "Tổng số" although a unit was left unrated', () => {
    const report = check({
      name: 'Biểu 7A',
      rows: form([
        ['Đảng bộ cơ sở', 30, 29, 5, 21, 3, 1, 1],
        ['Chi bộ cơ sở', 20, 20, 3, 14, 3, 0, null],
      ]),
    });
    expect(totals(report)).toEqual(['C4']);
  });

  it('flags counts above "Tổng số" on its cell, as before, and once', () => {
    const report = check({
      name: 'Biểu 7A',
      rows: form([
        ['Đảng bộ cơ sở', 30, 29, 5, 20, 3, 1, 1],
        ['Chi bộ cơ sở', 20, 20, 3, 15, 3, 0, null],
      ]),
    });
    expect(totals(report)).toEqual(['B5']);
  });

  it('still accepts a total that leaves the exempt out where no column counts the rated', () => {
    const rows = form([['Đảng bộ cơ sở', 29, null, 5, 20, 3, 1, 1]], 'Ghi chú');
    expect(totals(check({ name: 'Biểu 7A', rows }))).toEqual([]);
  });
});
