import type { Level } from '../report/types';
import type { Settings } from '../settings';

/** First rating year graded by score (Quy định 366-QĐ/TW of 30/8/2025). */
export const SCORES_FROM = 2025;

/** The grade a 100-point score gives: the band it falls in (domain.md; bands are settings). */
export function levelForScore(score: number, bands: Settings['scoreBands']): Level {
  if (score >= bands.excellent) return 'excellent';
  if (score >= bands.good) return 'good';
  if (score >= bands.pass) return 'pass';
  return 'fail';
}
