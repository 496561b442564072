import { runWholeJob } from '../../../src/commands/runWholeJob';
import { checkWorkbook } from '../../../src/core/engine';
import { localDay } from '../../../src/core/job';
import type { RowData, WorkbookSnapshot } from '../../../src/core/model/snapshot';
import { settingsForWorkbook } from '../../../src/core/plan/settingCells';
import { readSnapshot } from '../../../src/hosts/excel/readSnapshot';
import {
  COMMAND_LIMIT_MS,
  createExcelDouble,
  type DoubleTiming,
  type ExcelDouble,
} from '../../helpers/excelDouble';
import { sampleSnapshot } from '../../helpers/sampleWorkbook';

const NOW = () => new Date('2026-11-28T10:30:00Z');

function cell(double: ExcelDouble, sheet: string, row: number, col: number) {
  return double.model.sheets.find((s) => s.name === sheet)?.cells.get(`${row},${col}`);
}

function withDouble(maxApi: string, snapshot: WorkbookSnapshot, timing?: DoubleTiming) {
  const double = createExcelDouble({ maxApi, snapshot, ...(timing ? { timing } : {}) });
  const undo = double.installOffice();
  return { double, undo };
}

describe.each(['1.7', '1.16'])('runWholeJob on the sample workbook, ExcelApi %s', (maxApi) => {
  let double: ExcelDouble;
  let undo: () => void;
  /** What the engine finds in what this Excel lets the host read. */
  let expected: ReturnType<typeof checkWorkbook>['report'];

  beforeAll(async () => {
    const probe = withDouble(maxApi, sampleSnapshot());
    try {
      const read = await readSnapshot(probe.double.context);
      expected = checkWorkbook(read, settingsForWorkbook(read)).report;
    } finally {
      probe.undo();
    }
  });

  beforeEach(() => ({ double, undo } = withDouble(maxApi, sampleSnapshot())));
  afterEach(() => undo());

  it('checks, writes, recalculates and shows the report with its status line, in 7 syncs', async () => {
    const userSheets = double.model.sheets.map((s) => s.name);
    const outcome = await runWholeJob(double.context, { now: NOW });
    expect(outcome.ok).toBe(true);
    expect(outcome.counts).toEqual(expected.counts);
    expect(expected.counts.error + expected.counts.warning).toBeGreaterThan(0);
    const names = double.model.sheets.map((s) => s.name);
    expect(names.slice(0, userSheets.length)).toEqual(userSheets);
    expect(double.model.active).toBe(outcome.reportSheet);
    expect(double.model.selection).toEqual({
      sheet: outcome.reportSheet,
      range: { r0: 0, c0: 0, r1: 0, c1: 0 },
    });
    // The one-line status at the top of the report sheet says what the run found.
    const status = String(cell(double, outcome.reportSheet!, 1, 0)?.value);
    const { error, warning, info } = expected.counts;
    expect(status).toBe(outcome.vi);
    expect(status).toContain(`${error} lỗi, ${warning} cảnh báo, ${info} ghi chú`);
    // The day of the check in the user's time zone, as every host stamps it (core/job.ts).
    expect(status).toContain(`Nút Kiểm tra, ${localDay(NOW())}:`);
    // Read 3 (sheet list, used ranges and marks, one batch of cells), write 3 (sheet list,
    // marks, one packet), show 1 (recalculation, status, activation): as before this change.
    expect(double.stats.syncs).toBe(7);
    // Written with calculation suspended, then recalculated: no formula is left uncalculated.
    expect(double.model.calcSuspensions).toBeGreaterThan(0);
    expect(double.model.recalculations).toBe(1);
    const stale = double.model.sheets.flatMap((s) =>
      [...s.cells.values()].filter((c) => c.uncalculated),
    );
    expect(stale).toEqual([]);
  });

  it('gives the same sheets when run twice, and reads none of its own but the settings', async () => {
    const first = await runWholeJob(double.context, { now: NOW });
    const after1 = double.model.sheets.map((s) => s.name);
    const second = await runWholeJob(double.context, { now: NOW });
    expect(second).toEqual(first);
    expect(second.foreignMarked).toEqual([]);
    expect(double.model.sheets.map((s) => s.name)).toEqual(after1);
    // The owned sheets are not read as data; those holding settings rows are.
    const read = await readSnapshot(double.context);
    const owned = read.sheets.filter((s) => s.owned);
    expect(owned.map((s) => s.name).sort()).toEqual(after1.slice(-owned.length).sort());
    const withRows = owned.filter((s) => s.rows.some(Boolean)).map((s) => s.name);
    expect(withRows.sort()).toEqual(['Bảng Kiểm - Cài đặt', 'Bảng Kiểm - Sinh hoạt']);
  });
});

function manyLists(sheets: number, rows: number): WorkbookSnapshot {
  const grades = ['Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành nhiệm vụ'];
  return {
    styles: [{ numFmt: 'General', font: null }],
    sheets: Array.from({ length: sheets }, (_, i) => {
      const data: RowData[] = [{ v: ['STT', 'Họ và tên', 'Chi bộ', 'Xếp loại'] }];
      for (let r = 1; r <= rows; r++) {
        data.push({ v: [r, `Đảng viên ${i}-${r}`, `Chi bộ ${r % 7}`, grades[r % 3]!] });
      }
      return { name: `Danh sách ${i + 1}`, state: 'visible' as const, merges: [], rows: data };
    }),
  };
}

