/*
 * Words a comparison column holds ("Tăng (+), giảm (-)", "So với năm trước"): "Tăng 2", "Giảm 10",
 * "Hạ 1 bậc", "Không đổi", "Giữ nguyên". They say how a figure or a grade moved, so such a
 * column names no unit, however wordy its cells.
 */
const CHANGE =
  /^((tang|giam|ha|len|xuong|nang)( \d+( bac| don vi| tccsd| chi bo| dang bo)?)?|khong doi|khong thay doi|giu nguyen|nhu nam truoc|bang nam truoc)$/;

/** Whether a label (labelKey of a cell's text) says how something changed. */
export function isChangeLabel(label: string): boolean {
  return CHANGE.test(label);
}
