import { boundingRange } from '../model/address';
import { invalidMarks } from './invalidMarks';
import type { Rule } from './rule';

export const meetingUnknownMark: Rule = {
  meta: {
    id: 'meeting.unknown-mark',
    severity: 'warning',
    title: { vi: 'Ký hiệu riêng của sổ', en: 'A mark of the register’s own' },
    description: {
      vi: 'Sổ theo dõi sinh hoạt dùng nhiều lần một ký hiệu Bảng Kiểm không biết nghĩa (ví dụ "+" hay "đã họp"). Đó có lẽ là cách ghi riêng của đơn vị, không phải lỗi từng ô: một cảnh báo cho cả sổ, và các tháng đó được coi là chưa rõ. Thay ký hiệu bằng "x" (có sinh hoạt) hoặc "không" để Bảng Kiểm tính được.',
      en: 'A meeting register repeats a mark Bảng Kiểm does not know (such as "+" or "đã họp"). It is likely the board’s own way of marking, not a slip in each cell: one warning for the register, and those months count as unknown. Replace the mark with "x" (held) or "không" (not held) for Bảng Kiểm to count them.',
    },
    message: {
      vi: 'Ký hiệu "{value}" xuất hiện {count} lần trong sổ ({rows} dòng), không rõ là có hay không sinh hoạt; các tháng đó được coi là chưa rõ. Thay bằng "x" hoặc "không" để tính.',
      en: 'The mark "{value}" fills {count} month cells of the register ({rows} rows); it is not known whether it means held or not, so those months count as unknown. Replace it with "x" or "không" to count them.',
    },
  },
  check({ model, report }) {
    for (const { table, marks } of invalidMarks(model).repeated) {
      const { range, first } = boundingRange(marks.map((m) => m.mark));
      report({
        sheet: table.view.name,
        row: first.row,
        col: first.col,
        range,
        value: first.raw,
        params: {
          value: String(first.raw),
          count: marks.length,
          rows: new Set(marks.map((m) => m.mark.row)).size,
        },
      });
    }
  },
};
