/** @jest-environment jsdom */
/**
 * The pane's flow without its layout: what a check sends to the host, what the pane then holds,
 * how failures, removal, navigation and the language switch come out. The host "in Excel" serves
 * the bundled sample through the real job; the others are small hosts that record their calls.
 */
import { act, renderHook, waitFor } from '@testing-library/react';
import type { Finding } from '../../../src/core/report/types';
import type { Settings } from '../../../src/core/settings';
import {
  HostError,
  type CellWindow,
  type CheckOutcome,
  type WorkbookHost,
} from '../../../src/taskpane/host';
import { STRINGS } from '../../../src/taskpane/strings';
import { useCheckJob, type CheckJobOptions } from '../../../src/taskpane/useCheckJob';
import { installBrowserStubs, recordingHost } from './helpers';
import { SettingsError } from '../../../src/core/settings';

installBrowserStubs();

const finding = (sheet: string, cell: string): Finding =>
  ({ rule: 'x', severity: 'error', sheet, cell, message: 'm' }) as Finding;

/** A file host whose check answers with `outcome` (or fails with it) and records overrides. */
function fileLike(
  name: string,
  outcome: CheckOutcome | Error,
  extra: Partial<WorkbookHost> = {},
): WorkbookHost & { sent: unknown[] } {
  const sent: unknown[] = [];
  return {
    kind: 'file',
    name,
    sent,
    check: async (overrides) => {
      sent.push(overrides);
      if (outcome instanceof Error) throw outcome;
      return outcome;
    },
    removeOwned: async () => undefined,
    goTo: async () => undefined,
    ...extra,
  };
}

function useJob(host: WorkbookHost | null, options: Partial<CheckJobOptions> = {}) {
  return renderHook(() => useCheckJob(host, { lang: 'vi', ...options }));
}

test('a check in Excel runs the real job and leaves the workbook settings in the form', async () => {
  const host = recordingHost();
  const { result } = useJob(host, { lang: 'en' });
  expect(result.current.usable).toBe(true);
  expect(result.current.result).toBeNull();
  act(() => result.current.check());
  expect(result.current.busy).toBe(true);
  await waitFor(() => expect(result.current.result).not.toBeNull(), { timeout: 60_000 });
  expect(result.current.busy).toBe(false);
  expect(host.applied).toHaveLength(1);
  expect(result.current.result!.report.counts.error).toBeGreaterThan(0);
  // The sample has no settings sheet of its own: the pane's language was passed and kept.
  expect(result.current.settings.lang).toBe('en');
  expect(result.current.problem).toBeNull();
  expect(result.current.progress.get()?.stage).toBe('done');
}, 120_000);

test('an unedited check sends only the language; edits are sent whole, once', async () => {
  const settings = { lang: 'vi' } as Settings;
  const host = fileLike('a.xlsx', { report: {} as CheckOutcome['report'], settings });
  const { result } = useJob(host);
  act(() => result.current.check());
  await waitFor(() => expect(result.current.busy).toBe(false));
  expect(host.sent).toEqual([{ lang: 'vi' }]);

  const edited = { ...result.current.settings, pilots: [{ year: 2020, unit: 'Xã A' }] };
  act(() => result.current.editSettings(edited));
  act(() => result.current.check());
  await waitFor(() => expect(host.sent).toHaveLength(2));
  await waitFor(() => expect(result.current.busy).toBe(false));
  expect(host.sent[1]).toEqual(edited);
  // After the check the form holds the workbook's settings again, unedited.
  expect(result.current.settings).toBe(settings);
  act(() => result.current.check());
  await waitFor(() => expect(host.sent).toHaveLength(3));
  expect(host.sent[2]).toEqual({ lang: 'vi' });
});

test('table corrections are applied with the whole form', async () => {
  const host = fileLike('a.xlsx', {
    report: {} as CheckOutcome['report'],
    settings: { lang: 'vi' } as Settings,
  });
  const { result } = useJob(host);
  const tables = [{ sheet: 'DS', kind: 'ignore' as const }];
  act(() => result.current.editTables(tables));
  expect(result.current.settings.tables).toEqual(tables);
  act(() => result.current.apply());
  await waitFor(() => expect(host.sent).toHaveLength(1));
  expect((host.sent[0] as Settings).tables).toEqual(tables);
});

test('a file that cannot be read names itself and cannot be checked again', async () => {
  const host = fileLike('hỏng.xlsx', new HostError('Tệp hỏng ở Sheet1!A1', 'Broken at Sheet1!A1'));
  const { result } = useJob(host);
  act(() => result.current.check());
  await waitFor(() => expect(result.current.problem).not.toBeNull());
  expect(result.current.problem).toEqual({
    vi: 'Tệp hỏng ở Sheet1!A1',
    en: 'Broken at Sheet1!A1',
    where: 'hỏng.xlsx',
    kind: 'file',
  });
  expect(result.current.usable).toBe(false);
  expect(result.current.result).toBeNull();
  expect(result.current.progress.get()).toBeNull();
});

