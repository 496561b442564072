import {
  Button,
  Divider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Subtitle2,
  Text,
  Title3,
} from '@fluentui/react-components';
import { startTransition, useCallback, useEffect, useState } from 'react';
import type { Finding } from '../../core/report/types';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import { HostError, type CheckOutcome, type WorkbookHost } from '../host';
import { ProgressStore } from '../progressStore';
import { STRINGS, type Lang } from '../strings';
import { CheckBar } from './CheckBar';
import { FileOpen } from './FileOpen';
import { FindingsPanel } from './FindingsPanel';
import { ResultsPanel } from './ResultsPanel';
import { SettingsPanel } from './SettingsPanel';
import { TablesPanel } from './TablesPanel';

export interface AppProps {
  /** Inside Excel: the Excel host, ready. On the web page: null until a file is opened. */
  host: WorkbookHost | null;
  /** Web page: turns an opened file into a host. */
  openFile?: (name: string, bytes: Uint8Array) => WorkbookHost;
  lang: Lang;
  /** Told when the user switches language, so the entry can remember it (web: local storage). */
  onLanguage?: (lang: Lang) => void;
  /** Saves a finished download (the page gives a link; tests capture it). */
  save?: (name: string, bytes: Uint8Array) => void;
  /** The build's version and date, shown at the foot of the web page. */
  build?: { version: string; date: string };
}

type Problem = { vi: string; en: string; where: string | null; kind: 'excel' | 'file' };

export function App(props: AppProps) {
  const [host, setHost] = useState<WorkbookHost | null>(props.host);
  const [usable, setUsable] = useState(props.host !== null);
  const [settings, setSettings] = useState<Settings>({
    ...(JSON.parse(JSON.stringify(DEFAULT_SETTINGS)) as Settings),
    lang: props.lang,
  });
  const [edited, setEdited] = useState(false);
  const [progress] = useState(() => new ProgressStore());
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<CheckOutcome | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const s = STRINGS[settings.lang];
  const onLanguage = props.onLanguage;

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

  // Unedited runs still pass the pane's language: otherwise a workbook without a settings sheet
  // (default 'vi') would switch an English user's pane to Vietnamese after the first check.
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

  const overrides = (): Partial<Settings> => (edited ? settings : { lang: settings.lang });

  const onFile = (name: string, bytes: Uint8Array) => {
    if (!props.openFile) return;
    const next = props.openFile(name, bytes);
    setHost(next);
    setResult(null);
    void run(next, overrides());
  };

  const setLang = (lang: Lang) => {
    setSettings({ ...settings, lang });
    onLanguage?.(lang);
  };

  const download = () => {
    const file = host?.download?.();
    if (file && props.save) props.save(file.name, file.bytes);
  };

  const remove = async () => {
    if (!host) return;
    setBusy(true);
    setNotice(null);
    try {
      const cleaned = await host.removeOwned();
      if (cleaned && props.save) {
        props.save(cleaned.name, cleaned.bytes);
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

  const onGoTo = (f: Finding) => {
    if (host && f.sheet && f.cell) host.goTo(f.sheet, f.cell).catch((e) => fail(e, host));
  };
  const cellsAround = host?.cellsAround?.bind(host);
  const loadCells = cellsAround
    ? (f: Finding) =>
        f.sheet && f.cell ? cellsAround(f.sheet, f.cell).catch(() => null) : Promise.resolve(null)
    : undefined;

  const report = result?.report;
  return (
    <main className="bk-app">
      <header className="bk-top">
        <div>
          <Title3 as="h1">{s.title}</Title3>
          <Text size={200} block className="bk-muted">
            {s.tagline} · {host?.kind === 'excel' ? s.inExcel : s.onWeb}
          </Text>
        </div>
        <div className="bk-lang">
          <label htmlFor="bk-lang">{s.language}</label>
          <Select
            id="bk-lang"
            size="small"
            value={settings.lang}
            onChange={(_, d) => setLang(d.value as Lang)}
          >
            <option value="vi" lang="vi">
              Tiếng Việt
            </option>
            <option value="en" lang="en">
              English
            </option>
          </Select>
        </div>
      </header>

      {props.openFile && <FileOpen s={s} onFile={onFile} busy={busy} />}
      <CheckBar
        s={s}
        progress={progress}
        busy={busy}
        disabled={!host || !usable}
        onCheck={() => host && void run(host, overrides())}
      />

      {problem && (
        <MessageBar intent="error" role="alert" layout="multiline" data-testid="problem">
          <MessageBarBody>
            <MessageBarTitle>
              {problem.where ? s.errorIn(problem.where) : s.errorInExcel}
            </MessageBarTitle>
            <Text block>{settings.lang === 'en' ? problem.en : problem.vi}</Text>
            <Text block>{problem.kind === 'file' ? s.adviceFile : s.adviceExcel}</Text>
          </MessageBarBody>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}

      {report && result && (
        <>
          <Text weight="semibold" block role="status" data-testid="counts">
            {host?.name}: {s.counts(report.counts.error, report.counts.warning, report.counts.info)}
          </Text>
          <div className="bk-actions">
            {host?.kind === 'file' ? (
              <Button appearance="primary" onClick={download} disabled={busy}>
                {s.download}
              </Button>
            ) : (
              <Button onClick={() => host && void run(host, overrides())} disabled={busy}>
                {s.writeSheets}
              </Button>
            )}
            <Button appearance="subtle" onClick={() => void remove()} disabled={busy}>
              {s.removeAll}
            </Button>
          </div>

          <Divider />
          <Subtitle2 as="h2">{s.findings}</Subtitle2>
          <FindingsPanel
            s={s}
            lang={settings.lang}
            issues={report.issues}
            {...(loadCells ? { loadCells } : { onGoTo })}
          />

          <Divider />
          <Subtitle2 as="h2">{s.results}</Subtitle2>
          <ResultsPanel s={s} report={report} />

          <Divider />
          <Subtitle2 as="h2">{s.recognized}</Subtitle2>
          <TablesPanel
            s={s}
            tables={report.tables}
            corrections={settings.tables}
            busy={busy}
            onChange={(tables) => {
              setSettings({ ...settings, tables });
              setEdited(true);
            }}
            onApply={() => host && void run(host, settings)}
          />
        </>
      )}

      <Divider />
      <Subtitle2 as="h2">{s.settings}</Subtitle2>
      <SettingsPanel
        s={s}
        settings={settings}
        onChange={(next) => {
          setSettings(next);
          setEdited(true);
        }}
      />
      {props.build && (
        <footer>
          <Text size={200} className="bk-muted" data-testid="version">
            {s.version(props.build.version, props.build.date)}
          </Text>
        </footer>
      )}
    </main>
  );
}

function asProblem(e: unknown): { vi: string; en: string } {
  if (e instanceof HostError) return { vi: e.vi, en: e.en };
  const text = e instanceof Error ? e.message : String(e);
  return { vi: `Lỗi không mong đợi: ${text}`, en: `Unexpected error: ${text}` };
}
