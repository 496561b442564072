import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../../src/core/engine';
import { resolveSettings } from '../../../src/core/settings';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';
import { requireLibreOffice } from '../../helpers/libreOffice';
import { meetingRowsAfterRecalc } from '../../helpers/recalcCounts';

/**
 * Meetings held online (round 7 of the wild layouts, issue #10): "TT", "x(TT)", "Trực tuyến",
 * "Online" in month and quarter cells are meetings held. The regular meetings and the verdicts
 * the written meetings sheet gives in LibreOffice are the engine's.
 */
describe('online meeting marks recalculated by LibreOffice', () => {
  it('match the engine', async () => {
    requireLibreOffice();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('SH 2025');
    ws.getCell('A1').value = 'THEO DÕI SINH HOẠT CHI BỘ NĂM 2025';
    const months = Array.from({ length: 12 }, (_, m) => `T${m + 1}`);
    ws.getRow(2).values = ['STT', 'Chi bộ', ...months, 'CĐ Q1', 'CĐ Q2', 'CĐ Q3', 'CĐ Q4'];
    const rows: [string, string[], string[]][] = [
      ['Chi bộ thôn Đông', months.map((_, m) => (m % 2 ? 'TT' : 'x')), ['x', 'TT', 'x', 'TT']],
      ['Chi bộ thôn Tây', months.map((_, m) => (m === 4 ? 'K' : 'x(TT)')), ['x', 'x', 'x', 'x']],
      ['Chi bộ thôn Nam', months.map(() => 'Trực tuyến'), ['Online', 'x', 'x', '']],
      ['Chi bộ thôn Bắc', months.map(() => 'Online'), ['TT', 'TT', 'TT', 'TT']],
    ];
    rows.forEach(([name, marks, quarters], i) => {
      ws.getRow(3 + i).values = [i + 1, name, ...marks, ...quarters];
    });
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const snapshot = readXlsx(bytes);
    const settings = resolveSettings({});
    const check = checkWorkbook(snapshot, settings);
    const engine = check.report.results.meetings.map((m) => [m.unit, m.regular, m.compliant]);
    expect(engine).toEqual([
      ['Chi bộ thôn Đông', 12, true],
      ['Chi bộ thôn Tây', 11, false],
      ['Chi bộ thôn Nam', 12, false],
      ['Chi bộ thôn Bắc', 12, true],
    ]);
    expect(check.report.issues.filter((i) => i.severity === 'error')).toEqual([]);

    const written = meetingRowsAfterRecalc(
      check,
      snapshot,
      bytes,
      'online-marks-checked',
      [4, 5, 10],
    );
    for (const m of check.report.results.meetings) {
      const verdict =
        m.compliant === true ? 'Đạt' : m.compliant === false ? 'Không đạt' : 'Chưa đủ dữ liệu';
      expect([m.unit, written.get(m.row)]).toEqual([m.unit, [m.regular, 0, verdict]]);
    }
  });
});
