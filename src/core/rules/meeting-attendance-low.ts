import { logUnitLabel } from '../compute/logMeetings';
import { unitLabel } from '../compute/meetings';
import type { Rule } from './rule';

export const meetingAttendanceLow: Rule = {
  meta: {
    id: 'meeting.attendance-low',
    severity: 'warning',
    title: { vi: 'Tỷ lệ dự họp thấp', en: 'Low attendance' },
    description: {
      vi: 'Hướng dẫn 12-HD/BTCTW yêu cầu trên 85% đảng viên dự sinh hoạt. Khi sổ ghi số người dự, buổi có từ 85% trở xuống được nêu.',
      en: 'Hướng dẫn 12-HD/BTCTW asks for more than 85% of members to attend. Where the register records attendance, a meeting at or below 85% is flagged.',
    },
    message: {
      vi: '{unit} tháng {month}/{year}: {attending}/{members} đảng viên dự ({share}%).',
      en: '{unit}, month {month} of {year}: {attending} of {members} members attended ({share}%).',
    },
  },
  check({ model, report }) {
    for (const o of model.logMeetings) {
      const cellMembers = Math.max(0, ...o.entries.map((e) => e.members ?? 0));
      for (const e of o.lowAttendance) {
        const members = e.members ?? cellMembers;
        const attending = e.attending ?? 0;
        report({
          sheet: o.result.sheet,
          row: e.row,
          col: o.log.table.attendingCol ?? o.log.table.dateCol,
          value: attending,
          params: {
            unit: logUnitLabel(o),
            month: e.date.month,
            year: o.year,
            attending,
            members,
            share: members ? Math.round((attending / members) * 1000) / 10 : 0,
          },
        });
      }
    }
    for (const o of model.meetings) {
      for (const m of o.lowAttendance) {
        const month = o.row.months.indexOf(m) + 1;
        const members = o.row.members ?? m.members ?? 0;
        // A share typed without its head count ("75%") reads back as the members it stands for.
        const attending = m.attending ?? Math.round((m.share ?? 0) * members);
        const share = m.share ?? (members ? attending / members : 0);
        report({
          sheet: o.result.sheet,
          row: m.row,
          col: m.col,
          value: m.raw,
          params: {
            unit: unitLabel(o.row),
            month,
            year: o.row.year ?? '?',
            attending,
            members,
            share: Math.round(share * 1000) / 10,
          },
        });
      }
    }
  },
};
