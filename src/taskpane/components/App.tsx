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
import type { WorkbookHost } from '../host';
import { usePaneStyles } from '../paneStyles';
import { STRINGS, type Lang } from '../strings';
import { useCheckJob } from '../useCheckJob';
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

export function App(props: AppProps) {
  const job = useCheckJob(props.host, props);
  const { host, settings, busy, problem, notice, result } = job;
  const s = STRINGS[settings.lang];
  const css = usePaneStyles();

  const report = result?.report;
  return (
    <main className={css.app}>
      <header className={css.top}>
        <div>
          <Title3 as="h1">{s.title}</Title3>
          <Text size={200} block className={css.muted}>
            {s.tagline} · {host?.kind === 'excel' ? s.inExcel : s.onWeb}
          </Text>
        </div>
        <div className={css.lang}>
          <label htmlFor="bk-lang">{s.language}</label>
          <Select
            id="bk-lang"
            size="small"
            value={settings.lang}
            onChange={(_, d) => job.setLang(d.value as Lang)}
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

      {props.openFile && <FileOpen s={s} onFile={job.open} busy={busy} />}
      <CheckBar
        s={s}
        progress={job.progress}
        busy={busy}
        disabled={!host || !job.usable}
        onCheck={job.check}
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
          <div className={css.actions}>
            {host?.kind === 'file' ? (
              <Button appearance="primary" onClick={job.download} disabled={busy}>
                {s.download}
              </Button>
            ) : (
              <Button onClick={job.check} disabled={busy}>
                {s.writeSheets}
              </Button>
            )}
            <Button appearance="subtle" onClick={() => void job.remove()} disabled={busy}>
              {s.removeAll}
            </Button>
          </div>

          <Divider />
          <Subtitle2 as="h2">{s.findings}</Subtitle2>
          <FindingsPanel
            s={s}
            lang={settings.lang}
            issues={report.issues}
            {...(job.loadCells ? { loadCells: job.loadCells } : { onGoTo: job.goTo })}
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
            onChange={job.editTables}
            onApply={job.apply}
          />
        </>
      )}

      <Divider />
      <Subtitle2 as="h2">{s.settings}</Subtitle2>
      <SettingsPanel s={s} settings={settings} onChange={job.editSettings} />
      {props.build && (
        <footer>
          <Text size={200} className={css.muted} data-testid="version">
            {s.version(props.build.version, props.build.date)}
          </Text>
        </footer>
      )}
    </main>
  );
}
