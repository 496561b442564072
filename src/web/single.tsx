/**
 * The single-file page (dist/bang-kiem.html): the build inlines this bundle and the job worker's
 * source (BK_WORKER_SOURCE) into one HTML file that opens from file:// and asks for nothing.
 */
import type { JobPort } from '../taskpane/workerJobs';
import { mountWebPage } from './mount';

/** The job worker's bundled source, put in front of this script by the build. */
declare const BK_WORKER_SOURCE: string;

mountWebPage(() => {
  const url = URL.createObjectURL(new Blob([BK_WORKER_SOURCE], { type: 'text/javascript' }));
  return new Worker(url) as unknown as JobPort;
});
