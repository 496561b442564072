import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkWorkbook } from '../../../src/core/engine';
import { buildPlan } from '../../../src/core/plan/buildPlan';
import { settingsForWorkbook } from '../../../src/core/plan/settingCells';
import { resolveSettings } from '../../../src/core/settings';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';
import { applyPlan } from '../../../src/hosts/xlsx/write/applyPlan';

const FIXTURE = resolve(__dirname, '../../../samples/bang-kiem-mau.xlsx');

/** Settings written into the workbook are the settings the next run reads, in every host. */
describe('settings kept in the workbook', () => {
  const bytes = new Uint8Array(readFileSync(FIXTURE));
  const snapshot = readXlsx(bytes);

  it('reads back what a run wrote: thresholds, cap, language, pilots and corrections', () => {
    const chosen = resolveSettings({
      lang: 'en',
      meetings: { regularPerYear: 10, attendanceMin: 0.8 },
      excellentCap: { ratio: 0.25, base: 'goodAndAbove', organizations: true },
      percentBase: 'total',
      pilots: [{ year: 2017, unit: 'Hòa Sơn' }],
      tables: [
        { sheet: 'Tổng hợp', kind: 'ignore' },
        { sheet: 'Năm 2019', headerRow: 6, year: 2019 },
      ],
    });
    const out = applyPlan(bytes, buildPlan(checkWorkbook(snapshot, chosen), snapshot, chosen));
    expect(settingsForWorkbook(readXlsx(out))).toEqual(chosen);
  });

  it('takes the pilot units from the "Đơn vị điểm năm …" notes when none are set', () => {
    const settings = settingsForWorkbook(snapshot);
    const out = applyPlan(bytes, buildPlan(checkWorkbook(snapshot, settings), snapshot, settings));
    expect(settingsForWorkbook(readXlsx(out)).pilots).toEqual([
      { year: 2017, unit: 'Đảng bộ xã Hòa Sơn' },
      { year: 2018, unit: 'Đảng bộ xã Hòa Bình' },
      { year: 2019, unit: 'Đảng bộ xã Yên Thịnh' },
      { year: 2020, unit: 'Đảng bộ xã Thiện Tân' },
      { year: 2021, unit: 'Đảng bộ xã Đồng Tiến' },
    ]);
  });

  it('honours a correction: an ignored sheet is neither checked nor reported', () => {
    const settings = resolveSettings({ tables: [{ sheet: 'Tổng hợp', kind: 'ignore' }] });
    const { report } = checkWorkbook(snapshot, settings);
    expect(report.tables.map((t) => t.sheet)).not.toContain('Tổng hợp');
    expect(report.issues.filter((f) => f.sheet === 'Tổng hợp')).toEqual([]);
  });
});