describe("Office's five-minute limit on the ribbon command", () => {
  it('a slow read stops in time: later sheets are left unread and named in the status', async () => {
    // 25 KB/s, 1 MB a batch: reading this 5 MB workbook in full would outlive the limit.
    const timing = { msPerSync: 2000, msPerKB: 40 };
    const { double, undo } = withDouble('1.7', manyLists(20, 1500), timing);
    try {
      const outcome = await runWholeJob(double.context, {
        now: NOW,
        clock: double.now,
        budgets: { readBytes: 1_000_000 },
      });
      expect(outcome).toMatchObject({ ok: true });
      expect(outcome.unread!.length).toBeGreaterThan(0);
      expect(outcome.unread!.length).toBeLessThan(20);
      expect(outcome.vi).toContain('giới hạn 5 phút');
      expect(outcome.vi).toContain(`'${outcome.unread![0]}'`);
      expect(double.stats.overLimit).toBe(false);
      expect(double.now()).toBeLessThan(COMMAND_LIMIT_MS);
      expect(double.model.active).toBe(outcome.reportSheet);
    } finally {
      undo();
    }
  });

  it('a slow write stops between packets, and the status says the rest was skipped', async () => {
    const timing = { msPerSync: 20_000, msPerKB: 0 };
    const { double, undo } = withDouble('1.7', sampleSnapshot(), timing);
    try {
      const outcome = await runWholeJob(double.context, {
        now: NOW,
        clock: double.now,
        budgets: { writeBytes: 20_000 },
      });
      expect(outcome.ok).toBe(true);
      expect(outcome.packets!.done).toBeGreaterThan(0);
      expect(outcome.packets!.done).toBeLessThan(outcome.packets!.planned);
      const status = String(cell(double, outcome.reportSheet!, 1, 0)?.value);
      expect(status).toContain(`${outcome.packets!.done}/${outcome.packets!.planned} phần`);
      expect(status).toContain('bị bỏ qua');
      expect(double.stats.overLimit).toBe(false);
      expect(double.now()).toBeLessThanOrEqual(COMMAND_LIMIT_MS);
    } finally {
      undo();
    }
  });

  it('without the guard the same run outlives the limit and Office ends it', async () => {
    const timing = { msPerSync: 20_000, msPerKB: 0 };
    const { double, undo } = withDouble('1.7', sampleSnapshot(), timing);
    try {
      const outcome = await runWholeJob(double.context, {
        clock: double.now,
        budgets: { writeBytes: 20_000 },
        limits: { writeUntilMs: Infinity },
      });
      expect(outcome.ok).toBe(false);
      expect(double.stats.overLimit).toBe(true);
    } finally {
      undo();
    }
  });
});

describe('runWholeJob failures come back as outcomes, in both languages', () => {
  it('bad settings: the settings message, nothing written', async () => {
    const { double, undo } = withDouble('1.7', sampleSnapshot());
    try {
      const before = double.model.sheets.map((s) => s.name);
      const outcome = await runWholeJob(double.context, { overrides: { colour: 'red' } });
      // The same code the command line prints for a settings failure (the catalogue's).
      expect(outcome).toMatchObject({ ok: false, code: 'settings', lang: 'vi' });
      expect(outcome.vi).toMatch(/colour/);
      expect(outcome.en).toMatch(/Unknown setting "colour"/);
      expect(double.model.sheets.map((s) => s.name)).toEqual(before);
    } finally {
      undo();
    }
  });

  it('an Excel error: the host message with its code', async () => {
    const { double, undo } = withDouble('1.7', sampleSnapshot());
    const broken = {
      ...double.context,
      workbook: double.context.workbook,
      sync: () =>
        Promise.reject(
          Object.assign(new Error('Excel est en mode édition'), {
            code: 'InvalidOperationInCellEditMode',
          }),
        ),
    } as unknown as Excel.RequestContext;
    try {
      const outcome = await runWholeJob(broken);
      expect(outcome).toMatchObject({ ok: false, code: 'InvalidOperationInCellEditMode' });
      expect(outcome.vi).toMatch(/chế độ sửa ô/);
      expect(outcome.en).toMatch(/cell-edit mode/);
      expect(outcome.vi + outcome.en).not.toMatch(/édition/);
    } finally {
      undo();
    }
  });

  it('a protected workbook structure: said plainly from the code, not the message text', async () => {
    const { double, undo } = withDouble('1.7', sampleSnapshot());
    double.model.structureProtected = true;
    try {
      const outcome = await runWholeJob(double.context);
      expect(outcome).toMatchObject({ ok: false, code: 'InvalidOperation' });
      expect(outcome.vi).toContain('Cấu trúc sổ làm việc đang được bảo vệ');
      expect(outcome.en).toContain("workbook's structure is protected");
      expect(outcome.vi + outcome.en).not.toMatch(/protégé/);
    } finally {
      undo();
    }
  });
});
