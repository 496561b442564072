import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../../src/core/engine';
import { buildPlan } from '../../../src/core/plan/buildPlan';
import type { MeetingResult } from '../../../src/core/report/types';
import { resolveSettings } from '../../../src/core/settings';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';
import { requireLibreOffice } from '../../helpers/libreOffice';
import { meetingRowsAfterRecalc, yearRegister } from '../../helpers/recalcCounts';

/**
 * Registers the wild layouts showed the engine misreading (docs/wild-layouts.md, "Registers"):
 * an app's yearly summary of counts, a month split into regular and thematic columns, days typed
 * with a dot. The meetings sheet's regular count, months without records, quarters and verdict,
 * recalculated by LibreOffice, are the engine's; no written formula passes Excel's 8,192
 * characters.
 */
const VERDICT = { true: 'Đạt', false: 'Không đạt', null: 'Chưa đủ dữ liệu' } as const;
/** Meetings sheet columns: regular, without records, quarters I–IV, verdict. */
const COLS = [4, 5, 6, 7, 8, 9, 10];

/**
 * Checks the workbook, writes the plan and has LibreOffice recalculate it: each register row's
 * regular count, months without records and verdict are the engine's, and its quarter cells
 * what `quarters` expects of the row (by default the engine's thematic meetings per quarter).
 */
async function recalcMatches(
  wb: ExcelJS.Workbook,
  name: string,
  quarters: (m: MeetingResult) => unknown[] = (m) => m.thematicByQuarter.map((q) => q ?? ''),
): Promise<MeetingResult[]> {
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const snapshot = readXlsx(bytes);
  const check = checkWorkbook(snapshot, resolveSettings({}));
  expect(check.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
  const longest = Math.max(
    ...buildPlan(check, snapshot, resolveSettings({})).sheets.flatMap((s) =>
      s.cells.map((c) => c.formula?.length ?? 0),
    ),
  );
  expect(longest).toBeLessThan(8192);
  const written = meetingRowsAfterRecalc(check, snapshot, bytes, name, COLS);
  const results = check.report.results.meetings;
  for (const m of results) {
    const got = written.get(m.row)!;
    const cellsQ = got.slice(2, 6).map((q) => (q === undefined || q === null ? '' : q));
    expect([m.unit, m.year, got[0], got[1], ...cellsQ, got[6]]).toEqual([
      m.unit,
      m.year,
      m.regular,
      m.monthsWithoutData.length,
      ...quarters(m),
      VERDICT[String(m.compliant) as 'true' | 'false' | 'null'],
    ]);
  }
  return results;
}

describe('registers the wild layouts exposed, recalculated by LibreOffice', () => {
  it("an app's yearly summary: the verdicts from the year's two counts", async () => {
    requireLibreOffice();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.getRow(1).values = ['STT', 'TenChiBo', 'Nam', 'SoBuoiThuongKy', 'SoBuoiChuyenDe'];
    const rows = [
      ['Chi bộ thôn Đông', '2023', '12', '4'],
      ['Chi bộ thôn Đông', '2024', '10', '4'],
      ['Chi bộ thôn Tây', '2023', '12', '2'],
      ['Chi bộ thôn Tây', '2024', '12', '5'],
    ];
    rows.forEach((r, i) => {
      ws.getRow(2 + i).values = [String(i + 1), ...r];
    });
    // The year's thematic count is written in the first quarter's cell.
    const counts = new Map(rows.map((r, i) => [i + 2, Number(r[3])]));
    const results = await recalcMatches(wb, 'year-summary-checked', (m) => [
      counts.get(m.row),
      '',
      '',
      '',
    ]);
    expect(results.map((m) => m.compliant)).toEqual([true, false, false, true]);
  }, 120_000);

  it("a month split into 'TK' and 'CĐ' columns: each quarter from its months", async () => {
    requireLibreOffice();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('SH 2024');
    ws.getCell('A1').value = 'THEO DÕI SINH HOẠT CHI BỘ NĂM 2024';
    ws.getCell('A2').value = 'STT';
    ws.getCell('B2').value = 'Tên chi bộ';
    ws.mergeCells(2, 1, 4, 1);
    ws.mergeCells(2, 2, 4, 2);
    for (let q = 0; q < 4; q++) {
      ws.getCell(2, 3 + q * 6).value = `Quý ${['I', 'II', 'III', 'IV'][q]}`;
      ws.mergeCells(2, 3 + q * 6, 2, 8 + q * 6);
    }
    for (let m = 0; m < 12; m++) {
      ws.getCell(3, 3 + m * 2).value = `Tháng ${m + 1}`;
      ws.mergeCells(3, 3 + m * 2, 3, 4 + m * 2);
      ws.getCell(4, 3 + m * 2).value = 'TK';
      ws.getCell(4, 4 + m * 2).value = 'CĐ';
    }
    const cells: [string, number | null, number[]][] = [
      ['Chi bộ thôn Đông', null, [1, 4, 7, 10]],
      ['Chi bộ thôn Tây', 5, [0, 3, 6, 9]],
      ['Chi bộ thôn Nam', null, [0, 2, 6, 9]],
    ];
    cells.forEach(([name, skip, thematic], i) => {
      const v: (string | number | null)[] = [i + 1, name];
      for (let m = 0; m < 12; m++)
        v.push(m === skip ? null : 'x', thematic.includes(m) ? 'x' : null);
      ws.getRow(5 + i).values = v;
    });
    const results = await recalcMatches(wb, 'month-kinds-checked');
    expect(results.map((m) => [m.thematicByQuarter, m.compliant])).toEqual([
      [[1, 1, 1, 1], true],
      [[1, 1, 1, 1], false],
      [[2, 0, 1, 1], false],
    ]);
  }, 120_000);

  it('days typed with a dot ("15.3", "15.3 (sáng)", "15-3") are meetings held', async () => {
    requireLibreOffice();
    const { wb, ws, months } = yearRegister(
      'Ngày SH 2023',
      'THEO DÕI NGÀY SINH HOẠT CHI BỘ NĂM 2023',
    );
    const rows: [string, (string | null)[], (string | null)[]][] = [
      [
        'Chi bộ thôn Đông',
        months.map((_, m) => `${m + 10}.${m + 1}`),
        ['20.2', '20.5', '20.8', '20.11'],
      ],
      [
        'Chi bộ thôn Tây',
        months.map((_, m) => (m === 6 ? null : `${m + 10}.${m + 1} (${m % 2 ? 'tối' : 'sáng'})`)),
        ['20.2 (sáng)', 'x', 'x', 'x'],
      ],
      ['Chi bộ thôn Nam', months.map((_, m) => `${m + 10}-${m + 1}`), ['20-2', null, 'x', 'x']],
    ];
    rows.forEach(([name, marks, quarters], i) => {
      ws.getRow(3 + i).values = [i + 1, name, ...marks, ...quarters];
    });
    const results = await recalcMatches(wb, 'dotted-days-checked');
    expect(results.map((m) => [m.unit, m.regular, m.thematicByQuarter, m.compliant])).toEqual([
      ['Chi bộ thôn Đông', 12, [1, 1, 1, 1], true],
      ['Chi bộ thôn Tây', 11, [1, 1, 1, 1], false],
      ['Chi bộ thôn Nam', 12, [1, 0, 1, 1], false],
    ]);
  }, 120_000);
});
