import { lastMeetingBefore, logUnitLabel } from '../compute/logMeetings';
import { unitLabel } from '../compute/meetings';
import type { MeetingOutcome } from '../compute/meetings';
import type { NumberCell } from '../parse/numbers';
import type { Rule } from './rule';

export const meetingNoData: Rule = {
  meta: {
    id: 'meeting.no-data',
    severity: 'info',
    title: { vi: 'Chưa có số liệu', en: 'No data yet' },
    description: {
      vi: 'Các tháng cuối năm để trống mà quý đó cũng chưa ghi sinh hoạt chuyên đề, hoặc có ghi chú "chưa tổng hợp", là chưa có số liệu chứ không phải không sinh hoạt; ở sổ ghi số buổi cả năm ("12/12"), ô số buổi hay ô chuyên đề không đọc được thành số hay nội dung ("đủ", "?") cũng vậy. Kết luận đạt/không đạt của dòng đó là "chưa đủ dữ liệu" nếu số liệu còn thiếu có thể làm thay đổi nó.',
      en: 'Blank months at the end of the year whose quarter has no thematic record either, or a "not yet compiled" note, mean no data rather than "not held"; so does, in a register with the year\'s count ("12/12"), a count or a quarter that reads as no number and no topic ("đủ", "?"). The row\'s compliance is unknown where the missing data could change it.',
    },
    message: {
      vi: '{unit} năm {year}: chưa có số liệu {what}.',
      en: '{unit}, {year}: no data for {whatEn}.',
    },
  },
  check({ model, report }) {
    // A log that stops before the year ends: the cell's last meeting is where its record stops.
    for (const o of model.logMeetings) {
      if (o.noDataMonths.length === 0 && o.noDataQuarters.length === 0) continue;
      const at = lastMeetingBefore(o, 13);
      const months = o.noDataMonths.join(', ');
      const quarters = o.noDataQuarters.map((q) => ['I', 'II', 'III', 'IV'][q - 1]).join(', ');
      report({
        sheet: o.result.sheet,
        row: at.row,
        col: o.log.table.dateCol,
        wholeRow: true,
        params: {
          unit: logUnitLabel(o),
          year: o.year,
          what: [months && `tháng ${months}`, quarters && `chuyên đề quý ${quarters}`]
            .filter(Boolean)
            .join('; '),
          whatEn: [
            months && `months ${months}`,
            quarters && `thematic meetings of quarter ${quarters}`,
          ]
            .filter(Boolean)
            .join('; '),
        },
      });
    }
    for (const o of model.meetings) {
      if (o.row.regularCount) {
        reportCountRow(o, report);
        continue;
      }
      if (o.noDataMonths.length === 0 && o.noDataQuarters.length === 0) continue;
      const cols = o.noDataMonths
        .map((m) => o.table.monthCols[m - 1])
        .concat(o.noDataQuarters.map((q) => o.table.quarterCols[q - 1]))
        .filter((c): c is number => c !== undefined);
      const months = o.noDataMonths.join(', ');
      const quarters = o.noDataQuarters.map((q) => ['I', 'II', 'III', 'IV'][q - 1]).join(', ');
      report({
        sheet: o.result.sheet,
        row: o.row.row,
        col: cols.length ? Math.min(...cols) : o.table.cellCol,
        wholeRow: true,
        ...(cols.length
          ? {
              range: { r0: o.row.row, c0: Math.min(...cols), r1: o.row.row, c1: Math.max(...cols) },
            }
          : {}),
        params: {
          unit: unitLabel(o.row),
          year: o.row.year ?? '?',
          what: [months && `tháng ${months}`, quarters && `chuyên đề quý ${quarters}`]
            .filter(Boolean)
            .join('; '),
          whatEn: [
            months && `months ${months}`,
            quarters && `thematic meetings of quarter ${quarters}`,
          ]
            .filter(Boolean)
            .join('; '),
        },
      });
    }
  },
};

/**
 * A register without months: a yearly count that says no number ("đủ", "?", blank), or a
 * quarter that names no topic and no count ("?"), each at its own cell.
 */
function reportCountRow(o: MeetingOutcome, report: Parameters<Rule['check']>[0]['report']): void {
  const unreadable = [o.row.regularCount!, ...o.row.quarters].filter(
    (c): c is NumberCell => c !== null && c.value === null && c.status !== 'blank',
  );
  const count = o.row.regularCount!;
  if (count.status === 'blank') unreadable.unshift(count);
  for (const c of unreadable) {
    const typed = c.raw === null ? '' : ` ("${String(c.raw)}")`;
    const q = c === count ? 0 : o.row.quarters.indexOf(c) + 1;
    const roman = ['I', 'II', 'III', 'IV'][q - 1];
    report({
      sheet: o.result.sheet,
      row: c.row,
      col: c.col,
      value: c.raw,
      params: {
        unit: unitLabel(o.row),
        year: o.row.year ?? '?',
        what: q ? `chuyên đề quý ${roman}${typed}` : `số buổi sinh hoạt thường kỳ cả năm${typed}`,
        whatEn: q
          ? `the thematic meeting of quarter ${roman}${typed}`
          : `the year's regular meetings${typed}`,
      },
    });
  }
}
