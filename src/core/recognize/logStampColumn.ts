import { labelKey } from '../text/normalize';
import type { HeaderBand } from './headerBand';

/** "Dấu thời gian", "Timestamp", "Thời gian gửi", "Ngày nhập": when a row was entered. */
const STAMP =
  /^(dau thoi gian|timestamp|thoi gian (gui|nhap|tao|cap nhat)|ngay (gui|nhap|tao|cap nhat)|thoi diem (gui|nhap))$/;

/**
 * An online form's responses start with when each report was sent ("Dấu thời gian"), days after
 * the meeting and sometimes in the next month; the meeting's own day is another column. A log is
 * read by that other column wherever the header says so.
 */
export function isEntryStamp(band: HeaderBand | null, col: number): boolean {
  const label = band?.columns.find((x) => x.col === col)?.raw.join(' ') ?? '';
  return STAMP.test(labelKey(label));
}
