import { labelKey } from '../text/normalize';
import type { SheetView } from '../view/sheetView';

/** Lines that end a table: signatures, places and dates, recipients. */
const END_OF_TABLE =
  /^(nguoi lap( bieu)?|noi nhan|xac nhan|t\/?m |tm |truong ban|pho truong ban|ky ten|thu truong|bi thu|ban to chuc huyen uy$|ghi chu\b|chu thich\b)|\bngay\b.*\bthang\b.*\bnam\b/;

export function isEndOfTableText(text: string): boolean {
  return END_OF_TABLE.test(labelKey(text).replace(/^[-*\s]+/, ''));
}

/** Data rows in a row that, read upwards from the bottom, show the table has been reached. */
const SETTLED = 30;

/**
 * The last row of the table body: the row before the signatures, notes and place-and-date lines
 * at the bottom. Read from the bottom up, so a million-row list costs a few rows, not a text
 * check per row; blank rows inside the table do not end it.
 */
export function findLastDataRow(view: SheetView, firstDataRow: number, keyCol: number): number {
  let end = view.rowCount; // first row that is not the table
  let dataSeen = 0;
  for (let r = view.rowCount - 1; r >= firstDataRow && dataSeen < SETTLED; r--) {
    if (view.lastColumn(r) < 0) continue;
    if (rowEndsTable(view, r, keyCol)) {
      end = r;
      dataSeen = 0;
    } else if (view.text(r, keyCol)) {
      dataSeen++;
    }
  }
  for (let r = end - 1; r >= firstDataRow; r--) if (view.lastColumn(r) >= 0) return r;
  return firstDataRow - 1;
}

function rowEndsTable(view: SheetView, r: number, keyCol: number): boolean {
  const key = view.text(r, keyCol);
  if (key) return isEndOfTableText(key);
  const last = view.lastColumn(r);
  for (let c = 0; c <= last; c++) {
    const t = view.text(r, c);
    if (t && isEndOfTableText(t)) return true;
  }
  return false;
}
