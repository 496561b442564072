/**
 * In the manner of ESLint's RuleTester: a rule's test file is a table of workbooks. Each is
 * written as a real .xlsx, read back through readXlsx and checked by the job (the workbook's own
 * settings sheet, then the case's overrides), so a case runs the whole path from file to finding.
 * Valid cases must raise nothing of the rule; invalid ones exactly the findings listed, in order.
 */
import { checkJob } from '../../src/core/job';
import type { FileReport, Severity } from '../../src/core/report/types';
import { ruleById } from '../../src/core/rules';
import { readXlsx } from '../../src/hosts/xlsx/read/readXlsx';

export interface RuleCase {
  name: string;
  /** The .xlsx file's bytes (xlsxOf, withSettingsRows). */
  workbook: Uint8Array;
  /** Settings the caller imposes over the workbook's own, as a settings file or the pane would. */
  settings?: unknown;
  /**
   * False when the workbook holds no table the checks read. Otherwise a valid case must be
   * recognized, and with confidence: silence because nothing was read proves nothing.
   */
  recognized?: false;
}

export interface ExpectedFinding {
  /** Sheet name, or null for the workbook. */
  sheet: string | null;
  /** A1 address of the finding's cell; or `row` (1-based) for a finding about a whole row. */
  cell?: string;
  row?: number;
  /** Key facts the message states in Vietnamese and in English (each a substring). */
  vi: string[];
  en: string[];
}

export interface InvalidCase extends RuleCase {
  findings: ExpectedFinding[];
}

/** The report a workbook gives, read and checked as a host would. */
function reportOf(c: RuleCase): FileReport {
  return checkJob(readXlsx(c.workbook), { overrides: c.settings }).check.report;
}

export function testRule(
  id: string,
  cases: { severity: Severity; valid: RuleCase[]; invalid: InvalidCase[] },
): void {
  const rule = ruleById(id);
  describe(`rule ${id}`, () => {
    it('is registered with its metadata and severity', () => {
      expect(rule?.meta.id).toBe(id);
      expect(rule?.meta.severity).toBe(cases.severity);
      expect(rule?.meta.message.vi).toBeTruthy();
      expect(rule?.meta.message.en).toBeTruthy();
    });
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        const report = reportOf(c);
        expect(report.issues.filter((f) => f.rule === id)).toEqual([]);
        if (c.recognized === false) return;
        expect(report.tables.length).toBeGreaterThan(0);
        if (id !== 'table.uncertain') {
          expect(report.issues.filter((f) => f.rule === 'table.uncertain')).toEqual([]);
        }
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const found = reportOf(c).issues.filter((f) => f.rule === id);
        // Where each finding is: its cell, or its row when the case says "row".
        expect(
          found.map((f, i) => ({
            sheet: f.sheet,
            ...(c.findings[i]?.row !== undefined ? { row: f.row } : { cell: f.cell }),
          })),
        ).toEqual(
          c.findings.map((x) => ({
            sheet: x.sheet,
            ...(x.row !== undefined ? { row: x.row } : { cell: x.cell }),
          })),
        );
        found.forEach((f, i) => {
          const want = c.findings[i]!;
          expect(f.rule).toBe(id);
          expect(f.severity).toBe(cases.severity);
          expect(f.messages.vi).not.toMatch(/\{\w+\}/);
          expect(f.messages.en).not.toMatch(/\{\w+\}/);
          for (const fact of want.vi) expect(f.messages.vi).toContain(fact);
          for (const fact of want.en) expect(f.messages.en).toContain(fact);
        });
      });
    }
  });
}
