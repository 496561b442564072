import { labelKey } from '../text/normalize';
import type { SheetView } from '../view/sheetView';

/** Lines that end a table: signatures, places and dates, recipients. */
const END_OF_TABLE =
  /^(nguoi lap( bieu)?|noi nhan|xac nhan|t\/?m |tm |truong ban|pho truong ban|ky ten|thu truong|bi thu|ban to chuc huyen uy$|ghi chu\b|chu thich\b)/;

export function isEndOfTableText(text: string): boolean {
  const label = labelKey(text).replace(/^[-*\s]+/, '');
  return END_OF_TABLE.test(label) || wordsInOrder(label, ['ngay', 'thang', 'nam']);
}

/**
 * Whether the words occur in this order ("ngày … tháng … năm": a place-and-date line). Found one
 * after the other from left to right, which is linear, where /ngay.*thang.*nam/ backtracks
 * through every "ngay" and "thang" of a long cell before giving up.
 */
function wordsInOrder(label: string, words: string[]): boolean {
  let from = 0;
  for (const word of words) {
    const re = new RegExp(`\\b${word}\\b`, 'g');
    re.lastIndex = from;
    const m = re.exec(label);
    if (!m) return false;
    from = m.index + word.length;
  }
  return true;
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
  for (const c of view.columns(r)) {
    const t = view.text(r, c);
    if (t && isEndOfTableText(t)) return true;
  }
  return false;
}
