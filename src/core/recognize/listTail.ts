import { recognizeGrade } from '../text/grades';
import { labelKey } from '../text/normalize';
import type { SheetView } from '../view/sheetView';
import { isOrgName, isTickMark } from './content';

/**
 * What boards type under a list once it is done, after a blank row: a key to the grades as a
 * small table ("1 | Hoàn thành xuất sắc nhiệm vụ", "Ký hiệu | Ý nghĩa"), grade words with their
 * counts, numbered notes. Their rows carry running numbers and a text where units carry their
 * names, so they would pass for units with a blank grade.
 */

/** A key's own header: "Ký hiệu | Ý nghĩa", "Mã | Diễn giải", "Từ viết tắt". */
const KEY_HEADER =
  /^(ky hieu|y nghia|ma|ma so|ma xep loai|chu giai|giai thich|dien giai|viet tat|tu viet tat|chu viet tat|quy uoc|noi dung)$/;

/** Rows a key or notes block is read over: a legend has four or five, notes a handful. */
const MAX_BLOCK = 12;

/** Where a key item's code and its meaning part: "HTXSNV - Hoàn thành…", "1 = HTXSNV", "(A)". */
const PARTS = /\s*(?:[-–—:=;]|\(|\))\s*/;

/** A text that defines a grade ("Hoàn thành tốt nhiệm vụ (HTTNV)", "B - HTTNV"), not a unit. */
export function isGradeDefinition(text: string): boolean {
  if (text.length > 120) return false;
  if (recognizeGrade(text)) return true;
  return text.split(PARTS).some((part) => part.length > 1 && recognizeGrade(part) !== null);
}

/**
 * A numbered note, written as a sentence ("Các chi bộ … theo Hướng dẫn số 25-HD/BTCTW."): units
 * are named, not ended with a full stop, and not this long.
 */
function isNote(text: string): boolean {
  const t = text.trim();
  const words = t.split(/\s+/).length;
  const ended = /[.;:]$/.test(t);
  return (ended && words >= 4) || words >= 14;
}

/**
 * Whether the rows from r (which follows a blank row, a total or a lone line) are a key or notes
 * under the list rather than more of its units: a key's header, or a block, up to the next blank
 * row, whose every named row defines a grade or is a note, with no grade or mark in the list's
 * value columns. A unit's row names an organization and never defines a grade.
 */
export function startsListTail(view: SheetView, r: number, key: number, values: number[]): boolean {
  const first = view.rowTexts(r);
  if (first.length === 0) return false;
  if (first.length <= 4 && first.every((x) => KEY_HEADER.test(labelKey(x.text)))) return true;
  let defines = 0;
  let notes = 0;
  for (let at = r; at < Math.min(view.rowCount, r + MAX_BLOCK); at++) {
    if (view.lastColumn(at) < 0) break;
    for (const c of values) {
      const text = view.text(at, c);
      if (text && (recognizeGrade(text) || isTickMark(text))) return false;
    }
    const name = view.text(at, key);
    if (!name) continue;
    if (isGradeDefinition(name)) defines++;
    // A note may begin with a unit's name ("Đảng bộ xã A đề nghị khen thưởng."): it neither
    // makes the block notes nor a unit; a unit named at length with a full stop stays a unit
    // unless a plain note stands beside it.
    else if (isNote(name)) {
      if (!isOrgName(name)) notes++;
    } else return false;
  }
  return defines > 0 || notes > 0;
}
