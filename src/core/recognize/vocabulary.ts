import { bareMonthYearOf, LABEL_YEAR_TAIL } from './datedMonths';
import { YEAR_RE_G } from '../text/charClasses';
import type { Level } from '../report/types';
import { recognizeGrade } from '../text/grades';
import { romanMonthOf } from './romanMonths';

/**
 * What a header cell can mean. Labels are matched after labelKey() (lower case, no diacritics),
 * so "Xếp loại", "XẾP LOẠI" and "Xep loai" read the same.
 */
export type ColumnRole =
  | 'stt'
  | 'unit'
  | 'member'
  | 'commune'
  | 'cell'
  | 'org'
  | 'grade'
  | 'year'
  | 'score'
  | 'selfScore'
  | 'selfGrade'
  /** A grade of the committee, the secretary or the half year beside the unit's (asideGrades.ts). */
  | 'otherGrade'
  | 'superiorScore'
  | 'note'
  | 'type'
  | 'total'
  | 'members'
  | 'levelCount'
  | 'levelPercent'
  /** A tick list's column for one level: a mark in it is the unit's grade. */
  | 'levelTick'
  | 'month'
  /** A month's thematic column beside its regular one ("Tháng 1" over "TK" | "CĐ"). */
  | 'monthThematic'
  | 'quarter'
  | 'thematicCount'
  | 'regularCount'
  /** A member's own code ("Mã đảng viên", "Số thẻ đảng"): one person, whatever the name. */
  | 'memberCode'
  /** "Miễn sinh hoạt" marked "x": a member exempt from party work and meetings, not rated. */
  | 'exemptFlag';

