import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../../src/core/engine';
import { resolveSettings } from '../../../src/core/settings';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';
import { addLog, byDate, fullYear, type Meeting } from './logWorkbook';

async function check(meetings: Meeting[]) {
  const wb = new ExcelJS.Workbook();
  addLog(wb, meetings, { textDates: true });
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return checkWorkbook(readXlsx(bytes), resolveSettings({})).report;
}

const A = 'Chi bộ Thôn Đồng Bé';
const B = 'Chi bộ Thôn Làng Nầm';
/** Log rows start on sheet row 4 (title, blank, header). */
const FIRST_ROW = 4;

describe('log rows the engine cannot count', () => {
  it('are named once, as an info: an unreadable day and a kind that is neither', async () => {
    const meetings = byDate([...fullYear(A, 2021), ...fullYear(B, 2021)]);
    const extra = meetings.findIndex((m) => m.day === '05/06/2021');
    meetings.splice(extra, 0, { day: '20/05/2021', cell: A, kind: 'SH đột xuất' });
    const typo = meetings.findIndex((m) => m.day === '05/09/2021' && m.cell === B);
    meetings[typo] = { ...meetings[typo]!, day: '31/09/2021' };
    const r = await check(meetings);
    const unread = r.issues.filter((f) => f.rule === 'meeting.log-unread');
    expect(unread.map((f) => [f.severity, f.row])).toEqual([['info', FIRST_ROW + extra]]);
    expect(unread[0]!.messages.en).toBe(
      `Log Nhật ký: 2 rows count in no month or quarter (day unreadable: row ${FIRST_ROW + typo}; ` +
        `kind "SH đột xuất" neither regular nor thematic: row ${FIRST_ROW + extra}).`,
    );
    // The extraordinary meeting counts as neither; B's September is missed, not unknown.
    expect(r.results.meetings.map((m) => [m.unit, m.regular, m.compliant])).toEqual([
      [A, 12, true],
      [B, 11, false],
    ]);
  });

  it('a log whose every row counts says nothing', async () => {
    const r = await check(byDate([...fullYear(A, 2021), ...fullYear(B, 2021)]));
    expect(r.issues.filter((f) => f.rule === 'meeting.log-unread')).toEqual([]);
  });
});
