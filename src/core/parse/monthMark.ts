import type { Scalar } from '../model/snapshot';
import { labelKey } from '../text/normalize';
import type { SheetView } from '../view/sheetView';
import { isTextDate } from './textDate';
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
  /** The members a cell states itself ("27/31": 27 of 31 attended). */
  members?: number;
  /** The share attending a cell states ("96%", 0.96 formatted as %, "27/31"), 0–1. */
  share?: number;
  blank?: boolean;
  /** The mark also records the quarter's thematic meeting ("x+CĐ", "CĐ"). */
  thematic?: boolean;
}

/**
 * Words a register uses, lower case as typed. The engine also accepts them without diacritics;
 * the live formulas of the meetings sheet look up both spellings (plan/markSpellings.ts).
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
  'đã họp',
  'có họp',
  'đạt',
  'ok',
  'sh',
  '✓',
  '✔',
  '√',
  '☑',
  // Wingdings draws "ü" as a tick and "þ" as a ticked box; no Vietnamese cell is that letter alone.
  'ü',
  'þ',
  'đ',
  '+',
  '●',
  '•',
  'họp',
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
  // Held online, as cells have met since 2025 ("TT" is "trực tuyến"), or in person beside it.
  'tt',
  'x(tt)',
  'x (tt)',
  'x-tt',
  'trực tuyến',
  'sh trực tuyến',
  'họp trực tuyến',
  'online',
  'trực tiếp',
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
  'chưa họp',
  '-',
  '–',
  '—',
  '.',
  'k',
  'ko',
  'hoãn',
  'không tổ chức',
  'nghỉ lễ',
  'nghỉ tết',
  'tạm hoãn',
  'hoãn sh',
  '✗',
  '✘',
  '☐',
  '☒',
  // Wingdings' cross and crossed box.
  'û',
];
/** Wingdings' letters fold to "u" and "p" without their marks: they are read only as typed. */
const forms = (t: string): string[] => (/^[üþû]$/.test(t) ? [t] : [t, labelKey(t)]);
const HELD = new Set(HELD_TEXTS.flatMap(forms).filter(Boolean));
const NOT_HELD = new Set(NOT_HELD_TEXTS.flatMap(forms).filter(Boolean));
/**
 * The day written out as staff type it: "ngày 22", "Ngày 5/3", or a date followed by when or
 * where in parentheses ("12/1 (chiều)", "15.3 (tối)"): the month was held.
 */
const DAY_WORD = /^ngày\s+\d{1,2}(\s*[/.-]\s*\d{1,2}(\s*[/.-]\s*\d{2,4})?)?$/i;
const DATE_WITH_REMARK = /^(\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?)\s*\([^()]*\)$/;

/** A typed day of the meeting: "15/3", "15.3", "15/3/24", "2024-03-15", "ngày 22", "12/1 (chiều)". */
export function isTypedDay(raw: string): boolean {
  const t = raw.trim();
  return isTextDate(t) || DAY_WORD.test(t) || DATE_WITH_REMARK.test(t);
}
/** Words that say a month was not held and may carry their reason: "Không SH (lụt)", "Hoãn - mưa bão". */
export const NOT_HELD_REASON_WORDS = ['không sh', 'không sinh hoạt', 'hoãn', 'nghỉ', 'không họp'];
const REASON_TAIL = /^(.+?)\s*(\(.*\)?|\s[-–:]\s.*)$/;
const TYPED_SHARE = /^(\d{1,3}(?:[.,]\d+)?)\s*%$/;
const FRACTION = /^(\d{1,3})\s*\/\s*(\d{1,3})$/;

/** What a typed mark says ("√", "Có", "không"…), or null when it is no register word. */
export function markWord(raw: string): 'held' | 'not-held' | null {
  // "hoãn?", "x?": whoever typed it was not sure; the check cannot be either.
  if (raw.includes('?')) return null;
  const lower = raw.trim().toLocaleLowerCase('vi');
  const label = labelKey(raw);
  if (HELD.has(lower) || HELD.has(label)) return 'held';
  if (NOT_HELD.has(lower) || NOT_HELD.has(label)) return 'not-held';
  // A not-held word followed by why: the reason does not change what the cell says.
  const head = REASON_TAIL.exec(lower)?.[1];
  if (head && NOT_HELD_REASON_WORDS.includes(head)) return 'not-held';
  return null;
}

/**
 * A share of members attending typed as text: "96%", "91,2 %". A fraction "27/31" is attending
 * of members when it cannot be a day (the second number is no month) and attending fits.
 */
function typedAttendance(
  raw: string,
): { share: number; attending?: number; members?: number } | null {
  const pct = TYPED_SHARE.exec(raw);
  if (pct) {
    const share = Number(pct[1]!.replace(',', '.')) / 100;
    return share <= 1 ? { share } : null;
  }
  const frac = FRACTION.exec(raw);
  if (!frac) return null;
  const attending = Number(frac[1]);
  const members = Number(frac[2]);
  if (members <= 12 || attending > members) return null;
  return { share: attending / members, attending, members };
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
      // A share attending: 0.96 formatted as %, or a bare fraction of one.
      if (n > 0 && n <= 1 && (cell.numFmt.includes('%') || !Number.isInteger(n)))
        return { ...base, state: 'held', share: n };
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
      const typed = typedAttendance(raw.trim());
      if (typed) return { ...base, state: typed.share > 0 ? 'held' : 'not-held', ...typed };
      if (isTypedDay(raw)) return { ...base, state: 'held' };
      if (/^\d{1,3}$/.test(raw.trim())) {
        const n = Number(raw.trim());
        return n === 0 ? { ...base, state: 'not-held' } : { ...base, state: 'held', attending: n };
      }
      return { ...base, state: 'invalid' };
    }
  }
}