test('an unexpected failure in Excel is worded in both languages, with no file named', async () => {
  const host = { ...recordingHost({ failRead: new Error('boom') }) };
  const { result } = useJob(host);
  act(() => result.current.check());
  await waitFor(() => expect(result.current.problem).not.toBeNull());
  expect(result.current.problem).toEqual({
    vi: 'Lỗi không mong đợi: boom',
    en: 'Unexpected error: boom',
    where: null,
    kind: 'excel',
  });
  // Excel's workbook is still there to check again.
  expect(result.current.usable).toBe(true);
});

test('settings the job refuses in Excel are worded by the catalogue, not as unexpected', async () => {
  const refused = new SettingsError('settings-unknown', { path: 'pilot.years' });
  const host = { ...recordingHost({ failRead: refused }) };
  const { result } = useJob(host);
  act(() => result.current.check());
  await waitFor(() => expect(result.current.problem).not.toBeNull());
  expect(result.current.problem).toMatchObject({ vi: refused.vi, en: refused.en, kind: 'excel' });
  expect(result.current.problem?.vi).not.toMatch(/không mong đợi/);
  expect(result.current.problem?.en).toContain('pilot.years');
});

test('opening a file makes it the host and checks it; nothing opens without openFile', async () => {
  const opened: string[] = [];
  const outcome = { report: {} as CheckOutcome['report'], settings: { lang: 'en' } as Settings };
  const { result } = useJob(null, {
    lang: 'en',
    openFile: (name) => {
      opened.push(name);
      return fileLike(name, outcome);
    },
  });
  expect(result.current.usable).toBe(false);
  act(() => result.current.open('b.xlsx', new Uint8Array()));
  await waitFor(() => expect(result.current.result).toBe(outcome));
  expect(opened).toEqual(['b.xlsx']);
  expect(result.current.host?.name).toBe('b.xlsx');
  expect(result.current.usable).toBe(true);

  const without = useJob(null);
  act(() => without.result.current.open('c.xlsx', new Uint8Array()));
  expect(without.result.current.host).toBeNull();
});

test('removal saves the cleaned copy of a file, or says the sheets are gone in Excel', async () => {
  const saved: string[] = [];
  const cleaned = { name: 'a (sạch).xlsx', bytes: new Uint8Array([1]) };
  const file = fileLike('a.xlsx', new Error('unused'), { removeOwned: async () => cleaned });
  const web = useJob(file, { save: (name) => saved.push(name) });
  await act(() => web.result.current.remove());
  expect(saved).toEqual(['a (sạch).xlsx']);
  expect(web.result.current.notice).toBe(STRINGS.vi.cleaned('a (sạch).xlsx'));

  const excel = recordingHost();
  const pane = useJob(excel, { lang: 'en' });
  await act(() => pane.result.current.remove());
  expect(excel.removed).toBe(1);
  expect(pane.result.current.notice).toBe(STRINGS.en.removed);
  expect(pane.result.current.busy).toBe(false);
});

test('findings go to their cell in Excel; a file host gives the cells around instead', async () => {
  const excel = recordingHost();
  const pane = useJob(excel);
  expect(pane.result.current.loadCells).toBeUndefined();
  act(() => pane.result.current.goTo(finding('XL 2019', 'D54')));
  await waitFor(() => expect(excel.visited).toEqual([['XL 2019', 'D54']]));

  const window = { sheet: 'S', cell: 'B2' } as CellWindow;
  const file = fileLike('a.xlsx', new Error('unused'), {
    cellsAround: async (sheet, cell) => (cell === 'B2' ? window : Promise.reject(new Error(sheet))),
  });
  const web = useJob(file);
  await expect(web.result.current.loadCells!(finding('S', 'B2'))).resolves.toBe(window);
  // A cell view that cannot be read is simply not shown.
  await expect(web.result.current.loadCells!(finding('S', 'C3'))).resolves.toBeNull();
});

test('a cell that cannot be selected in Excel is reported', async () => {
  const host = recordingHost();
  host.goTo = () => Promise.reject(new HostError('Không chọn được ô', 'Cannot select the cell'));
  const { result } = useJob(host);
  act(() => result.current.goTo(finding('XL 2019', 'D54')));
  await waitFor(() => expect(result.current.problem?.en).toBe('Cannot select the cell'));
  expect(result.current.problem?.kind).toBe('excel');
});

test('switching language tells the page and sets <html lang>', async () => {
  const told: string[] = [];
  const { result } = useJob(null, { onLanguage: (l) => told.push(l) });
  await waitFor(() => expect(document.documentElement.lang).toBe('vi'));
  act(() => result.current.setLang('en'));
  expect(result.current.settings.lang).toBe('en');
  expect(told).toEqual(['en']);
  await waitFor(() => expect(document.documentElement.lang).toBe('en'));
});
