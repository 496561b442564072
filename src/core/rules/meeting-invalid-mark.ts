import { unitLabel } from '../compute/meetings';
import { invalidMarks } from './invalidMarks';
import type { Rule } from './rule';

export const meetingInvalidMark: Rule = {
  meta: {
    id: 'meeting.invalid-mark',
    severity: 'error',
    title: { vi: 'Ký hiệu không đọc được', en: 'Unreadable mark' },
    description: {
      vi: 'Ô tháng trong sổ theo dõi sinh hoạt không phải dấu "x", ngày, số người dự hay chữ "không sinh hoạt". Một ký hiệu lạ lặp lại nhiều lần trong cùng sổ là meeting.unknown-mark.',
      en: 'A month cell of a meeting register is neither a mark ("x"), a date, a number attending nor a "not held" word. An unknown mark a register repeats is meeting.unknown-mark.',
    },
    message: {
      vi: '{unit} tháng {month}/{year}: không hiểu "{value}"; tháng này được coi là chưa rõ.',
      en: '{unit}, month {month} of {year}: "{value}" is not a mark; the month counts as unknown.',
    },
  },
  check({ model, report }) {
    for (const { outcome: o, mark: m, month } of invalidMarks(model).lone) {
      report({
        sheet: o.result.sheet,
        row: m.row,
        col: m.col,
        value: m.raw,
        params: {
          unit: unitLabel(o.row),
          month,
          year: o.row.year ?? '?',
          value: String(m.raw),
        },
      });
    }
  },
};
