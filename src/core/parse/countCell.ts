import type { SheetView } from '../view/sheetView';
import { readNumber, type NumberCell } from './numbers';

/*
 * Vietnamese sheets group thousands with a dot: 1.234 đảng viên is one thousand two hundred
 * and thirty-four. A count is a whole number, so in a count cell typed text "1.234" or
 * "12.345.678" is that whole number, not a decimal one and a bit (a share typed "18,9" keeps
 * its decimal comma; readNumber reads those).
 */
const GROUPED = /^[\s\u00a0]*\d{1,3}(?:\.\d{3})+[\s\u00a0]*$/;

/** A count cell as read, thousands typed with dots as a whole number. */
export function readCount(view: SheetView, row: number, col: number): NumberCell {
  const n = readNumber(view, row, col);
  if (n.status !== 'text' || typeof n.raw !== 'string' || !GROUPED.test(n.raw)) return n;
  return { ...n, value: Number(n.raw.replace(/[\s\u00a0.]/g, '')) };
}
