import { labelKey } from '../text/normalize';
import type { SheetView } from '../view/sheetView';
import { isColumnNumberRow } from './headerBand';

/*
 * A long list printed from a form repeats, at the top of each printed page, only the row that
 * numbers its columns ("A | B | 1 | 2 | 3" or "(1) (2) … (6)"), not the header's words. Inside
 * the body it names no unit and ends nothing: read as such, "(2)" was a unit graded "(5)", and
 * "A | B | 1 …" cut one list in two.
 */

/** Texts of a numbering row's cells are short: "(12)", "5=3+4", "A". */
const MAX_NUMBER_TEXT = 12;

function signature(view: SheetView, row: number): string {
  return view
    .rowTexts(row)
    .map((x) => `${x.col}:${labelKey(x.text)}`)
    .join('|');
}

/**
 * Whether body row r repeats the numbering row of the header band (rows top…bottom): the same
 * texts in the same columns, a row numbering columns.
 */
export function repeatsNumberRow(
  view: SheetView,
  r: number,
  key: number,
  band: { top: number; bottom: number },
): boolean {
  const own = view.text(r, key);
  if (!own || own.length > MAX_NUMBER_TEXT) return false;
  if (!isColumnNumberRow(view, r)) return false;
  const here = signature(view, r);
  for (let b = band.top; b <= band.bottom + 1; b++) {
    if (b !== r && isColumnNumberRow(view, b) && signature(view, b) === here) return true;
  }
  return false;
}
