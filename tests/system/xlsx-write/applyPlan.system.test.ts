import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type {
  OutputPlan,
  PlanCell,
  PlanChart,
  PlanChartType,
} from '../../../src/core/plan/outputPlan';
import { applyPlan } from '../../../src/hosts/xlsx/write/applyPlan';
import { parts, partText } from '../../unit/xlsx-write/workbooks';
import { userWorkbook } from '../../unit/xlsx-write/workbooks';
import { sharedPath } from '../../helpers/shared';

/** The board fixture (../shared), whose year sheets the formulas below count over. */
function readFixture(): Uint8Array {
  return new Uint8Array(fs.readFileSync(sharedPath('fixtures/board-2017-2021.xlsx')));
}
import { requireValidator, validateOoxml } from './cliRunner';
import {
  convert,
  countColour,
  pagesWithText,
  parseCsv,
  renderPage,
} from '../../helpers/libreOffice';

const SUMMARY = 'Bảng Kiểm - Tổng hợp';
const CHARTS = 'Bảng Kiểm - Biểu đồ';
const YEARS = [2018, 2019, 2020, 2021];
const EXCELLENT = 'Hoàn thành xuất sắc nhiệm vụ';
const GOOD = 'Hoàn thành tốt nhiệm vụ';
const q = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

/** Grade counts read straight from the fixture with exceljs: what the formulas must come to. */
async function gradeCounts(): Promise<
  Record<number, { excellent: number; good: number; total: number }>
> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(readFixture()) as unknown as ExcelJS.Buffer);
  const out: Record<number, { excellent: number; good: number; total: number }> = {};
  for (const year of YEARS) {
    const counts = { excellent: 0, good: 0, total: 0 };
    wb.getWorksheet(`Năm ${year}`)!
      .getColumn(4)
      .eachCell((cell) => {
        if (cell.value === EXCELLENT) counts.excellent++;
        if (cell.value === GOOD) counts.good++;
      });
    counts.total = counts.excellent + counts.good;
    out[year] = counts;
  }
  return out;
}

/** A summary of live formulas over the user's year sheets, no cached values to lean on. */
function summaryCells(): PlanCell[] {
  const cells: PlanCell[] = [
    { row: 0, col: 0, value: 'Năm', style: 1 },
    { row: 0, col: 1, value: 'Xuất sắc', style: 1 },
    { row: 0, col: 2, value: 'Tốt', style: 1 },
    { row: 0, col: 3, value: 'Cộng', style: 1 },
    { row: 0, col: 4, value: 'Tỷ lệ xuất sắc', style: 1 },
    { row: 0, col: 5, value: 'Giới hạn 20%', style: 1 },
    { row: 0, col: 6, value: 'Yêu cầu', style: 1 },
  ];
  YEARS.forEach((year, i) => {
    const r = i + 1;
    const src = `${q(`Năm ${year}`)}!$D:$D`;
    cells.push(
      { row: r, col: 0, value: String(year) },
      { row: r, col: 1, formula: `COUNTIF(${src},"${EXCELLENT}")`, cached: null },
      { row: r, col: 2, formula: `COUNTIFS(${src},"${GOOD}")`, cached: null },
      { row: r, col: 3, formula: `SUM(B${r + 1}:C${r + 1})`, cached: null },
      {
        row: r,
        col: 4,
        formula: `IFERROR(ROUND(B${r + 1}/D${r + 1},3),0)`,
        cached: null,
        style: 2,
      },
      { row: r, col: 5, formula: `IF(E${r + 1}>0.2,"Vượt","Đạt")`, cached: null },
      { row: r, col: 6, value: 12 },
    );
  });
  cells.push(
    { row: 6, col: 0, value: "=cmd|' /C calc'!A0" },
    {
      row: 6,
      col: 1,
      formula: `INDEX(${q(SUMMARY)}!$B$2:$B$5,MATCH("2020",${q(SUMMARY)}!$A$2:$A$5,0))`,
      cached: null,
    },
    { row: 6, col: 2, formula: 'SUMPRODUCT((B2:B5>9)*1)', cached: null },
    { row: 6, col: 3, formula: 'SUM(B2:B5)>0', cached: false },
    {
      row: 6,
      col: 4,
      formula: `HYPERLINK("#${q('Năm 2020')}!D12","Năm 2020!D12")`,
      cached: 'Năm 2020!D12',
    },
  );
  return cells;
}

const TYPES: { type: PlanChartType; colours: string[]; line?: boolean }[] = [
  { type: 'columnClustered', colours: ['1565C0'] },
  { type: 'columnStacked', colours: ['2E7D32', 'F9A825'] },
  { type: 'columnStacked100', colours: ['6A1B9A', 'EF6C00'] },
  { type: 'barClustered', colours: ['00838F'] },
  { type: 'line', colours: ['AD1457'], line: true },
  { type: 'lineMarkers', colours: ['4E342E'], line: true },
];

