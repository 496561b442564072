import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../../src/core/engine';
import { resolveSettings } from '../../../src/core/settings';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';
import { requireLibreOffice } from '../../helpers/libreOffice';
import { meetingRowsAfterRecalc } from '../../helpers/recalcCounts';

/**
 * A meeting log that ticks the kind under "Thường kỳ" / "Chuyên đề" (issue #10, round 5): the
 * regular meetings and verdicts the written meetings sheet gives in LibreOffice are the engine's.
 */
describe('a log ticking its kinds, recalculated by LibreOffice', () => {
  it('matches the engine', async () => {
    requireLibreOffice();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Nhat ky 2023');
    ws.getCell('A1').value = 'DANH SÁCH CÁC BUỔI SINH HOẠT CHI BỘ NĂM 2023';
    ws.getRow(3).values = [
      'STT',
      'Ngày',
      'Chi bộ',
      'Hình thức sinh hoạt',
      null,
      'Nội dung',
      'Số ĐV dự',
    ];
    ws.getRow(4).values = [null, null, null, 'Thường kỳ', 'Chuyên đề', null, null];
    ws.mergeCells('D3:E3');
    for (const c of ['A', 'B', 'C', 'F', 'G']) ws.mergeCells(`${c}3:${c}4`);
    const meetings: [Date, string, boolean][] = [];
    for (const [cell, gap, noQ] of [
      ['Chi bộ thôn Đông', 0, 0],
      ['Chi bộ thôn Tây', 6, 0],
      ['Chi bộ thôn Nam', 0, 3],
    ] as const) {
      for (let m = 1; m <= 12; m++)
        if (m !== gap) meetings.push([new Date(Date.UTC(2023, m - 1, 5)), cell, false]);
      for (const q of [1, 2, 3, 4])
        if (q !== noQ) meetings.push([new Date(Date.UTC(2023, q * 3 - 2, 20)), cell, true]);
    }
    meetings.sort((a, b) => a[0].getTime() - b[0].getTime() || a[1].localeCompare(b[1]));
    meetings.forEach(([day, cell, thematic], i) => {
      ws.getRow(5 + i).values = [
        i + 1,
        day,
        cell,
        thematic ? null : 'x',
        thematic ? 'x' : null,
        thematic ? 'Chuyển đổi số' : 'Sinh hoạt thường kỳ',
        18,
      ];
      ws.getCell(5 + i, 2).numFmt = 'dd/mm/yyyy';
    });
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const snapshot = readXlsx(bytes);
    const settings = resolveSettings({});
    const check = checkWorkbook(snapshot, settings);
    expect(check.report.results.meetings.map((m) => [m.unit, m.regular, m.compliant])).toEqual([
      ['Chi bộ thôn Đông', 12, true],
      ['Chi bộ thôn Nam', 12, false],
      ['Chi bộ thôn Tây', 11, false],
    ]);

    const written = meetingRowsAfterRecalc(check, snapshot, bytes, 'log-ticks-checked', [4, 10]);
    for (const m of check.report.results.meetings) {
      const verdict = m.compliant === true ? 'Đạt' : 'Không đạt';
      expect([m.unit, written.get(m.row)]).toEqual([m.unit, [m.regular, verdict]]);
    }
  });
});
