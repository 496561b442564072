import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../../src/core/engine';
import { resolveSettings } from '../../../src/core/settings';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';
import { requireLibreOffice } from '../../helpers/libreOffice';
import { meetingRowsAfterRecalc } from '../../helpers/recalcCounts';

/**
 * Month cells of round 5's registers (issue #10): shares attending ("96%"), "attending/members"
 * ("19/20"), Wingdings ticks, status words ("Đã họp", "Chưa họp") and a not-held word with its
 * reason ("Hoãn (mưa bão)"). The regular meetings and the verdicts the written meetings sheet
 * gives in LibreOffice are the engine's.
 */
describe('register month words recalculated by LibreOffice', () => {
  it('match the engine', async () => {
    requireLibreOffice();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('SHCB 2024');
    ws.getCell('A1').value = 'THEO DÕI SINH HOẠT CHI BỘ NĂM 2024';
    const months = Array.from({ length: 12 }, (_, m) => `Tháng ${m + 1}`);
    ws.getRow(2).values = ['STT', 'Chi bộ', ...months, 'Quý I', 'Quý II', 'Quý III', 'Quý IV'];
    const rows: [string, (string | number)[]][] = [
      ['Chi bộ thôn Đông', months.map((_, m) => (m === 4 ? 'Hoãn (mưa bão)' : '96%'))],
      ['Chi bộ thôn Tây', months.map((_, m) => (m === 7 ? 'Không SH - lụt' : '19/20'))],
      ['Chi bộ thôn Nam', months.map(() => 'Đã họp')],
      ['Chi bộ thôn Bắc', months.map((_, m) => (m === 2 ? 'Chưa họp' : 'ü'))],
      ['Chi bộ thôn Trung', months.map(() => 0.95)],
    ];
    rows.forEach(([name, marks], i) => {
      ws.getRow(3 + i).values = [i + 1, name, ...marks, 'x', 'x', 'x', 'x'];
      if (name === 'Chi bộ thôn Trung')
        for (let c = 3; c <= 14; c++) ws.getCell(3 + i, c).numFmt = '0%';
    });
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const snapshot = readXlsx(bytes);
    const settings = resolveSettings({});
    const check = checkWorkbook(snapshot, settings);
    const engine = check.report.results.meetings.map((m) => [m.unit, m.regular, m.compliant]);
    expect(engine).toEqual([
      ['Chi bộ thôn Đông', 11, false],
      ['Chi bộ thôn Tây', 11, false],
      ['Chi bộ thôn Nam', 12, true],
      ['Chi bộ thôn Bắc', 11, false],
      ['Chi bộ thôn Trung', 12, true],
    ]);
    expect(check.report.issues.filter((i) => i.severity === 'error')).toEqual([]);

    const written = meetingRowsAfterRecalc(
      check,
      snapshot,
      bytes,
      'register-words-checked',
      [4, 5, 10],
    );
    for (const m of check.report.results.meetings) {
      const verdict =
        m.compliant === true ? 'Đạt' : m.compliant === false ? 'Không đạt' : 'Chưa đủ dữ liệu';
      expect([m.unit, written.get(m.row)]).toEqual([m.unit, [m.regular, 0, verdict]]);
    }
  });
});
