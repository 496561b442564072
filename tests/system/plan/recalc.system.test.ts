import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { checkWorkbook, type CheckResult } from '../../../src/core/engine';
import type { OutputPlan } from '../../../src/core/plan/outputPlan';
import type { WorkbookSnapshot } from '../../../src/core/model/snapshot';
import { buildPlan } from '../../../src/core/plan/buildPlan';
import { settingsForWorkbook } from '../../../src/core/plan/settingCells';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';
import { applyPlan } from '../../../src/hosts/xlsx/write/applyPlan';
import { sharedPath } from '../../helpers/shared';
import { convert, countColour, pagesWithText, renderPage } from '../../helpers/libreOffice';
import { requireValidator, validateOoxml } from '../xlsx-write/cliRunner';

/** The written workbook, and the same plan written over it again, pass the ECMA-376 schemas. */
function validTwice(input: Uint8Array, out: Uint8Array, plan: OutputPlan, name: string): void {
  requireValidator();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `bk-recalc-${name}-`));
  const files = [input, out, applyPlan(out, plan)].map((bytes, i) => {
    const f = path.join(dir, `${i}.xlsx`);
    fs.writeFileSync(f, bytes);
    return f;
  });
  expect([name, validateOoxml(files[1]!, files[0]!).report]).toEqual([
    name,
    expect.stringMatching(/^0 schema error/),
  ]);
  expect([name, validateOoxml(files[2]!, files[1]!).report]).toEqual([
    name,
    expect.stringMatching(/^0 schema error/),
  ]);
}

const FIXTURE = sharedPath('fixtures/board-2017-2021.xlsx');

/** Lets LibreOffice recalculate every formula and reads the values it computed. */
function recalculate(bytes: Uint8Array, name: string): WorkbookSnapshot {
  const dir = convert(bytes, name, 'xlsx');
  return readXlsx(fs.readFileSync(path.join(dir, `${name}.xlsx`)));
}

