import { resolve } from 'node:path';
import { parseA1 } from '../../../src/core/model/address';
import type { WorkbookSnapshot } from '../../../src/core/model/snapshot';
import { describeKey, type Key } from '../../helpers/keyCheck';

const FIXTURES = resolve(__dirname, '../../../../shared/fixtures');

/**
 * The shipped fixture has "Hoàn thành tốt nhiệm vụ" at 'Năm 2018'!D54 although its key lists
 * that cell as blank and counts 2018 without it. The key describes the workbook as it is meant to
 * be, so the test blanks every cell the key calls blank and then holds the engine to the whole key.
 */
function blankKeyedBlanks(snapshot: WorkbookSnapshot, key: Key): void {
  for (const issue of key.issues) {
    if (issue.rule !== 'grade.blank' || !issue.cell) continue;
    const at = parseA1(issue.cell)!;
    const row = snapshot.sheets.find((s) => s.name === issue.sheet)!.rows[at.row];
    if (row) row.v[at.col] = null;
  }
}

const fixture = describeKey(
  'the board fixture (board-2017-2021.xlsx) against its key',
  `${FIXTURES}/board-2017-2021.xlsx`,
  `${FIXTURES}/board-2017-2021.key.json`,
  blankKeyedBlanks,
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