export interface ColumnMeaning {
  role: ColumnRole;
  /** A guess from a vague header ("Kết quả", "KQ"): the column's cells must confirm it. */
  weak?: boolean;
  year?: number;
  level?: Level;
  /** Month 1–12 or quarter 1–4. */
  index?: number;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** Roles that name the rows' units. */
const NAME_ROLES = new Set<ColumnRole>(['unit', 'member', 'commune', 'cell', 'org']);

export function yearIn(text: string): number | null {
  const years = [...text.matchAll(YEAR_RE_G)].map((m) => Number(m[1]));
  const distinct = [...new Set(years)];
  return distinct.length === 1 ? distinct[0]! : null;
}

export function isPercentLabel(raw: string, label: string): boolean {
  return raw.includes('%') || /^(ty le|ti le|tl|t le)\b/.test(label);
}

export function isCountLabel(label: string): boolean {
  return /^(sl|so luong|so|s l|s luong)( (don vi|dv|to chuc|tc|tccs|tccsd|dang vien|chi bo|cb))?$/.test(
    label,
  );
}

/** Sub-labels counting thematic and regular meetings: "CĐ", "Số buổi CĐ", "SH thường kỳ", "TK". */
export const THEMATIC_SUB =
  /^((so buoi|so lan|sl|so) )?(sh ?cd|cd|chuyen de|sh chuyen de|sinh hoat chuyen de)$/;
export const REGULAR_SUB =
  /^((so buoi|so lan|sl|so) )?(sh ?tk|tk|thuong ky|sh thuong ky|sinh hoat thuong ky)$/;

/** Sub-labels splitting a month's attendance: who came ("Có mặt") and who did not ("Vắng"). */
export const PRESENT_LABEL = /^(co mat|du|so du|dv du|so dv du|so dang vien du|tham du)$/;
export const ABSENT_LABEL = /^(vang|vang mat|so vang|dv vang)$/;

const MONTH_LABEL = new RegExp(
  `^(?:(?:sh|shtk|sinh hoat|thuong ky|sh thuong ky) )?(?:t|th|thang)\\s*(\\d{1,2})${LABEL_YEAR_TAIL}$`,
);
const QUARTER_LABEL = new RegExp(
  // The kind may follow the quarter too: "Quý 1 (CĐ)", "Quý II - chuyên đề".
  `^(?:(?:sh ?cd|cd|sinh hoat chuyen de|chuyen de|sh chuyen de|so buoi cd|sl cd) )?(?:quy|q)\\s*(i|ii|iii|iv|1|2|3|4)(?: (?:sh ?cd|cd|chuyen de|sh chuyen de|sinh hoat chuyen de))?${LABEL_YEAR_TAIL}$`,
);

/**
 * A month header: "T1", "Tháng 1", "Th 1", "SH T1", any of them with the year ("T1/2023",
 * "Tháng 01/2024"), "01/2023", or a bare 1–12 under a regular-meeting group.
 */
export function monthOf(label: string, underMonthGroup: boolean): number | null {
  const m = MONTH_LABEL.exec(label) ?? (underMonthGroup ? /^(\d{1,2})$/.exec(label) : null);
  if (!m) return bareMonthYearOf(label);
  const n = Number(m[1]);
  return n >= 1 && n <= 12 ? n : null;
}

/** The month a kind sub-label sits under: the last month label above it, or null. */
function monthOverKind(labels: string[]): number | null {
  for (let i = labels.length - 2; i >= 0; i--) {
    const m = MONTH_LABEL.exec(labels[i]!);
    if (m) {
      const n = Number(m[1]);
      return n >= 1 && n <= 12 ? n : null;
    }
  }
  return null;
}

/**
 * A quarter header: "Quý I", "Q1", and the thematic short forms boards type: "CĐ quý 1",
 * "SHCĐ Q2", "Chuyên đề quý III", with or without the year ("CĐ Quý I/2023"; a quarter column
 * of a register is always a thematic count).
 */
export function quarterOf(label: string): number | null {
  const m = QUARTER_LABEL.exec(label);
  if (!m) return null;
  return ROMAN[m[1]!] ?? Number(m[1]);
}

/**
 * The meaning of a header column from its label parts, top to bottom (a merged group label over a
 * sub-label). Raw texts are needed for "%", which labelKey drops.
 */
export function classifyHeader(raw: string[], labels: string[]): ColumnMeaning | null {
  const top = labels[0] ?? '';
  const sub = labels.length > 1 ? (labels[labels.length - 1] ?? '') : '';
  const subRaw = raw.length > 1 ? (raw[raw.length - 1] ?? '') : '';
  const all = labels.join(' ');

  // One cell naming both what and which level: "SL HTXSNV", "Tỷ lệ HTTNV", "% KHTNV".
  if (labels.length === 1) {
    const m = /^(sl|so luong|so|s l|s luong|ty le|ti le|tl|t le)\s+(.+)$/.exec(top);
    const percent = (raw[0] ?? '').includes('%') || /^(ty le|ti le|tl|t le)\s/.test(top);
    const rest = m ? m[2]! : percent ? (raw[0] ?? '').replace(/%/g, ' ') : '';
    const level = rest ? recognizeGrade(rest) : null;
    if (level) return { role: percent ? 'levelPercent' : 'levelCount', level: level.level };
  }
  // Grade-name group over SL / % (rating summaries).
  const topGrade = labels.length > 1 ? recognizeGrade(raw[0] ?? '') : recognizeGrade(raw[0] ?? '');
  if (topGrade && labels.length > 1 && sub !== top) {
    if (isPercentLabel(subRaw, sub)) return { role: 'levelPercent', level: topGrade.level };
    if (isCountLabel(sub)) return { role: 'levelCount', level: topGrade.level };
  }
  if (topGrade && (labels.length === 1 || sub === top))
    return { role: 'levelCount', level: topGrade.level };
  // A grade name under a group label ("Kết quả xếp loại" over HTXSNV, HTTNV…): a column per
  // level, holding counts or a tick per unit; the cells tell which.
  const subGrade = labels.length > 1 ? recognizeGrade(raw[raw.length - 1] ?? '') : null;
  if (subGrade && !topGrade) {
    // The group may carry the year ("Kết quả xếp loại năm 2017").
    const groupYear = yearIn(raw.slice(0, -1).join(' '));
    return groupYear
      ? { role: 'levelCount', level: subGrade.level, year: groupYear }
      : { role: 'levelCount', level: subGrade.level };
  }

  const underMonthGroup = /sinh hoat thuong ky|thuong ky|hang thang|cac thang|thang/.test(top);
  // A month split into who came and who did not ("Tháng 1" over "Có mặt" | "Vắng"): the
  // attendance column is the month's; the absent count is no month of its own.
  if (sub && monthOf(top, false)) {
    if (PRESENT_LABEL.test(sub)) return { role: 'month', index: monthOf(top, false)! };
    if (ABSENT_LABEL.test(sub)) return null;
  }
  // A month split by kind ("Tháng 1" over "Thường kỳ" | "Chuyên đề", maybe under "Quý I"): the
  // regular column is the month's, the thematic one records that month's thematic meeting.
  const monthAbove = sub ? monthOverKind(labels) : null;
  if (monthAbove !== null) {
    if (REGULAR_SUB.test(sub)) return { role: 'month', index: monthAbove };
    if (THEMATIC_SUB.test(sub)) return { role: 'monthThematic', index: monthAbove };
  }
  const month =
    monthOf(sub || top, underMonthGroup && labels.length > 1) ??
    romanMonthOf(sub || top, underMonthGroup && labels.length > 1);
  if (month) return { role: 'month', index: month };
  const quarter = quarterOf(sub || top);
  if (quarter) return { role: 'quarter', index: quarter };
  // "I", "II"… or 1–4 under a thematic group ("Chuyên đề", "SHCĐ", "Quý").
  if (sub && /chuyen de|^(sh ?cd|cd)\b|^quy$|theo quy/.test(top)) {
    const q = /^(i|ii|iii|iv|1|2|3|4)$/.exec(sub);
    if (q) return { role: 'quarter', index: ROMAN[q[1]!] ?? Number(q[1]) };
  }
  // A quarter's block of months and its thematic column: "Quý I" over T1 | T2 | T3 | CĐ, or
  // over its counts: "Số buổi TK" | "Số buổi CĐ".
  if (sub && THEMATIC_SUB.test(sub)) {
    const q = quarterOf(top);
    if (q) return { role: 'quarter', index: q };
  }
  // The year's counts beside the quarters': "Cả năm" over "TK" | "CĐ".
  if (sub && /^(ca nam|cong|tong|tong cong|tong so|luy ke)( nam)?$/.test(top)) {
    if (REGULAR_SUB.test(sub)) return { role: 'regularCount' };
    if (THEMATIC_SUB.test(sub)) return { role: 'thematicCount' };
  }

  // The unit's own assessment ("Tự đánh giá", "Tự xếp loại") is not the grade given: a score
  // when it says so (điểm, chấm), otherwise a self-grade the counts leave aside.
  if (/\btu (danh gia|xep loai|cham)\b/.test(all)) {
    return /diem|cham/.test(all) ? { role: 'selfScore' } : { role: 'selfGrade' };
  }
  // A member's own grade ("Tự nhận", "Tự nhận mức xếp loại") and the cell's proposal ("Chi bộ
  // đề xuất", "Đề nghị") are not the grade given either: the decision beside them is.
  // A lone "Đề nghị xếp loại" may be the only grade a list sends up, so it stays a grade.
  const proposal =
    /^(chi bo|dang bo|to chuc|cap uy|chi uy)( co so)? (de xuat|de nghi)\b/.test(sub || top) ||
    (sub !== '' && /^(de xuat|de nghi)\b/.test(sub));
  if ((/\btu nhan\b/.test(sub || top) || proposal) && !/\b(diem|cham)\b/.test(all)) {
    return { role: 'selfGrade' };
  }
  // "Tổng số TCCSĐ được xếp loại": a count of the units rated, though it says "xếp loại"; and
  // "Tổng số đảng viên được xếp loại", the members rated that a summary of members totals.
  if (
    /^tong (so|cong)\b/.test(all) &&
    /xep loai|danh gia|\bxl\b/.test(all) &&
    (!/thuong ky|chuyen de|buoi|dang vien|\bdv\b/.test(all) ||
      /^tong so (dang vien|dv) (duoc )?(xep loai|danh gia)/.test(all))
  ) {
    return { role: 'total' };
  }
  // "Năm xếp loại", "Năm XL", "Năm đánh giá": the year of the row, not its grade.
  if (/^nam( danh gia| xep loai| xl| dg)?$/.test(sub || top)) return { role: 'year' };
  const year = yearIn(raw.join(' '));
  if (
    /xep loai|ket qua danh gia|muc danh gia|danh gia xep loai|ket qua xl|^xl\b|^kq ?xl\b/.test(all)
  ) {
    return year ? { role: 'grade', year } : { role: 'grade' };
  }
  // "Kết quả", "KQ", "Đánh giá", "Mức": a grade column only if its cells are grades.
  if (
    /^(ket qua|kq|danh gia|muc|muc dg|ket qua dg|kq dg|kqdg|kqxl)( (nam )?(19|20)\d{2})?$/.test(all)
  ) {
    return year ? { role: 'grade', year, weak: true } : { role: 'grade', weak: true };
  }
  // A year group over its grade ("Kết quả xếp loại" over "2019", "Năm 2024 (trước sắp xếp)" over
  // "Xếp loại"); a sub-label naming the units ("Đảng bộ xã (cũ)") keeps its own meaning.
  if (labels.length > 1 && year && /ket qua|danh gia|xep/.test(top)) {
    const own = classifyHeader([subRaw], [sub]);
    if (own && NAME_ROLES.has(own.role)) return own;
    return { role: 'grade', year };
  }
  // A column headed by a year alone ("2019", "Năm 2019") holds that year's grades.
  if (year && /^(nam )?(19|20)\d{2}$/.test(labels[labels.length - 1] ?? ''))
    return { role: 'grade', year };
  // The higher level's score: "Cấp trên chấm", its appraisal, "Điểm thẩm định", and the
  // committee's decision: "BTV Tỉnh ủy quyết định", "Tỉnh ủy chấm" (under "Điểm"). A decision
  // named without a score ("Kèm theo Quyết định số 452-QĐ/HU") is no column at all.
  if (
    /cap tren|tham dinh|quyet dinh|ket luan|\bbtv\b|thuong vu|(tinh|huyen|thanh|dang|cap) uy/.test(
      all,
    ) &&
    /\b(diem|cham)\b/.test(all)
  ) {
    return { role: 'superiorScore' };
  }
  if (/^(diem|tong diem|diem so|diem danh gia|so diem)$/.test(sub || top)) return { role: 'score' };

  const label = sub || top;
  if (/^(stt|s t t|tt|so tt|so thu tu)$/.test(label)) return { role: 'stt' };
  if (/^nam( danh gia| xep loai)?$/.test(label)) return { role: 'year' };
  if (/^(ghi chu|ghi chu khac)$/.test(label)) return { role: 'note' };
  if (/^(ma (so )?(dang vien|dv)|so the dang( vien)?|madangvien|madv|sothedang)$/.test(label))
    return { role: 'memberCode' };
  // "Miễn sinh hoạt", "Miễn SH", "Miễn công tác, sinh hoạt đảng": a mark per exempt member. ("Miễn
  // đánh giá" as a header is a summary's count of them, left to the cells.)
  if (/^mien (sinh hoat|sh|cong tac( va)? sinh hoat|ct( va)? sh)( dang)?$/.test(label))
    return { role: 'exemptFlag' };
  if (/^loai hinh/.test(label)) return { role: 'type' };
  if (/^(ho (va )?ten|ten)( (cua )?dang vien)?$/.test(label) && label !== 'ten')
    return { role: 'member' };
  if (
    /^(so dang vien|tong so dang vien|dang vien|dang vien chinh thuc|so dv|ts dv|tong so dv|sl dv|dv|so luong dang vien)$/.test(
      label,
    )
  ) {
    return { role: 'members' };
  }
  // "Số lần SHCĐ", "SL CĐ", "Tổng số buổi SHCĐ": how many thematic meetings, in short forms.
  if (/chuyen de|^((so|sl|so lan|so buoi|tong so|tong so buoi) )?(sh ?cd|cd)$/.test(all))
    return { role: 'thematicCount' };
  // "Số buổi SH thường kỳ", "SH thường kỳ (buổi)", "Số lần SH": the year's regular meetings.
  if (
    /so buoi (sinh hoat |sh )?thuong ky|tong so buoi|^(shtk|so buoi shtk|sl shtk)$/.test(all) ||
    /^(so buoi |so lan |sl )?(sh|sinh hoat) thuong ky( so buoi| buoi| so lan| lan)?$/.test(all) ||
    /^so (lan|buoi) (sh|sinh hoat)$/.test(all)
  )
    return { role: 'regularCount' };
  // The commune a cell belongs to, or belonged to before the 2025 mergers ("Xã cũ", "Thuộc xã
  // (cũ)", "Địa bàn cũ"): cells of the same name under two of them are two cells.
  if (
    /^(dang bo xa|dang bo|xa|dang bo xa thi tran|xa thi tran|dang bo co so)$/.test(label) ||
    /^(thuoc )?(xa|dia ban|don vi hanh chinh|dvhc)( truoc sap (xep|nhap))? cu$|^thuoc xa$|^(dang bo )?xa (cu|moi)$/.test(
      label,
    )
  ) {
    return { role: 'commune' };
  }
  // "Tổng số", "Tổng số TCCSĐ được đánh giá", "Tổng cộng": a stated total.
  if (
    (/^tong( so| cong)?\b/.test(label) ||
      /^cong$/.test(label) ||
      // "TS", "Số TCCSĐ": how many units a line counts, in the short forms summaries use.
      /^(ts|so tccsd|so tccs|sl tccsd|so to chuc|so co so dang|so don vi)$/.test(label) ||
      // "Toàn tỉnh", "Toàn huyện": the column adding up a summary with the units across.
      /^toan (tinh|huyen|thanh pho|thi xa|dang bo)$/.test(label)) &&
    !/thuong ky|chuyen de|buoi|^tong hop\b/.test(label)
  ) {
    return { role: 'total' };
  }
  if (/^(chi bo|ten chi bo|chi bo truc thuoc|cb|ten cb)$/.test(label)) return { role: 'cell' };
  if (
    /^(chi bo|dang bo|chi)( va| hoac)? (dang bo|chi bo)( co so)?$|^noi sinh hoat$|^(to chuc|don vi|tccs)$/.test(
      label,
    )
  ) {
    return { role: 'unit' };
  }
  if (
    /ten to chuc|to chuc co so dang|tccsd|ten don vi|^don vi$|ten dang bo|ten co so dang|^co so dang$|^to chuc dang$/.test(
      label,
    )
  ) {
    return { role: 'unit' };
  }
  // "Sinh hoạt tại chi bộ" beside a member's name: the organization the member belongs to.
  if (/^(sinh hoat|sh) tai (chi bo|dang bo|to chuc)/.test(label)) return { role: 'unit' };
  // "Tên chi bộ, đảng bộ cơ sở", "Tên cơ sở": a name column, whatever the units are called.
  if (/^ten\b/.test(label) && !/dang vien|^ten$/.test(label)) return { role: 'unit' };
  return null;
}
