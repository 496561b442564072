/**
 * A list and a summary in one row (wild family committee-with-cell-counts): each đảng bộ's own
 * grade, then the number of its party cells and their counts per grade, under a "Tổng cộng" line.
 * Two tables over the same rows: the list of đảng bộ, and the summary of their cells.
 */
import type { Scalar } from '../../../src/core/model/snapshot';
import { checkSpecs as check, errorsOf as errors } from '../../helpers/checkSpecs';

type Row = [string, string, number, number[]];

function sheet(rows: Row[], total?: (number | null)[]) {
  const sums = [0, 0, 0, 0, 0];
  for (const [, , n, counts] of rows) {
    sums[0]! += n;
    counts.forEach((v, k) => (sums[k + 1]! += v));
  }
  const body: Scalar[][] = rows.map(([name, grade, n, counts], i) => [
    i + 1,
    name,
    grade,
    n,
    ...counts,
    '',
  ]);
  return {
    name: 'Tổng hợp 2024',
    rows: [
      ['KẾT QUẢ XẾP LOẠI ĐẢNG BỘ CƠ SỞ VÀ CHI BỘ TRỰC THUỘC'],
      ['(Năm 2024)'],
      [
        'STT',
        'Tên đảng bộ cơ sở',
        'Xếp loại đảng bộ',
        'Số chi bộ trực thuộc',
        'Xếp loại chi bộ trực thuộc',
        null,
        null,
        null,
        'Ghi chú',
      ],
      [null, null, null, null, 'HTXSNV', 'HTTNV', 'HTNV', 'KHTNV', null],
      ...body,
      [null, 'Tổng cộng', null, ...(total ?? sums)],
    ] as Scalar[][],
    merges: ['E3:H3', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'I3:I4'],
  };
}

const rows: Row[] = [
  ['Đảng bộ phường Tam Thanh', 'Hoàn thành xuất sắc nhiệm vụ', 18, [1, 13, 4, 0]],
  ['Đảng bộ phường Đông Kinh', 'Hoàn thành tốt nhiệm vụ', 18, [5, 12, 1, 0]],
  ['Đảng bộ xã Hữu Lũng', 'Hoàn thành tốt nhiệm vụ', 27, [4, 21, 0, 2]],
  ['Đảng bộ xã Tân Thành', 'Hoàn thành nhiệm vụ', 21, [4, 14, 2, 1]],
];

describe('a đảng bộ graded beside the counts of its party cells', () => {
  it('is a list of đảng bộ and a summary of their cells', () => {
    const report = check(sheet(rows));
    expect(errors(report)).toEqual([]);
    const list = report.results.ratings.filter((r) => r.source === 'list');
    expect(list).toHaveLength(1);
    expect(list[0]!.year).toBe(2024);
    expect(list[0]!.counts).toEqual({ excellent: 1, good: 2, pass: 1, fail: 0 });
    expect(list[0]!.total).toBe(4);
    // The cells' summary is of another subject: never held against the list of đảng bộ.
    const cells = report.results.ratings.filter((r) => r.source === 'summary');
    expect(cells.map((c) => [c.subject, c.counts, c.total])).toEqual([
      ['cell', { excellent: 14, good: 60, pass: 7, fail: 3 }, 84],
    ]);
  });

  it("finds a row's wrong number of cells, and the total line carrying it", () => {
    const bad = rows.map((r): Row => [...r]);
    bad[1]![2] = 20;
    const report = check(sheet(bad));
    expect(errors(report)).toEqual(['total.mismatch D6', 'total.mismatch D9']);
  });

  it('finds a total line whose count differs from the rows above it', () => {
    const report = check(sheet(rows, [84, 15, 59, 7, 3]));
    expect(errors(report)).toEqual(['total.mismatch E9', 'total.mismatch F9']);
  });
});

describe('the cells counted with their shares per grade', () => {
  const sheetWith = (goodShareOfB: number) => ({
    name: 'TH 2024',
    rows: [
      ['KẾT QUẢ XẾP LOẠI ĐẢNG BỘ CƠ SỞ VÀ CHI BỘ TRỰC THUỘC NĂM 2024'],
      [
        'STT',
        'Tên đảng bộ',
        'Xếp loại đảng bộ',
        'Số chi bộ',
        'HTXSNV',
        null,
        'HTTNV',
        null,
        'HTNV',
        null,
        'KHTNV',
        null,
      ],
      [null, null, null, null, 'SL', '%', 'SL', '%', 'SL', '%', 'SL', '%'],
      [1, 'Đảng bộ xã A', 'HTXSNV', 10, 2, 20, 6, 60, 2, 20, 0, 0],
      [2, 'Đảng bộ xã B', 'HTTNV', 10, 1, 10, 7, goodShareOfB, 1, 10, 1, 10],
      [3, 'Đảng bộ xã C', 'HTTNV', 20, 5, 25, 15, 75, 0, 0, 0, 0],
      [null, 'Tổng cộng', null, 40, 8, 20, 28, 70, 3, 7.5, 1, 2.5],
    ] as Scalar[][],
    merges: ['E2:F2', 'G2:H2', 'I2:J2', 'K2:L2', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3'],
  });

  it('is a list of đảng bộ and a summary of their cells, shares checked', () => {
    const clean = check(sheetWith(70));
    expect(errors(clean)).toEqual([]);
    expect(clean.results.ratings.map((r) => [r.source, r.subject, r.counts])).toEqual([
      ['list', 'organization', { excellent: 1, good: 2, pass: 0, fail: 0 }],
      ['summary', 'cell', { excellent: 8, good: 28, pass: 3, fail: 1 }],
    ]);
    const off = check(sheetWith(60));
    expect(errors(off)).toEqual([]);
    expect(off.issues.filter((i) => i.rule === 'percent.mismatch').map((i) => i.cell)).toEqual([
      'H5',
    ]);
  });
});
