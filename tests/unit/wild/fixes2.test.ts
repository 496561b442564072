/** One test per engine fix that round 2 of the wild layouts (tools/wild/families/round2.ts) exposed. */
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

describe('a register whose thematic quarters are marked like its months', () => {
  const months = (mark: string) => Array.from({ length: 12 }, () => mark);
  const rows: Scalar[][] = [
    ['THEO DÕI SINH HOẠT CHI BỘ NĂM 2022'],
    [
      'STT',
      'Tên chi bộ',
      ...months('').map((_, i) => `T${i + 1}`),
      'SHCĐ Q1',
      'SHCĐ Q2',
      'SHCĐ Q3',
      'SHCĐ Q4',
    ],
    [1, 'Chi bộ thôn A', ...months('√'), '√', '√', '√', '√'],
    [2, 'Chi bộ thôn B', ...months('Có'), 'Có', 'Không', 'Có', 'Có'],
    [3, 'Chi bộ thôn C', ...months('Đ'), 'Đ', 'Đ', 'K', 'Đ'],
  ];

  it('reads a held mark as one meeting and a not-held word as none, raising no error', () => {
    const report = check({ name: 'SHCB 2022', rows });
    expect(errors(report)).toEqual([]);
    const got = report.results.meetings.map((m) => [m.regular, m.compliant]);
    expect(got).toEqual([
      [12, true],
      [12, false],
      [12, false],
    ]);
  });
});
