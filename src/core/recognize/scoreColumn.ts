import { readNumber } from '../parse/numbers';
import type { SheetView } from '../view/sheetView';
import type { HeaderBand } from './headerBand';

/** Known score columns of a band, by the vocabulary's roles. */
export interface ScoreRoles {
  superior?: number;
  score?: number;
  self?: number;
}

/**
 * The score a list with no grade column is graded by: the higher level's (domain.md), then the
 * score, then the unit's own; failing those, a column headed by "điểm" in any wording ("Tổng
 * điểm đạt được", "Điểm chấm"), but never "địa điểm". Its filled cells must be mostly
 * numbers on the 100-point scale. Undefined when there is no such column.
 */
export function scoreColumnFor(
  view: SheetView,
  band: HeaderBand,
  first: number,
  last: number,
  known: ScoreRoles,
): number | undefined {
  const worded = band.columns
    .filter((c) => {
      const label = c.labels.join(' ');
      return /\b(diem|cham)\b/.test(label) && !/\bdia diem\b/.test(label);
    })
    .map((c) => c.col);
  const candidates = [known.superior, known.score, known.self, ...worded];
  for (const col of candidates) {
    if (col !== undefined && onScale(view, col, first, last)) return col;
  }
  return undefined;
}

/** Two or more filled cells, four in five of them numbers from 0 to 100. */
function onScale(view: SheetView, col: number, first: number, last: number): boolean {
  let filled = 0;
  let scores = 0;
  for (let r = first; r <= last; r++) {
    const n = readNumber(view, r, col);
    if (n.status === 'blank') continue;
    filled++;
    if (n.value !== null && n.value >= 0 && n.value <= 100) scores++;
  }
  return filled >= 2 && scores >= filled * 0.8;
}
