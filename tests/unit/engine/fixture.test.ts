import { resolve } from 'node:path';
import { describeKey } from '../../helpers/keyCheck';

const FIXTURES = resolve(__dirname, '../../../../shared/fixtures');

const fixture = describeKey(
  'the board fixture (board-2017-2021.xlsx) against its key',
  `${FIXTURES}/board-2017-2021.xlsx`,
  `${FIXTURES}/board-2017-2021.key.json`,
);

describe('the board fixture, beyond its key', () => {
  it('recognizes every sheet as the table it is, with the two-row header of the summary', () => {
    const report = fixture.report();
    expect(Object.fromEntries(report.tables.map((t) => [t.sheet, t.kind]))).toEqual({
      'Năm 2017': 'rating-list',
      'Năm 2018': 'rating-list',
      'Năm 2019': 'rating-list',
      'Năm 2020': 'rating-list',
      'Năm 2021': 'rating-list',
      'Tổng hợp': 'rating-summary',
      'Sinh hoạt chi bộ': 'meeting-register',
    });
    expect(report.tables.find((t) => t.kind === 'rating-summary')!.headerRows).toEqual([3, 4]);
  });

  it('states the summary figures as a second source beside the lists', () => {
    const summary2020 = fixture
      .report()
      .results.ratings.find((r) => r.source === 'summary' && r.year === 2020);
    expect(summary2020?.counts).toEqual({ excellent: 11, good: 42, pass: 5, fail: 0 });
    expect(summary2020?.total).toBe(58);
  });
});

describe('the board fixture read without merged areas (Excel before ExcelApi 1.13)', () => {
  it('is understood the same: a blank cell under a group label takes the label on its left', async () => {
    const { readXlsxFile } = await import('../../../src/hosts/xlsx/read/readXlsxFile');
    const { checkWorkbook } = await import('../../../src/core/engine');
    const withMerges = await readXlsxFile(`${FIXTURES}/board-2017-2021.xlsx`);
    const without = await readXlsxFile(`${FIXTURES}/board-2017-2021.xlsx`);
    for (const s of without.sheets) s.merges = [];
    const a = checkWorkbook(withMerges).report;
    const b = checkWorkbook(without).report;
    expect(b.issues.map((f) => `${f.rule} ${f.sheet}!${f.cell}`)).toEqual(
      a.issues.map((f) => `${f.rule} ${f.sheet}!${f.cell}`),
    );
    expect(b.tables.find((t) => t.kind === 'rating-summary')!.headerRows).toEqual([3, 4]);
  });
});
