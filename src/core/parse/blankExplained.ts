import { labelKey } from '../text/normalize';

/**
 * Words of a note that say why a unit or member has no grade: exempt, not rated, new, moved
 * away, deceased, merged or dissolved. Staff leave the grade cell blank and write the reason in
 * the notes; such a unit is left out of the counts as an exempt one is, with no warning.
 */
const REASON =
  /\b(mien|khong danh gia|khong xep loai|khong dg|khong xl|chua danh gia|chua xep loai|chua dg|chua xl|moi thanh lap|moi ket nap|moi chuyen den|chuyen sinh hoat|chuyen shd|chuyen di|chuyen ra|tu tran|qua doi|da mat|xoa ten|khai tru|ra khoi dang|giai the|sap nhap|hop nhat)\b/;

/**
 * "Sáp nhập từ 2 chi bộ", "hợp nhất từ…": where the unit came from. It exists and is rated; only
 * a unit merged into another ("đã sáp nhập vào…", "sáp nhập") is gone.
 */
const FORMED_FROM = /\b(sap nhap|hop nhat) tu\b/g;

export function noteExplainsBlankGrade(note: string | undefined): boolean {
  return !!note && REASON.test(labelKey(note).replace(FORMED_FROM, ''));
}
