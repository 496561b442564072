import { checkWorkbook } from '../../../src/core/engine';
import { resolveSettings } from '../../../src/core/settings';
import { snapshotOf, type SheetSpec } from '../../helpers/snapshot';

/**
 * A summary on its side with parts across: the grades down, one column per kind of organization
 * or per commune, and a "Tổng số" column (Biểu 7A-TCTW, a province's summary of its communes).
 * Each part is a share of the year, not the year: only the total column is compared with the
 * year's list, and the total column is checked against its parts row by row.
 */
function check(...specs: SheetSpec[]) {
  return checkWorkbook(snapshotOf(...specs), resolveSettings({})).report;
}
const errors = (report: ReturnType<typeof check>) =>
  report.issues.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.cell ?? f.row}`);

const GRADES = [
  'Hoàn thành xuất sắc nhiệm vụ',
  'Hoàn thành tốt nhiệm vụ',
  'Hoàn thành nhiệm vụ',
  'Không hoàn thành nhiệm vụ',
];
const KINDS = ['Xã', 'Cơ quan', 'Doanh nghiệp'];
/** Grades of the list's 12 units, three of each kind in turn (Xã, Cơ quan, Doanh nghiệp). */
const UNIT_GRADES = [0, 1, 1, 1, 2, 1, 1, 0, 1, 2, 1, 3];

function list(): SheetSpec {
  return {
    name: 'DS 2024',
    rows: [
      ['DANH SÁCH XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2024'],
      [],
      ['STT', 'Tên tổ chức cơ sở đảng', 'Loại hình', 'Xếp loại'],
      ...UNIT_GRADES.map((g, i) => [
        i + 1,
        `${['Đảng bộ xã', 'Chi bộ cơ quan', 'Chi bộ Công ty'][i % 3]} ${['An', 'Bình', 'Hòa', 'Lạc'][Math.floor(i / 3)]}`,
        KINDS[i % 3]!,
        GRADES[g]!,
      ]),
    ],
  };
}

/** Counts per grade (rows) and kind (columns) of the list above; `total` first or last. */
function byKind(totalFirst: boolean, edit?: (rows: number[][]) => void): SheetSpec {
  const rows = GRADES.map((_, g) =>
    KINDS.map((_, k) => UNIT_GRADES.filter((x, i) => x === g && i % 3 === k).length),
  );
  const withTotal = rows.map((r) => {
    const t = r.reduce((a, b) => a + b, 0);
    return totalFirst ? [t, ...r] : [...r, t];
  });
  edit?.(withTotal);
  const head = totalFirst ? ['Tổng số', ...KINDS] : [...KINDS, 'Cộng'];
  return {
    name: 'TH loai hinh',
    rows: [
      ['TỔNG HỢP KẾT QUẢ XẾP LOẠI NĂM 2024 THEO LOẠI HÌNH'],
      [],
      ['Mức xếp loại', ...head],
      ...withTotal.map((r, g) => [GRADES[g]!, ...r]),
    ],
  };
}

describe('a summary with kinds of organization across and a total column', () => {
  it.each([
    ['first', true],
    ['last', false],
  ])('agrees with the list through its total column (total %s)', (_, first) => {
    const report = check(list(), byKind(first));
    expect(errors(report)).toEqual([]);
    // One result for the year from the summary: the total column, not one per kind.
    const fromSummary = report.results.ratings.filter((r) => r.source === 'summary');
    expect(fromSummary).toMatchObject([
      { year: 2024, counts: { excellent: 2, good: 7, pass: 2, fail: 1 } },
    ]);
  });

  it('says which row of the total column its parts do not add up to', () => {
    // "Hoàn thành tốt" (row 5): the kinds give 7, the total column says 8.
    const report = check(
      byKind(true, (rows) => {
        rows[1]![0] = 8;
      }),
    );
    expect(errors(report)).toEqual(['total.mismatch B5']);
    const finding = report.issues.find((f) => f.rule === 'total.mismatch')!;
    expect(finding.message).toContain('7');
    expect(finding.message).toContain('8');
  });

  it('says nothing of columns that never add up to the total (overlapping groups)', () => {
    const report = check(
      byKind(true, (rows) => {
        for (const r of rows) r[1] = r[0]!; // "Xã" copies the total on every row
      }),
    );
    expect(errors(report)).toEqual([]);
  });
});

describe('years across, each with its parts named on a row under the year ("Năm 2023" over "Đảng bộ xã | Chi bộ cơ quan | Tổng số")', () => {
  // Per year and grade: [Đảng bộ xã, Chi bộ cơ quan]; the total column adds them.
  const DATA: Record<number, [number, number][]> = {
    2023: [
      [2, 1],
      [10, 6],
      [3, 2],
      [1, 0],
    ],
    2024: [
      [3, 1],
      [9, 7],
      [2, 1],
      [0, 0],
    ],
  };
  function sheet(totalOf = (a: number, b: number) => a + b): SheetSpec {
    const years = [2023, 2024];
    return {
      name: 'So sanh',
      merges: ['A3:A4', 'B3:D3', 'E3:G3'],
      rows: [
        ['SO SÁNH KẾT QUẢ XẾP LOẠI TCCSĐ 2023 - 2024'],
        [],
        ['Mức xếp loại', 'Năm 2023', null, null, 'Năm 2024'],
        [null, ...years.flatMap(() => ['Đảng bộ xã', 'Chi bộ cơ quan', 'Tổng số'])],
        ...GRADES.map((g, i) => [
          g,
          ...years.flatMap((y) => {
            const [a, b] = DATA[y]![i]!;
            return [a, b, totalOf(a, b)];
          }),
        ]),
      ],
    };
  }

  it('gives each year once, from its total column', () => {
    const report = check(sheet());
    expect(errors(report)).toEqual([]);
    expect(report.results.ratings).toMatchObject([
      { year: 2023, counts: { excellent: 3, good: 16, pass: 5, fail: 1 } },
      { year: 2024, counts: { excellent: 4, good: 16, pass: 3, fail: 0 } },
    ]);
    expect(report.results.ratings).toHaveLength(2);
  });

  it('flags the total that is not its parts', () => {
    // 2024's "Hoàn thành tốt" total (G6) typed 17 where its parts give 16.
    const report = check(sheet((a, b) => (a === 9 && b === 7 ? 17 : a + b)));
    expect(errors(report)).toEqual(['total.mismatch G6']);
  });
});
