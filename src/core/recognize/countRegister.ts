import { isTotalLabel } from '../parse/rows';
import { readYearCount } from '../parse/yearCount';
import type { SheetView } from '../view/sheetView';
import { support, textShare, type ColumnContent } from './content';

/** Count cells judged, as many as the column profile samples. */
const SAMPLE_ROWS = 200;

/** A typed column as recognizeBand lists them: its index and meaning. */
interface RoleColumn {
  col: number;
  t: { meaning: { index?: number } };
}

export interface CountRegisterColumns {
  cellCol: number;
  countCol: number;
  /** The year's thematic meetings as one count, where the register has no quarter columns. */
  thematicCountCol?: number;
  /** Column of each quarter I–IV; undefined when the register lacks it. */
  quarterCols: (number | undefined)[];
  /** How well the count column's cells read as counts (0–1). */
  share: number;
}

/**
 * A register without month columns: party cells named down one column, the year's regular
 * meetings as one count under a header that says so ("Số buổi SH thường kỳ": "12/12",
 * "11 buổi"), and the thematic meetings in at least three quarter columns or as the year's count
 * ("Số buổi SH chuyên đề", an app's yearly summary). Only when all three are there and the count
 * cells mostly read as counts; a rating list (a grade column) or a summary with a column of
 * meetings is none.
 */
export function countRegisterColumns(
  view: SheetView,
  content: Map<number, ColumnContent>,
  cells: {
    cellCol: number | undefined;
    counts: RoleColumn[];
    quarters: RoleColumn[];
    thematicCounts: RoleColumn[];
    /** Grade columns: a rating list that also counts each cell's meetings stays a list. */
    grades: RoleColumn[];
  },
  firstDataRow: number,
  bottom: number,
): CountRegisterColumns | null {
  const { cellCol } = cells;
  const countCol = cells.counts[0]?.col;
  if (cellCol === undefined || countCol === undefined) return null;
  const quarterCols: (number | undefined)[] = new Array(4).fill(undefined);
  for (const q of cells.quarters) quarterCols[(q.t.meaning.index ?? 1) - 1] ??= q.col;
  const byQuarter = quarterCols.filter((c) => c !== undefined).length >= 3;
  const thematicCountCol = byQuarter ? undefined : cells.thematicCounts[0]?.col;
  if (!byQuarter && (thematicCountCol === undefined || cells.grades.length > 0)) return null;
  if (textShare(content.get(cellCol)) < 0.5) return null;

  let filled = 0;
  let readable = 0;
  for (let r = firstDataRow; r <= bottom && filled < SAMPLE_ROWS; r++) {
    const name = view.text(r, cellCol);
    if (!name || isTotalLabel(name)) continue;
    const count = readYearCount(view, r, countCol);
    if (count.status === 'blank') continue;
    filled++;
    if (count.value !== null) readable++;
  }
  // The header's words weigh as two cells: one "đủ" among two counts is still a count column.
  const share = support(readable, filled, 1);
  if (readable === 0 || share < 0.6) return null;
  return {
    cellCol,
    countCol,
    quarterCols,
    ...(thematicCountCol !== undefined ? { thematicCountCol } : {}),
    share,
  };
}
