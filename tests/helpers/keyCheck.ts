import { readFileSync } from 'node:fs';
import { checkWorkbook } from '../../src/core/engine';
import type { WorkbookSnapshot } from '../../src/core/model/snapshot';
import { settingsForWorkbook } from '../../src/core/plan/settingCells';
import type { FileReport } from '../../src/core/report/types';
import { readXlsxFile } from '../../src/hosts/xlsx/read/readXlsxFile';

export interface Key {
  issues: { rule: string; sheet: string; cell?: string; row?: number }[];
  ratings: Record<string, { scheme: string; sheet: string; counts: Record<string, number> }>;
  meetings: {
    sheet: string;
    row: number;
    year: number;
    regular: number;
    thematicByQuarter: (number | null)[];
    compliant: boolean | null;
  }[];
}

/**
 * Holds the engine to a workbook's key: every keyed defect found at its cell (or row), every
 * year counted right, every register row right. `prepare` may adjust the snapshot first.
 */
export function describeKey(
  title: string,
  xlsx: string,
  keyFile: string,
  prepare: (snapshot: WorkbookSnapshot, key: Key) => void = () => undefined,
): { report: () => FileReport } {
  const key = JSON.parse(readFileSync(keyFile, 'utf8')) as Key;
  let report: FileReport;
  describe(title, () => {
    beforeAll(async () => {
      const snapshot = await readXlsxFile(xlsx);
      prepare(snapshot, key);
      report = checkWorkbook(snapshot, settingsForWorkbook(snapshot), xlsx).report;
    });

    it.each(
      key.issues.map((i) => [`${i.rule} ${i.sheet}!${i.cell ?? `row ${i.row}`}`, i] as const),
    )('finds %s', (_name, expected) => {
      const found = report.issues.find(
        (f) =>
          f.rule === expected.rule &&
          f.sheet === expected.sheet &&
          (expected.cell ? f.cell === expected.cell : f.row === expected.row),
      );
      expect(found).toBeDefined();
      expect(found!.messages.vi.length).toBeGreaterThan(10);
      expect(found!.messages.en.length).toBeGreaterThan(10);
    });

    it.each(Object.entries(key.ratings))('counts %s from its list', (year, expected) => {
      const got = report.results.ratings.filter(
        (r) => r.source === 'list' && r.year === Number(year) && r.subject === 'organization',
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

    it('reports no error the key does not explain', () => {
      const keyed = new Set(key.issues.map((i) => `${i.rule}/${i.sheet}`));
      // A summary line also disagrees with a list that has a blank or unknown grade.
      for (const i of key.issues)
        if (i.rule === 'summary.list-mismatch') keyed.add(`${i.rule}/${i.sheet}`);
      const unexplained = report.issues
        .filter((f) => f.severity === 'error' && !keyed.has(`${f.rule}/${f.sheet}`))
        .map((f) => `${f.rule} ${f.sheet}!${f.cell}`);
      expect(unexplained).toEqual([]);
    });
  });
  return { report: () => report };
}
