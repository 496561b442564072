/** The corpus: workbook `index` of seed `seed`, made again alone from those two numbers. */
import fc from 'fast-check';
import { buildLayout, type GeneratedLayout } from './build';
import { layoutChoicesArb, type LayoutChoices } from './choices';
import { gridXlsx } from './xlsx';

/** The default seed of `npm run corpus` and of the corpus test. */
export const CORPUS_SEED = 20260110;

/** Issue #10's goals for the corpus, held by the unit tier (a sample) and the system tier (all). */
export const CORPUS_GOALS = {
  recall: 0.98,
  falseErrorsPerWorkbook: 0,
  tables: 1,
  years: 1,
  meetings: 1,
  logMeetings: 1,
};

/** Seed of workbook `index` in the corpus of `seed`: each workbook can be made again alone. */
export function workbookSeed(seed: number, index: number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (index + 0x7f4a7c15), 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** The choices of workbook `index` of the corpus of `seed`. */
export function corpusChoices(seed: number, index: number): LayoutChoices {
  return fc.sample(layoutChoicesArb, { seed: workbookSeed(seed, index), numRuns: 1 })[0]!;
}

export interface CorpusWorkbook extends GeneratedLayout {
  choices: LayoutChoices;
  bytes: Uint8Array;
}

/** Workbook `index` of the corpus of `seed`, as .xlsx bytes with its key. */
export function corpusWorkbook(seed: number, index: number): CorpusWorkbook {
  const choices = corpusChoices(seed, index);
  const layout = buildLayout(choices, `${seed}/${index}`);
  // Most generators deflate; some store. Storing is faster, so most of the corpus stores.
  return { ...layout, choices, bytes: gridXlsx(layout.workbook, index % 8 === 0 ? 6 : 0) };
}

/** Workbooks from arbitrary choices, for properties (fc.assert shrinks to the fewest features). */
export const generatedWorkbookArb: fc.Arbitrary<CorpusWorkbook> = layoutChoicesArb.map(
  (choices) => {
    const layout = buildLayout(choices, 'property');
    return { ...layout, choices, bytes: gridXlsx(layout.workbook) };
  },
);
