import {
  Button,
  Divider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Text,
  Title3,
} from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { Finding } from '../../core/report/types';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import { HostError, type Stage, type WorkbookHost } from '../host';
import { runJob, type JobResult } from '../job';
import { STRINGS, type Lang } from '../strings';
import { CellGrid } from './CellGrid';
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
  /** Saves a finished download (the page gives a link; tests capture it). */
  save?: (name: string, bytes: Uint8Array) => void;
}

type Problem = { vi: string; en: string };

export function App(props: AppProps) {
  const [host, setHost] = useState<WorkbookHost | null>(props.host);
  const [settings, setSettings] = useState<Settings>({
    ...(JSON.parse(JSON.stringify(DEFAULT_SETTINGS)) as Settings),
    lang: props.lang,
  });
  const [edited, setEdited] = useState(false);
  const [stage, setStage] = useState<Stage | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<JobResult | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [selected, setSelected] = useState<Finding | null>(null);
  const s = STRINGS[settings.lang];

  // Unedited runs still pass the pane's language: otherwise a workbook without a settings sheet
  // (default 'vi') would switch an English user's pane to Vietnamese after the first check.
  const run = useCallback(async (target: WorkbookHost, overrides: Partial<Settings>) => {
    setBusy(true);
    setProblem(null);
    setNotice(null);
    setSelected(null);
    try {
      const done = await runJob(target, overrides, setStage);
      setResult(done);
      // The workbook's own settings (read back from its settings sheet) are what the form shows.
      setSettings(done.settings);
      setEdited(false);
    } catch (e) {
      setStage(null);
      setProblem(asProblem(e));
    } finally {
      setBusy(false);
    }
  }, []);

  const onFile = (name: string, bytes: Uint8Array) => {
    if (!props.openFile) return;
    const next = props.openFile(name, bytes);
    setHost(next);
    setResult(null);
    void run(next, edited ? settings : { lang: settings.lang });
  };

  const onSelect = async (f: Finding) => {
    setSelected(f);
    if (host && f.sheet && f.cell) {
      try {
        await host.goTo(f.sheet, f.cell);
      } catch (e) {
        setProblem(asProblem(e));
      }
    }
  };

  const download = () => {
    const file = host?.download?.();
    if (file && props.save) props.save(file.name, file.bytes);
  };

  const remove = async () => {
    if (!host) return;
    setBusy(true);
    try {
      await host.removeOwned();
      setNotice(s.removed);
      if (host.kind === 'file') download();
    } catch (e) {
      setProblem(asProblem(e));
    } finally {
      setBusy(false);
    }
  };

  const report = result?.check.report;
  return (
    <main className="bk-app" lang={settings.lang}>
      <header>
        <Title3 as="h1">{s.title}</Title3>
        <Text size={200} block className="bk-muted">
          {s.tagline} · {host?.kind === 'excel' ? s.inExcel : s.onWeb}
        </Text>
      </header>

      {props.openFile && <FileOpen s={s} onFile={onFile} />}
      {host && (
        <CheckBar
          s={s}
          stage={stage}
          busy={busy}
          onCheck={() => void run(host, edited ? settings : { lang: settings.lang })}
        />
      )}

      {problem && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{s.errorTitle}</MessageBarTitle>
            {settings.lang === 'en' ? problem.en : problem.vi}
          </MessageBarBody>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent="success">
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
              <Button appearance="primary" onClick={download}>
                {s.download}
              </Button>
            ) : (
              <Button
                onClick={() => host && void run(host, edited ? settings : { lang: settings.lang })}
                disabled={busy}
              >
                {s.writeSheets}
              </Button>
            )}
            <Button appearance="subtle" onClick={() => void remove()} disabled={busy}>
              {s.removeAll}
            </Button>
          </div>

          <Divider />
          <Subtitle2 as="h2">{s.findings}</Subtitle2>
          {selected && host?.kind === 'file' && selected.sheet && selected.cell && (
            <CellGrid
              s={s}
              snapshot={result.snapshot}
              sheet={selected.sheet}
              cell={selected.cell}
              message={settings.lang === 'en' ? selected.messages.en : selected.messages.vi}
              onClose={() => setSelected(null)}
            />
          )}
          <FindingsPanel
            s={s}
            lang={settings.lang}
            issues={report.issues}
            onSelect={(f) => void onSelect(f)}
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
    </main>
  );
}

function asProblem(e: unknown): Problem {
  if (e instanceof HostError) return { vi: e.vi, en: e.en };
  const text = e instanceof Error ? e.message : String(e);
  return { vi: `Lỗi không mong đợi: ${text}`, en: `Unexpected error: ${text}` };
}
