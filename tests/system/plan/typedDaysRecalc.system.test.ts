import { checkWorkbook } from '../../../src/core/engine';
import { resolveSettings } from '../../../src/core/settings';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';
import { requireLibreOffice } from '../../helpers/libreOffice';
import { meetingRowsAfterRecalc, yearRegister } from '../../helpers/recalcCounts';

/**
 * The day of the meeting typed in a month cell (round 7 of the wild layouts, issue #10): "ngày 15",
 * "Ngày 15/3", "15/3 (tối)" are meetings held. The regular meetings and the verdicts the written
 * meetings sheet gives in LibreOffice are the engine's.
 */
describe('typed meeting days recalculated by LibreOffice', () => {
  it('match the engine', async () => {
    requireLibreOffice();
    const { wb, ws, months } = yearRegister(
      'Ngày SH 2023',
      'THEO DÕI NGÀY SINH HOẠT CHI BỘ NĂM 2023',
    );
    const rows: [string, (string | null)[]][] = [
      ['Chi bộ thôn Đông', months.map((_, m) => `ngày ${m + 10}`)],
      ['Chi bộ thôn Tây', months.map((_, m) => (m === 6 ? null : `Ngày ${m + 10}/${m + 1}`))],
      ['Chi bộ thôn Nam', months.map((_, m) => `${m + 10}/${m + 1} (${m % 2 ? 'tối' : 'sáng'})`)],
    ];
    rows.forEach(([name, marks], i) => {
      ws.getRow(3 + i).values = [i + 1, name, ...marks, 'x', 'x', 'x', 'x'];
    });
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const snapshot = readXlsx(bytes);
    const settings = resolveSettings({});
    const check = checkWorkbook(snapshot, settings);
    const engine = check.report.results.meetings.map((m) => [m.unit, m.regular, m.compliant]);
    expect(engine).toEqual([
      ['Chi bộ thôn Đông', 12, true],
      ['Chi bộ thôn Tây', 11, false],
      ['Chi bộ thôn Nam', 12, true],
    ]);
    expect(check.report.issues.filter((i) => i.severity === 'error')).toEqual([]);

    const written = meetingRowsAfterRecalc(
      check,
      snapshot,
      bytes,
      'typed-days-checked',
      [4, 5, 10],
    );
    for (const m of check.report.results.meetings) {
      const verdict =
        m.compliant === true ? 'Đạt' : m.compliant === false ? 'Không đạt' : 'Chưa đủ dữ liệu';
      expect([m.unit, written.get(m.row)]).toEqual([m.unit, [m.regular, 0, verdict]]);
    }
  });
});
