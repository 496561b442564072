import type { MeetingRegisterTable } from '../recognize/tables';

/** A cell's year typed on two sheet rows: one row marks regular meetings, the other thematic ones. */
export interface KindRowPair {
  /** The row holding the cell's name (merged down over both rows). */
  named: number;
  /** The row whose month marks are the regular meetings. */
  regular: number;
  /** The row whose month marks are the quarter's thematic meetings. */
  thematic: number;
}

// Kind words as labelKey gives them (no diacritics, lower case): "Thường kỳ", "SH thường kỳ",
// "TK"; "Chuyên đề", "SH chuyên đề", "CĐ", "SHCĐ".
const REGULAR = /^(sh |sinh hoat )?(thuong ky|tk)$|^shtk$/;
const THEMATIC = /^(sh |sinh hoat )?(chuyen de|cd)$|^shcd$/;

/**
 * Register rows kept two per cell, their kind in a column of its own: "Thường kỳ" (or "TK") over
 * "Chuyên đề" (or "CĐ"), the cell's name typed once on the first. Keyed by the named row. The
 * second row must carry no name of its own, so two cells each with a "Loại" word are never joined.
 */
export function kindRowPairs(table: MeetingRegisterTable): Map<number, KindRowPair> {
  const { view } = table;
  const pairs = new Map<number, KindRowPair>();
  const months = new Set(table.monthCols.filter((c): c is number => c !== undefined));
  if (months.size === 0) return pairs;
  const firstMonth = Math.min(...months);
  const kindCols: number[] = [];
  for (let c = 0; c < firstMonth; c++) if (c !== table.cellCol) kindCols.push(c);
  for (let r = table.firstDataRow; r < table.lastDataRow; r++) {
    if (!view.text(r, table.cellCol) || view.text(r + 1, table.cellCol)) continue;
    for (const c of kindCols) {
      const a = view.label(r, c);
      const b = view.label(r + 1, c);
      if (REGULAR.test(a) && THEMATIC.test(b)) {
        pairs.set(r, { named: r, regular: r, thematic: r + 1 });
      } else if (THEMATIC.test(a) && REGULAR.test(b)) {
        pairs.set(r, { named: r, regular: r + 1, thematic: r });
      } else continue;
      r++;
      break;
    }
  }
  return pairs;
}
