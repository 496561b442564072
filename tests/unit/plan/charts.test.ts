import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { checkWorkbook } from '../../../src/core/engine';
import { parseRange } from '../../../src/core/model/address';
import { buildPlan } from '../../../src/core/plan/buildPlan';
import { settingsForWorkbook } from '../../../src/core/plan/settingCells';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';
import { applyPlan } from '../../../src/hosts/xlsx/write/applyPlan';

const FIXTURE = resolve(__dirname, '../../../samples/bang-kiem-mau.xlsx');

/** The workbook written for the sample, and each chart part's series formulas. */
function written() {
  const bytes = new Uint8Array(readFileSync(FIXTURE));
  const snapshot = readXlsx(bytes);
  const settings = settingsForWorkbook(snapshot);
  const check = checkWorkbook(snapshot, settings);
  const plan = buildPlan(check, snapshot, settings);
  const out = applyPlan(bytes, plan);
  const parts = unzipSync(out);
  const charts = Object.keys(parts)
    .filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))
    .map((p) => strFromU8(parts[p]!));
  return { plan, check, charts, out };
}

function refs(xml: string, tag: 'c:cat' | 'c:val'): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}>[\\s\\S]*?<c:f>([^<]+)</c:f>`, 'g'))].map((m) =>
    m[1]!.replace(/&apos;/g, "'").replace(/&amp;/g, '&'),
  );
}

function rowsOf(ref: string): number {
  const range = parseRange(ref.slice(ref.lastIndexOf('!') + 1).replace(/\$/g, ''))!;
  return Math.max(range.r1 - range.r0, range.c1 - range.c0) + 1;
}

describe('the charts Bảng Kiểm writes for the bundled sample (lists 2016–2021, register 2017–2021)', () => {
  const { plan, charts, check } = written();
  const listYears = [
    ...new Set(
      check.report.results.ratings
        .filter((r) => r.source === 'list' && r.subject === 'organization')
        .map((r) => r.year),
    ),
  ].sort();
  const planned = plan.sheets.find((s) => s.key === 'charts')!.charts!;
  const summary = plan.sheets.find((s) => s.key === 'summary')!.name;
  const meetings = plan.sheets.find((s) => s.key === 'meetings')!.name;

  it('writes one native chart part per planned chart', () => {
    expect(planned.map((c) => c.id)).toEqual(['grade-mix', 'pilots', 'meetings', 'counts']);
    expect(charts).toHaveLength(planned.length);
  });

  it('points every series of the grade charts at the summary sheet, over every listed year', () => {
    expect(listYears).toEqual([2016, 2017, 2018, 2019, 2020, 2021]);
    const gradeCharts = charts.filter((x) => /Cơ cấu xếp loại|Số tổ chức cơ sở đảng/.test(x));
    expect(gradeCharts).toHaveLength(2);
    for (const xml of gradeCharts) {
      const values = refs(xml, 'c:val');
      expect(values).toHaveLength(4);
      for (const v of [...values, ...refs(xml, 'c:cat')]) {
        expect(v.startsWith(`'${summary}'!`)).toBe(true);
        expect(rowsOf(v)).toBe(listYears.length);
      }
    }
  });

  it('gives each level the same color in every chart', () => {
    const colorsOf = (xml: string) =>
      [...xml.matchAll(/<c:ser>[\s\S]*?<a:srgbClr val="([0-9A-F]{6})"/g)].map((m) => m[1]);
    const mix = charts.find((x) => x.includes('Cơ cấu xếp loại'))!;
    const counts = charts.find((x) => x.includes('Số tổ chức cơ sở đảng'))!;
    expect(colorsOf(mix)).toEqual(colorsOf(counts));
    expect(new Set(colorsOf(mix)).size).toBe(4);
  });

  it('states the change of grading scheme in 2018 on the grade mix', () => {
    expect(planned[0]!.subtitle).toMatch(/2018/);
  });

  it('marks each pilot unit with its pilot year and covers every year', () => {
    const pilots = planned.find((c) => c.id === 'pilots')!;
    expect(pilots.series.map((s) => s.name)).toEqual(listYears.map(String));
    const xml = charts.find((x) => x.includes('đơn vị điểm'))!;
    expect(refs(xml, 'c:cat')).toHaveLength(listYears.length);
    // One category per pilot unit: the five pilot communes of 2017–2021.
    for (const v of refs(xml, 'c:val')) expect(rowsOf(v)).toBe(5);
  });

  it('compares the meetings held each year with the twelve required, from the meetings sheet', () => {
    const xml = charts.find((x) => x.includes('Sinh hoạt thường kỳ bình quân'))!;
    const values = refs(xml, 'c:val');
    expect(values).toHaveLength(2);
    for (const v of values) {
      expect(v.startsWith(`'${meetings}'!`)).toBe(true);
      expect(rowsOf(v)).toBe(5);
    }
    expect(xml).toMatch(/<c:lineChart>/);
  });
});
