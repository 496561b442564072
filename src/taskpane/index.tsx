// First: fills what Excel 2019's EdgeHTML 18 lacks (flatMap, fromEntries, WeakRef, ResizeObserver).
import '../fills/edgeRuntime';
import { excelHost } from './excelHost';
import { fileHost } from './fileHost';
import { loadExcelEngine } from './loadEngine';
import { mountApp, saveDownload } from './mountApp';
import { pickLanguage } from './strings';
import { jobClient, type JobPort } from './workerJobs';

/** After the first paint, not competing with it for the line. */
const ENGINE_PRELOAD_MS = 300;

function asWebPage(): void {
  mountApp({
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
    save: saveDownload,
  });
}

// This page (taskpane.html) is the one Office opens: Office.js' own onReady decides, however long
// it takes to load. Outside Office it answers with no host, and without Office.js at all (opened
// from disk, offline) there is nothing to wait for: either way the page becomes the web app.
if (typeof Office !== 'undefined') {
  void Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) {
      mountApp({ host: excelHost(), lang: pickLanguage(Office.context.displayLanguage) });
      // The pane paints without the engine; fetching it right after, while the user reads the
      // pane, spares the first check the wait on a slow line. A failed fetch is forgotten and
      // the first check fetches again, saying so.
      window.setTimeout(() => void loadExcelEngine().catch(() => undefined), ENGINE_PRELOAD_MS);
    } else {
      asWebPage();
    }
  });
} else {
  asWebPage();
}
