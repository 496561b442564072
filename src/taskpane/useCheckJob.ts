import { startTransition, useCallback, useEffect, useState } from 'react';
import type { Finding } from '../core/report/types';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { Failure } from '../core/failures';
import { type CellWindow, type CheckOutcome, type WorkbookHost } from './host';
import { ProgressStore } from './progressStore';
import { STRINGS, type Lang } from './strings';

/** A failure as the pane shows it: both languages, the file it came from, whose advice to give. */
export interface Problem {
  vi: string;
  en: string;
  /** The file's name on the web page; null inside Excel. */
  where: string | null;
  kind: 'excel' | 'file';
}

export interface CheckJobOptions {
  /** The language the pane starts in. */
  lang: Lang;
  /** Web page: turns an opened file into a host. */
  openFile?: (name: string, bytes: Uint8Array) => WorkbookHost;
  /** Told when the user switches language. */
  onLanguage?: (lang: Lang) => void;
  /** Saves a finished download. */
  save?: (name: string, bytes: Uint8Array) => void;
}

/** Everything the pane shows and every action it offers, with no layout in it. */
export interface CheckJob {
  host: WorkbookHost | null;
  /** False until a workbook is there, and again after a file that could not be read. */
  usable: boolean;
  /** The form's settings: the workbook's own after a check, the user's edits until the next. */
  settings: Settings;
  busy: boolean;
  result: CheckOutcome | null;
  problem: Problem | null;
  notice: string | null;
  progress: ProgressStore;
  /** Checks the workbook again, with the user's edits if there are any. */
  check(): void;
  /** Checks with the settings as the form holds them (the table corrections just made). */
  apply(): void;
  /** Web page: a file chosen or dropped. */
  open(name: string, bytes: Uint8Array): void;
  setLang(lang: Lang): void;
  editSettings(next: Settings): void;
  editTables(tables: Settings['tables']): void;
  download(): void;
  remove(): Promise<void>;
  goTo(f: Finding): void;
  /** File host only: the cells around a finding, for the pane's cell view. */
  loadCells?: (f: Finding) => Promise<CellWindow | null>;
}

/**
 * The pane's whole flow: the workbook host, the check and its outcome, the settings form's
 * state, removing the sheets, and the one failure to show. The App only lays it out.
 */
export function useCheckJob(initialHost: WorkbookHost | null, options: CheckJobOptions): CheckJob {
  const [host, setHost] = useState<WorkbookHost | null>(initialHost);
  const [usable, setUsable] = useState(initialHost !== null);
  const [settings, setSettings] = useState<Settings>(() => ({
    ...(JSON.parse(JSON.stringify(DEFAULT_SETTINGS)) as Settings),
    lang: options.lang,
  }));
  const [edited, setEdited] = useState(false);
  const [progress] = useState(() => new ProgressStore());
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<CheckOutcome | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { openFile, onLanguage, save } = options;

  // <html lang> follows the pane's language, for screen readers and hyphenation alike.
  useEffect(() => {
    document.documentElement.lang = settings.lang;
  }, [settings.lang]);

  const fail = useCallback((e: unknown, target: WorkbookHost | null) => {
    setProblem({
      ...asProblem(e),
      where: target?.kind === 'file' ? target.name : null,
      kind: target?.kind ?? 'file',
    });
  }, []);

  const run = useCallback(
    async (target: WorkbookHost, overrides: Partial<Settings>) => {
      setBusy(true);
      setProblem(null);
      setNotice(null);
      try {
        const done = await target.check(overrides, progress.set);
        // Drawn in slices React can interrupt: a long report never holds the thread in one go.
        startTransition(() => {
          setResult(done);
          setUsable(true);
          // The workbook's own settings (read back from its settings sheet) are what the form shows.
          setSettings(done.settings);
          setEdited(false);
        });
      } catch (e) {
        progress.set(null);
        setResult(null);
        // A file that could not be read cannot be checked again until another is opened.
        if (target.kind === 'file') setUsable(false);
        fail(e, target);
      } finally {
        setBusy(false);
      }
    },
    [fail, progress],
  );

  // Unedited runs still pass the pane's language: otherwise a workbook without a settings sheet
  // (default 'vi') would switch an English user's pane to Vietnamese after the first check.
  const overrides = (): Partial<Settings> => (edited ? settings : { lang: settings.lang });

  const remove = async () => {
    if (!host) return;
    const s = STRINGS[settings.lang];
    setBusy(true);
    setNotice(null);
    try {
      const cleaned = await host.removeOwned();
      if (cleaned && save) {
        save(cleaned.name, cleaned.bytes);
        setNotice(s.cleaned(cleaned.name));
      } else {
        setNotice(s.removed);
      }
    } catch (e) {
      fail(e, host);
    } finally {
      setBusy(false);
    }
  };

  const cellsAround = host?.cellsAround?.bind(host);
  const job: CheckJob = {
    host,
    usable,
    settings,
    busy,
    result,
    problem,
    notice,
    progress,
    check: () => {
      if (host) void run(host, overrides());
    },
    apply: () => {
      if (host) void run(host, settings);
    },
    open: (name, bytes) => {
      if (!openFile) return;
      const next = openFile(name, bytes);
      setHost(next);
      setResult(null);
      void run(next, overrides());
    },
    setLang: (lang) => {
      setSettings({ ...settings, lang });
      onLanguage?.(lang);
    },
    editSettings: (next) => {
      setSettings(next);
      setEdited(true);
    },
    editTables: (tables) => {
      setSettings({ ...settings, tables });
      setEdited(true);
    },
    download: () => {
      const file = host?.download?.();
      if (file && save) save(file.name, file.bytes);
    },
    remove,
    goTo: (f) => {
      if (host && f.sheet && f.cell) host.goTo(f.sheet, f.cell).catch((e) => fail(e, host));
    },
  };
  if (cellsAround) {
    job.loadCells = (f) =>
      f.sheet && f.cell ? cellsAround(f.sheet, f.cell).catch(() => null) : Promise.resolve(null);
  }
  return job;
}

function asProblem(e: unknown): { vi: string; en: string } {
  // Any catalogued failure (a HostError, or settings the job refused in Excel) has its own words.
  if (e instanceof Failure) return { vi: e.vi, en: e.en };
  const text = e instanceof Error ? e.message : String(e);
  return { vi: `Lỗi không mong đợi: ${text}`, en: `Unexpected error: ${text}` };
}
