import type { MeetingLog } from '../parse/meetingLog';
import type { Rule } from './rule';

/** Rows a message names before "…": enough to find them, short enough to read. */
const ROWS_SHOWN = 5;

export const meetingLogUnread: Rule = {
  meta: {
    id: 'meeting.log-unread',
    severity: 'info',
    title: { vi: 'Dòng nhật ký không được tính', en: 'Log rows not counted' },
    description: {
      vi: 'Nhật ký sinh hoạt có dòng mà ngày không đọc được (ví dụ "31/02/2021") hoặc loại buổi không phải thường kỳ hay chuyên đề (ví dụ "SH đột xuất"). Các dòng đó không được tính vào tháng hay quý nào; nếu là buổi thường kỳ hoặc chuyên đề, hãy sửa ngày hoặc loại để được tính.',
      en: 'A meeting log has rows whose day cannot be read (such as "31/02/2021") or whose kind is neither regular nor thematic (such as "SH đột xuất"). Those rows count in no month or quarter; if one is a regular or thematic meeting, correct its day or kind so it counts.',
    },
    message: {
      vi: 'Nhật ký {sheet}: {count} dòng không được tính vào tháng hay quý nào ({what}).',
      en: 'Log {sheet}: {count} rows count in no month or quarter ({whatEn}).',
    },
  },
  check({ model, report }) {
    // Said once per log: a log typed by hand may hold many such rows.
    for (const log of model.logs) {
      const undated = log.undated;
      const otherKind = log.table.kindCol === undefined ? [] : unknownKinds(log);
      if (undated.length === 0 && otherKind.length === 0) continue;
      const rows = (xs: number[]) =>
        xs
          .slice(0, ROWS_SHOWN)
          .map((r) => r + 1)
          .join(', ') + (xs.length > ROWS_SHOWN ? '…' : '');
      const kinds = [...new Set(otherKind.map((r) => log.table.view.text(r, log.table.kindCol!)))]
        .slice(0, 3)
        .map((k) => `"${k}"`)
        .join(', ');
      const what: string[] = [];
      const whatEn: string[] = [];
      if (undated.length) {
        what.push(`ngày không đọc được: dòng ${rows(undated)}`);
        whatEn.push(`day unreadable: row ${rows(undated)}`);
      }
      if (otherKind.length) {
        what.push(`loại ${kinds} không phải thường kỳ hay chuyên đề: dòng ${rows(otherKind)}`);
        whatEn.push(`kind ${kinds} neither regular nor thematic: row ${rows(otherKind)}`);
      }
      const first = Math.min(...undated, ...otherKind);
      report({
        sheet: log.table.view.name,
        row: first,
        col: undated.includes(first) ? log.table.dateCol : log.table.kindCol!,
        params: {
          sheet: log.table.view.name,
          count: undated.length + otherKind.length,
          what: what.join('; '),
          whatEn: whatEn.join('; '),
        },
      });
    }
  },
};

/** Dated rows whose kind cell reads as neither regular nor thematic. */
function unknownKinds(log: MeetingLog): number[] {
  return log.entries.filter((e) => e.kind === null).map((e) => e.row);
}
