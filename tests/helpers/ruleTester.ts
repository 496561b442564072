import { checkWorkbook } from '../../src/core/engine';
import type { WorkbookSnapshot } from '../../src/core/model/snapshot';
import { ruleById } from '../../src/core/rules';
import { resolveSettings } from '../../src/core/settings';

export interface RuleCase {
  name: string;
  workbook: WorkbookSnapshot;
  settings?: unknown;
}

export interface InvalidCase extends RuleCase {
  /** Exactly the findings of this rule the case must produce, by sheet and cell (or row). */
  findings: { sheet: string; cell?: string; row?: number }[];
}

/**
 * In the manner of ESLint's RuleTester: valid cases give no finding of the rule, invalid cases
 * give exactly the listed ones, each with a message in both languages.
 */
export function testRule(id: string, cases: { valid: RuleCase[]; invalid: InvalidCase[] }): void {
  const rule = ruleById(id);
  describe(`rule ${id}`, () => {
    it('is registered with its metadata', () => {
      expect(rule?.meta.id).toBe(id);
      expect(rule?.meta.message.vi).toBeTruthy();
      expect(rule?.meta.message.en).toBeTruthy();
    });
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        const { report } = checkWorkbook(c.workbook, resolveSettings(c.settings));
        expect(report.issues.filter((f) => f.rule === id)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const { report } = checkWorkbook(c.workbook, resolveSettings(c.settings));
        const found = report.issues.filter((f) => f.rule === id);
        expect(
          found.map((f) => ({
            sheet: f.sheet,
            ...(c.findings.some((x) => x.row) ? { row: f.row } : { cell: f.cell }),
          })),
        ).toEqual(c.findings);
        for (const f of found) {
          expect(f.severity).toBe(rule!.meta.severity);
          expect(f.messages.vi).not.toMatch(/\{\w+\}/);
          expect(f.messages.en).not.toMatch(/\{\w+\}/);
        }
      });
    }
  });
}
