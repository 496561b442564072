import { logUnitLabel } from '../compute/logMeetings';
import { unitLabel } from '../compute/meetings';
import type { Rule } from './rule';

export const meetingMembersMissing: Rule = {
  meta: {
    id: 'meeting.members-missing',
    severity: 'warning',
    title: { vi: 'Thiếu số đảng viên', en: 'Member count missing' },
    description: {
      vi: 'Sổ ghi số người dự sinh hoạt nhưng số đảng viên của chi bộ để trống hoặc bằng 0, nên không tính được tỷ lệ dự họp (các công thức chia cho số này báo #DIV/0!).',
      en: "The register records how many attended, but the cell's member count is blank or 0, so attendance cannot be checked (formulas dividing by it show #DIV/0!).",
    },
    message: {
      vi: '{unit} năm {year}: có ghi số người dự nhưng số đảng viên là "{value}".',
      en: '{unit}, {year}: attendance is recorded but the member count is "{value}".',
    },
  },
  check({ model, report }) {
    // A log: attendance recorded, but no meeting of the cell that year gives its members.
    for (const o of model.logMeetings) {
      const col = o.log.table.membersCol;
      if (col === undefined || o.entries.some((e) => e.members !== null)) continue;
      const first = o.entries.find((e) => e.attending !== null);
      if (!first) continue;
      const raw = o.log.table.view.cell(first.row, col).value;
      report({
        sheet: o.result.sheet,
        row: first.row,
        col,
        value: raw,
        params: { unit: logUnitLabel(o), year: o.year, value: String(raw ?? '') },
      });
    }
    for (const o of model.meetings) {
      const col = o.table.membersCol;
      if (col === undefined || o.row.members !== null) continue;
      if (!o.row.months.some((m) => m.attending !== undefined)) continue;
      const raw = o.table.view.cell(o.row.row, col).value;
      report({
        sheet: o.result.sheet,
        row: o.row.row,
        col,
        value: raw,
        params: { unit: unitLabel(o.row), year: o.row.year ?? '?', value: String(raw ?? '') },
      });
    }
  },
};
