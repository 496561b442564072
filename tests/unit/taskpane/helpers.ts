/**
 * Shared by the pane's component tests: the bundled sample read once with the real xlsx reader,
 * a recording WorkbookHost that serves it (the pane "in Excel"), the job worker's session run
 * in-line for the web page, and the browser APIs jsdom lacks but Fluent uses.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TextDecoder, TextEncoder } from 'node:util';
import type { OutputPlan } from '../../../src/core/plan/outputPlan';
import type { WorkbookSnapshot } from '../../../src/core/model/snapshot';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';
import type { WorkbookHost } from '../../../src/taskpane/host';
import { runJob } from '../../../src/taskpane/job';
import type { JobReply, JobRequest } from '../../../src/taskpane/jobProtocol';
import { JobSession } from '../../../src/taskpane/jobSession';
import { jobClient, type JobClient, type JobPort } from '../../../src/taskpane/workerJobs';

/** The project's own sample workbook and its key (samples/README.md): a bare clone has both. */
export const FIXTURE = resolve(__dirname, '../../../samples/bang-kiem-mau.xlsx');

export function sampleKey(): {
  ratings: Record<string, { counts: Record<'excellent' | 'good' | 'pass' | 'fail', number> }>;
} {
  return JSON.parse(
    readFileSync(resolve(__dirname, '../../../samples/bang-kiem-mau.key.json'), 'utf8'),
  ) as ReturnType<typeof sampleKey>;
}

let bytes: Uint8Array | null = null;
let snapshot: WorkbookSnapshot | null = null;

export function fixtureBytes(): Uint8Array {
  bytes ??= new Uint8Array(readFileSync(FIXTURE));
  return bytes;
}

export function fixtureSnapshot(): WorkbookSnapshot {
  snapshot ??= readXlsx(fixtureBytes());
  return snapshot;
}

/** A fresh copy of the sample's bytes (a worker takes what it is given). */
export function sampleBytes(): Uint8Array {
  return new Uint8Array(readFileSync(FIXTURE));
}

/**
 * The pane runs here as in EdgeHTML 18 (Office 2019): without WeakRef and ResizeObserver, which
 * Fluent calls, and with the fills the pane itself loads first (src/fills/edgeRuntime.ts).
 */
export function installBrowserStubs(): void {
  const g = globalThis as Record<string, unknown>;
  delete g.WeakRef;
  delete g.ResizeObserver;
  jest.isolateModules(() => {
    jest.requireActual('../../../src/fills/edgeRuntime');
  });
  // jsdom's global object carries neither Node's text codecs (the xlsx reader decodes UTF-8)
  // nor its structuredClone.
  g.TextDecoder ??= TextDecoder;
  g.TextEncoder ??= TextEncoder;
  g.structuredClone ??= <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
  // jsdom lays nothing out.
  Element.prototype.scrollIntoView ??= function () {};
}

/**
 * The job worker without a Worker: requests go to a JobSession in this thread, replies come back
 * on the next turn as a worker's would. Progress replies are recorded.
 */
export function inlineJobs(): JobClient & { progress: JobReply[] } {
  const progress: JobReply[] = [];
  const port: JobPort = {
    onmessage: null,
    onerror: null,
    postMessage(request: JobRequest) {
      setTimeout(() => session.handle(request), 0);
    },
  };
  const session = new JobSession((reply) => {
    if (reply.type === 'progress') progress.push(reply);
    setTimeout(() => port.onmessage?.({ data: reply } as MessageEvent<JobReply>), 0);
  });
  return Object.assign(
    jobClient(() => port),
    { progress },
  );
}

export interface RecordingHost extends WorkbookHost {
  applied: OutputPlan[];
  removed: number;
  visited: [string, string][];
  reads: number;
}

/**
 * A workbook "in Excel": reads serve the fixture, writes and navigation are recorded. A failure
 * can be planted in read to see how the pane reports it.
 */
export function recordingHost(options: { failRead?: Error } = {}): RecordingHost {
  const io = {
    name: 'bang-kiem-mau.xlsx',
    read: async () => {
      host.reads += 1;
      if (options.failRead) throw options.failRead;
      return fixtureSnapshot();
    },
    apply: async (plan: OutputPlan) => {
      host.applied.push(plan);
    },
  };
  const host: RecordingHost = {
    kind: 'excel',
    name: io.name,
    applied: [],
    removed: 0,
    visited: [],
    reads: 0,
    check: (overrides, onProgress) => runJob(io, overrides, onProgress),
    removeOwned: async () => {
      host.removed += 1;
    },
    goTo: async (sheet, cell) => {
      host.visited.push([sheet, cell]);
    },
  };
  return host;
}
