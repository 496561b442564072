import { LETTER_RE } from '../text/charClasses';
import { labelKey } from '../text/normalize';

const ROMAN_OR_LETTER = /^(i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii|a|b|c|d|e)\.?$/i;
const NUMBERED_GROUP = /^(i|ii|iii|iv|v|vi|vii|viii|ix|x|a|b|c|d)[.)]\s+\S/i;

/** "Tổng cộng", "Tổng số", "Cộng": lines that sum the rows above. */
export function isTotalLabel(text: string): boolean {
  // Cheap first look: every total label starts with a T or a C ("Tổng", "Cộng", "Toàn huyện").
  if (!/^\s*[tTcC]/.test(text)) return false;
  // "Tổng hợp" titles a summary ("Tổng hợp chung", "Tổng hợp các năm"); it totals nothing.
  return /^(tong cong|tong so|tong(?! hop\b)|cong|cong chung|toan huyen|tong toan huyen)\b/.test(
    labelKey(text),
  );
}

/**
 * Group lines: "I", "II" in the STT column, "I. Đảng bộ xã, thị trấn" in the name column, or a
 * name in capitals with neither number nor grade.
 */
export function isGroupRow(stt: string, name: string, hasGrade: boolean): boolean {
  if (ROMAN_OR_LETTER.test(stt.trim())) return true;
  if (!stt && NUMBERED_GROUP.test(name)) return true;
  if (!stt && !hasGrade && LETTER_RE.test(name) && name === name.toLocaleUpperCase('vi'))
    return true;
  return false;
}
