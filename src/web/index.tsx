/**
 * The web page served from dist/ (index.html): no Office.js, nothing from elsewhere. A service
 * worker keeps the page's own files so it opens offline after the first visit.
 */
import type { JobPort } from '../taskpane/workerJobs';
import { mountWebPage } from './mount';

/** Set by the build: true in production. */
declare const BK_OFFLINE: boolean;

mountWebPage(
  () => new Worker(new URL('../taskpane/jobWorker.ts', import.meta.url)) as unknown as JobPort,
);

if (BK_OFFLINE && 'serviceWorker' in navigator && location.protocol !== 'file:') {
  // After the page is up, so it never competes with the first paint.
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('sw.js').catch(() => undefined);
  });
}
