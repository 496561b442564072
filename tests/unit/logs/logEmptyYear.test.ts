import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../../src/core/engine';
import { buildPlan } from '../../../src/core/plan/buildPlan';
import { resolveSettings } from '../../../src/core/settings';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';
import { addLog, byDate, fullYear, type Meeting } from './logWorkbook';

async function checked(meetings: Meeting[]) {
  const wb = new ExcelJS.Workbook();
  addLog(wb, meetings);
  const snapshot = readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
  return { ...checkWorkbook(snapshot, resolveSettings({})), snapshot };
}
const check = async (meetings: Meeting[]) => (await checked(meetings)).report;

const A = 'Chi bộ Thôn Đồng Bé';
const B = 'Chi bộ Thôn Làng Nầm';
/** Log rows start on sheet row 4 (title, blank, header). */
const FIRST_ROW = 4;

describe('a cell without a single meeting in a year the log covers', () => {
  it('held none that year: one result with no log rows, shown by its last meeting before', async () => {
    const meetings = byDate([...fullYear(A, 2020), ...fullYear(A, 2021), ...fullYear(B, 2020)]);
    const r = await check(meetings);
    const b2021 = r.results.meetings.find((m) => m.unit === B && m.year === 2021)!;
    expect([b2021.regular, b2021.thematicByQuarter, b2021.compliant, b2021.logRows]).toEqual([
      0,
      [0, 0, 0, 0],
      false,
      [],
    ]);
    // B's last meeting of 2020 is its December meeting.
    const lastOfB = meetings
      .map((m, i) => [m, i] as const)
      .filter(([m]) => m.cell === B)
      .pop()!;
    expect(lastOfB[0].day).toBe('05/12/2020');
    const row = FIRST_ROW + lastOfB[1];
    const about = r.issues.filter((f) => f.messages.en.startsWith(`${B}, 2021`));
    expect(about.map((f) => [f.rule, f.row])).toEqual([
      ['meeting.regular-short', row],
      ['meeting.thematic-short', row],
    ]);
    expect(about[1]!.messages.en).toContain('quarter I–IV had 0 thematic meetings');
  });

  it('gets its row on the meetings sheet, counting 0 by the same formulas', async () => {
    const c = await checked(
      byDate([...fullYear(A, 2020), ...fullYear(A, 2021), ...fullYear(B, 2020)]),
    );
    const sheet = buildPlan(c, c.snapshot, resolveSettings({})).sheets.find(
      (s) => s.key === 'meetings',
    )!;
    const rows = sheet.cells.filter((x) => x.col === 2 && x.value === B).map((x) => x.row);
    expect(rows).toHaveLength(2);
    const regular = sheet.cells.find((x) => x.row === rows[1] && x.col === 4)!;
    expect([regular.formula?.includes('COUNTIFS'), regular.cached]).toEqual([true, 0]);
  });

  it('stays silent before the cell’s first meeting, and in a year the log covers only in part', async () => {
    const untilOctober = fullYear(A, 2021).filter((m) => Number(m.day.slice(3, 5)) <= 10);
    const r = await check(
      byDate([...fullYear(A, 2020), ...untilOctober, ...fullYear(B, 2021).slice(0, 12)]),
    );
    expect(r.results.meetings.map((m) => [m.unit, m.year])).toEqual([
      [A, 2020],
      [A, 2021],
      [B, 2021],
    ]);
    const r2 = await check(byDate([...fullYear(A, 2020), ...fullYear(B, 2020), ...untilOctober]));
    expect(r2.results.meetings.filter((m) => m.unit === B).map((m) => m.year)).toEqual([2020]);
  });
});
