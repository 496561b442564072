import type { Settings } from '../settings';
import type { Level, LevelCounts, RatingResult } from '../report/types';
import type { RatingList } from '../parse/ratingList';
import type { RatingSummary } from '../parse/ratingSummary';
import { LEVELS } from '../text/grades';

export function emptyCounts(): LevelCounts {
  return { excellent: 0, good: 0, pass: 0, fail: 0 };
}

/**
 * A year's result from its list: each unit once (its first row), blank, unknown and exempt
 * grades left out of the counts.
 */
export function rateList(list: RatingList, settings: Settings): RatingResult {
  const counts = emptyCounts();
  let total = 0;
  for (const e of list.entries) {
    if (e.duplicateOf !== undefined || e.status === 'exempt') continue;
    total++;
    if (e.status === 'ok' && e.level) counts[e.level]++;
  }
  const rated = sum(counts);
  return {
    year: list.year,
    sheet: list.table.view.name,
    subject: list.table.subject,
    scheme: list.scheme,
    source: 'list',
    counts,
    total,
    rated,
    shares: shares(counts, settings.percentBase === 'total' ? total : rated),
  };
}

/** The figures a summary states, line by line, as they are typed. */
export function rateSummary(summary: RatingSummary, settings: Settings): RatingResult[] {
  return summary.lines
    .filter((line) => line.wholeYear)
    .map((line) => {
      const counts = emptyCounts();
      for (const l of line.levels) counts[l.level] = l.count?.value ?? 0;
      const rated = sum(counts);
      const total = line.total?.value ?? rated;
      return {
        year: line.year,
        sheet: summary.table.view.name,
        subject: summary.subject,
        scheme: line.scheme,
        source: 'summary' as const,
        counts,
        total,
        rated,
        shares: shares(counts, settings.percentBase === 'total' ? total : rated),
        row: line.row + 1,
      };
    });
}

export function shares(counts: LevelCounts, base: number): Record<Level, number | null> {
  const out = {} as Record<Level, number | null>;
  for (const level of LEVELS) out[level] = base > 0 ? counts[level] / base : null;
  return out;
}

export function sum(counts: LevelCounts): number {
  return counts.excellent + counts.good + counts.pass + counts.fail;
}
