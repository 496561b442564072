import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../../src/core/engine';
import { buildPlan } from '../../../src/core/plan/buildPlan';
import { resolveSettings } from '../../../src/core/settings';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';
import { applyPlan } from '../../../src/hosts/xlsx/write/applyPlan';
import { convert, requireLibreOffice } from '../../helpers/libreOffice';
import { addLog, byDate, fullYear } from '../../unit/logs/logWorkbook';

const A = 'Chi bộ Thôn A';
const B = 'Chi bộ Thôn B';

describe('a log cell’s year without any meeting, recalculated by LibreOffice', () => {
  it('counts none on the meetings sheet, as the engine does', async () => {
    requireLibreOffice();
    // B meets in 2020 only; the log covers 2021 whole through A.
    const wb = new ExcelJS.Workbook();
    addLog(wb, byDate([...fullYear(A, 2020), ...fullYear(A, 2021), ...fullYear(B, 2020)]));
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const snapshot = readXlsx(bytes);
    const settings = resolveSettings({});
    const check = checkWorkbook(snapshot, settings);
    const b2021 = check.report.results.meetings.find((m) => m.unit === B && m.year === 2021)!;
    expect([b2021.regular, b2021.compliant]).toEqual([0, false]);

    const plan = buildPlan(check, snapshot, settings);
    const name = plan.sheets.find((s) => s.key === 'meetings')!.name;
    const dir = convert(applyPlan(bytes, plan), 'log-empty-year', 'xlsx');
    const out = readXlsx(fs.readFileSync(path.join(dir, 'log-empty-year.xlsx')));
    const rows = Array.from(out.sheets.find((s) => s.name === name)!.rows, (r) => r?.v ?? []);
    const row = rows.find((v) => v[0] === 2021 && v[2] === B)!;
    // Regular months, months without data, thematic per quarter, verdict.
    expect([row[4], row[5], ...row.slice(6, 10), row[10]]).toEqual([0, 0, 0, 0, 0, 0, 'Không đạt']);
    const a = rows.find((v) => v[0] === 2021 && v[2] === A)!;
    expect([a[4], a[10]]).toEqual([12, 'Đạt']);
  });
});
