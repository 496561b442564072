/** @jest-environment jsdom */
import type { JobOutcome } from '../../../src/commands/runWholeJob';
import { messageUrl, tellUser } from '../../../src/commands/tellUser';
import { createExcelDouble } from '../../helpers/excelDouble';
import { sampleSnapshot } from '../../helpers/sampleWorkbook';

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

interface FakeDialog {
  handlers: Map<string, () => void>;
  closed: boolean;
}

function officeStub(opts: { dialog?: boolean } = {}) {
  const dialogs: { url: string; dialog: FakeDialog }[] = [];
  return {
    dialogs,
    onReady: jest.fn(() => Promise.resolve({})),
    actions: { associate: jest.fn() },
    EventType: { DialogEventReceived: 'dialogEventReceived' },
    context: {
      requirements: { isSetSupported: (name: string) => name === 'ExcelApi' },
      ui: opts.dialog
        ? {
            displayDialogAsync: (
              url: string,
              _o: unknown,
              cb: (r: { status: string; value: unknown }) => void,
            ) => {
              const dialog: FakeDialog = { handlers: new Map(), closed: false };
              dialogs.push({ url, dialog });
              cb({
                status: 'succeeded',
                value: {
                  addEventHandler: (t: string, h: () => void) => dialog.handlers.set(t, h),
                  close: () => (dialog.closed = true),
                },
              });
            },
          }
        : undefined,
    },
  };
}

const FAILED: JobOutcome = {
  ok: false,
  lang: 'vi',
  vi: 'Sổ đang bị khóa.',
  en: 'Locked.',
  code: 'X',
};

afterEach(() => {
  delete g.Office;
  delete g.Excel;
  delete g.runCheck;
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

  it('still registers on the global object where Office.actions is missing (older hosts)', () => {
    const office = { ...officeStub(), actions: undefined };
    g.Office = office;
    const mod = loadCommands();
    expect(g.runCheck).toBe(mod.runCheck);
  });
});

describe('runCheck', () => {
  it('runs the whole job in Excel.run, shows the report sheet, then completes the event', async () => {
    const double = createExcelDouble({ maxApi: '1.7', snapshot: sampleSnapshot() });
    g.Office = { ...officeStub({ dialog: true }), context: { requirements: double.requirements } };
    g.Excel = { run: (job: (c: Excel.RequestContext) => Promise<unknown>) => job(double.context) };
    const { runCheck } = loadCommands();
    const completed = jest.fn();
    await runCheck({ completed } as unknown as Office.AddinCommands.Event);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(double.model.active).toMatch(/Báo cáo/);
  });

  it('a failure opens the message dialog and completes once the user closes it', async () => {
    const office = officeStub({ dialog: true });
    g.Office = office;
    g.Excel = {
      run: () => Promise.reject(Object.assign(new Error('x'), { code: 'AccessDenied' })),
    };
    const { runCheck } = loadCommands();
    const completed = jest.fn();
    const run = runCheck({ completed } as unknown as Office.AddinCommands.Event);
    await new Promise((r) => setTimeout(r, 0));
    expect(office.dialogs).toHaveLength(1);
    const url = decodeURIComponent(office.dialogs[0]!.url);
    expect(url).toMatch(/message\.html\?lang=vi#/);
    expect(url).toContain('mã AccessDenied');
    expect(completed).not.toHaveBeenCalled();
    office.dialogs[0]!.dialog.handlers.get('dialogEventReceived')!();
    await run;
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it('completes the event even when there is no Excel and no dialog', async () => {
    g.Office = officeStub();
    const { runCheck } = loadCommands();
    const completed = jest.fn();
    await runCheck({ completed } as unknown as Office.AddinCommands.Event);
    expect(completed).toHaveBeenCalledTimes(1);
  });
});

describe('tellUser', () => {
  it('a run that wrote its sheets needs nothing more: the report sheet is the result', async () => {
    g.Office = officeStub({ dialog: true });
    const ok: JobOutcome = { ok: true, lang: 'vi', vi: 'xong', en: 'done', reportSheet: 'R' };
    expect(await tellUser(ok, 'https://x/commands.html', 1000)).toBe('sheet');
  });

  it('gives up on an unanswered dialog before Office ends the command', async () => {
    jest.useFakeTimers();
    try {
      const office = officeStub({ dialog: true });
      g.Office = office;
      const told = tellUser(FAILED, 'https://x/commands.html', 60_000);
      jest.advanceTimersByTime(60_000);
      expect(await told).toBe('dialog');
      expect(office.dialogs[0]!.dialog.closed).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });

  it('message.html sits next to the page, the text in its fragment', () => {
    expect(messageUrl('https://intranet/bk/commands.html?_host_Info=x', 'Lỗi #1', 'en')).toBe(
      `https://intranet/bk/message.html?lang=en#${encodeURIComponent('Lỗi #1')}`,
    );
  });
});

describe('runCheck clicked twice', () => {
  it('joins the run in progress instead of starting a second one', async () => {
    g.Office = officeStub();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const run = jest.fn(async () => {
      await gate;
      return { ok: true, lang: 'vi', vi: '', en: '' };
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