function sheetNamed(wb: WorkbookSnapshot, name: string) {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

function run(bytes: Uint8Array): {
  check: CheckResult;
  out: Uint8Array;
  snapshot: WorkbookSnapshot;
} {
  const snapshot = readXlsx(bytes);
  const settings = settingsForWorkbook(snapshot);
  const check = checkWorkbook(snapshot, settings, 'board.xlsx');
  return { check, snapshot, out: applyPlan(bytes, buildPlan(check, snapshot, settings)) };
}

/** Every value LibreOffice computed on an owned sheet, for error hunting. */
function ownedValues(wb: WorkbookSnapshot, names: string[]): string[] {
  const out: string[] = [];
  for (const n of names) {
    for (const row of sheetNamed(wb, n).rows) for (const v of row?.v ?? []) out.push(String(v));
  }
  return out;
}

describe('the written workbook, recalculated by LibreOffice', () => {
  const original = new Uint8Array(fs.readFileSync(FIXTURE));
  const { check, out, snapshot } = run(original);
  const plan = buildPlan(check, snapshot, settingsForWorkbook(snapshot));
  const names = Object.fromEntries(plan.sheets.map((s) => [s.key, s.name]));
  let recalculated: WorkbookSnapshot;

  beforeAll(() => {
    recalculated = recalculate(out, 'board-checked');
  });

  it('writes parts valid against the ECMA-376 schemas, and again over its own output', () => {
    validTwice(original, out, plan, 'board');
  });

  it('computes no error in any owned sheet', () => {
    const values = ownedValues(recalculated, Object.values(names));
    expect(values.filter((v) => /^#(NAME\?|REF!|DIV\/0!|VALUE!|N\/A)/.test(v))).toEqual([]);
  });

  it('gives the same yearly counts by formula as the engine', () => {
    const summary = sheetNamed(recalculated, names.summary!);
    const lists = [...check.model.listRatings.values()];
    let compared = 0;
    for (const row of summary.rows) {
      const year = row?.v[0];
      if (typeof year !== 'number' || typeof row?.v[1] !== 'string') continue;
      const expected = lists.find((r) => r.year === year && r.sheet === row.v[1])!;
      expect([row.v[4], row.v[6], row.v[8], row.v[10]]).toEqual([
        expected.counts.excellent,
        expected.counts.good,
        expected.counts.pass,
        expected.counts.fail,
      ]);
      expect(row.v[5]).toBeCloseTo(expected.shares.excellent ?? 0, 6);
      compared++;
    }
    expect(compared).toBe(5);
  });

  it('gives every register row the verdict the engine gives', () => {
    const meetings = sheetNamed(recalculated, names.meetings!);
    const verdicts = new Map<number, string>();
    for (const row of meetings.rows) {
      const link = row?.v[3];
      if (typeof row?.v[10] === 'string' && typeof link === 'string' && /^\d+$/.test(link)) {
        verdicts.set(Number(link), row.v[10]);
      }
    }
    expect(verdicts.size).toBe(check.report.results.meetings.length);
    for (const m of check.report.results.meetings) {
      const want =
        m.compliant === true ? 'Đạt' : m.compliant === false ? 'Không đạt' : 'Chưa đủ dữ liệu';
      expect([m.row, verdicts.get(m.row)]).toEqual([m.row, want]);
    }
    const regular = new Map<number, unknown>();
    for (const row of meetings.rows)
      if (typeof row?.v[3] === 'string') regular.set(Number(row.v[3]), row.v[4]);
    for (const m of check.report.results.meetings)
      expect([m.row, regular.get(m.row)]).toEqual([m.row, m.regular]);
  });

  it('follows a grade corrected in the user list, and a threshold changed on the sheet', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(out) as unknown as ArrayBuffer);
    // 'Năm 2020'!D9 holds a good grade; making it excellent moves one unit across.
    const cell = book.getWorksheet('Năm 2020')!.getCell('D9');
    expect(String(cell.value)).toBe('Hoàn thành tốt nhiệm vụ');
    cell.value = 'HTXSNV';
    // Ten regular meetings a year instead of twelve.
    book.getWorksheet(names.meetings!)!.getCell('C4').value = 10;
    const edited = new Uint8Array(await book.xlsx.writeBuffer());
    const again = recalculate(edited, 'board-edited');

    const summary = sheetNamed(again, names.summary!);
    const row2020 = summary.rows.find((r) => r?.v[0] === 2020)!;
    expect([row2020.v[4], row2020.v[6]]).toEqual([12, 41]);

    const meetings = sheetNamed(again, names.meetings!);
    const short = check.report.results.meetings.find(
      (m) => m.regular === 10 && m.compliant === false,
    );
    expect(short).toBeDefined();
    const flagged = meetings.rows.find((r) => r?.v[3] === String(short!.row))!;
    const quartersOk = short!.thematicByQuarter.every((q) => (q ?? 0) >= 1);
    expect(flagged.v[10]).toBe(quartersOk ? 'Đạt' : 'Không đạt');
  });

  it('draws every chart with its bars and lines on the printed charts page', () => {
    const dir = convert(out, 'board-charts', 'pdf');
    const pdf = path.join(dir, 'board-charts.pdf');
    const [page] = pagesWithText(pdf, 'BIỂU ĐỒ SO SÁNH CÁC NĂM THÍ ĐIỂM');
    expect(page).toBeDefined();
    const { ppm } = renderPage(pdf, page!, path.join(dir, 'charts'));
    // Each level's color, the pilot years' colors and the dashed "required" line all show.
    for (const color of ['08306B', '6BAED6', 'C2410C', '440154', '21908C', 'FDE725', '2171B5']) {
      expect([color, countColour(ppm, color, 30)]).toEqual([color, expect.any(Number)]);
      expect(countColour(ppm, color, 30)).toBeGreaterThan(20);
    }
  });
});

/** A workbook a board might send: a sheet name with an apostrophe, NFD text, a duplicate. */
async function awkwardWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Năm 2020 (bản của Hà's)");
  ws.addRow(['BẢNG TỔNG HỢP XẾP LOẠI NĂM 2020']);
  ws.addRow(['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại']);
  const rows: [string, string][] = [
    ['Đảng bộ xã Hòa Sơn', 'Hoàn thành tốt nhiệm vụ'.normalize('NFD')],
    ['Đảng bộ xã Yên Thịnh', 'HTXSNV'],
    ['xã Hoà Sơn', 'HTXSNV'],
    ['Chi bộ Trạm *Y tế?', 'tốt'],
    ['Đảng bộ xã Đồng Tiến', '=cmd'],
  ];
  rows.forEach(([n, g], i) => ws.addRow([i + 1, n, g]));
  // Members of two organizations, interleaved: a formula over row runs would mix them up.
  const members = wb.addWorksheet('Đảng viên 2020');
  members.addRow(['DANH SÁCH XẾP LOẠI ĐẢNG VIÊN NĂM 2020']);
  members.addRow(['STT', 'Họ và tên', 'Đảng bộ', 'Xếp loại']);
  for (let i = 0; i < 40; i++) {
    const org = i % 2 ? 'Đảng bộ xã Hòa Sơn' : i % 3 ? 'Đảng bộ xã Yên Thịnh' : 'xã Yên Thịnh';
    members.addRow([
      i + 1,
      `Người ${i}`,
      org,
      i % 5 === 0 ? 'HTXSNV' : i % 7 === 0 ? 'HTNV' : 'HTTNV',
    ]);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe.each([
  [
    'the bundled sample',
    () =>
      new Uint8Array(
        fs.readFileSync(path.resolve(__dirname, '../../../samples/bang-kiem-mau.xlsx')),
      ),
  ],
  ['an awkward workbook', awkwardWorkbook],
])('%s, written and recalculated by LibreOffice', (label, load) => {
  let check: CheckResult;
  let names: Record<string, string>;
  let recalculated: WorkbookSnapshot;

  beforeAll(async () => {
    const bytes = await load();
    const snapshot = readXlsx(bytes);
    const settings = settingsForWorkbook(snapshot);
    check = checkWorkbook(snapshot, settings);
    const plan = buildPlan(check, snapshot, settings);
    names = Object.fromEntries(plan.sheets.map((s) => [s.key, s.name]));
    const out = applyPlan(bytes, plan);
    validTwice(bytes, out, plan, label.replace(/\W+/g, '-'));
    recalculated = recalculate(out, label.replace(/\W+/g, '-'));
  });

  it('computes no error in any owned sheet', () => {
    const values = ownedValues(recalculated, Object.values(names));
    expect(values.filter((v) => /^#(NAME\?|REF!|DIV\/0!|VALUE!|N\/A)/.test(v))).toEqual([]);
  });

  it("counts every list's grades by formula as the engine does", () => {
    const summary = sheetNamed(recalculated, names.summary!);
    const lists = [...check.model.listRatings.values()];
    const seen: string[] = [];
    for (const row of summary.rows) {
      const [year, sheet] = [row?.v[0], row?.v[1]];
      if (typeof year !== 'number' || typeof sheet !== 'string' || typeof row?.v[4] !== 'number')
        continue;
      if (row.v.length < 12) continue;
      const expected = lists.find((r) => r.year === year && r.sheet === sheet)!;
      expect([sheet, row.v[4], row.v[6], row.v[8], row.v[10]]).toEqual([
        sheet,
        expected.counts.excellent,
        expected.counts.good,
        expected.counts.pass,
        expected.counts.fail,
      ]);
      seen.push(sheet);
    }
    expect(seen.sort()).toEqual(lists.map((l) => l.sheet).sort());
  });

  it('counts each organization of a member list by formula as the engine does', () => {
    const summary = sheetNamed(recalculated, names.summary!);
    const capRows = summary.rows.filter(
      (r) => typeof r?.v[2] === 'string' && typeof r?.v[4] === 'number' && r.v.length <= 8,
    );
    const memberLists = check.model.lists.filter((l) => l.table.subject === 'member');
    expect(memberLists.length).toBeGreaterThan(0);
    for (const list of memberLists) {
      const byOrg = new Map<string, [number, number]>();
      for (const e of list.entries) {
        if (e.status !== 'ok' || e.duplicateOf !== undefined) continue;
        const c = byOrg.get(e.orgKey!) ?? [0, 0];
        if (e.level === 'excellent') c[0]++;
        if (e.level === 'good') c[1]++;
        byOrg.set(e.orgKey!, c);
      }
      const got = capRows
        .filter((r) => r!.v[1] === list.table.view.name)
        .map((r) => [r!.v[4], r!.v[5]]);
      expect(got.sort()).toEqual([...byOrg.values()].sort());
    }
  });

  it('gives every register row the verdict the engine gives', () => {
    if (!names.meetings) return expect(check.report.results.meetings).toEqual([]);
    const meetings = sheetNamed(recalculated, names.meetings);
    const want = (c: boolean | null) =>
      c === true ? 'Đạt' : c === false ? 'Không đạt' : 'Chưa đủ dữ liệu';
    const got = new Map<number, [unknown, unknown]>();
    for (const row of meetings.rows) {
      if (typeof row?.v[3] === 'string' && /^\d+$/.test(row.v[3]))
        got.set(Number(row.v[3]), [row.v[4], row.v[10]]);
    }
    for (const m of check.report.results.meetings) {
      expect([m.row, got.get(m.row)]).toEqual([m.row, [m.regular, want(m.compliant)]]);
    }
  });
});
