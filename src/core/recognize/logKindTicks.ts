import { readMeetingKind } from '../parse/logCells';
import { markWord } from '../parse/monthMark';
import type { SheetView } from '../view/sheetView';
import type { HeaderBand } from './headerBand';

/** The two columns a log ticks to say a meeting's kind. */
export interface KindTickCols {
  regular: number;
  thematic: number;
}

/**
 * A log that ticks the kind instead of naming it: "Hình thức sinh hoạt" over "Thường kỳ" and
 * "Chuyên đề", an "x" under one of them per meeting. Both columns must be headed so and most
 * rows ticked under exactly one.
 */
export function findKindTicks(
  view: SheetView,
  band: HeaderBand,
  rows: readonly number[],
): KindTickCols | null {
  let regular: number | undefined;
  let thematic: number | undefined;
  for (const c of band.columns) {
    const kind = readMeetingKind(c.raw[c.raw.length - 1] ?? '');
    if (kind === 'regular') regular ??= c.col;
    if (kind === 'thematic') thematic ??= c.col;
  }
  if (regular === undefined || thematic === undefined || rows.length === 0) return null;
  const ticked = (r: number, c: number) => markWord(view.text(r, c)) === 'held';
  const one = rows.filter((r) => ticked(r, regular) !== ticked(r, thematic)).length;
  return one >= rows.length * 0.8 ? { regular, thematic } : null;
}

/** The kind a row's ticks say, or null when neither or both are ticked. */
export function tickedKind(
  view: SheetView,
  row: number,
  cols: KindTickCols,
): 'regular' | 'thematic' | null {
  const reg = markWord(view.text(row, cols.regular)) === 'held';
  const th = markWord(view.text(row, cols.thematic)) === 'held';
  return reg === th ? null : reg ? 'regular' : 'thematic';
}
