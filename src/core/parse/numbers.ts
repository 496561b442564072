import type { Scalar } from '../model/snapshot';
import type { SheetView } from '../view/sheetView';

export type NumberStatus = 'ok' | 'blank' | 'text' | 'unreadable' | 'error';

/** A count or percentage cell as read: its number, and how it was stored. */
export interface NumberCell {
  row: number;
  col: number;
  raw: Scalar;
  /** The number, also when it had to be read from text ("12 ", "18,9"); null when unreadable. */
  value: number | null;
  status: NumberStatus;
  numFmt: string;
  formula?: string;
}

/**
 * Reads a number the way a person would: text such as " 12", "18,9" or "18.9%" still gives a
 * number (and is reported as stored as text), a lone "-" gives 0 (as typed, not reported),
 * "mười" gives none.
 */
export function readNumber(view: SheetView, row: number, col: number): NumberCell {
  const cell = view.cell(row, col);
  const base = { row, col, raw: cell.value, numFmt: cell.numFmt, formula: cell.formula };
  switch (cell.type) {
    case 'blank':
      return { ...base, value: null, status: 'blank' };
    case 'error':
      return { ...base, value: null, status: 'error' };
    case 'number':
    case 'date':
      return { ...base, value: cell.value as number, status: 'ok' };
    case 'boolean':
      return { ...base, value: null, status: 'unreadable' };
    case 'text': {
      // Staff type a dash for "none" in every Vietnamese admin sheet: a zero as meant, not text.
      if (isZeroDash(String(cell.value))) return { ...base, value: 0, status: 'ok' };
      const n = numberFromText(String(cell.value));
      return { ...base, value: n, status: n === null ? 'unreadable' : 'text' };
    }
  }
}

/** A lone hyphen, en dash or em dash (spaces around allowed): zero, in a count or share cell. */
export function isZeroDash(text: string): boolean {
  return /^[\s\u00a0]*[-\u2013\u2014][\s\u00a0]*$/.test(text);
}

const MAX_NUMBER_TEXT = 100;

export function numberFromText(text: string): number | null {
  // Longer than any number a person types, spaces and all: no number, and no copy of a 38 MB
  // cell to find that out.
  if (text.length > MAX_NUMBER_TEXT) return null;
  let t = text.replace(/[\s\u00a0]/g, '');
  if (t.endsWith('%')) t = t.slice(0, -1);
  if (!/^[-+]?\d+([.,]\d+)?$/.test(t)) return null;
  const n = Number(t.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

/** Decimals shown by a number typed in a General cell: 18.9 → 1, 19 → 0. */
export function typedDecimals(value: number): number {
  const s = String(value);
  if (/e/i.test(s)) return 10;
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : Math.min(s.length - dot - 1, 10);
}
