import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../../src/core/engine';
import { parseA1, parseRange } from '../../../src/core/model/address';
import type {
  CellRange,
  RowData,
  Scalar,
  WorkbookSnapshot,
} from '../../../src/core/model/snapshot';
import { buildPlan } from '../../../src/core/plan/buildPlan';
import { ruleById } from '../../../src/core/rules';
import { resolveSettings } from '../../../src/core/settings';
import { applyPlan } from '../../../src/hosts/xlsx/write/applyPlan';

/** Fixed so CI is reproducible; FC_SEED (and FC_RUNS where offered) explore further. */
const SEED = Number(process.env.FC_SEED ?? 20261128);

/** Words the board's sheets are made of, so generated sheets come close to real ones. */
const WORDS = [
  'STT',
  'TT',
  'Tên tổ chức cơ sở đảng',
  'Họ và tên',
  'Chi bộ',
  'Đảng bộ xã',
  'Xếp loại',
  'Năm',
  'Ghi chú',
  'Tổng số',
  'SL',
  '%',
  'Tỷ lệ',
  'T1',
  'T6',
  'T12',
  'Tháng 3',
  'Quý I',
  'Quý IV',
  'Sinh hoạt thường kỳ',
  'Sinh hoạt chuyên đề',
  'Số đảng viên',
  'Điểm',
  'Cấp trên chấm',
  'Tự chấm',
  'Tổng cộng',
  'I',
  'II',
  'Hoàn thành xuất sắc nhiệm vụ',
  'Hoàn thành tốt nhiệm vụ',
  'HTNV',
  'KHTNV',
  'Trong sạch, vững mạnh',
  'Yếu kém',
  'HTTVN',
  'Miễn đánh giá',
  'x',
  'X',
  '?',
  'Không SH',
  'Chưa tổng hợp quý IV',
  'Đơn vị điểm năm 2017',
  'Người lập biểu',
  'Đảng bộ xã Hòa Sơn',
  'xã Hoà  Sơn',
  'Hòa Sơn'.normalize('NFD'),
  'Hßa S¬n',
  'Hoøa Sôn',
  'NĂM 2020',
  'BẢNG TỔNG HỢP XẾP LOẠI NĂM 2019',
  '2018 - 2021',
  '=SUM(A1)',
  "'quoted",
  '@x',
  '',
  ' ',
  '\u200b',
  'a'.repeat(300),
  '18,9%',
  '12 ',
];

const scalar: fc.Arbitrary<Scalar> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.integer({ min: -5, max: 2100 }) },
  { weight: 1, arbitrary: fc.double({ min: -1, max: 120, noNaN: true }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
);

const sheetArb = fc.record({
  name: fc.oneof(
    fc.constantFrom('Năm 2017', '2018', 'XL 2019', "Bob's", 'Tổng hợp', 'Sinh hoạt', 'Sheet1'),
    fc.string({ minLength: 1, maxLength: 20 }),
  ),
  rows: fc.array(fc.array(scalar, { maxLength: 24 }), { maxLength: 45 }),
  merges: fc.array(
    fc
      .tuple(fc.nat(40), fc.nat(20), fc.nat(3), fc.nat(6))
      .map(([r, c, h, w]): CellRange => ({ r0: r, c0: c, r1: r + h, c1: c + w })),
    { maxLength: 4 },
  ),
  errors: fc.array(fc.tuple(fc.nat(44), fc.nat(23), fc.constantFrom('#DIV/0!', '#REF!', '#N/A')), {
    maxLength: 3,
  }),
  hidden: fc.array(fc.nat(44), { maxLength: 3 }),
  legacyFont: fc.boolean(),
});

const workbookArb = fc
  .array(sheetArb, { minLength: 0, maxLength: 4 })
  .map((specs): WorkbookSnapshot => {
    const used = new Set<string>();
    const sheets = specs.map((spec, i) => {
      let name = spec.name.replace(/[[\]:*?/\\]/g, '').slice(0, 28) || `S${i}`;
      while (used.has(name.toLowerCase())) name = `${name.slice(0, 26)}${i}`;
      used.add(name.toLowerCase());
      const rows: (RowData | undefined)[] = spec.rows.map((v) =>
        v.length ? { v: [...v] } : undefined,
      );
      for (const [r, c, err] of spec.errors) {
        const row = (rows[r] ??= { v: [] });
        row.v[c] = err;
        (row.e ??= []).push(c);
      }
      if (spec.legacyFont) for (const row of rows) if (row) row.s = row.v.map(() => 1);
      return {
        name,
        state: 'visible' as const,
        rows,
        merges: spec.merges,
        hiddenRows: spec.hidden,
      };
    });
    return {
      sheets,
      styles: [
        { numFmt: 'General', font: null },
        { numFmt: '0.0%', font: '.VnTime' },
      ],
    };
  });

let blank: Uint8Array;
beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Trang 1').getCell('A1').value = 'x';
  blank = new Uint8Array(await wb.xlsx.writeBuffer());
});

