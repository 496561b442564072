/** A rating list on its side (wild family "transposed"): units across, a row per year down. */
import type { Scalar } from '../../../src/core/model/snapshot';
import { checkWorkbook } from '../../../src/core/engine';
import { countedRuns, countFormula, levelCriteria } from '../../../src/core/plan/gradeCounting';
import { snapshotOf } from '../../helpers/snapshot';
import { errorsOf } from '../../helpers/checkSpecs';

const rows: Scalar[][] = [
  ['KẾT QUẢ XẾP LOẠI CÁC XÃ GIAI ĐOẠN 2019 - 2021'],
  [],
  ['Năm', 'Xã Hòa Sơn', 'Xã Minh Sơn', 'Xã Tân Lập', 'Xã Đông Hòa', 'Xã Yên Bình'],
  [2019, 'HTXSNV', 'HTTNV', 'HTTNV', 'HTNV', 'KHTNV'],
  ['Năm 2020', 'HTTNV', 'HTTNV', 'Khá', 'HTTNV', ''],
  ['2021', 'Hoàn thành tốt nhiệm vụ', 'HTXSNV', 'HTNV', 'HTNV', 'HTTNV'],
];

function check(data: Scalar[][] = rows) {
  return checkWorkbook(snapshotOf({ name: 'Theo xã', rows: data }));
}

describe('a list with its units across and a row per year', () => {
  it('is one table whose rows are the years, each counted on its own', () => {
    const { report } = check();
    const counts = report.results.ratings
      .filter((r) => r.source === 'list')
      .map((r) => [r.year, r.counts, r.total]);
    expect(counts).toEqual([
      [2019, { excellent: 1, good: 2, pass: 1, fail: 1 }, 5],
      [2020, { excellent: 0, good: 3, pass: 0, fail: 0 }, 5],
      [2021, { excellent: 1, good: 2, pass: 2, fail: 0 }, 5],
    ]);
  });

  it('reports a cell that is no grade and a blank one at their own cells, and nothing else', () => {
    const { report } = check();
    expect(errorsOf(report)).toEqual(['grade.unknown D5']);
    const blank = report.issues.filter((i) => i.rule === 'grade.blank').map((i) => i.cell);
    expect(blank).toEqual(['F5']);
  });

  it('writes each year as a count over its own row of the units', () => {
    const { model } = check();
    const list = model.lists.find((l) => l.year === 2019)!;
    const formula = countFormula(list, countedRuns(list), levelCriteria(list, 'good'));
    expect(formula).toMatch(/^SUMPRODUCT\(COUNTIFS\('Theo xã'!\$B\$4:\$F\$4,\{/);
  });

  it('is read with a running number before each year and a row numbering the columns', () => {
    const { report } = check([
      ['KẾT QUẢ XẾP LOẠI CÁC XÃ'],
      ['STT', 'Năm', 'Xã Hòa Sơn', 'Xã Minh Sơn', 'Xã Tân Lập', 'Xã Yên Bình'],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'],
      [1, 2022, 'HTTNV', 'HTTNV', 'HTNV', 'HTXSNV'],
      [2, 2023, 'HTTNV', 'HTXSNV', 'HTTNV', 'HTTNV'],
    ]);
    expect(errorsOf(report)).toEqual([]);
    const got = report.results.ratings.filter((r) => r.source === 'list');
    expect(got.map((r) => [r.year, r.counts.good, r.total])).toEqual([
      [2022, 2, 4],
      [2023, 3, 4],
    ]);
  });

  it('leaves a unit per row with its grades across the years as it was', () => {
    const { report } = check([
      ['KẾT QUẢ XẾP LOẠI'],
      ['TT', 'Tên tổ chức cơ sở đảng', '2019', '2020', '2021'],
      [1, 'Đảng bộ xã Hòa Sơn', 'HTXSNV', 'HTTNV', 'HTTNV'],
      [2, 'Đảng bộ xã Minh Sơn', 'HTTNV', 'HTNV', 'HTTNV'],
      [3, 'Đảng bộ xã Tân Lập', 'HTNV', 'HTTNV', 'KHTNV'],
    ]);
    const years = report.results.ratings.filter((r) => r.source === 'list').map((r) => r.total);
    expect(years).toEqual([3, 3, 3]);
  });
});
