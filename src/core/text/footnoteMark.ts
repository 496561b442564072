/*
 * Boards mark a grade for a note under the table: "HTTNV¹", "HTXSNV²", "HTNV⁽*⁾", "HTTNV [1]".
 * Superscript digits are digits to the grade's comparison form, so "HTTNV¹" reads as "httnv1",
 * no grade; asterisks and "(1)" are dropped or read as a remark already.
 */
const FOOTNOTE_TAIL = /^(.*?\S)\s*(?:[\u00B9\u00B2\u00B3\u2070-\u207F]+|\[\d{1,2}\])$/;

/** The text before a trailing footnote mark, or null when the text ends in none. */
export function withoutFootnoteMark(text: string): string | null {
  const m = FOOTNOTE_TAIL.exec(text.trim());
  return m ? m[1]! : null;
}
