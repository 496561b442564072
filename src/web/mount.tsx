import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { App } from '../taskpane/components/App';
import { fileHost } from '../taskpane/fileHost';
import { PANE_CSS } from '../taskpane/paneStyles';
import { pickLanguage, type Lang } from '../taskpane/strings';
import { jobClient, type JobPort } from '../taskpane/workerJobs';

/** Set by the build (webpack DefinePlugin). */
declare const BK_VERSION: string;
declare const BK_BUILD_DATE: string;

const LANG_KEY = 'bang-kiem.lang';

/** The language chosen last time on this browser, else the browser's own. */
function startLanguage(): Lang {
  try {
    const kept = localStorage.getItem(LANG_KEY);
    if (kept === 'vi' || kept === 'en') return kept;
  } catch {
    // Storage can be off (private windows, file:// in some browsers): fall back quietly.
  }
  return pickLanguage(navigator.language);
}

function keepLanguage(lang: Lang): void {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    // Not remembered, but the switch still works for this visit.
  }
}

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

/**
 * The web page: the pane with the file host, every heavy step in the job worker. The entry says
 * how the worker is made (a bundled file when served, a Blob URL in the single-file page).
 */
export function mountWebPage(makeWorker: () => JobPort): void {
  const root = document.getElementById('root');
  if (!root) return;
  const style = document.createElement('style');
  style.textContent = PANE_CSS;
  document.head.appendChild(style);
  const jobs = jobClient(makeWorker);
  const lang = startLanguage();
  document.documentElement.lang = lang;
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <App
        host={null}
        lang={lang}
        onLanguage={keepLanguage}
        openFile={(name, bytes) => fileHost(name, bytes, jobs)}
        save={save}
        build={{ version: BK_VERSION, date: BK_BUILD_DATE }}
      />
    </FluentProvider>,
  );
}
