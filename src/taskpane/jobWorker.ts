import '../fills/legacyRuntime';
/**
 * The web page's Web Worker: reads, checks, plans and writes an opened file (jobSession.ts), so
 * a large workbook never freezes the page. Replies are plain data; written bytes are transferred.
 */
import type { JobRequest } from './jobProtocol';
import { JobSession } from './jobSession';

/** The worker's own scope, typed here so the page's DOM types need no WebWorker library. */
declare const self: {
  onmessage: ((event: MessageEvent<JobRequest>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
};

const session = new JobSession((reply, transfer) => self.postMessage(reply, transfer ?? []));
self.onmessage = (event) => session.handle(event.data);
