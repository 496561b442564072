import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../../src/core/engine';
import type { RowData, Scalar, WorkbookSnapshot } from '../../../src/core/model/snapshot';
import { buildPlan } from '../../../src/core/plan/buildPlan';
import { resolveSettings } from '../../../src/core/settings';
import { registerHeader, summaryHeader } from '../../helpers/snapshot';
import { applyPlan } from '../../../src/hosts/xlsx/write/applyPlan';

/** Fixed so CI is reproducible; FC_SEED (and FC_RUNS where offered) explore further. */
const SEED = Number(process.env.FC_SEED ?? 20261128);

const GRADES = [
  'HTXSNV',
  'Hoàn thành tốt nhiệm vụ',
  'HTNV',
  'Không hoàn thành nhiệm vụ',
  'Tốt',
  'HTTVN',
  null,
  'Miễn đánh giá',
  'Trong sạch, vững mạnh',
];
const NAMES = [
  'Đảng bộ xã Hòa Sơn',
  'xã Hoà Sơn',
  'Đảng bộ xã Yên Thịnh',
  'Chi bộ Trạm Y tế',
  'Hòa Bình',
  'Đồng Tiến',
  'I',
  'Tổng cộng',
];
const MARKS = ['x', 'X', null, 'Không SH', '?', 15, 20, '05/03', 0];

const title = fc.array(
  fc.constantFrom('HUYỆN ỦY HỮU LŨNG', 'BẢNG TỔNG HỢP NĂM 2020', 'Người lập biểu', null),
  { maxLength: 5 },
);

const list = fc
  .record({
    title,
    rows: fc.array(fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...GRADES)), {
      minLength: 1,
      maxLength: 40,
    }),
  })
  .map(({ title, rows }): Scalar[][] => [
    ...title.map((t) => [t]),
    ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại', 'Ghi chú'],
    ...rows.map(([n, g], i) => [i + 1, n, g, i % 7 === 0 ? 'Đơn vị điểm năm 2018' : null]),
  ]);

const summaryLine = fc.tuple(
  fc.integer({ min: 2016, max: 2022 }),
  fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 4, maxLength: 4 }),
  fc.boolean(),
);
const summary = fc
  .record({ title, lines: fc.array(summaryLine, { minLength: 1, maxLength: 6 }) })
  .map(({ title, lines }): Scalar[][] => [
    ...title.map((t) => [t]),
    ...summaryHeader('Năm', 'Tổng số'),
    ...lines.map(([y, c, off]) => {
      const total = c.reduce((a, b) => a + b, 0) + (off ? 1 : 0);
      return [
        y,
        total,
        ...c.flatMap((n) => [n, total ? Math.round((n / total) * 1000) / 10 : '#DIV/0!']),
      ];
    }),
  ]);

const register = fc
  .record({
    title,
    rows: fc.array(
      fc.tuple(
        fc.integer({ min: 2017, max: 2021 }),
        fc.array(fc.constantFrom(...MARKS), { minLength: 12, maxLength: 12 }),
        fc.array(fc.constantFrom(0, 1, 2, null), { minLength: 4, maxLength: 4 }),
        fc.constantFrom(null, 'Chưa tổng hợp quý IV', 'ghi chú'),
      ),
      { minLength: 1, maxLength: 25 },
    ),
  })
  .map(({ title, rows }): Scalar[][] => [
    ...title.map((t) => [t]),
    ...registerHeader(),
    ...rows.map(([y, m, q, note]) => [y, 'Hòa Sơn', 'Chi bộ Thôn A', 20, ...m, ...q, note]),
  ]);

const workbook = fc
  .array(
    fc.tuple(
      fc.oneof(list, summary, register),
      fc.constantFrom('Năm 2018', '2019', 'Tổng hợp', 'SH chi bộ', 'Sheet'),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((sheets): WorkbookSnapshot => ({
    sheets: sheets.map(([rows, name], i) => ({
      name: `${name} ${i}`,
      state: 'visible',
      rows: rows.map((v): RowData | undefined =>
        v.some((x) => x !== null)
          ? { v, ...(v.includes('#DIV/0!') ? { e: [v.indexOf('#DIV/0!')] } : {}) }
          : undefined,
      ),
      merges: [],
    })),
    styles: [{ numFmt: 'General', font: null }],
  }));

let blank: Uint8Array;
beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Trang 1').getCell('A1').value = 'x';
  blank = new Uint8Array(await wb.xlsx.writeBuffer());
});

describe('the engine on generated tables of the three kinds', () => {
  it('recognizes them, never throws, and the counts and verdicts hold together', () => {
    let recognized = 0;
    let sheets = 0;
    fc.assert(
      fc.property(workbook, (wb) => {
        const settings = resolveSettings({});
        const check = checkWorkbook(wb, settings);
        sheets += wb.sheets.length;
        recognized += check.report.tables.length;
        for (const r of check.report.results.ratings) {
          const sum = r.counts.excellent + r.counts.good + r.counts.pass + r.counts.fail;
          expect(sum).toBe(r.rated);
          if (r.source === 'list') expect(r.rated).toBeLessThanOrEqual(r.total);
        }
        for (const m of check.report.results.meetings) {
          expect(m.regular).toBeGreaterThanOrEqual(0);
          expect(m.regular).toBeLessThanOrEqual(12);
          if (m.compliant === true)
            expect(m.regular).toBeGreaterThanOrEqual(settings.meetings.regularPerYear);
        }
        const plan = buildPlan(check, wb, settings, { checkedAt: '2026-11-28' });
        expect(applyPlan(blank, plan).length).toBeGreaterThan(0);
      }),
      { numRuns: 120, seed: SEED },
    );
    // The generator makes real tables: nearly all of them must be recognized.
    expect(recognized / sheets).toBeGreaterThan(0.9);
  });
});
