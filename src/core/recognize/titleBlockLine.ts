import type { SheetView } from '../view/sheetView';

/** "Biểu số 7A - TCTW", "Mẫu số 02": the number of an official form, printed in its corner. */
const FORM_NUMBER = /^(bieu|mau) so \d+[a-z]?\b/;

/** "Đvt: Người", "Đơn vị báo cáo: BTC Huyện uỷ": the form's particulars, a label and a colon. */
const PARTICULAR = /^(dvt|don vi tinh|don vi bao cao)\b/;

/**
 * A line of an official form's title block: the letterhead, the title and the form's number
 * side by side ("Tỉnh (thành uỷ)… | BÁO CÁO ĐÁNH GIÁ CHẤT LƯỢNG… Năm 2019 | Biểu số 7A -
 * TCTW"), or its unit line ("Đvt: Người"). Such a line may hold header words ("đánh giá", a
 * year) but names no column, so a header never starts on it. Known by a cell naming the form's
 * number or particulars: column labels never do.
 */
export function isTitleBlockLine(view: SheetView, row: number): boolean {
  for (const c of view.columns(row)) {
    for (const line of view.text(row, c).split(/\r?\n/)) {
      const label = view.labelOf(line);
      if (FORM_NUMBER.test(label)) return true;
      if (PARTICULAR.test(label) && line.includes(':')) return true;
    }
  }
  return false;
}
