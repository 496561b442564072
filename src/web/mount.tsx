import { fileHost } from '../taskpane/fileHost';
import { mountApp, saveDownload } from '../taskpane/mountApp';
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

/**
 * The web page: the pane with the file host, every heavy step in the job worker. The entry says
 * how the worker is made (a bundled file when served, a Blob URL in the single-file page).
 */
export function mountWebPage(makeWorker: () => JobPort): void {
  const jobs = jobClient(makeWorker);
  const lang = startLanguage();
  document.documentElement.lang = lang;
  mountApp({
    host: null,
    lang,
    onLanguage: keepLanguage,
    openFile: (name, bytes) => fileHost(name, bytes, jobs),
    save: saveDownload,
    build: { version: BK_VERSION, date: BK_BUILD_DATE },
  });
}
