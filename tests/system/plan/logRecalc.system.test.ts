import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../../src/core/engine';
import type { WorkbookSnapshot } from '../../../src/core/model/snapshot';
import { buildPlan } from '../../../src/core/plan/buildPlan';
import { resolveSettings } from '../../../src/core/settings';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';
import { applyPlan } from '../../../src/hosts/xlsx/write/applyPlan';
import { convert, requireLibreOffice } from '../../helpers/libreOffice';
import { addLog, byDate, dateOf, fullYear, type Meeting } from '../../unit/logs/logWorkbook';

const A = 'Chi bộ Thôn A';
const B = 'Chi bộ Thôn B';
const C = 'Chi bộ Thôn C';
/** A complete; B misses July (kinds spelled "SH thường kỳ"/"SHCĐ"); C's 2021 log stops in October. */
const meetings: Meeting[] = byDate([
  ...fullYear(A, 2020),
  ...fullYear(B, 2020, { regular: 'SH thường kỳ', thematic: 'SHCĐ' }, 8).filter(
    (m) => m.day !== '08/07/2020',
  ),
  ...fullYear(C, 2021).filter((m) => !/\/1[12]\/2021$/.test(m.day)),
]);

async function logBytes(textDates: boolean, extra?: Meeting): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = addLog(wb, meetings, { attendance: true, textDates });
  if (extra) {
    // The blank row under the last meeting, where a user adds the next one.
    const row = ws.getRow(4 + meetings.length);
    row.values = [
      meetings.length + 1,
      dateOf(extra.day),
      extra.cell,
      extra.kind,
      'Bổ sung',
      18,
      20,
    ];
    row.getCell(2).numFmt = 'dd/mm/yyyy';
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function rowsOf(wb: WorkbookSnapshot, name: string): Map<string, unknown[]> {
  const sheet = wb.sheets.find((s) => s.name === name)!;
  const out = new Map<string, unknown[]>();
  for (const r of sheet.rows) {
    const v = r?.v ?? [];
    if (typeof v[0] === 'number' && typeof v[2] === 'string') out.set(`${v[2]} ${v[0]}`, v);
  }
  return out;
}

describe('meeting-log rows of the meetings sheet, recalculated by LibreOffice', () => {
  it.each([
    ['real dates', false],
    ['dates typed as text', true],
  ])(
    'give the engine’s counts and verdicts (%s)',
    async (_, textDates) => {
      requireLibreOffice();
      const bytes = await logBytes(textDates);
      const snapshot = readXlsx(bytes);
      const settings = resolveSettings({});
      const check = checkWorkbook(snapshot, settings);
      const plan = buildPlan(check, snapshot, settings);
      const name = plan.sheets.find((s) => s.key === 'meetings')!.name;
      const dir = convert(applyPlan(bytes, plan), 'log-checked', 'xlsx');
      const rows = rowsOf(readXlsx(fs.readFileSync(path.join(dir, 'log-checked.xlsx'))), name);
      const L = { true: 'Đạt', false: 'Không đạt', null: 'Chưa đủ dữ liệu' } as const;
      expect(check.report.results.meetings).toHaveLength(3);
      for (const m of check.report.results.meetings) {
        const v = rows.get(`${m.unit} ${m.year}`)!;
        expect([v[4], v[5], ...v.slice(6, 10), v[10]]).toEqual([
          m.regular,
          m.monthsWithoutData.length,
          ...m.thematicByQuarter.map((q) => q ?? ''),
          L[String(m.compliant) as 'true' | 'false' | 'null'],
        ]);
      }
      // The verdicts differ, so the comparison above can fail.
      expect(new Set(check.report.results.meetings.map((m) => m.compliant))).toEqual(
        new Set([true, false, null]),
      );
    },
    120_000,
  );

  it('a meeting added to the log after the check changes the verdict', async () => {
    requireLibreOffice();
    const before = await logBytes(false);
    const snapshot = readXlsx(before);
    const settings = resolveSettings({});
    const check = checkWorkbook(snapshot, settings);
    const plan = buildPlan(check, snapshot, settings);
    const name = plan.sheets.find((s) => s.key === 'meetings')!.name;
    expect(check.report.results.meetings.find((m) => m.unit === B)!.compliant).toBe(false);
    // The plan of the first check, written over the log with B's July meeting added.
    const after = await logBytes(false, { day: '20/07/2020', cell: B, kind: 'Thường kỳ' });
    const dir = convert(applyPlan(after, plan), 'log-added', 'xlsx');
    const rows = rowsOf(readXlsx(fs.readFileSync(path.join(dir, 'log-added.xlsx'))), name);
    const b = rows.get(`${B} 2020`)!;
    expect([b[4], b[10]]).toEqual([12, 'Đạt']);
    // The engine, run on the new log, agrees.
    const again = checkWorkbook(readXlsx(after), settings).report.results.meetings;
    expect(again.find((m) => m.unit === B)!.compliant).toBe(true);
  }, 120_000);
});
