/** What a correct checker should report on one generated workbook. */
import type { Workbook } from 'exceljs';
import type { Level } from './vocabulary';

export type LevelCounts = Record<Level, number>;

export interface YearKey {
  year: number;
  counts: LevelCounts;
  /** Units listed that year (each once), graded or not. */
  units: number;
}

export interface DefectKey {
  rule: string;
  sheet: string;
  row: number;
  cell?: string;
  what: string;
}

export interface MeetingKey {
  sheet: string;
  row: number;
  year: number;
  regular: number;
  compliant: boolean | null;
}

export interface WildKey {
  family: string;
  variant: string;
  /** Yearly counts a rating list gives (summed over its sheets). */
  years: YearKey[];
  defects: DefectKey[];
  meetings: MeetingKey[];
  /** The layout is genuinely ambiguous: the checker may say it is unsure, but raises no error. */
  unsure: boolean;
}

export interface WildCase {
  key: WildKey;
  workbook: Workbook;
  /** Edits to the written zip, for traits the writer cannot express (tools/wild/zipPass.ts). */
  zipEdits?: readonly import('./zipPass').ZipEdit[];
}

export interface Family {
  name: string;
  /** One line: what the layout is and why a recognizer might miss it. */
  about: string;
  make(rng: import('../random').Rng): WildCase;
}

export function zeroCounts(): LevelCounts {
  return { excellent: 0, good: 0, pass: 0, fail: 0 };
}

/** Tallies one year's graded units; null grades (blank, unknown) are listed but not counted. */
export function tally(year: number, levels: readonly (Level | null)[]): YearKey {
  const counts = zeroCounts();
  for (const l of levels) if (l) counts[l]++;
  return { year, counts, units: levels.length };
}
