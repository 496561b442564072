import type { FromWorker, ToWorker } from './pool';
import { checkFile, type RunOptions } from './runFiles';

/** How often a thread reports rows read: enough for a progress line, few messages. */
const ROWS_EVERY_MS = 200;

/** A worker thread of a batch: checks the files it is handed, one at a time. */
export async function serveFiles(): Promise<void> {
  const { parentPort, workerData } = await import('node:worker_threads');
  // Not a thread of ours (someone typed the flag): nothing to serve.
  if (!parentPort) return;
  const port = parentPort;
  const options = (workerData as { options: RunOptions }).options;
  port.on('message', (m: ToWorker) => {
    let rows = 0;
    let last = 0;
    void checkFile(m.job, options, (r) => {
      rows = r;
      const now = Date.now();
      if (now - last >= ROWS_EVERY_MS) {
        last = now;
        port.postMessage({ type: 'rows', index: m.index, rows } satisfies FromWorker);
      }
    }).then((outcome) => {
      port.postMessage({ type: 'done', index: m.index, rows, outcome } satisfies FromWorker);
    });
  });
}
