import { OWNER_NAME } from '../../../src/core/plan/outputPlan';
import type { WorkbookSnapshot } from '../../../src/core/model/snapshot';
import { applyPlan } from '../../../src/hosts/excel/applyPlan';
import { readSnapshot } from '../../../src/hosts/excel/readSnapshot';
import { cellKey, createExcelDouble, type DSheet } from '../../helpers/excelDouble';
import { CHARTS, REPORT, SUMMARY, samplePlan } from './plans';

function userWorkbook(): WorkbookSnapshot {
  return {
    styles: [{ numFmt: 'General', font: null }],
    sheets: [
      {
        name: 'Năm 2020',
        state: 'visible',
        merges: [],
        rows: [{ v: ['STT', 'Tên', 'Xếp loại'] }, { v: [1, 'Chi bộ 1', 'HTXSNV'] }],
      },
    ],
  };
}

async function withDouble<T>(
  maxApi: string,
  snapshot: WorkbookSnapshot,
  run: (d: ReturnType<typeof createExcelDouble>) => Promise<T>,
) {
  const double = createExcelDouble({ maxApi, snapshot });
  const restore = double.installOffice();
  try {
    return await run(double);
  } finally {
    restore();
  }
}

function sheet(d: ReturnType<typeof createExcelDouble>, name: string): DSheet {
  const s = d.model.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

describe('applyPlan (Microsoft 365, ExcelApi 1.16)', () => {
  it('takes the same number of syncs for 10 and 50,000 report rows', async () => {
    const syncs: number[] = [];
    for (const n of [10, 50_000]) {
      await withDouble('1.16', userWorkbook(), async (d) => {
        const res = await applyPlan(d.context, samplePlan(n));
        expect(res.syncs).toBe(d.stats.syncs);
        expect(sheet(d, REPORT).cells.get(cellKey(n, 2))?.value).toBe(
          `Xếp loại "HTT" không rõ ở dòng ${n + 3}`,
        );
        syncs.push(res.syncs);
      });
    }
    // Sheet list, markers, one packet of writes, one recalculation (calculation was suspended
    // while writing). The ribbon command folds the recalculation into its last sync instead.
    expect(syncs[0]).toBe(4);
    expect(syncs[1]).toBe(syncs[0]);
  });

  it('writes values, formulas, formats, layout, names and charts', async () => {
    await withDouble('1.16', userWorkbook(), async (d) => {
      const res = await applyPlan(d.context, samplePlan(5));
      expect(res.skipped).toEqual([]);
      expect(d.model.sheets.map((s) => s.name)).toEqual(['Năm 2020', REPORT, SUMMARY, CHARTS]);
      const report = sheet(d, REPORT);
      expect(report.names.get(OWNER_NAME.toLowerCase())).toEqual({
        name: OWNER_NAME,
        formula: '="report"',
        visible: false,
      });
      expect(report.tabColor).toBe('#1F4E79');
      expect(report.freeze).toEqual({ rows: 1, cols: 0 });
      expect(report.autoFilter).toEqual({ r0: 0, c0: 0, r1: 5, c1: 3 });
      expect(report.columnWidths.get(0)).toBeCloseTo((18 * 7 + 5) * 0.75);
      expect(report.rowHeights.get(0)).toBe(30);
      expect(report.pageLayout).toMatchObject({ orientation: 'Landscape', paperSize: 'A4' });
      expect(report.conditionalFormats).toEqual([
        {
          range: { r0: 1, c0: 3, r1: 5, c1: 3 },
          type: 'Custom',
          props: {
            'custom.rule.formula': '=$D2="Lỗi"',
            'custom.format.fill.color': '#FFC7CE',
            'custom.format.font.bold': true,
          },
        },
      ]);
      // Styles go per rectangle: the body column styled alike is one range, not one per row.
      const fills = report.formats.filter((f) => f.path === 'format.fill.color');
      expect(fills).toEqual([
        { range: { r0: 0, c0: 0, r1: 0, c1: 3 }, path: 'format.fill.color', value: '#DDEBF7' },
      ]);
      const wraps = report.formats.filter((f) => f.path === 'format.wrapText');
      expect(wraps.map((w) => w.range)).toEqual([{ r0: 1, c0: 0, r1: 5, c1: 2 }]);

      const summary = sheet(d, SUMMARY);
      expect(summary.cells.get(cellKey(1, 1))).toMatchObject({
        formula: 'COUNTIF(\'Năm 2020\'!C:C,"HTXSNV")/58',
        numFmt: '0.0%',
      });
      expect(summary.merges).toEqual([{ r0: 6, c0: 0, r1: 6, c1: 1 }]);
      expect(summary.freeze).toEqual({ rows: 1, cols: 1 });
      expect(d.model.names.get('bangkiem_nam')).toEqual({
        name: 'BangKiem_Nam',
        formula: `='${SUMMARY}'!$A$2:$A$3`,
        visible: false,
      });

      const [chart] = sheet(d, CHARTS).charts;
      expect(chart).toMatchObject({
        name: 'rates',
        type: 'ColumnClustered',
        props: {
          'title.text': 'Tỷ lệ HTXSNV\nTừ 2018 theo Quy định 132',
          'axes.categoryAxis.title.text': 'Năm',
          'axes.valueAxis.title.text': 'Tỷ lệ',
          'axes.valueAxis.numberFormat': '0%',
          'axes.valueAxis.minimum': 0,
          'axes.valueAxis.maximum': 1,
          'legend.visible': true,
          'legend.position': 'Bottom',
          'dataLabels.showValue': true,
        },
      });
      expect(chart!.series).toEqual([
        {
          name: 'Tỷ lệ',
          values: `'${SUMMARY}'!B2:B3`,
          xValues: `'${SUMMARY}'!A2:A3`,
          props: { 'format.fill.color': '#1F77B4' },
        },
        {
          name: 'Mục tiêu',
          values: `'${SUMMARY}'!B2:B3`,
          xValues: `'${SUMMARY}'!A2:A3`,
          props: {
            chartType: 'Line',
            'format.line.color': '#FF7F0E',
            'format.line.lineStyle': 'Dash',
          },
        },
      ]);
      // Anchored at B3:I21: left of column B (col A is 20 chars wide), top of row 3.
      expect(chart!.position).toEqual({
        left: (20 * 7 + 5) * 0.75,
        top: 2 * 15,
        width: 8 * 48,
        height: 19 * 15,
      });
      expect(d.model.calcSuspensions).toBeGreaterThan(0);
      expect(d.model.recalculations).toBe(1);
      const stale = [...sheet(d, SUMMARY).cells.values()].filter((c) => c.uncalculated);
      expect(stale).toEqual([]);
    });
  });

  it('keeps text that looks like a formula, a number or a quote as the very text', async () => {
    await withDouble('1.16', userWorkbook(), async (d) => {
      await applyPlan(d.context, samplePlan(1));
      const summary = sheet(d, SUMMARY);
      const at = (r: number, c: number) => summary.cells.get(cellKey(r, c));
      expect(at(3, 0)).toMatchObject({ value: '=SUM(A1)', quotePrefix: true });
      expect(at(3, 0)?.formula).toBeUndefined();
      expect(at(3, 1)).toMatchObject({ value: '-5 chi bộ' });
      expect(at(3, 1)?.formula).toBeUndefined();
      expect(at(4, 0)).toMatchObject({ value: '0123' });
      expect(at(4, 1)).toMatchObject({ value: "'trích dẫn" });
      // And it reads back as that text, not as a formula (once the sheet is a user's).
      sheet(d, SUMMARY).names.clear();
      const snap = await readSnapshot(d.context);
      const row = snap.sheets.find((s) => s.name === SUMMARY)!.rows[3]!;
      expect(row.v.slice(0, 2)).toEqual(['=SUM(A1)', '-5 chi bộ']);
      expect(row.f?.[0]).toBeUndefined();
    });
  });

  it('replaces its own sheets on a second run, never duplicating them', async () => {
    await withDouble('1.16', userWorkbook(), async (d) => {
      await applyPlan(d.context, samplePlan(20));
      const first = d.model.sheets.map((s) => s.id);
      await applyPlan(d.context, samplePlan(3));
      expect(d.model.sheets.map((s) => s.name)).toEqual(['Năm 2020', REPORT, SUMMARY, CHARTS]);
      expect(d.model.sheets[0]!.id).toBe(first[0]);
      expect(d.model.sheets.slice(1).every((s) => !first.includes(s.id))).toBe(true);
      expect(sheet(d, REPORT).cells.has(cellKey(10, 0))).toBe(false);
      expect(d.model.names.size).toBe(1);
    });
  });

  it("keeps and reports a marked sheet whose name is not Bảng Kiểm's (a copy, a renamed one)", async () => {
    await withDouble('1.16', userWorkbook(), async (d) => {
      await applyPlan(d.context, samplePlan(3));
      // Excel copies a sheet's names with it: the user's copy carries the marker too.
      const copy = { ...sheet(d, REPORT), id: 999, name: `${REPORT} (2)` };
      copy.names = new Map(sheet(d, REPORT).names);
      d.model.sheets.push(copy);
      sheet(d, SUMMARY).name = 'Tổng hợp của tôi';
      // Very hidden outputs are made visible to be deleted (Excel refuses otherwise).
      sheet(d, CHARTS).visibility = 'VeryHidden';
      const res = await applyPlan(d.context, samplePlan(3));
      expect(res.foreignMarked).toEqual(['Tổng hợp của tôi', `${REPORT} (2)`]);
      expect(d.model.sheets.map((s) => s.name)).toEqual([
        'Năm 2020',
        'Tổng hợp của tôi',
        `${REPORT} (2)`,
        REPORT,
        SUMMARY,
        CHARTS,
      ]);
      expect(sheet(d, CHARTS).visibility).toBe('Visible');
    });
  });

  it('never deletes a user sheet, and refuses to write over one holding a wanted name', async () => {
    const wb = userWorkbook();
    wb.sheets.push({
      name: SUMMARY,
      state: 'visible',
      merges: [],
      rows: [{ v: ['của người dùng'] }],
    });
    await withDouble('1.16', wb, async (d) => {
      await expect(applyPlan(d.context, samplePlan(2))).rejects.toMatchObject({
        code: 'SheetNameTaken',
        vi: expect.stringContaining(SUMMARY),
      });
      expect(d.model.sheets.map((s) => s.name)).toEqual(['Năm 2020', SUMMARY]);
      expect(sheet(d, SUMMARY).cells.get(cellKey(0, 0))?.value).toBe('của người dùng');
    });
  });

  it('after a run that failed half-way, the next run still removes every sheet it left', async () => {
    await withDouble('1.16', userWorkbook(), async (d) => {
      const broken = samplePlan(3);
      // A chart over a sheet the workbook lacks: Excel refuses it after the sheets were added
      // (a plan that is wrong in itself, such as overlapping merges, is refused before that).
      broken.sheets[2]!.charts![0]!.categories = "'Không có'!$A$2:$A$3";
      await expect(applyPlan(d.context, broken)).rejects.toMatchObject({
        code: 'ItemNotFound',
      });
      expect(d.model.sheets.length).toBeGreaterThan(1);
      await applyPlan(d.context, samplePlan(3));
      expect(d.model.sheets.map((s) => s.name)).toEqual(['Năm 2020', REPORT, SUMMARY, CHARTS]);
    });
  });

  it('keeps a workbook whose only visible sheet is its own output', async () => {
    const wb: WorkbookSnapshot = {
      styles: [{ numFmt: 'General', font: null }],
      sheets: [
        { name: 'Dữ liệu', state: 'hidden', merges: [], rows: [{ v: [1] }] },
        { name: REPORT, state: 'visible', owned: true, merges: [], rows: [{ v: ['cũ'] }] },
      ],
    };
    await withDouble('1.16', wb, async (d) => {
      await applyPlan(d.context, samplePlan(2));
      expect(d.model.sheets.map((s) => s.name)).toEqual(['Dữ liệu', REPORT, SUMMARY, CHARTS]);
    });
  });
});

describe('applyPlan beyond one request', () => {
  it('splits a plan too big for 5 MB into packets: 2 + P syncs, none over the limit', async () => {
    await withDouble('1.16', userWorkbook(), async (d) => {
      const res = await applyPlan(d.context, samplePlan(120_000));
      const writes = d.stats.perSync.slice(2);
      expect(res.syncs).toBe(2 + writes.length);
      expect(writes.length).toBeGreaterThan(1);
      for (const s of d.stats.perSync) {
        expect(s.failed).toBeUndefined();
        expect(s.requestBytes).toBeLessThanOrEqual(4_200_000);
      }
      expect(sheet(d, REPORT).cells.get(cellKey(120_000, 1))?.value).toBe('C120003');
      expect(sheet(d, CHARTS).charts).toHaveLength(1);
    });
  });
});

describe('applyPlan on Office 2019 (ExcelApi 1.7 only)', () => {
  it('detects before every newer API and reports what it left out', async () => {
    await withDouble('1.7', userWorkbook(), async (d) => {
      const res = await applyPlan(d.context, samplePlan(10));
      expect(d.stats.apiUse).toEqual([]);
      expect(res.skipped).toEqual([
        `sheet '${REPORT}': autofilter (ExcelApi 1.9)`,
        `sheet '${REPORT}': page layout (ExcelApi 1.9)`,
        "chart 'rates': value axis number format (ExcelApi 1.8)",
      ]);
      // Suspending calculation is ExcelApi 1.6: Office 2019 has it, and recalculates after.
      expect(d.model.calcSuspensions).toBeGreaterThan(0);
      expect(d.model.recalculations).toBe(1);
      expect(sheet(d, REPORT).cells.get(cellKey(10, 1))?.value).toBe('C13');
      expect(sheet(d, CHARTS).charts).toHaveLength(1);
    });
  });
});
