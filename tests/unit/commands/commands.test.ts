/** @jest-environment jsdom */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TextDecoder as NodeTextDecoder } from 'node:util';
import { LAST_RUN_KEY, readLastRun } from '../../../src/commands/lastRun';
import type { JobOutcome } from '../../../src/commands/runWholeJob';
import { tellUser } from '../../../src/commands/tellUser';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';
import { createExcelDouble } from '../../helpers/excelDouble';

const FIXTURE = resolve(__dirname, '../../../samples/bang-kiem-mau.xlsx');

/** jsdom has no TextDecoder; the file reader (used here only to make the workbook) needs one. */
function fixtureSnapshot() {
  const t = globalThis as { TextDecoder?: unknown };
  const had = t.TextDecoder;
  t.TextDecoder ??= NodeTextDecoder;
  try {
    return readXlsx(readFileSync(FIXTURE));
  } finally {
    t.TextDecoder = had;
  }
}

type Globals = { Office?: unknown; Excel?: unknown; runCheck?: unknown };
const g = globalThis as Globals;

type CommandsModule = typeof import('../../../src/commands/commands');

/** A fresh copy of commands.ts, so its top-level registration runs against the current globals. */
function loadCommands(): CommandsModule {
  let mod: CommandsModule | undefined;
  jest.isolateModules(() => {
    mod = jest.requireActual<CommandsModule>('../../../src/commands/commands');
  });
  return mod!;
}

function officeStub(opts: { sharedRuntime?: boolean; show?: () => Promise<void> } = {}) {
  return {
    onReady: jest.fn(() => Promise.resolve({})),
    actions: { associate: jest.fn() },
    context: {
      requirements: {
        isSetSupported: (name: string) =>
          name === 'SharedRuntime' ? Boolean(opts.sharedRuntime) : name === 'ExcelApi',
      },
    },
    addin: opts.show ? { showAsTaskpane: jest.fn(opts.show) } : undefined,
  };
}

const OK: JobOutcome = { ok: true, lang: 'vi', vi: 'xong', en: 'done', reportSheet: 'Báo cáo' };
const FAILED: JobOutcome = { ok: false, lang: 'vi', vi: 'lỗi', en: 'error', code: 'X' };

afterEach(() => {
  delete g.Office;
  delete g.Excel;
  delete g.runCheck;
  localStorage.clear();
});

describe('commands.ts registration', () => {
  it('loads without Office.js (offline) and registers nothing', () => {
    expect(() => loadCommands()).not.toThrow();
    expect(g.runCheck).toBeUndefined();
  });

  it('registers runCheck with Office.actions.associate and on the global object', () => {
    const office = officeStub();
    g.Office = office;
    const mod = loadCommands();
    expect(office.onReady).toHaveBeenCalled();
    expect(office.actions.associate).toHaveBeenCalledWith('runCheck', mod.runCheck);
    expect(g.runCheck).toBe(mod.runCheck);
  });
});

describe('runCheck', () => {
  it('without Excel: completes the event and leaves a failure for the pane', async () => {
    g.Office = officeStub();
    const { runCheck } = loadCommands();
    const completed = jest.fn();
    await runCheck({ completed } as unknown as Office.AddinCommands.Event);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(readLastRun()).toMatchObject({ ok: false, code: 'Unexpected' });
  });

  it('runs the whole job in Excel.run, then completes the event', async () => {
    const double = createExcelDouble({ maxApi: '1.16', snapshot: fixtureSnapshot() });
    double.installOffice();
    // The double's own requirements, so that it sees which APIs the host detects first.
    const { context } = g.Office as { context: unknown };
    g.Office = { ...officeStub(), context };
    g.Excel = { run: (job: (c: Excel.RequestContext) => Promise<unknown>) => job(double.context) };
    const { runCheck } = loadCommands();
    const completed = jest.fn();
    await runCheck({ completed } as unknown as Office.AddinCommands.Event);
    expect(completed).toHaveBeenCalledTimes(1);
    const last = readLastRun();
    expect(last).toMatchObject({ ok: true });
    expect(double.model.active).toBe(last!.reportSheet);
    expect(Date.parse(last!.at)).not.toBeNaN();
  });

  it('completes the event even when Excel.run itself throws', async () => {
    g.Office = officeStub();
    g.Excel = {
      run: () => {
        throw new Error('host gone');
      },
    };
    const { runCheck } = loadCommands();
    const completed = jest.fn();
    await runCheck({ completed } as unknown as Office.AddinCommands.Event);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(readLastRun()?.en).toMatch(/host gone/);
  });
});

describe('tellUser', () => {
  it('opens the task pane where the shared runtime can', async () => {
    const office = officeStub({ sharedRuntime: true, show: () => Promise.resolve() });
    g.Office = office;
    expect(await tellUser(FAILED)).toBe('taskpane');
    expect(office.addin!.showAsTaskpane).toHaveBeenCalledTimes(1);
  });

  it('does not call showAsTaskpane where SharedRuntime 1.1 is missing', async () => {
    const office = officeStub({ sharedRuntime: false, show: () => Promise.resolve() });
    g.Office = office;
    expect(await tellUser(OK)).toBe('sheet');
    expect(office.addin!.showAsTaskpane).not.toHaveBeenCalled();
  });

  it('falls back when showAsTaskpane refuses (no shared runtime configured)', async () => {
    g.Office = officeStub({ sharedRuntime: true, show: () => Promise.reject(new Error('no')) });
    expect(await tellUser(OK)).toBe('sheet');
    expect(await tellUser(FAILED)).toBe('none');
  });

  it('works without Office.js and keeps the outcome for the pane', async () => {
    const at = new Date('2026-11-28T12:00:00Z');
    expect(await tellUser(FAILED, at)).toBe('none');
    expect(JSON.parse(localStorage.getItem(LAST_RUN_KEY)!)).toEqual({
      ...FAILED,
      at: '2026-11-28T12:00:00.000Z',
    });
  });

  it('readLastRun ignores what it cannot use', () => {
    localStorage.setItem(LAST_RUN_KEY, '{not json');
    expect(readLastRun()).toBeNull();
    localStorage.setItem(LAST_RUN_KEY, JSON.stringify({ ok: 'yes' }));
    expect(readLastRun()).toBeNull();
  });
});

describe('runCheck clicked twice', () => {
  it('joins the run in progress instead of starting a second one', async () => {
    g.Office = officeStub();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const run = jest.fn(async () => {
      await gate;
      return { ok: true };
    });
    g.Excel = { run };
    const { runCheck } = loadCommands();
    const first = jest.fn();
    const second = jest.fn();
    const a = runCheck({ completed: first } as unknown as Office.AddinCommands.Event);
    const b = runCheck({ completed: second } as unknown as Office.AddinCommands.Event);
    await Promise.resolve();
    expect(run).toHaveBeenCalledTimes(1);
    release();
    await Promise.all([a, b]);
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
    // Once it is over, a click starts a new run.
    await runCheck({ completed: jest.fn() } as unknown as Office.AddinCommands.Event);
    expect(run).toHaveBeenCalledTimes(2);
  });
});
