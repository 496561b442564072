/** Composes the wild set: case i of seed S is always the same workbook and key. */
import { FAMILIES } from './families';
import type { WildCase } from './key';
import { Rng } from '../random';
import { applyZipEdits } from './zipPass';

export interface GeneratedCase extends WildCase {
  name: string;
  bytes: Uint8Array;
}

/** Families in turn, so every family is present in any set of at least as many cases. */
export async function generateCase(seed: number, index: number): Promise<GeneratedCase> {
  const family = FAMILIES[index % FAMILIES.length];
  if (!family) throw new Error('no families');
  const rng = new Rng((seed * 100003 + index * 7919) >>> 0);
  const made = family.make(rng);
  const buffer = await made.workbook.xlsx.writeBuffer();
  return {
    ...made,
    name: `wild-${seed}-${index}-${family.name}.xlsx`,
    bytes: applyZipEdits(new Uint8Array(buffer as ArrayBuffer), made.zipEdits ?? []),
  };
}
