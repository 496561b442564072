import type { SheetView } from '../view/sheetView';

/** "………", "……..", "....", "___": the blank a printed form leaves for a value to be written in. */
const PLACEHOLDER = /^[.…_\-–\s]+$/;

/** "Chi bộ:", "Xếp loại Đảng viên: ………": a field's label, with or without its blank. */
const FIELD = /^[^:]*\S\s*:\s*[.…_\-–\s]*$/;

/**
 * A printed form's line of fields above its table ("Chi bộ: ……… Tuổi Đảng: …… Xếp loại Đảng
 * viên: ………", a party ward's member-list form): it names what to fill in, not the columns below,
 * so it is never a header even when its labels are header words. Every text on the line is a
 * label ending in a colon or a blank of dots, and at least one label has its blank.
 */
export function isFormFieldLine(view: SheetView, row: number): boolean {
  let labels = 0;
  let blanks = 0;
  for (const c of view.columns(row)) {
    const text = view.text(row, c).trim();
    if (!text) continue;
    if (PLACEHOLDER.test(text)) blanks++;
    else if (FIELD.test(text)) {
      labels++;
      if (/:\s*\S/.test(text)) blanks++;
    } else return false;
  }
  return labels > 0 && blanks > 0;
}
