import { labelKey } from '../text/normalize';

/**
 * Lines under a register that count or share the cells above, month by month: "Số chi bộ sinh
 * hoạt", "Số chi bộ đạt", "Tỷ lệ (%)", "TL %". They are no party cell, and their numbers are no
 * marks or head counts. (Totals, "Tổng cộng", are parse/rows.ts isTotalLabel.)
 */
export function isAggregateLine(text: string): boolean {
  const label = labelKey(text);
  return (
    /^(ty le|ti le|tl)\b/.test(label) ||
    /^(so|tong so|sl|so luong) (chi bo|cb|dang bo|to chuc|don vi|tccsd)\b/.test(label) ||
    /^%/.test(text.trim())
  );
}
