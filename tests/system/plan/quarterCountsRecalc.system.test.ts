import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../../src/core/engine';
import { resolveSettings } from '../../../src/core/settings';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';
import { requireLibreOffice } from '../../helpers/libreOffice';
import { meetingRowsAfterRecalc } from '../../helpers/recalcCounts';

/**
 * Meetings counted per quarter (round 7 of the wild layouts, issue #10): "Quý I" over "Số buổi TK"
 * | "Số buổi CĐ", "Cả năm" over the year's two counts. The regular meetings and the verdicts the
 * written meetings sheet gives in LibreOffice are the engine's.
 */
describe('quarter counts recalculated by LibreOffice', () => {
  it('match the engine', async () => {
    requireLibreOffice();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('SH quý 2023');
    ws.getCell('A1').value = 'TỔNG HỢP SỐ BUỔI SINH HOẠT CHI BỘ THEO QUÝ NĂM 2023';
    ws.getRow(2).values = [
      'STT',
      'Tên chi bộ',
      'Quý I',
      null,
      'Quý II',
      null,
      'Quý III',
      null,
      'Quý IV',
      null,
      'Cả năm',
    ];
    ws.getRow(3).values = [null, null, ...Array(5).fill(['Số buổi TK', 'Số buổi CĐ']).flat()];
    for (const c of [3, 5, 7, 9, 11]) ws.mergeCells(2, c, 2, c + 1);
    ws.mergeCells('A2:A3');
    ws.mergeCells('B2:B3');
    const rows: [string, number[], number[]][] = [
      ['Chi bộ thôn Đông', [3, 3, 3, 3], [1, 1, 1, 2]],
      ['Chi bộ thôn Tây', [3, 2, 3, 3], [1, 1, 1, 1]],
      ['Chi bộ thôn Nam', [3, 3, 3, 3], [1, 0, 1, 1]],
    ];
    rows.forEach(([name, tks, cds], i) => {
      const r = 4 + i;
      ws.getRow(r).values = [i + 1, name, ...tks.flatMap((t, q) => [t, cds[q]!])];
      ws.getCell(r, 11).value = {
        formula: `SUM(C${r},E${r},G${r},I${r})`,
        result: tks.reduce((a, b) => a + b, 0),
      };
      ws.getCell(r, 12).value = {
        formula: `SUM(D${r},F${r},H${r},J${r})`,
        result: cds.reduce((a, b) => a + b, 0),
      };
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
    ]);
    expect(check.report.issues.filter((i) => i.severity === 'error')).toEqual([]);

    const written = meetingRowsAfterRecalc(
      check,
      snapshot,
      bytes,
      'quarter-counts-checked',
      [4, 5, 10],
    );
    for (const m of check.report.results.meetings) {
      const verdict =
        m.compliant === true ? 'Đạt' : m.compliant === false ? 'Không đạt' : 'Chưa đủ dữ liệu';
      expect([m.unit, written.get(m.row)]).toEqual([m.unit, [m.regular, 0, verdict]]);
    }
  });
});