function charts(): PlanChart[] {
  const cat = `${q(SUMMARY)}!$A$2:$A$5`;
  const col = (c: string) => `${q(SUMMARY)}!$${c}$2:$${c}$5`;
  const list: PlanChart[] = TYPES.map(({ type, colours }, i) => ({
    id: type,
    type,
    title: `Biểu đồ ${type}`,
    categories: cat,
    series: colours.map((color, s) => ({
      name: s ? 'Tốt' : 'Xuất sắc',
      values: col(s ? 'C' : 'B'),
      color,
    })),
    xAxisTitle: 'Năm',
    yAxisTitle: 'Số tổ chức',
    legend: 'bottom',
    dataLabels: i % 2 === 0,
    anchor: { r0: i * 20, c0: 0, r1: i * 20 + 17, c1: 7 },
  }));
  list.push({
    id: 'combo',
    type: 'columnClustered',
    title: 'Biểu đồ combo',
    subtitle: 'Từ 2018 áp dụng thang xếp loại mới',
    categories: cat,
    series: [
      { name: 'Cộng', values: col('D'), color: '283593' },
      { name: 'Yêu cầu', values: col('G'), color: 'C62828', asLine: true, dashed: true },
    ],
    yNumFmt: '0',
    yMin: 0,
    yMax: 60,
    legend: 'right',
    anchor: { r0: 120, c0: 0, r1: 137, c1: 7 },
  });
  return list;
}

function plan(): OutputPlan {
  return {
    version: 1,
    styles: [{}, { bold: true, fill: 'DDEBF7', border: 'thin' }, { numFmt: '0.0%' }],
    sheets: [
      {
        key: 'summary',
        name: SUMMARY,
        cells: summaryCells(),
        columns: [{ col: 0, width: 30 }],
        freeze: { rows: 1, cols: 1 },
        autoFilter: { r0: 0, c0: 0, r1: 4, c1: 6 },
        page: { orientation: 'landscape', paper: 'A4', fitToWidth: true, printTitleRows: [0, 0] },
      },
      {
        key: 'charts',
        name: CHARTS,
        cells: [{ row: 0, col: 9, value: 'Biểu đồ' }],
        charts: charts(),
        page: { orientation: 'portrait', paper: 'A4' },
      },
    ],
  };
}

const ARTIFACTS = path.join(os.tmpdir(), 'bk-xlsx-write-system');

/**
 * Applies the plan, and the same plan again to the result; both outputs must pass the shared
 * ECMA-376 validator (the parts they add or change, against what they were written over).
 */
function writtenTwice(input: Uint8Array, p: OutputPlan, name: string): Uint8Array {
  requireValidator();
  const dir = fs.mkdtempSync(path.join(ARTIFACTS, `${name}-`));
  const files = [input, applyPlan(input, p)];
  files.push(applyPlan(files[1]!, p));
  const paths = files.map((bytes, i) => {
    const f = path.join(dir, `${name}-${i}.xlsx`);
    fs.writeFileSync(f, bytes);
    return f;
  });
  expect([name, validateOoxml(paths[1]!, paths[0]!)]).toEqual([
    name,
    expect.objectContaining({ ok: true }),
  ]);
  expect([name, validateOoxml(paths[2]!, paths[1]!)]).toEqual([
    name,
    expect.objectContaining({ ok: true }),
  ]);
  return files[1]!;
}

