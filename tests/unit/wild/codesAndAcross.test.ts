/**
 * The wild families fixed by reading lists on their side and grade codes (issue #10): every
 * year counted and every planted defect found, on cases of a seed nobody tuned to.
 */
import { checkBytes } from '../../../tools/wild/check';
import { FAMILIES } from '../../../tools/wild/families';
import { generateCase } from '../../../tools/wild/generate';
import { scoreReport } from '../../../tools/wild/score';

const SEED = 4242;
const PER_FAMILY = 4;
const NAMES = ['transposed', 'code-legend'];

describe.each(NAMES)('the wild family %s', (family) => {
  const at = FAMILIES.findIndex((f) => f.name === family);

  it('has every year counted, every defect found and no false error', async () => {
    let years = 0;
    let defects = 0;
    const failures: string[] = [];
    for (let k = 0; k < PER_FAMILY; k++) {
      const c = await generateCase(SEED, at + k * FAMILIES.length);
      expect(c.key.family).toBe(family);
      const s = scoreReport(c.key, checkBytes(c.bytes, c.name));
      years += s.yearsKeyed;
      defects += s.defectsKeyed;
      failures.push(...s.failures.map((f) => `${c.name}: ${f}`));
    }
    expect(years).toBeGreaterThanOrEqual(PER_FAMILY);
    expect({ family, defects, failures }).toEqual({ family, defects, failures: [] });
  }, 60_000);
});
