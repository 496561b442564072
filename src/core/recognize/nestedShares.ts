import type { Level } from '../report/types';
import { recognizeGrade } from '../text/grades';
import { labelKey } from '../text/normalize';
import type { HeaderBand } from './headerBand';

/** A summary's share of several grades together, typed per line (parse/ratingSummary.ts). */
export interface ShareColumn {
  col: number;
  /** The grades whose counts the share adds: one, or a grade and those above it. */
  levels: Level[];
  /** "Trong đó HTXS (%)": of which, so its base may be the wider share's count as well. */
  ofWhich: boolean;
}

const ORDER: Level[] = ['excellent', 'good', 'pass', 'fail'];
const SHARE_WORDS = /\b(ty le|ti le|tl)\b/;
const AND_ABOVE = /^(?:(?:ty le|ti le|tl)\s+)?(?:(?:so|dat|xep loai|loai)\s+)?(.+?)\s+tro len$/;
const OF_WHICH = /^trong do\s+(?:(?:ty le|ti le|tl)\s+)?(.+)$/;

/**
 * Shares no level column names: "Tỷ lệ HTT trở lên (%)" (excellent and good over all) and
 * "Trong đó HTXS (%)" (of which excellent). Only columns headed as a share ("Tỷ lệ", "%") and
 * naming a grade; a column the header typed already is left alone.
 */
export function nestedShareColumns(band: HeaderBand, typed: ReadonlySet<number>): ShareColumn[] {
  const out: ShareColumn[] = [];
  for (const c of band.columns) {
    if (typed.has(c.col)) continue;
    const raw = c.raw.join(' ');
    const key = labelKey(raw);
    if (!raw.includes('%') && !SHARE_WORDS.test(key)) continue;
    const bare = key.replace(/\s*\bphan tram\b\s*/g, ' ').trim();
    const above = AND_ABOVE.exec(bare);
    const within = above ? null : OF_WHICH.exec(bare);
    const grade = recognizeGrade((above ?? within)?.[1] ?? '');
    if (!grade) continue;
    const at = ORDER.indexOf(grade.level);
    out.push({
      col: c.col,
      levels: above ? ORDER.slice(0, at + 1) : [grade.level],
      ofWhich: within !== null,
    });
  }
  return out;
}
