import { labelKey } from '../text/normalize';
import type { SheetView } from '../view/sheetView';

/** Lines that end a table: signatures, places and dates, recipients. */
const END_OF_TABLE =
  /^(nguoi lap( bieu)?|noi nhan|xac nhan|t\/?m |tm |truong ban|pho truong ban|ky ten|thu truong|bi thu|ban to chuc huyen uy$|ghi chu\b|chu thich\b)|\bngay\b.*\bthang\b.*\bnam\b/;

export function isEndOfTableText(text: string): boolean {
  return END_OF_TABLE.test(labelKey(text).replace(/^[-*\s]+/, ''));
}

/**
 * The last row of the table body. A row ends the table when a signature or a place-and-date line
 * stands where no unit name is; blank rows inside the table do not end it.
 */
export function findLastDataRow(view: SheetView, firstDataRow: number, keyCol: number): number {
  let lastWithData = firstDataRow - 1;
  for (let r = firstDataRow; r < view.rowCount; r++) {
    const row = view.sheet.rows[r];
    if (!row) continue;
    const key = view.text(r, keyCol);
    if (!key || isEndOfTableText(key)) {
      const last = view.lastColumn(r);
      let ends = false;
      for (let c = 0; c <= last && !ends; c++) {
        const t = view.text(r, c);
        if (t && isEndOfTableText(t)) ends = true;
      }
      if (ends) break;
    }
    if (view.lastColumn(r) >= 0) lastWithData = r;
  }
  return lastWithData;
}
