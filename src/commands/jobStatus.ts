import type { Severity } from '../core/report/types';

/** What the ribbon run did, as the one-line status written at the top of the report sheet. */
export interface RunFacts {
  counts: Record<Severity, number>;
  checkedAt: string;
  /** Sheets not read because the time for reading ran out. */
  unread: string[];
  /** Write packets done of those planned. */
  packets: { done: number; planned: number };
  /** Marked sheets kept because their names say they are a user's copies. */
  foreignMarked: string[];
  /** Features this Excel could not apply (APIs above ExcelApi 1.7). */
  skipped: number;
}

const list = (names: string[]) => names.map((n) => `'${n}'`).join(', ');

/** The status line in both languages. */
export function statusLine(f: RunFacts): { vi: string; en: string } {
  const { error, warning, info } = f.counts;
  const vi = [`Nút Kiểm tra, ${f.checkedAt}: ${error} lỗi, ${warning} cảnh báo, ${info} ghi chú.`];
  const en = [`Check button, ${f.checkedAt}: ${error} errors, ${warning} warnings, ${info} notes.`];
  if (f.unread.length > 0) {
    vi.push(
      `Để kịp giới hạn 5 phút của Excel, các trang sau chưa được đọc và kiểm tra: ${list(f.unread)}.`,
    );
    en.push(
      `To stay within Excel's five-minute limit, these sheets were not read or checked: ${list(f.unread)}.`,
    );
  }
  if (f.packets.done < f.packets.planned) {
    vi.push(
      `Để kịp giới hạn 5 phút của Excel, chỉ ghi được ${f.packets.done}/${f.packets.planned} phần kết quả; phần còn lại (cuối bảng, biểu đồ) bị bỏ qua.`,
    );
    en.push(
      `To stay within Excel's five-minute limit, only ${f.packets.done} of ${f.packets.planned} parts of the output were written; the rest (the end of the tables, the charts) was skipped.`,
    );
  }
  if (f.unread.length > 0 || f.packets.done < f.packets.planned) {
    vi.push('Hãy dùng trang web Bảng Kiểm với tệp .xlsx để kiểm tra toàn bộ.');
    en.push('Use the Bảng Kiểm web page with the .xlsx file to check everything.');
  }
  if (f.foreignMarked.length > 0) {
    vi.push(
      `Giữ nguyên ${list(f.foreignMarked)}: mang dấu của Bảng Kiểm nhưng không phải trang Bảng Kiểm đã ghi (có thể là bản sao).`,
    );
    en.push(
      `Kept ${list(f.foreignMarked)}: marked as Bảng Kiểm's but not a sheet it wrote (perhaps a copy).`,
    );
  }
  if (f.skipped > 0) {
    vi.push(`${f.skipped} phần định dạng bị bỏ qua vì phiên bản Excel này chưa hỗ trợ.`);
    en.push(`${f.skipped} formatting features were skipped: this Excel does not support them.`);
  }
  return { vi: vi.join(' '), en: en.join(' ') };
}