describe('LibreOffice opens what applyPlan writes', () => {
  beforeAll(() => fs.mkdirSync(ARTIFACTS, { recursive: true }));

  it('recalculates every formula to the expected values (no #NAME?, no #REF!)', async () => {
    const expected = await gradeCounts();
    const output = writtenTwice(readFixture(), plan(), 'board');
    fs.writeFileSync(path.join(ARTIFACTS, 'board-with-plan.xlsx'), output);
    const dir = convert(output, 'board', 'csv', 8);
    const csv = fs.readdirSync(dir).find((f) => f.endsWith('.csv'))!;
    const rows = parseCsv(fs.readFileSync(path.join(dir, csv), 'utf8'));
    const text = rows.flat().join('|');
    expect(text).not.toMatch(/#NAME\?|#REF!|#VALUE!|Err:\d+/);
    YEARS.forEach((year, i) => {
      const row = rows[i + 1]!;
      const e = expected[year]!;
      expect(e.total).toBeGreaterThan(40);
      expect(row.slice(0, 4)).toEqual([
        String(year),
        String(e.excellent),
        String(e.good),
        String(e.total),
      ]);
      expect(row[4]).toBe(`${(Math.round((e.excellent / e.total) * 1000) / 10).toFixed(1)}%`);
      expect(row[5]).toBe(e.excellent / e.total > 0.2 ? 'Vượt' : 'Đạt');
    });
    expect(rows[6]![0]).toBe("=cmd|' /C calc'!A0");
    expect(rows[6]![1]).toBe(String(expected[2020]!.excellent));
    expect(rows[6]![2]).toBe(String(YEARS.filter((y) => expected[y]!.excellent > 9).length));
    expect(rows[6]![3]).toBe('TRUE');
    expect(rows[6]![4]).toBe('Năm 2020!D12');
  }, 180_000);

  it('resolves formulas over a sheet whose name has an apostrophe', async () => {
    const user = await userWorkbook("Bob's data");
    const output = writtenTwice(
      user,
      {
        version: 1,
        styles: [{}],
        sheets: [
          {
            key: 'summary',
            name: "Bảng Kiểm's summary",
            cells: [
              { row: 0, col: 0, formula: "SUM('Bob''s data'!B2:B6)", cached: 150 },
              { row: 0, col: 1, formula: "'Bảng Kiểm''s summary'!A1*2", cached: 300 },
              { row: 0, col: 2, formula: 'Scores', cached: null },
            ],
          },
        ],
      },
      'bob',
    );
    const dir = convert(output, 'bob', 'csv', 3);
    const csv = fs.readdirSync(dir).find((f) => f.endsWith('.csv'))!;
    const rows = parseCsv(fs.readFileSync(path.join(dir, csv), 'utf8'));
    expect(rows[0]!.slice(0, 2)).toEqual(['150', '300']);
  }, 180_000);

  it('renders every chart type with its bars and lines', () => {
    const output = applyPlan(readFixture(), plan());
    const dir = convert(output, 'charts', 'pdf');
    const pdf = path.join(dir, 'charts.pdf');
    const titles = [...TYPES.map((t) => `Biểu đồ ${t.type}`), 'Biểu đồ combo'];
    // pdftotext may split a title's letters ("Biểu đ ồ"): compare without white space.
    const pages = new Set(
      pagesWithText(pdf, '').filter((p) => {
        const text = execFileSync('pdftotext', ['-f', String(p), '-l', String(p), pdf, '-'])
          .toString()
          .replace(/\s+/g, '');
        return titles.some((t) => text.includes(t.replace(/\s+/g, '')));
      }),
    );
    expect(pages.size).toBeGreaterThan(0);
    const pixels = [...pages].map((p) => {
      const { png, ppm } = renderPage(pdf, p, path.join(ARTIFACTS, `charts-page-${p}`));
      expect(fs.existsSync(png)).toBe(true);
      return ppm;
    });
    const count = (hex: string) => pixels.reduce((n, ppm) => n + countColour(ppm, hex), 0);
    for (const { type, colours, line } of TYPES) {
      for (const colour of colours) {
        // A bar at 60 dpi covers well over a thousand pixels; a line a few hundred.
        expect([type, colour, count(colour) > (line ? 150 : 1000)]).toEqual([type, colour, true]);
      }
    }
    expect(count('283593')).toBeGreaterThan(1000);
    expect(count('C62828')).toBeGreaterThan(60);
  }, 180_000);

  it('finds and replaces its sheets in a file LibreOffice has re-saved', () => {
    const first = applyPlan(readFixture(), plan());
    const resavedDir = convert(first, 'resave', 'xlsx');
    const resaved = new Uint8Array(fs.readFileSync(path.join(resavedDir, 'resave.xlsx')));
    expect(partText(resaved, 'xl/workbook.xml')).toContain('name="BangKiem.Owned"');
    const again = writtenTwice(resaved, plan(), 'resaved');
    const sheets = [...partText(again, 'xl/workbook.xml').matchAll(/<sheet name="([^"]*)"/g)].map(
      (m) => m[1],
    );
    expect(sheets).toEqual([
      'Năm 2017',
      ...YEARS.map((y) => `Năm ${y}`),
      'Tổng hợp',
      'Sinh hoạt chi bộ',
      SUMMARY,
      CHARTS,
    ]);
    const before = parts(resaved);
    const after = parts(again);
    // The user's sheets as LibreOffice wrote them are untouched; the old charts are gone.
    for (const n of [
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet7.xml',
      'xl/sharedStrings.xml',
    ]) {
      expect(Buffer.compare(Buffer.from(after[n]!), Buffer.from(before[n]!))).toBe(0);
    }
    expect(Object.keys(after).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(
      charts().length,
    );
    const dir = convert(again, 'again', 'csv', 8);
    const rows = parseCsv(
      fs.readFileSync(
        path.join(
          dir,
          fs.readdirSync(dir).find((f) => f.endsWith('.csv'))!,
        ),
        'utf8',
      ),
    );
    expect(rows[1]![0]).toBe('2018');
    expect(rows.flat().join('|')).not.toMatch(/#NAME\?|#REF!|Err:\d+/);
  }, 180_000);
});
