import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../../src/core/engine';
import { buildPlan } from '../../../src/core/plan/buildPlan';
import { resolveSettings } from '../../../src/core/settings';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';
import { applyPlan } from '../../../src/hosts/xlsx/write/applyPlan';
import { convert, requireLibreOffice } from '../../helpers/libreOffice';

/**
 * A log per sheet, the cell named only by the title or the sheet (issue #10, round 5): the
 * meetings sheet's written counts, recalculated by LibreOffice, are the engine's, though the log
 * has no column naming its cell.
 */
describe('a sheet per cell, recalculated by LibreOffice', () => {
  it('matches the engine', async () => {
    requireLibreOffice();
    const wb = new ExcelJS.Workbook();
    const sheets: [string, string, number, number][] = [
      ['CB Đoàn Kết', 'SỔ THEO DÕI SINH HOẠT CHI BỘ THÔN ĐOÀN KẾT NĂM 2023', 0, 0],
      ['Thôn Phố Vị', 'SỔ THEO DÕI SINH HOẠT CHI BỘ NĂM 2023', 6, 0],
      ['CB Làng Cà', 'SỔ THEO DÕI SINH HOẠT CHI BỘ THÔN LÀNG CÀ', 0, 3],
    ];
    for (const [name, title, gap, noQ] of sheets) {
      const ws = wb.addWorksheet(name);
      ws.getCell('A1').value = title;
      ws.getRow(3).values = ['Tháng', 'Ngày', 'Hình thức', 'Nội dung', 'Số ĐV dự', 'Tổng số ĐV'];
      const rows: [Date | string, string][] = [];
      for (let m = 1; m <= 12; m++) {
        if (m !== gap) rows.push([new Date(Date.UTC(2023, m - 1, 5)), 'Thường kỳ']);
        // Some days typed as text, as exports leave them.
        if (m % 3 === 2 && Math.ceil(m / 3) !== noQ)
          rows.push([`20/${String(m).padStart(2, '0')}/2023`, 'Chuyên đề']);
      }
      rows.forEach(([day, kind], i) => {
        const month = typeof day === 'string' ? Number(day.slice(3, 5)) : day.getUTCMonth() + 1;
        ws.getRow(4 + i).values = [
          month,
          day,
          kind,
          kind === 'Chuyên đề' ? 'Chuyển đổi số' : 'Sinh hoạt thường kỳ',
          17,
          18,
        ];
        ws.getCell(4 + i, 2).numFmt = 'dd/mm/yyyy';
      });
    }
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const snapshot = readXlsx(bytes);
    const settings = resolveSettings({});
    const check = checkWorkbook(snapshot, settings);
    const meetings = check.report.results.meetings;
    expect(meetings.map((m) => [m.unit, m.regular, m.thematicByQuarter, m.compliant])).toEqual([
      ['Chi bộ thôn Đoàn Kết', 12, [1, 1, 1, 1], true],
      ['Chi bộ thôn Phố Vị', 11, [1, 1, 1, 1], false],
      ['Chi bộ thôn Làng Cà', 12, [1, 1, 0, 1], false],
    ]);

    const plan = buildPlan(check, snapshot, settings);
    const dir = convert(applyPlan(bytes, plan), 'one-cell-log', 'xlsx');
    const recalculated = readXlsx(fs.readFileSync(path.join(dir, 'one-cell-log.xlsx')));
    const meetingsName = plan.sheets.find((s) => s.key === 'meetings')!.name;
    const sheet = recalculated.sheets.find((s) => s.name === meetingsName)!;
    const written = new Map<string, unknown[]>();
    for (const row of sheet.rows) {
      const v = row?.v ?? [];
      if (typeof v[0] === 'number' && typeof v[2] === 'string') written.set(v[2], v);
    }
    const L = { true: 'Đạt', false: 'Không đạt', null: 'Chưa đủ dữ liệu' } as const;
    for (const m of meetings) {
      const v = written.get(m.unit)!;
      expect([m.unit, v[4], v[5], ...v.slice(6, 10), v[10]]).toEqual([
        m.unit,
        m.regular,
        m.monthsWithoutData.length,
        ...m.thematicByQuarter.map((q) => q ?? ''),
        L[String(m.compliant) as 'true' | 'false' | 'null'],
      ]);
    }
  });
});
