// First: fills what Excel 2019's EdgeHTML 18 lacks (flatMap, fromEntries, WeakRef, ResizeObserver).
import '../fills/edgeRuntime';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { App, type AppProps } from './components/App';
import { excelHost } from './excelHost';
import { fileHost } from './fileHost';
import { pickLanguage } from './strings';
import { jobClient, type JobPort } from './workerJobs';
import { PANE_CSS } from './paneStyles';

/** Offers a finished workbook as a download: a link the browser follows, nothing sent anywhere. */
function save(name: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(
    new Blob([bytes as Uint8Array<ArrayBuffer>], {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    }),
  );
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function mount(props: AppProps): void {
  const root = document.getElementById('root');
  if (!root) return;
  const style = document.createElement('style');
  style.textContent = PANE_CSS;
  document.head.appendChild(style);
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <App {...props} />
    </FluentProvider>,
  );
}

function asWebPage(): void {
  mount({
    host: null,
    lang: pickLanguage(navigator.language),
    openFile: (name, bytes) =>
      fileHost(
        name,
        bytes,
        jobClient(
          () => new Worker(new URL('./jobWorker.ts', import.meta.url)) as unknown as JobPort,
        ),
      ),
    save,
  });
}

// This page (taskpane.html) is the one Office opens: Office.js' own onReady decides, however long
// it takes to load. Outside Office it answers with no host, and without Office.js at all (opened
// from disk, offline) there is nothing to wait for: either way the page becomes the web app.
if (typeof Office !== 'undefined') {
  void Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) {
      mount({ host: excelHost(), lang: pickLanguage(Office.context.displayLanguage) });
    } else {
      asWebPage();
    }
  });
} else {
  asWebPage();
}
