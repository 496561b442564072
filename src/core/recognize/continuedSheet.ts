import { labelKey } from '../text/normalize';
import type { RatingListTable, Table } from './tables';

/*
 * A long list printed on two sheets: the first titled "… NĂM 2022", the second only "(Tiếp
 * theo)" over the same header, on a sheet named "Trang 2", "Sheet2" or "DS 2022 (tiếp)". The
 * second part names no year of its own: it is the first part's, and a person reads it so.
 */

const CONTINUED = /\b(tiep theo|con tiep)\b/;

/** How far above a header the "(Tiếp theo)" line may stand. */
const LINES_ABOVE = 4;

/** A list continuing the one before it: "(Tiếp theo)" over its header, or "tiếp" in its sheet's name. */
export function continues(t: RatingListTable): boolean {
  if (/\btiep\b/.test(labelKey(t.view.name))) return true;
  for (let r = Math.max(0, t.band.top - LINES_ABOVE); r < t.band.top; r++) {
    if (t.view.rowTexts(r).some((x) => CONTINUED.test(labelKey(x.text)))) return true;
  }
  return false;
}

function yearOf(t: RatingListTable): number | null {
  if (t.correctedYear !== undefined) return t.correctedYear;
  const years = new Set(t.gradeCols.map((g) => g.year));
  const column = years.size === 1 ? [...years][0]! : null;
  return t.titleYear ?? column ?? t.sheetYear;
}

/** A table's columns, role by role: two parts of one list have the same. */
export const roles = (t: Table) => t.roles.map((c) => c.role).join('|');

/**
 * Gives a list continued from the sheet before (a "(Tiếp theo)" line above its header, or
 * "tiếp" in its sheet's name) the year of the list it continues: the last list of the previous
 * sheet, with the same columns, when the continuation names no year itself.
 */
export function continueYears(tables: readonly Table[]): void {
  let previous: RatingListTable | null = null;
  for (const t of tables) {
    if (t.kind !== 'rating-list' || t.across) continue;
    const prev = previous;
    previous = t;
    if (!prev || t.gradeCols.length !== 1 || t.yearCol !== undefined) continue;
    if (roles(prev) !== roles(t)) continue;
    if (prev.view === t.view) {
      if (isSecondHalf(prev, t) && yearOf(t) === yearOf(prev)) t.continues = prev;
      continue;
    }
    if (!continues(t)) continue;
    const own = yearOf(t);
    const year = yearOf(prev);
    if (own !== null && own !== year) continue;
    if (own === null && year !== null) t.titleYear = year;
    t.continues = prev;
  }
}

/** The numbers of a table's STT column, top to bottom. */
function sttNumbers(t: RatingListTable): number[] {
  const out: number[] = [];
  if (t.sttCol === undefined) return out;
  for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
    const text = t.view.text(r, t.sttCol).trim();
    if (/^\d+$/.test(text)) out.push(Number(text));
  }
  return out;
}

/**
 * A long list printed in two halves side by side: the second half's header on the same row as
 * the first's, to its right, its numbering going on from the first's last number.
 */
function isSecondHalf(prev: RatingListTable, t: RatingListTable): boolean {
  if (prev.band.top !== t.band.top || t.firstCol <= prev.lastCol) return false;
  const before = sttNumbers(prev);
  const after = sttNumbers(t);
  return before.length > 0 && after.length > 0 && after[0] === before[before.length - 1]! + 1;
}
