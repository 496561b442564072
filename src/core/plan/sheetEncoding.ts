import type { LegacyEncoding } from '../text/legacy';
import type { SheetView } from '../view/sheetView';

/**
 * The legacy encoding a sheet's text was decoded from (the one most of its decoded cells were
 * in), or null for a sheet in Unicode. Only such a sheet gets encoded spellings in its formulas.
 */
export function sheetEncoding(view: SheetView): LegacyEncoding | null {
  let tcvn3 = 0;
  let vni = 0;
  for (const cell of view.legacy) {
    if (cell.encoding === 'tcvn3') tcvn3++;
    else vni++;
  }
  if (tcvn3 === 0 && vni === 0) return null;
  return tcvn3 >= vni ? 'tcvn3' : 'vni';
}