describe('the engine on generated workbooks', () => {
  it('never throws, ties every finding to a place, and writes a plan a host accepts', () => {
    fc.assert(
      fc.property(workbookArb, fc.constantFrom('vi', 'en'), (wb, lang) => {
        const settings = resolveSettings({ lang });
        const check = checkWorkbook(wb, settings);
        const names = new Set(wb.sheets.map((s) => s.name));
        for (const f of check.report.issues) {
          // No template placeholder left unfilled (a sheet may itself be named "{0}").
          const template = ruleById(f.rule)!.meta.message;
          for (const [lang, text] of [
            ['vi', template.vi],
            ['en', template.en],
          ] as const) {
            for (const [hole] of text.matchAll(/\{\w+\}/g)) {
              if (f.messages[lang].includes(hole)) expect(JSON.stringify(wb)).toContain(hole);
            }
          }
          if (f.sheet === null) continue;
          expect(names.has(f.sheet)).toBe(true);
          if (f.rule === 'sheet.unrecognized') continue;
          expect(f.cell && parseA1(f.cell)).toBeTruthy();
          if (f.range) expect(parseRange(f.range)).toBeTruthy();
        }
        const plan = buildPlan(check, wb, settings, { checkedAt: '2026-11-28' });
        // The xlsx writer validates names, formulas and text lengths and throws on any fault.
        expect(applyPlan(blank, { ...plan, sheets: plan.sheets }).length).toBeGreaterThan(0);
      }),
      // FC_RUNS=2000 for a longer hunt; CI keeps the suite quick.
      { numRuns: Number(process.env.FC_RUNS ?? 150), seed: SEED },
    );
  });

  it('gives the same report for the same workbook, every time', () => {
    fc.assert(
      fc.property(workbookArb, (wb) => {
        const a = checkWorkbook(wb, resolveSettings({})).report;
        const b = checkWorkbook(
          JSON.parse(JSON.stringify(wb)) as WorkbookSnapshot,
          resolveSettings({}),
        ).report;
        expect(b).toEqual(a);
      }),
      { numRuns: 60, seed: SEED },
    );
  });
});

describe('extreme cells', () => {
  it('writes a member list whose organization cells hold numbers (found by fast-check)', () => {
    const wb: WorkbookSnapshot = {
      styles: [{ numFmt: 'General', font: null }],
      sheets: [
        {
          name: ' ',
          state: 'visible',
          merges: [],
          rows: [{ v: ['Đảng bộ xã', 'Họ và tên', 1900] }, { v: [0, 0] }],
        },
      ],
    };
    const settings = resolveSettings({});
    const plan = buildPlan(checkWorkbook(wb, settings), wb, settings);
    expect(
      plan.sheets
        .flatMap((s) => s.cells)
        .filter((c) => c.formula !== undefined && !c.formula.trim()),
    ).toEqual([]);
    expect(applyPlan(blank, plan).length).toBeGreaterThan(0);
  });

  it('quotes at most a short piece of a 32,767-character cell, and still writes the workbook', () => {
    const huge = 'Hoàn thành '.repeat(3000).slice(0, 32767);
    const wb: WorkbookSnapshot = {
      styles: [{ numFmt: 'General', font: null }],
      sheets: [
        {
          name: 'Năm 2020',
          state: 'visible',
          merges: [],
          rows: [
            { v: ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại'] },
            { v: [1, 'Xã A', huge] },
            { v: [2, huge, 'HTTNV'] },
          ],
        },
      ],
    };
    const settings = resolveSettings({});
    const check = checkWorkbook(wb, settings);
    const unknown = check.report.issues.find((f) => f.rule === 'grade.unknown')!;
    expect(unknown.cell).toBe('C2');
    expect(unknown.messages.vi.length).toBeLessThan(400);
    expect(applyPlan(blank, buildPlan(check, wb, settings)).length).toBeGreaterThan(0);
  });

  it("keeps a count formula within Excel's 8,192 characters however many spellings a list holds", () => {
    const spellings = Array.from(
      { length: 400 },
      (_, i) => `${' '.repeat(i % 20)}Hoàn thành tốt nhiệm vụ${' '.repeat(Math.floor(i / 20))}`,
    );
    const rows: RowData[] = [{ v: ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại'] }];
    spellings.forEach((g, i) => rows.push({ v: [i + 1, `Xã ${i}`, g] }));
    const wb: WorkbookSnapshot = {
      styles: [{ numFmt: 'General', font: null }],
      sheets: [{ name: '2020', state: 'visible', merges: [], rows }],
    };
    const settings = resolveSettings({});
    const plan = buildPlan(checkWorkbook(wb, settings), wb, settings);
    const counted = checkWorkbook(wb, settings).report.results.ratings[0]!.counts.good;
    expect(counted).toBe(400);
    const formulas = plan.sheets
      .flatMap((s) => s.cells)
      .filter((c) => c.formula)
      .map((c) => c.formula!.length);
    expect(Math.max(...formulas)).toBeLessThanOrEqual(8192);
    expect(applyPlan(blank, plan).length).toBeGreaterThan(0);
  });
});

describe('a sheet that reaches the last row of the grid', () => {
  it('is checked and written without a hang, its list ending where its data ends', () => {
    const rows: (RowData | undefined)[] = [];
    rows[0] = { v: ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại'] };
    rows[1] = { v: [1, 'Xã A', 'HTTNV'] };
    rows[2] = { v: [2, 'Xã B', 'HTXSNV'] };
    rows[1_048_575] = { v: [null, null, 'Người lập biểu'] };
    const wb: WorkbookSnapshot = {
      styles: [{ numFmt: 'General', font: null }],
      sheets: [{ name: 'Năm 2020', state: 'visible', merges: [], rows }],
    };
    const settings = resolveSettings({});
    const check = checkWorkbook(wb, settings);
    expect(check.report.tables[0]!.range).toBe('A1:C3');
    expect(check.report.results.ratings[0]!.counts).toEqual({
      excellent: 1,
      good: 1,
      pass: 0,
      fail: 0,
    });
    expect(applyPlan(blank, buildPlan(check, wb, settings)).length).toBeGreaterThan(0);
  });
});
