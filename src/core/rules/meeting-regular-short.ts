import { lastMeetingBefore, logUnitLabel } from '../compute/logMeetings';
import { unitLabel } from '../compute/meetings';
import type { Rule } from './rule';

export const meetingRegularShort: Rule = {
  meta: {
    id: 'meeting.regular-short',
    severity: 'warning',
    title: { vi: 'Thiếu buổi sinh hoạt thường kỳ', en: 'Too few regular meetings' },
    description: {
      vi: 'Chi bộ sinh hoạt thường kỳ ít hơn số buổi bắt buộc trong năm (mỗi tháng một lần: 12 buổi; Điều lệ Đảng, Điều 24).',
      en: 'A party cell held fewer regular meetings in a year than required (monthly: 12; Party Statute, Article 24).',
    },
    message: {
      vi: '{unit} năm {year}: {held}/{required} buổi sinh hoạt thường kỳ.',
      en: '{unit}, {year}: {held} of {required} regular meetings.',
    },
  },
  check({ model, settings, report }) {
    for (const o of model.meetings) {
      if (o.regular !== 'short') continue;
      const cols = o.table.monthCols.filter((c): c is number => c !== undefined);
      // A register without months: the typed count is the evidence.
      const countCol = o.table.regularCountCol;
      report({
        sheet: o.result.sheet,
        row: o.row.row,
        col: countCol ?? o.table.cellCol,
        ...(cols.length
          ? {
              range: { r0: o.row.row, c0: Math.min(...cols), r1: o.row.row, c1: Math.max(...cols) },
            }
          : {}),
        expected: settings.meetings.regularPerYear,
        actual: o.result.regular,
        params: {
          unit: unitLabel(o.row),
          year: o.row.year ?? '?',
          held: o.result.regular,
          required: settings.meetings.regularPerYear,
        },
      });
    }
    // A log: the cell's last meeting before its first month without one is the evidence.
    for (const o of model.logMeetings) {
      if (o.regular !== 'short') continue;
      const at = lastMeetingBefore(o, o.missedMonths[0]!);
      report({
        sheet: o.result.sheet,
        row: at.row,
        col: o.log.table.dateCol,
        expected: settings.meetings.regularPerYear,
        actual: o.result.regular,
        params: {
          unit: logUnitLabel(o),
          year: o.year,
          held: o.result.regular,
          required: settings.meetings.regularPerYear,
        },
      });
    }
  },
};
