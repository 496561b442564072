import { labelKey } from '../text/normalize';
import type { SheetView } from '../view/sheetView';

/** A calendar day, as a log's date cell gives it. */
export interface LogDate {
  year: number;
  month: number;
  day: number;
  /** Typed as text ("05/03/2020"): live formulas cannot compare it with a date range. */
  text: boolean;
}

const DAY_MS = 86400000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
/** Serials of 1990–2060: a day a meeting log can hold, never a row number or a head count. */
const SERIAL_MIN = 32874;
const SERIAL_MAX = 58439;
// Day first, as Vietnamese write dates; a two-digit year is of this century.
const DMY = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const TIME_TAIL = /(?:\s+|T)\d{1,2}[:h]\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*(?:AM|PM|SA|CH))?$/i;
/** Typed logs name the weekday before the day: "Thứ Bảy, 15/3/2024", "T7 15/03/2024", "CN 16/3". */
const WEEKDAY_HEAD =
  /^(?:(?:thứ|thu)\s*(?:hai|ba|tư|tu|năm|nam|sáu|sau|bảy|bay|[2-7])|chủ nhật|chu nhat|cn|t[2-7])\s*[,.:-]?\s+/i;
/** …and the part of the day after it: "15/3/2024 (tối)", "15/3/2024 - sáng". */
const SESSION_TAIL =
  /\s*(?:\((?:buổi\s+)?(?:sáng|chiều|tối|sang|chieu|toi)\)|[-,]?\s*(?:sáng|chiều|tối))$/i;

/** The day a log cell holds: a real date, a serial without a date format, or "05/03/2020". */
export function readLogDate(view: SheetView, row: number, col: number): LogDate | null {
  const cell = view.cell(row, col);
  if (cell.type === 'date' || cell.type === 'number') {
    const n = cell.value as number;
    if (n < SERIAL_MIN || n > SERIAL_MAX) return null;
    const d = new Date(EPOCH_1900 + Math.floor(n) * DAY_MS);
    return {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      text: false,
    };
  }
  if (cell.type !== 'text') return null;
  // Software exports add the hour: "05/03/2024 07:30", "2024-03-05 07:30:00", "2024-03-05T07:30".
  const raw = view
    .text(row, col)
    .normalize('NFC')
    .trim()
    .replace(SESSION_TAIL, '')
    .replace(TIME_TAIL, '')
    .replace(WEEKDAY_HEAD, '');
  const dmy = DMY.exec(raw);
  const iso = dmy ? null : ISO.exec(raw);
  if (!dmy && !iso) return null;
  const day = Number(dmy ? dmy[1] : iso![3]);
  const month = Number(dmy ? dmy[2] : iso![2]);
  let year = Number(dmy ? dmy[3] : iso![1]);
  if (year < 100) year += 2000;
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  return { year, month, day, text: true };
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export type MeetingKind = 'regular' | 'thematic';

/**
 * Kinds as logs spell them: "Thường kỳ", "SH thường kỳ", "TK"; "Chuyên đề", "SHCĐ", "CĐ".
 * Compared without diacritics, so "Thuong ky" and "SHCD" read too. A minute's title may start
 * with the short form ("SHCĐ quý I: …", "SHTK tháng 3").
 */
export function readMeetingKind(text: string): MeetingKind | null {
  const k = labelKey(text);
  if (!k) return null;
  // "SHCĐ quý I: …", "CĐ quý II - …" in a content column: the kind leads the topic.
  if (/\bchuyen de\b/.test(k) || /^(sh ?)?cd\b/.test(k)) return 'thematic';
  // "kì" and "kỳ" are both written.
  if (/\bthuong k[yi]\b/.test(k) || /^(sh ?)?tk\b/.test(k)) return 'regular';
  return null;
}

/**
 * Words that make a topic a thematic meeting's, lower case: "Sinh hoạt chuyên đề: học tập và
 * làm theo…", "SHCĐ quý I: …", "SH CĐ quý II". Minute books and their indexes name the kind only
 * inside the topic. "CĐ" alone is not taken: it is too short to tell from other abbreviations.
 */
export const THEMATIC_TOPIC_WORDS = ['chuyên đề', 'chuyen de', 'shcđ', 'shcd', 'sh cđ', 'sh cd'];

/**
 * A topic that names a thematic meeting: one of THEMATIC_TOPIC_WORDS anywhere in it, the same
 * test the written formulas make with COUNTIFS wildcards, so both count the same rows.
 */
export function topicIsThematic(text: string): boolean {
  const t = text.normalize('NFC').toLowerCase();
  return THEMATIC_TOPIC_WORDS.some((w) => t.includes(w));
}

/** Spellings the written formulas accept for each kind, besides those the log itself uses. */
export const KIND_SPELLINGS: Record<MeetingKind, string[]> = {
  regular: ['Thường kỳ', 'Thường kì', 'SH thường kỳ', 'Sinh hoạt thường kỳ', 'TK', 'SHTK'],
  thematic: ['Chuyên đề', 'SH chuyên đề', 'Sinh hoạt chuyên đề', 'SHCĐ', 'CĐ'],
};
