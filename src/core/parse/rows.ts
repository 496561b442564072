import { LETTER_RE } from '../text/charClasses';
import { labelKey, toNfc } from '../text/normalize';

const ROMAN_OR_LETTER = /^(i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii|a|b|c|d|e)\.?$/i;
const NUMBERED_GROUP = /^(i|ii|iii|iv|v|vi|vii|viii|ix|x|a|b|c|d)[.)]\s+\S/i;

/** "Tổng cộng", "Tổng số", "Cộng": lines that sum the rows above. */
export function isTotalLabel(text: string): boolean {
  // Cheap first look: every total label starts with a T or a C ("Tổng", "Cộng", "Toàn huyện").
  if (!/^\s*[tTcC]/.test(text)) return false;
  // "Tổng hợp" titles a summary ("Tổng hợp chung", "Tổng hợp các năm"); it totals nothing.
  const label = labelKey(text);
  if (
    !/^(tong cong|tong so|tong(?! hop\b)|cong|cong chung|toan huyen|tong toan huyen)\b/.test(label)
  )
    return false;
  return !label.startsWith('cong') || isCongTotal(text, label);
}

/** Words after an unaccented "Cong" that make it "Công" (work, company, police, union…). */
const CONG_NOT_TOTAL =
  /^cong (tac|ty|an|doan|nghiep|trinh|viec|nhan|dan|chuc|thuong|nghe|khai|bo|ich)\b/;

/**
 * "Cộng" sums the rows above; "Công tác…", "Công ty…", "Công an…" lose the difference once
 * diacritics go. Typed with its dot below it is a total; without diacritics, unless a word after it
 * makes it "Công".
 */
function isCongTotal(text: string, label: string): boolean {
  const word =
    toNfc(text)
      .trim()
      .toLowerCase()
      .split(/[\s:.,]/)[0] ?? '';
  if (word === 'cộng') return true;
  if (word !== 'cong') return false;
  return !CONG_NOT_TOTAL.test(label);
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
