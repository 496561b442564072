import type { WorkbookSnapshot } from '../core/model/snapshot';
import type { SnapshotReader } from './fileHost';
import { HostError } from './host';

type Reply = { ok: true; snapshot: WorkbookSnapshot } | { ok: false; vi: string; en: string };

/** Reads a file in a fresh Web Worker (webpack bundles the worker from this URL). */
export const readInWorker: SnapshotReader = (bytes) =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./readerWorker.ts', import.meta.url));
    worker.onmessage = (event: MessageEvent<Reply>) => {
      worker.terminate();
      const reply = event.data;
      if (reply.ok) resolve(reply.snapshot);
      else reject(new HostError(reply.vi, reply.en));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(
        new HostError(
          `Không đọc được tệp: ${event.message}`,
          `Could not read the file: ${event.message}`,
        ),
      );
    };
    worker.postMessage(bytes);
  });
