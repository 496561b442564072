import { labelKey } from '../text/normalize';
import type { SheetView } from '../view/sheetView';
import { yearIn } from './vocabulary';

/**
 * Lines above a table that carry a year which is not the table's: export stamps ("Ngày xuất:
 * 12/01/2021"), references to the decision the table is attached to ("(Kèm theo Quyết định số
 * 452-QĐ/HU ngày 14/01/2022)"), dated signature lines ("Hữu Lũng, ngày 14 tháng 01 năm 2022").
 */
const NOT_THE_TABLES_YEAR =
  /^(kem theo|ngay xuat|ngay in|ngay lap|ngay bao cao|xuat ngay|in ngay|xuat luc|nguoi xuat|nguoi lap|can cu|theo (quyet dinh|huong dan|cong van|ke hoach|thong bao|bao cao)|ban hanh)\b|quyet dinh|\bqd\b|\bhd\b|\bcv\b|cong van|\bso \d+|\bngay\b.*\bthang\b|\bngay \d/;

/** Dates written out in a line: 12/01/2021, 12-01-2021, 12.01.2021, 01/2021. */
const DATE = /\b\d{1,2}\s*[/.-]\s*(\d{1,2}\s*[/.-]\s*)?(19|20)\d{2}\b/g;

/** A span of years ("2018 – 2021", "2018-2021") names no single year. */
const SPAN = /(19|20)\d{2}\s*[-–—]\s*(19|20)\d{2}/;

/** The year a title line names, or null when it names none or is not about the table. */
export function titleLineYear(text: string): number | null {
  if (SPAN.test(text)) return null;
  const label = labelKey(text);
  if (NOT_THE_TABLES_YEAR.test(label)) return null;
  return yearIn(text.replace(DATE, ' '));
}

/**
 * The year of a table's title: the nearest line above its header that names one, looking no
 * higher than `ceiling` (the row after the table above, on a sheet with several).
 */
export function titleYearAbove(
  view: SheetView,
  headerTop: number,
  ceiling: number,
  /** A table beside others: its own year line ("NĂM 2020" over its columns) comes first. */
  bounds?: { c0: number; c1: number },
): number | null {
  if (bounds) {
    for (let r = headerTop - 1; r >= ceiling; r--) {
      for (const t of view.rowTexts(r)) {
        if (t.col < bounds.c0 || t.col > bounds.c1) continue;
        const y = titleLineYear(t.text);
        if (y !== null) return y;
      }
    }
  }
  for (let r = headerTop - 1; r >= ceiling; r--) {
    for (const t of view.rowTexts(r)) {
      const y = titleLineYear(t.text);
      if (y !== null) return y;
    }
  }
  return null;
}
