import { recognizeGrade } from '../text/grades';
import type { SheetView } from '../view/sheetView';
import { isCountLabel, isPercentLabel } from './vocabulary';

/**
 * A summary's level header typed under a list with a column per year: grade names across
 * ("Hoàn thành xuất sắc nhiệm vụ | Hoàn thành tốt nhiệm vụ | …", each merged over two columns)
 * over a row splitting each level into "SL | Tỷ lệ (%)". The names fall in the list's year
 * columns, so they read as a unit's grades; the row under them tells them apart, since no unit
 * is followed by a line of count and share labels.
 */
export function isLevelHeaderOverList(view: SheetView, r: number): boolean {
  const levels = new Set<string>();
  for (const x of view.rowTexts(r)) {
    if (x.text.length > 60) continue;
    const g = recognizeGrade(x.text);
    if (g) levels.add(g.level);
  }
  return levels.size >= 2 && countShareLabels(view, r + 1) >= 2;
}

/** Cells of the row reading as "SL", "Số lượng", "Tỷ lệ", "%"; 0 if any other cell is filled. */
function countShareLabels(view: SheetView, r: number): number {
  if (r >= view.rowCount) return 0;
  let n = 0;
  for (const c of view.columns(r)) {
    if (view.isMergedTail(r, c)) continue;
    const v = view.sheet.rows[r]?.v[c];
    if (v === null || v === undefined || v === '') continue;
    if (typeof v === 'number') return 0;
    const raw = view.text(r, c);
    const label = view.labelOf(raw);
    if (!(isCountLabel(label) || isPercentLabel(raw, label))) return 0;
    n++;
  }
  return n;
}
