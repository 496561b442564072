import { HostError, type CellWindow, type CheckOutcome, type Progress } from './host';
import type { JobReply, JobRequest } from './jobProtocol';

/** Where requests go and replies come from: a Worker, or a JobSession in-line in tests. */
export interface JobPort {
  postMessage(message: JobRequest, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<JobReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** The page's side of the job worker: one request at a time, answered by a promise. */
export interface JobClient {
  open(name: string, bytes: Uint8Array): Promise<void>;
  check(
    overrides: unknown,
    /** When the user asked; the worker stamps its local day (core/job.ts). */
    at: Date,
    onProgress: (p: Progress) => void,
  ): Promise<CheckOutcome & { bytes: Uint8Array }>;
  cells(sheet: string, cell: string): Promise<CellWindow | null>;
  clean(): Promise<Uint8Array>;
}

type Pending = {
  resolve: (r: JobReply) => void;
  reject: (e: Error) => void;
  onProgress?: (p: Progress) => void;
};
/** A request before the client numbers it. */
type Unnumbered<T> = T extends unknown ? Omit<T, 'id'> : never;

/**
 * Talks to a job worker (made once, on first use, by `make`). The entry decides how a worker is
 * made: from its bundled file on the served page, from a Blob URL in the single-file page.
 */
export function jobClient(make: () => JobPort): JobClient {
  let port: JobPort | null = null;
  let next = 1;
  const pending = new Map<number, Pending>();

  const connect = (): JobPort => {
    if (port) return port;
    port = make();
    port.onmessage = (event) => {
      const reply = event.data;
      const waiting = pending.get(reply.id);
      if (!waiting) return;
      if (reply.type === 'progress') return waiting.onProgress?.(reply.progress);
      pending.delete(reply.id);
      if (reply.type === 'failed') waiting.reject(new HostError(reply.vi, reply.en));
      else waiting.resolve(reply);
    };
    port.onerror = (event) => {
      const failed = HostError.of(new Error(event.message || 'worker error'));
      for (const w of pending.values()) w.reject(failed);
      pending.clear();
    };
    return port;
  };

  const ask = (
    request: Unnumbered<JobRequest>,
    transfer: Transferable[] = [],
    onProgress?: (p: Progress) => void,
  ): Promise<JobReply> => {
    const id = next++;
    const target = connect();
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject, ...(onProgress ? { onProgress } : {}) });
      target.postMessage({ ...request, id } as JobRequest, transfer);
    });
  };

  return {
    open: async (name, bytes) => {
      await ask({ type: 'open', name, bytes }, [bytes.buffer]);
    },
    check: async (overrides, at, onProgress) => {
      const r = await ask({ type: 'check', overrides, at: at.getTime() }, [], onProgress);
      if (r.type !== 'checked') throw new Error(`unexpected reply ${r.type}`);
      return { report: r.report, settings: r.settings, bytes: r.bytes };
    },
    cells: async (sheet, cell) => {
      const r = await ask({ type: 'cells', sheet, cell });
      return r.type === 'cells' ? r.view : null;
    },
    clean: async () => {
      const r = await ask({ type: 'clean' });
      if (r.type !== 'cleaned') throw new Error(`unexpected reply ${r.type}`);
      return r.bytes;
    },
  };
}
