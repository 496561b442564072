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
 * A 2025 list with a 100-point score and no grade column: the engine grades by the score's band,
 * and the written COUNTIFS by band, once LibreOffice recalculates them, give the same counts,
 * on the band edges and with a blank score and one off the scale left out.
 */
describe('a score-only 2025 list recalculated by LibreOffice', () => {
  async function workbook(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('ĐB xã Bắc Sơn (mới)');
    ws.getCell('A1').value = 'KẾT QUẢ CHẤM ĐIỂM CHẤT LƯỢNG CHI BỘ TRỰC THUỘC NĂM 2025';
    ws.getRow(3).values = ['STT', 'Chi bộ', 'Tổng điểm đạt được', 'Ghi chú'];
    const scores = [100, 90, 89.5, 70, 69.99, 50, 49.5, 0, null, 120];
    scores.forEach((s, i) => (ws.getRow(4 + i).values = [i + 1, `Chi bộ thôn ${i + 1}`, s]));
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it('counts by score band as the engine does', async () => {
    requireLibreOffice();
    const bytes = await workbook();
    const snapshot = readXlsx(bytes);
    const settings = resolveSettings({});
    const check = checkWorkbook(snapshot, settings);
    const engine = [...check.model.listRatings.values()][0]!;
    expect(engine.counts).toEqual({ excellent: 2, good: 2, pass: 2, fail: 2 });
    const plan = buildPlan(check, snapshot, settings);
    const dir = convert(applyPlan(bytes, plan), 'score-only', 'xlsx');
    const out = readXlsx(fs.readFileSync(path.join(dir, 'score-only.xlsx')));
    const summaryName = plan.sheets.find((s) => s.key === 'summary')!.name;
    const row = out.sheets.find((s) => s.name === summaryName)!.rows.find((r) => r?.v[0] === 2025)!;
    expect([row.v[4], row.v[6], row.v[8], row.v[10]]).toEqual([2, 2, 2, 2]);
  });
});
