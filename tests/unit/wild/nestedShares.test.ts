/**
 * Shares of several grades together in a summary (round 4, nested-shares): "Tỷ lệ HTT trở lên
 * (%)" is excellent and good over all, "Trong đó HTXS (%)" excellent over all (or over the good
 * and above); each is checked like any typed share, within its rounding.
 */
import type { Scalar } from '../../../src/core/model/snapshot';
import { checkSpecs as check, errorsOf as errors } from '../../helpers/checkSpecs';

/** Lines of [commune, total, HTXS, HTT, HT, KHT]; shares computed unless given. */
const LINES: [string, number, number, number, number, number][] = [
  ['Đảng bộ xã Hòa Bình', 12, 2, 7, 2, 1],
  ['Đảng bộ xã Tân Lập', 9, 1, 6, 2, 0],
  ['Đảng bộ xã Đông Sơn', 15, 3, 9, 3, 0],
];
const pct = (n: number, d: number) => Math.round((n / d) * 10000) / 100;

function summary(
  shares: (line: (typeof LINES)[number], i: number) => [Scalar, Scalar],
  heads = ['Tỷ lệ HTT trở lên (%)', 'Trong đó HTXS (%)'],
): Scalar[][] {
  return [
    ['TỶ LỆ CHI BỘ HOÀN THÀNH TỐT NHIỆM VỤ TRỞ LÊN NĂM 2022'],
    [],
    ['STT', 'Đảng bộ xã', 'Tổng số chi bộ', 'HTXSNV', 'HTTNV', 'HTNV', 'KHTNV', ...heads],
    ...LINES.map((l, i) => [i + 1, ...l, ...shares(l, i)]),
  ];
}
const right = ([, n, x, g]: (typeof LINES)[number]): [number, number] => [pct(x + g, n), pct(x, n)];

function shareFindings(report: ReturnType<typeof check>): string[] {
  return report.issues
    .filter((i) => i.rule === 'percent.mismatch')
    .map((i) => `${i.cell} ${/but (\d+\/\d+)/.exec(i.messages.en)?.[1]}`);
}

describe('a summary with nested shares', () => {
  it('accepts shares that are right, "of which" over all or over the good and above', () => {
    const overAll = check({ name: 'TH 2022', rows: summary((l) => right(l)) });
    expect(shareFindings(overAll)).toEqual([]);
    expect(errors(overAll)).toEqual([]);
    const overWider = check({
      name: 'TH 2022',
      rows: summary(([, n, x, g]) => [pct(x + g, n), pct(x, x + g)]),
    });
    expect(shareFindings(overWider)).toEqual([]);
  });

  it.each([
    ['good and above', 0, 'H5 7/9'],
    ['of which excellent', 1, 'I5 1/9'],
  ])('flags a %s share typed 8 points off', (_, k, found) => {
    const rows = summary((l, i) => {
      const s = right(l);
      if (i === 1) s[k] = (s[k] as number) > 50 ? (s[k] as number) - 8 : (s[k] as number) + 8;
      return s;
    });
    expect(shareFindings(check({ name: 'TH 2022', rows }))).toEqual([found]);
  });

  it('reads shares typed as fractions formatted %', () => {
    const rows = summary((l, i) => {
      const [a, b] = right(l).map((v) => v / 100) as [number, number];
      return i === 2 ? [a - 0.08, b] : [a, b];
    });
    const formats: Record<string, string> = {};
    for (const r of [4, 5, 6]) for (const c of 'HI') formats[`${c}${r}`] = '0.00%';
    expect(shareFindings(check({ name: 'TH 2022', rows, formats }))).toEqual(['H6 12/15']);
  });

  it('leaves alone a share whose grade it cannot name', () => {
    const rows = summary((l) => right(l), ['Tỷ lệ đạt chuẩn (%)', 'Trong đó khá (%)']);
    expect(shareFindings(check({ name: 'TH 2022', rows }))).toEqual([]);
  });
});
