import type { Worker } from 'node:worker_threads';
import { checkFile, type FileJob, type FileOutcome, type RunOptions } from './runFiles';
import { toFileError } from './fileErrors';

/** Marks the worker threads this module starts, so the entry file knows to serve files. */
export const WORKER_ARG = '--bang-kiem-worker';

export interface BatchEvents {
  /** Each file's outcome, in input order, as soon as it and every file before it are done. */
  outcome(o: FileOutcome, index: number): void;
  /** Files finished (in any order) and rows read so far, for a progress line. */
  progress?(filesDone: number, rowsRead: number): void;
}

export interface BatchOptions {
  /** Files checked at once; 1 checks them one by one in this thread. */
  threads: number;
  /** The script a worker thread runs (the command line's own entry file). */
  workerScript: string;
}

export type ToWorker = { index: number; job: FileJob };
export type FromWorker =
  | { type: 'rows'; index: number; rows: number }
  | { type: 'done'; index: number; rows: number; outcome: FileOutcome };

/**
 * Checks a batch, each file in one of `threads` worker threads, and hands the outcomes over in
 * input order. A thread holds one file at a time and finished outcomes wait only for the files
 * before them, at most a window ahead, so memory stays near threads × one file.
 */
export async function runBatch(
  jobs: FileJob[],
  options: RunOptions,
  batch: BatchOptions,
  events: BatchEvents,
): Promise<void> {
  const threads = Math.max(1, Math.min(batch.threads, jobs.length));
  if (threads === 1) return runHere(jobs, options, events);
  // Loaded here, not at start: a run on one file never needs it.
  const { Worker } = await import('node:worker_threads');

  let rowsDone = 0;
  let filesDone = 0;
  const rowsNow = new Map<number, number>();
  const waiting = new Map<number, FileOutcome>();
  let nextOut = 0;
  let nextJob = 0;
  const window = Math.max(16, threads * 4);

  const report = () => {
    let rows = rowsDone;
    for (const r of rowsNow.values()) rows += r;
    events.progress?.(filesDone, rows);
  };
  const finish = (index: number, outcome: FileOutcome, rows: number) => {
    rowsNow.delete(index);
    rowsDone += rows;
    filesDone++;
    waiting.set(index, outcome);
    while (waiting.has(nextOut)) {
      const o = waiting.get(nextOut)!;
      waiting.delete(nextOut);
      events.outcome(o, nextOut++);
    }
    // After the last file the line is only taken away: no last draw to flash.
    if (filesDone < jobs.length) report();
  };

  await new Promise<void>((resolve) => {
    const idle: Slot[] = [];
    const slots: Slot[] = [];
    let over = false;
    const pump = () => {
      while (idle.length > 0 && nextJob < jobs.length && nextJob < nextOut + window) {
        idle.pop()!.run(nextJob++);
      }
      if (filesDone === jobs.length && !over) {
        over = true;
        for (const slot of slots) void slot.worker.terminate();
        resolve();
      }
    };
    const failed = (index: number, e: unknown) =>
      finish(index, { file: jobs[index]!.file, error: toFileError(e, options.lang ?? 'vi') }, 0);

    class Slot {
      worker!: Worker;
      current: number | null = null;
      constructor() {
        this.spawn();
      }
      spawn(): void {
        const worker = startWorker(Worker, batch.workerScript, options);
        this.worker = worker;
        worker.on('message', (m: FromWorker) => {
          if (m.type === 'rows') {
            rowsNow.set(m.index, m.rows);
            report();
            return;
          }
          this.current = null;
          finish(m.index, m.outcome, m.rows);
          idle.push(this);
          pump();
        });
        // A thread that dies (out of memory, a native fault) takes only its own file with it.
        worker.on('error', (e: NodeJS.ErrnoException) => {
          if (this.current === null) return;
          const index = this.current;
          this.current = null;
          failed(
            index,
            e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new RangeError('heap allocation failed') : e,
          );
        });
        worker.on('exit', () => {
          if (over || worker !== this.worker) return;
          if (this.current !== null) {
            const index = this.current;
            this.current = null;
            failed(index, new Error('worker thread exited'));
          }
          this.spawn();
          idle.push(this);
          pump();
        });
      }
      run(index: number): void {
        this.current = index;
        this.worker.postMessage({ index, job: jobs[index]! } satisfies ToWorker);
      }
    }

    for (let i = 0; i < threads; i++) {
      const slot = new Slot();
      slots.push(slot);
      idle.push(slot);
    }
    pump();
  });
}

/**
 * A thread running the command line's entry file. Run from source (tsx), the entry is TypeScript,
 * which a Worker refuses by its extension: the thread registers tsx's require hook first.
 */
function startWorker(
  Worker: typeof import('node:worker_threads').Worker,
  script: string,
  options: RunOptions,
): Worker {
  const workerData = { options };
  const argv = [WORKER_ARG];
  if (!script.endsWith('.ts')) return new Worker(script, { workerData, argv });
  // A variable, so the bundler leaves it alone: the compiled command never takes this road.
  const tsxApi = 'tsx/cjs/api';
  const code = `require(${JSON.stringify(require.resolve(tsxApi))}).register(); require(${JSON.stringify(script)});`;
  return new Worker(code, { eval: true, workerData, argv });
}

/** One file after the other in this thread: the reference the threaded run must equal. */
async function runHere(jobs: FileJob[], options: RunOptions, events: BatchEvents): Promise<void> {
  let rowsDone = 0;
  for (const [index, job] of jobs.entries()) {
    let rows = 0;
    const outcome = await checkFile(
      job,
      options,
      events.progress
        ? (r) => {
            rows = r;
            events.progress!(index, rowsDone + r);
          }
        : undefined,
    );
    rowsDone += rows;
    events.outcome(outcome, index);
    if (index + 1 < jobs.length) events.progress?.(index + 1, rowsDone);
  }
}
