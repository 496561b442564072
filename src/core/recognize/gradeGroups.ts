import { numberFromText } from '../parse/numbers';
import type { Level, SchemeId } from '../report/types';
import { recognizeGrade } from '../text/grades';
import { labelKey } from '../text/normalize';
import type { SheetView } from '../view/sheetView';

/**
 * A group line that names a grade ("I. HOÀN THÀNH XUẤT SẮC NHIỆM VỤ (05 TCCSĐ)"): in a list
 * sorted by grade with no grade column, the grade of every unit under it, down to the next one.
 */
export interface GradeGroup {
  row: number;
  /** The cell holding the line's text. */
  col: number;
  text: string;
  level: Level;
  scheme: SchemeId | 'any';
  /** How many units the line says it holds ("(05 TCCSĐ)"), when it says so. */
  stated: number | null;
}

/** "I.", "II)", "1.", "A." before a group's name. */
const NUMBERING = /^\s*(?:[IVXivx]{1,4}|[A-Da-d]|\d{1,2})\s*[.)]\s*/;
/** A group's number alone in its cell: "I", "II.", "A" (a bare "1" is a unit's running number). */
const BARE_NUMBER = /^\s*(?:[IVX]{1,4}|[A-D])\s*[.)]?\s*$/;

/** A lead word before the grade's name: "Nhóm 1:", "Loại:", "Mức xếp loại:". */
const LEAD_WORD =
  /^\s*(?:nh[oó]m\s*\d*|lo[aạ]i|m[uứ]c(?:\s+x[eế]p\s+lo[aạ]i)?|x[eế]p\s+lo[aạ]i)\s*[:.-]\s*/i;

/** What a stated count may be followed by: units, cells, members, or nothing. */
const COUNTED =
  /^\s*(\d{1,6})\s*(tccsd|tcd|to chuc( co so)?( dang)?|don vi|dv|chi bo|dang bo|dang vien|dong chi|d\/c|nguoi|tc)?\s*$/;

/**
 * The grade a group line names and the count it states, or null. The numbering, a lead word
 * ("Loại:"), and a count in parentheses or after a dash or colon are set aside; what is left
 * must be a grade of either scheme, in any spelling the grade reader knows.
 */
export function readGradeGroupLine(
  text: string,
): { level: Level; scheme: SchemeId | 'any'; stated: number | null } | null {
  if (text.length > 120) return null;
  let rest = text.trim();
  let stated: number | null = null;
  const paren = /[([]([^()[\]]*)[)\]]\s*[.:]?\s*$/.exec(rest);
  const dash = /[-–:]\s*([^-–:]*)$/.exec(rest);
  const tail = paren ?? dash;
  if (tail) {
    const m = COUNTED.exec(labelKey(tail[1]!));
    if (m) {
      stated = Number(m[1]);
      rest = rest.slice(0, tail.index).trim();
    }
  }
  rest = rest.replace(/[.:;,\s]+$/, '');
  const numbered = rest.replace(NUMBERING, '');
  for (const c of [rest, numbered, numbered.replace(LEAD_WORD, '')]) {
    const grade = c ? recognizeGrade(c) : null;
    if (grade) return { level: grade.level, scheme: grade.scheme, stated };
  }
  return null;
}

/**
 * The row as a grade group line: one text naming a grade, alone on its row or beside its count
 * ("Hoàn thành tốt nhiệm vụ | 22"); null for any other row.
 */
export function gradeGroupAt(view: SheetView, row: number): GradeGroup | null {
  let texts = view.rowTexts(row);
  if (texts.length === 0 || texts.length > 3) return null;
  // The group's number in a cell of its own ("II" in the STT column, the name beside it).
  if (texts.length > 1 && BARE_NUMBER.test(texts[0]!.text)) texts = texts.slice(1);
  if (texts.length > 2) return null;
  const first = texts[0]!;
  if (typeof view.sheet.rows[row]?.v[first.col] === 'number') return null;
  let stated: number | null = null;
  if (texts.length === 2) {
    stated = numberFromText(texts[1]!.text);
    if (stated === null) return null;
  }
  const read = readGradeGroupLine(first.text);
  if (!read) return null;
  return {
    row,
    col: first.col,
    text: first.text,
    level: read.level,
    scheme: read.scheme,
    stated: read.stated ?? stated,
  };
}

/** Grade group lines among the rows. */
export function findGradeGroups(view: SheetView, first: number, last: number): GradeGroup[] {
  const out: GradeGroup[] = [];
  for (let r = first; r <= last; r++) {
    const g = gradeGroupAt(view, r);
    if (g) out.push(g);
  }
  return out;
}
