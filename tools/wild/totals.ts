/** Adds case scores up per family. */
import type { CaseScore } from './score';

export interface FamilyTotals {
  files: number;
  yearsKeyed: number;
  yearsRight: number;
  defectsKeyed: number;
  defectsFound: number;
  meetingsKeyed: number;
  meetingsRight: number;
  falseErrors: number;
  filesWithFalseErrors: number;
  crashes: number;
  /** Failure examples printed so far. */
  shown: number;
}

/** Totals with nothing counted yet. */
export function zeroTotals(): FamilyTotals {
  return {
    files: 0,
    yearsKeyed: 0,
    yearsRight: 0,
    defectsKeyed: 0,
    defectsFound: 0,
    meetingsKeyed: 0,
    meetingsRight: 0,
    falseErrors: 0,
    filesWithFalseErrors: 0,
    crashes: 0,
    shown: 0,
  };
}

export function tallyScores(
  totals: Map<string, FamilyTotals>,
  family: string,
  s: CaseScore | null,
): FamilyTotals {
  let t = totals.get(family);
  if (!t) {
    t = zeroTotals();
    totals.set(family, t);
  }
  t.files++;
  if (!s) {
    t.crashes++;
    return t;
  }
  t.yearsKeyed += s.yearsKeyed;
  t.yearsRight += s.yearsRight;
  t.defectsKeyed += s.defectsKeyed;
  t.defectsFound += s.defectsFound;
  t.meetingsKeyed += s.meetingsKeyed;
  t.meetingsRight += s.meetingsRight;
  t.falseErrors += s.falseErrors.length;
  if (s.falseErrors.length > 0) t.filesWithFalseErrors++;
  return t;
}
