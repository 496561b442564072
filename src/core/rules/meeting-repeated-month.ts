import { logUnitLabel } from '../compute/logMeetings';
import type { Rule } from './rule';

export const meetingRepeatedMonth: Rule = {
  meta: {
    id: 'meeting.repeated-month',
    severity: 'info',
    title: {
      vi: 'Hai buổi thường kỳ trong một tháng',
      en: 'Two regular meetings in one month',
    },
    description: {
      vi: 'Nhật ký sinh hoạt ghi chi bộ sinh hoạt thường kỳ hơn một lần trong cùng một tháng. Sinh hoạt thường kỳ tính theo tháng, nên tháng đó chỉ tính một buổi; có thể là buổi của tháng khác ghi nhầm ngày, hoặc một buổi chuyên đề ghi nhầm loại.',
      en: "A meeting log records more than one regular meeting of a cell in the same month. Regular meetings count by month, so the month counts once; the extra one may be another month's meeting with a wrong date, or a thematic meeting typed as regular.",
    },
    message: {
      vi: '{unit} tháng {month}/{year}: {count} buổi sinh hoạt thường kỳ (dòng {rows}); chỉ tính một tháng.',
      en: '{unit}, month {month} of {year}: {count} regular meetings (rows {rows}); the month counts once.',
    },
  },
  check({ model, report }) {
    for (const o of model.logMeetings) {
      for (const { month, entries } of o.repeatedMonths) {
        // The second meeting of the month is the one that adds nothing.
        const extra = entries[1]!;
        report({
          sheet: o.result.sheet,
          row: extra.row,
          col: o.log.table.dateCol,
          params: {
            unit: logUnitLabel(o),
            month,
            year: o.year,
            count: entries.length,
            rows: entries.map((e) => e.row + 1).join(', '),
          },
        });
      }
    }
  },
};
