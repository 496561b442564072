import { checkWorkbook } from '../../../src/core/engine';
import { resolveSettings } from '../../../src/core/settings';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';
import { requireLibreOffice } from '../../helpers/libreOffice';
import { meetingRowsAfterRecalc, yearRegister } from '../../helpers/recalcCounts';

/**
 * The day of the meeting as ISO text, as web forms and other programs write it (round 9 of the
 * wild layouts, issue #10): "2023-03-15", with or without a time, in month and quarter cells. The
 * regular meetings, thematic quarters and verdicts the written meetings sheet gives in
 * LibreOffice are the engine's; a quarter's ISO day is one meeting, not its serial number.
 */
describe('ISO meeting days recalculated by LibreOffice', () => {
  it('match the engine', async () => {
    requireLibreOffice();
    const { wb, ws, months } = yearRegister('SH 2023', 'THEO DÕI SINH HOẠT CHI BỘ NĂM 2023');
    const day = (m: number, d: number) => `2023-${String(m + 1).padStart(2, '0')}-${d}`;
    const quarters = (skip: number | null) =>
      [0, 1, 2, 3].map((q) => (q === skip ? null : day(q * 3 + 1, 20)));
    const rows: [string, (string | null)[], (string | null)[]][] = [
      ['Chi bộ thôn Đông', months.map((_, m) => day(m, 12)), quarters(null)],
      [
        'Chi bộ thôn Tây',
        months.map((_, m) => (m === 6 ? null : `${day(m, 10)} 08:00:00`)),
        quarters(null),
      ],
      ['Chi bộ thôn Nam', months.map((_, m) => `${day(m, 15)} 19:30`), quarters(2)],
    ];
    rows.forEach(([name, marks, qs], i) => {
      ws.getRow(3 + i).values = [i + 1, name, ...marks, ...qs];
    });
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const snapshot = readXlsx(bytes);
    const check = checkWorkbook(snapshot, resolveSettings({}));
    const engine = check.report.results.meetings.map((m) => [m.unit, m.regular, m.compliant]);
    expect(engine).toEqual([
      ['Chi bộ thôn Đông', 12, true],
      ['Chi bộ thôn Tây', 11, false],
      ['Chi bộ thôn Nam', 12, false],
    ]);
    // Only the planted shortfalls: no ISO day is an unreadable mark.
    expect(
      check.report.issues
        .filter(
          (i) => i.severity === 'error' && !/^meeting\.(regular|thematic)-short$/.test(i.rule),
        )
        .map((i) => `${i.rule} ${i.cell}`),
    ).toEqual([]);

    const written = meetingRowsAfterRecalc(
      check,
      snapshot,
      bytes,
      'iso-days-checked',
      [4, 5, 6, 7, 8, 9, 10],
    );
    const expected = [
      [1, 1, 1, 1],
      [1, 1, 1, 1],
      [1, 1, 0, 1],
    ];
    check.report.results.meetings.forEach((m, i) => {
      const verdict =
        m.compliant === true ? 'Đạt' : m.compliant === false ? 'Không đạt' : 'Chưa đủ dữ liệu';
      expect([m.unit, written.get(m.row)]).toEqual([
        m.unit,
        [m.regular, 0, ...expected[i]!, verdict],
      ]);
    });
  });
});
