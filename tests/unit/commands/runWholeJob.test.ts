import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runWholeJob } from '../../../src/commands/runWholeJob';
import { checkWorkbook } from '../../../src/core/engine';
import type { WorkbookSnapshot } from '../../../src/core/model/snapshot';
import { settingsForWorkbook } from '../../../src/core/plan/settingCells';
import { readSnapshot } from '../../../src/hosts/excel/readSnapshot';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';
import { createExcelDouble, type ExcelDouble } from '../../helpers/excelDouble';

const FIXTURE = resolve(__dirname, '../../../samples/bang-kiem-mau.xlsx');
const NOW = () => new Date('2026-11-28T10:30:00Z');

function fixture(): WorkbookSnapshot {
  return readXlsx(readFileSync(FIXTURE));
}

function cellTexts(double: ExcelDouble, sheet: string): string[] {
  const s = double.model.sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  return [...s.cells.values()].map((c) => String(c.value ?? ''));
}

describe.each(['1.7', '1.16'])('runWholeJob on the board fixture, ExcelApi %s', (maxApi) => {
  let double: ExcelDouble;
  let undo: () => void;
  const fromFile = fixture();
  const fileReport = checkWorkbook(fromFile, settingsForWorkbook(fromFile)).report;
  /** What the engine finds in what this Excel lets the host read. */
  let expected: typeof fileReport;

  beforeAll(async () => {
    const probe = createExcelDouble({ maxApi, snapshot: fixture() });
    const undoProbe = probe.installOffice();
    try {
      const read = await readSnapshot(probe.context);
      expected = checkWorkbook(read, settingsForWorkbook(read)).report;
    } finally {
      undoProbe();
    }
  });

  beforeEach(() => {
    double = createExcelDouble({ maxApi, snapshot: fixture() });
    undo = double.installOffice();
  });
  afterEach(() => undo());

  it('checks, writes the owned sheets and shows the report sheet', async () => {
    const userSheets = double.model.sheets.map((s) => s.name);
    const outcome = await runWholeJob(double.context, { now: NOW });
    expect(outcome.ok).toBe(true);
    expect(outcome.counts).toEqual(expected.counts);
    // Microsoft 365 gives the host everything the file reader sees; Office 2019 (1.7) gives no
    // merged areas, and the summary's merged header then reads differently.
    if (maxApi === '1.16') expect(outcome.counts).toEqual(fileReport.counts);
    expect(expected.counts.error + expected.counts.warning).toBeGreaterThan(0);
    expect(outcome.reportSheet).toBeTruthy();
    const names = double.model.sheets.map((s) => s.name);
    expect(names.slice(0, userSheets.length)).toEqual(userSheets);
    expect(names).toContain(outcome.reportSheet);
    expect(names.length).toBeGreaterThan(userSheets.length);
    expect(double.model.active).toBe(outcome.reportSheet);
    expect(double.model.selection?.sheet).toBe(outcome.reportSheet);
    expect(outcome.vi).toContain(`${expected.counts.error} lỗi`);
    expect(outcome.en).toContain(`${expected.counts.warning} warnings`);
    expect(
      cellTexts(double, outcome.reportSheet!).some((t) => t.includes('2026-11-28T10:30:00')),
    ).toBe(true);
  });

  it('gives the same sheets when run twice', async () => {
    const first = await runWholeJob(double.context, { now: NOW });
    const after1 = double.model.sheets.map((s) => s.name);
    const second = await runWholeJob(double.context, { now: NOW });
    expect(second).toEqual(first);
    expect(double.model.sheets.map((s) => s.name)).toEqual(after1);
  });
});

describe('runWholeJob failures come back as outcomes, in both languages', () => {
  it('bad settings: the settings message, nothing written', async () => {
    const double = createExcelDouble({ maxApi: '1.7', snapshot: fixture() });
    const undo = double.installOffice();
    try {
      const before = double.model.sheets.map((s) => s.name);
      const outcome = await runWholeJob(double.context, { overrides: { colour: 'red' } });
      expect(outcome).toMatchObject({ ok: false, code: 'Settings', lang: 'vi' });
      expect(outcome.vi).toMatch(/colour/);
      expect(outcome.en).toMatch(/Unknown setting "colour"/);
      expect(double.model.sheets.map((s) => s.name)).toEqual(before);
    } finally {
      undo();
    }
  });

  it('an Excel error: the host message with its code', async () => {
    const double = createExcelDouble({ maxApi: '1.7', snapshot: fixture() });
    const undo = double.installOffice();
    const broken = {
      ...double.context,
      workbook: double.context.workbook,
      sync: () =>
        Promise.reject(
          Object.assign(new Error('busy'), { code: 'InvalidOperationInCellEditMode' }),
        ),
    } as unknown as Excel.RequestContext;
    try {
      const outcome = await runWholeJob(broken);
      expect(outcome).toMatchObject({ ok: false, code: 'InvalidOperationInCellEditMode' });
      expect(outcome.vi).toMatch(/chế độ sửa ô/);
      expect(outcome.en).toMatch(/cell-edit mode/);
    } finally {
      undo();
    }
  });
});
