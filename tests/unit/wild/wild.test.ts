/**
 * A small wild set (tools/wild: layouts written without reading the engine), checked through the
 * public path, held to the floor the engine reaches. Two workbooks of each family, fixed seed.
 */
import { checkBytes } from '../../../tools/wild/check';
import { FAMILIES } from '../../../tools/wild/families';
import { ROUND2_FAMILIES } from '../../../tools/wild/families/round2';
import { ROUND3_FAMILIES } from '../../../tools/wild/families/round3';
import { ROUND4_FAMILIES } from '../../../tools/wild/families/round4';
import { ROUND5_FAMILIES } from '../../../tools/wild/families/round5';
import { ROUND6_FAMILIES } from '../../../tools/wild/families/round6';
import { ROUND7_FAMILIES } from '../../../tools/wild/families/round7';
import { ROUND8_FAMILIES } from '../../../tools/wild/families/round8';
import { ROUND9_FAMILIES } from '../../../tools/wild/families/round9';
import { generateCase } from '../../../tools/wild/generate';
import { scoreReport, type CaseScore } from '../../../tools/wild/score';

const SEED = 20261203;
const PER_FAMILY = 2;

interface Outcome {
  name: string;
  family: string;
  score: CaseScore | null;
  crash?: string;
}

let outcomes: Outcome[] = [];

beforeAll(async () => {
  outcomes = [];
  for (let i = 0; i < FAMILIES.length * PER_FAMILY; i++) {
    const c = await generateCase(SEED, i);
    try {
      outcomes.push({
        name: c.name,
        family: c.key.family,
        score: scoreReport(c.key, checkBytes(c.bytes, c.name)),
      });
    } catch (e) {
      outcomes.push({ name: c.name, family: c.key.family, score: null, crash: String(e) });
    }
  }
}, 120_000);

const ROUND2 = new Set(ROUND2_FAMILIES.map((f) => f.name));
const ROUND3 = new Set(ROUND3_FAMILIES.map((f) => f.name));
const ROUND4 = new Set(ROUND4_FAMILIES.map((f) => f.name));
const ROUND5 = new Set(ROUND5_FAMILIES.map((f) => f.name));
const ROUND6 = new Set(ROUND6_FAMILIES.map((f) => f.name));
const ROUND7 = new Set(ROUND7_FAMILIES.map((f) => f.name));
const ROUND8 = new Set(ROUND8_FAMILIES.map((f) => f.name));
const ROUND9 = new Set(ROUND9_FAMILIES.map((f) => f.name));
/** Rounds 3 to 9 are held to no crash and no false error; their known gaps are in docs/wild-layouts.md. */
type Round = 'rounds 1-2' | 'round1' | 'round2';

function roundOf(
  family: string,
):
  'round1' | 'round2' | 'round3' | 'round4' | 'round5' | 'round6' | 'round7' | 'round8' | 'round9' {
  if (ROUND9.has(family)) return 'round9';
  if (ROUND8.has(family)) return 'round8';
  if (ROUND7.has(family)) return 'round7';
  if (ROUND6.has(family)) return 'round6';
  if (ROUND5.has(family)) return 'round5';
  if (ROUND4.has(family)) return 'round4';
  return ROUND3.has(family) ? 'round3' : ROUND2.has(family) ? 'round2' : 'round1';
}

function sum(pick: (s: CaseScore) => number, round: Round = 'rounds 1-2'): number {
  return outcomes
    .filter((o) =>
      round === 'rounds 1-2'
        ? roundOf(o.family) === 'round1' || roundOf(o.family) === 'round2'
        : roundOf(o.family) === round,
    )
    .reduce((n, o) => n + (o.score ? pick(o.score) : 0), 0);
}

describe('the wild layouts', () => {
  it('cover every family', () => {
    expect(new Set(outcomes.map((o) => o.family)).size).toBe(FAMILIES.length);
  });

  it('never crash the engine', () => {
    expect(outcomes.filter((o) => o.crash).map((o) => `${o.name}: ${o.crash}`)).toEqual([]);
  });

  it('raise no error on a cell with no planted defect', () => {
    const found = outcomes.flatMap((o) =>
      (o.score?.falseErrors ?? []).map((f) => `${o.name}: ${f.rule} at ${f.sheet}!${f.cell}`),
    );
    expect(found).toEqual([]);
  });

  it('find the planted defects (floor)', () => {
    const keyed = sum((s) => s.defectsKeyed, 'round1');
    // 20 on this seed since round 6 joined (which workbook an index gives depends on the family count).
    expect(keyed).toBeGreaterThanOrEqual(20);
    expect(sum((s) => s.defectsFound, 'round1') / keyed).toBeGreaterThanOrEqual(FLOOR.defects);
  });

  it('count the years right (floor)', () => {
    const keyed = sum((s) => s.yearsKeyed, 'round1');
    expect(keyed).toBeGreaterThan(30);
    expect(sum((s) => s.yearsRight, 'round1') / keyed).toBeGreaterThanOrEqual(FLOOR.years);
  });

  it('count every year and find every defect of the families once left as gaps', () => {
    const fixed = new Set(['grouped-by-grade', 'share-styles', 'new-commune-2025']);
    const mine = outcomes.filter((o) => fixed.has(o.family) && o.score);
    expect(mine.length).toBe(fixed.size * PER_FAMILY);
    const missed = (keyed: (s: CaseScore) => number, got: (s: CaseScore) => number) =>
      mine.reduce((n, o) => n + keyed(o.score!) - got(o.score!), 0);
    expect(
      missed(
        (s) => s.yearsKeyed,
        (s) => s.yearsRight,
      ),
    ).toBe(0);
    expect(
      missed(
        (s) => s.defectsKeyed,
        (s) => s.defectsFound,
      ),
    ).toBe(0);
  });

  it('read every keyed register row right', () => {
    expect(sum((s) => s.meetingsRight)).toBe(sum((s) => s.meetingsKeyed));
  });
});

/** Measured on this set: 27/27 defects, 51/51 years (49/51 before grouped-by-grade was read). */
const FLOOR = { defects: 1, years: 1 };
