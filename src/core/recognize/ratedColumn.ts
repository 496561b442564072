import { labelKey } from '../text/normalize';
import type { HeaderBand } from './headerBand';

const RATED = /\b(da|duoc)( danh gia| xep loai| dg| xl)+\b/;
const NOT_RATED = /\b(khong|chua|mien)\b/;

/**
 * A summary's count of the units rated ("Số đã đánh giá, xếp loại", "Số TCĐ được đánh giá",
 * "Tổng số được xếp loại" beside a "Tổng số"): what its grade counts add up to, where "Tổng
 * số" also holds the units left unrated. Not the summary's total column itself.
 */
export function ratedColumn(
  band: HeaderBand,
  roleOf: (col: number) => string | undefined,
  totalCol: number | undefined,
): number | undefined {
  return band.columns.find((c) => {
    if (c.col === totalCol) return false;
    const role = roleOf(c.col);
    if (role !== undefined && role !== 'total') return false;
    const key = labelKey(c.raw.join(' '));
    return /^(tong )?so\b/.test(key) && RATED.test(key) && !NOT_RATED.test(key);
  })?.col;
}
