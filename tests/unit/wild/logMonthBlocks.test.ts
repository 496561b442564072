/**
 * A hand log grouped under month lines (round 5, log-month-blocks): "THÁNG 3" over that month's
 * meetings, each with the day of the month only. The month comes from the line above each day.
 */
import type { Scalar } from '../../../src/core/model/snapshot';
import { checkSpecs as check, errorsOf as errors } from '../../helpers/checkSpecs';

const CELLS = ['Chi bộ thôn Đông', 'Chi bộ thôn Tây', 'Chi bộ thôn Nam'];

/**
 * A year's log: every cell meets each month (thôn Tây skips July) and holds a thematic meeting
 * each quarter (thôn Nam none in the third), under "THÁNG n" lines; days as `day(d)`.
 */
function log(day: (d: number) => Scalar, title = 'SỔ GHI CÁC BUỔI SINH HOẠT CHI BỘ NĂM 2024') {
  const rows: Scalar[][] = [
    [title],
    ['Đảng bộ xã Hòa Bình'],
    [],
    ['Ngày', 'Chi bộ', 'Loại', 'Nội dung', 'Số ĐV dự', 'Số ĐV'],
  ];
  for (let m = 1; m <= 12; m++) {
    rows.push([`THÁNG ${m}`]);
    CELLS.forEach((cell, i) => {
      if (!(i === 1 && m === 7)) {
        rows.push([day(5 + i), cell, 'TK', `Thường kỳ tháng ${m}`, 18, 20]);
      }
      if (m % 3 === 2 && !(i === 2 && m === 8)) {
        rows.push([day(20 + i), cell, 'CĐ', 'Học tập và làm theo tư tưởng Hồ Chí Minh', 19, 20]);
      }
    });
  }
  return rows;
}

function meetingIssues(report: ReturnType<typeof check>): string[] {
  return report.issues.filter((i) => i.rule.startsWith('meeting.')).map((i) => i.rule);
}

describe('a log of days of the month under "THÁNG n" lines', () => {
  it.each([
    ['days typed as numbers', (d: number) => d],
    ['days typed as text "05"', (d: number) => String(d).padStart(2, '0')],
  ])("is read as a meeting log, each day in its line's month (%s)", (_, day) => {
    const report = check({ name: 'So ghi SH', rows: log(day) });
    expect(errors(report)).toEqual([]);
    expect(report.results.meetings.map((m) => [m.unit, m.year, m.regular, m.compliant])).toEqual([
      ['Chi bộ thôn Đông', 2024, 12, true],
      ['Chi bộ thôn Tây', 2024, 11, false],
      ['Chi bộ thôn Nam', 2024, 12, false],
    ]);
    expect(meetingIssues(report).sort()).toEqual([
      'meeting.regular-short',
      'meeting.thematic-short',
    ]);
  });

  it('takes the year from the sheet name when the title names none', () => {
    const report = check({ name: 'Nhật ký 2023', rows: log((d) => d, 'SỔ GHI SINH HOẠT CHI BỘ') });
    expect(report.results.meetings.map((m) => m.year)).toEqual([2023, 2023, 2023]);
  });

  it('reads nothing, and raises nothing, where no year is named anywhere', () => {
    const report = check({ name: 'So ghi SH', rows: log((d) => d, 'SỔ GHI SINH HOẠT CHI BỘ') });
    expect(report.results.meetings).toEqual([]);
    expect(errors(report)).toEqual([]);
  });

  it('does not take a numbered list under month lines for days', () => {
    const rows: Scalar[][] = [
      ['DANH SÁCH ĐẢNG VIÊN KẾT NẠP NĂM 2024'],
      ['STT', 'Họ và tên', 'Chi bộ', 'Ghi chú'],
    ];
    let n = 1;
    for (let m = 1; m <= 4; m++) {
      rows.push([`THÁNG ${m}`]);
      for (const cell of CELLS) rows.push([n++, `Nguyễn Văn ${n}`, cell, 'Kết nạp mới']);
    }
    const report = check({ name: 'Ket nap', rows });
    expect(report.results.meetings).toEqual([]);
  });
});
