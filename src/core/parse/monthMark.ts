import type { Scalar } from '../model/snapshot';
import { labelKey } from '../text/normalize';
import type { SheetView } from '../view/sheetView';
import { isThematicMark } from './thematicMark';

/**
 * What a month cell of a register says.
 * - held: a mark ("x"), a date, or the number attending;
 * - not-held: blank, 0, or a word such as "Không SH";
 * - invalid: anything else ("?"), which the check cannot read;
 * - error: a formula error;
 * - absent: the register has no column for the month.
 * "No data" is decided later, for the row as a whole (a blank stretch at the end of the year).
 */
export interface RegisterMark {
  state: 'held' | 'not-held' | 'invalid' | 'error' | 'absent';
  row: number;
  col: number;
  raw: Scalar;
  /** Members attending, where the register records it. */
  attending?: number;
  blank?: boolean;
  /** The mark also records the quarter's thematic meeting ("x+CĐ", "CĐ"). */
  thematic?: boolean;
}

/**
 * Words a register uses, lower case as typed. The engine also accepts them without diacritics;
 * the live formulas of the meetings sheet count exactly these (LOWER(TRIM(cell))).
 */
export const HELD_TEXTS = [
  'x',
  'xx',
  'v',
  'có',
  'có sh',
  'có sinh hoạt',
  'đã sh',
  'đã sinh hoạt',
  'đạt',
  'ok',
  'sh',
  '✓',
  '✔',
  '√',
  '☑',
  'đ',
  '+',
  '●',
  '•',
  'họp',
  'có họp',
  'đã họp',
  'tk',
  'sh tk',
  'thường kỳ',
  // A regular meeting and the quarter's thematic one in the same month (the thematic half is
  // read by thematicMark.ts, which also takes other spellings: "x,CĐ", "CĐ", "x chuyên đề").
  'x+cđ',
  'x + cđ',
  'x, cđ',
  'x (cđ)',
  'tk+cđ',
  'tk + cđ',
];
export const NOT_HELD_TEXTS = [
  'không',
  'không sh',
  'không sinh hoạt',
  'ko sh',
  'k sh',
  'ksh',
  'chưa sh',
  'chưa sinh hoạt',
  'nghỉ',
  'không họp',
  '-',
  '–',
  '—',
  '.',
  'k',
  'ko',
  'hoãn',
  'chưa họp',
  'không tổ chức',
  'nghỉ lễ',
  'nghỉ tết',
];
const HELD = new Set(HELD_TEXTS.flatMap((t) => [t, labelKey(t)]).filter(Boolean));
const NOT_HELD = new Set(NOT_HELD_TEXTS.flatMap((t) => [t, labelKey(t)]).filter(Boolean));
const TEXT_DATE = /^\d{1,2}\s*[/.-]\s*\d{1,2}(\s*[/.-]\s*\d{2,4})?$/;

/** What a typed mark says ("√", "Có", "không"…), or null when it is no register word. */
export function markWord(raw: string): 'held' | 'not-held' | null {
  // "hoãn?" asks a question; the words are compared without punctuation, so look first.
  if (raw.includes('?')) return null;
  const lower = raw.trim().toLocaleLowerCase('vi');
  const label = labelKey(raw);
  if (HELD.has(lower) || HELD.has(label)) return 'held';
  if (NOT_HELD.has(lower) || NOT_HELD.has(label)) return 'not-held';
  return null;
}

export function readMonthMark(view: SheetView, row: number, col: number): RegisterMark {
  const cell = view.cell(row, col);
  const base = { row, col, raw: cell.value };
  switch (cell.type) {
    case 'blank':
      return { ...base, state: 'not-held', blank: true };
    case 'error':
      return { ...base, state: 'error' };
    case 'date':
      return { ...base, state: 'held' };
    case 'boolean':
      return { ...base, state: cell.value ? 'held' : 'not-held' };
    case 'number': {
      const n = cell.value as number;
      if (n === 0) return { ...base, state: 'not-held' };
      // A serial date typed without a date format still means the day it was held.
      if (n > 400) return { ...base, state: 'held' };
      if (n > 0 && Number.isInteger(n)) return { ...base, state: 'held', attending: n };
      return { ...base, state: 'invalid' };
    }
    case 'text': {
      const raw = view.text(row, col);
      if (isThematicMark(raw)) return { ...base, state: 'held', thematic: true };
      const word = markWord(raw);
      if (word === 'held') return { ...base, state: 'held' };
      if (word === 'not-held' || raw.trim() === '0') return { ...base, state: 'not-held' };
      if (TEXT_DATE.test(raw.trim())) return { ...base, state: 'held' };
      if (/^\d{1,3}$/.test(raw.trim())) {
        const n = Number(raw.trim());
        return n === 0 ? { ...base, state: 'not-held' } : { ...base, state: 'held', attending: n };
      }
      return { ...base, state: 'invalid' };
    }
  }
}
