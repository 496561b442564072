/**
 * Issue #14's bound on every hostile workbook: the whole job (read, check, plan, write) in a child
 * process with a 1 GB heap, under 10 s of CPU and 1 GB of peak RSS, ending as the case says
 * (bench/hostile.ts, which prints the same figures: `npx tsx bench/hostile.ts`).
 */
import { MEMORY_BOUND_MB, problemWith, runCase, TIME_BOUND_MS } from '../../../bench/hostile';
import { HOSTILE_CASES } from '../../helpers/hostile';

describe(`hostile workbooks within ${TIME_BOUND_MS / 1000} s of CPU and ${MEMORY_BOUND_MB} MB`, () => {
  it.each(HOSTILE_CASES.map((c) => [c.id, c] as const))(
    '%s',
    (_id, c) => {
      const run = runCase(c);
      expect({ id: c.id, problem: problemWith(c, run) }).toEqual({ id: c.id, problem: null });
    },
    180_000,
  );
});
