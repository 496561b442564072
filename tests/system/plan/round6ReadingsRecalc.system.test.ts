/**
 * Written formulas against the engine on generated "wild" layouts: every formula Bảng Kiểm writes
 * (counts and shares of grades, meetings held, months without records, quarters, verdicts, the
 * yearly block) is recalculated by LibreOffice and must show the value the engine computed. The
 * round 6 families, and the families whose readings the formulas once missed: years typed as
 * text, quarter cells holding dates, counts typed as text and days with dots, attendance "0/31",
 * registers without a commune column (pilot shares), half-year sheets, a minute book's index whose
 * thematic meetings are known by "SHCĐ" in their content, days typed "05", grades pasted from
 * Word with a line break.
 */
import { FAMILIES } from '../../../tools/wild/families';
import { ROUND6_FAMILIES } from '../../../tools/wild/families/round6';
import { generateCase } from '../../../tools/wild/generate';
import { recalcAgreement } from '../../helpers/recalcPlan';
import { requireLibreOffice } from '../../helpers/libreOffice';

const READINGS = [
  'ascii-export',
  'text-export',
  'member-years-export',
  'register-quarter-dates',
  'register-date-forms',
  'register-half-year-sheets',
  'register-fraction',
  'register-attendance',
  'register-marks',
  'log-minutes-index',
  'meeting-log',
  'register-day-numbers',
  'word-paste',
];
const SEED = 7;

describe('formulas written on wild layouts, recalculated by LibreOffice', () => {
  jest.setTimeout(900_000);

  it('give the engine’s value in every cell', async () => {
    requireLibreOffice();
    const names = [...ROUND6_FAMILIES.map((f) => f.name), ...READINGS];
    const files = [];
    for (const name of names) {
      const at = FAMILIES.findIndex((f) => f.name === name);
      expect(at).toBeGreaterThanOrEqual(0);
      // Two workbooks of each family: its variants differ in what they type where.
      for (const k of [0, 1]) {
        const c = await generateCase(SEED, at + k * FAMILIES.length);
        files.push({ name: c.name, bytes: c.bytes });
      }
    }
    const result = recalcAgreement(files);
    expect(result.formulas).toBeGreaterThan(1000);
    expect(result.longestFormula).toBeLessThanOrEqual(8192);
    expect(result.disagreements.slice(0, 5)).toEqual([]);
    expect(result.agreeing).toBe(result.formulas);
  });
});
