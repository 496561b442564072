import type { SheetView } from '../view/sheetView';
import type { NumberCell } from './numbers';

/**
 * Words typed after a count of meetings ("11 buổi", "12 lần"). The written formula strips
 * exactly these (plan/countRegisterFormulas.ts), so both read a cell alike.
 */
export const COUNT_WORDS = ['buổi', 'buoi', 'lần'];

/** More regular meetings than any board holds in a year: a date or a serial, not a count. */
export const MAX_YEAR_COUNT = 100;

const DIGITS = /^\d{1,3}$/;

/**
 * A year's regular meetings typed as one count: 12, "12", "11/12" (held of due), "11 buổi",
 * "11/12 buổi". The part before a slash is the count; otherwise the text without its word.
 * Anything else ("đủ", "?", a date) is unreadable: the year's regular meetings are unknown.
 */
export function readYearCount(view: SheetView, row: number, col: number): NumberCell {
  const cell = view.cell(row, col);
  const base = { row, col, raw: cell.value, numFmt: cell.numFmt, formula: cell.formula };
  if (cell.type === 'blank') return { ...base, value: null, status: 'blank' };
  if (cell.type === 'error') return { ...base, value: null, status: 'error' };
  if (cell.type === 'number' || cell.type === 'date') {
    const n = cell.value as number;
    const ok = n >= 0 && n <= MAX_YEAR_COUNT;
    return { ...base, value: ok ? n : null, status: ok ? 'ok' : 'unreadable' };
  }
  const text = view.text(row, col);
  if (!text.trim()) return { ...base, value: null, status: 'blank' };
  const value = yearCountFromText(text);
  return { ...base, value, status: value === null ? 'unreadable' : 'text' };
}

export function yearCountFromText(text: string): number | null {
  const slash = text.indexOf('/');
  let head = slash >= 0 ? text.slice(0, slash) : text.toLowerCase();
  if (slash < 0) for (const w of COUNT_WORDS) head = head.split(w).join('');
  head = head.trim();
  return DIGITS.test(head) ? Number(head) : null;
}
