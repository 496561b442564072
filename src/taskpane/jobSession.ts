import { Failure } from '../core/failures';
import { a1, parseA1 } from '../core/model/address';
import { valueAt } from '../core/model/cells';
import type { WorkbookSnapshot } from '../core/model/snapshot';
import { runJob } from '../hosts/host';
import { readXlsx } from '../hosts/xlsx/read/readXlsx';
import { applyPlan, removeOwned } from '../hosts/xlsx/write/applyPlan';
import type { CellWindow, Progress } from './host';
import type { JobReply, JobRequest } from './jobProtocol';

/** Progress is posted at most this often: enough for a smooth bar, few enough messages. */
const PROGRESS_EVERY_MS = 80;

type Post = (reply: JobReply, transfer?: Transferable[]) => void;

/**
 * The web page's whole job, as the Web Worker runs it: read the opened file, check it, build the
 * plan and write the checked workbook, telling the page how far it is (sheet bytes read, tables
 * and rules checked, sheets written). The page's thread only renders. Kept apart from the
 * worker's message wiring so tests can drive it in-line.
 */
export class JobSession {
  private name = '';
  private original: Uint8Array | null = null;
  private snapshot: WorkbookSnapshot | null = null;

  constructor(private readonly post: Post) {}

  handle(request: JobRequest): void {
    const fail = (e: unknown) => this.post({ id: request.id, type: 'failed', ...problemOf(e) });
    try {
      void this.dispatch(request).catch(fail);
    } catch (e) {
      fail(e);
    }
  }

  private dispatch(request: JobRequest): Promise<void> {
    const { id } = request;
    switch (request.type) {
      case 'open':
        this.name = request.name;
        this.original = request.bytes;
        this.snapshot = null;
        this.post({ id, type: 'opened' });
        return Promise.resolve();
      case 'check':
        return this.check(id, request.overrides, new Date(request.at));
      case 'cells':
        this.post({ id, type: 'cells', view: this.cells(request.sheet, request.cell) });
        return Promise.resolve();
      case 'clean': {
        const bytes = removeOwned(this.opened());
        this.post({ id, type: 'cleaned', bytes }, [bytes.buffer]);
        return Promise.resolve();
      }
    }
  }

  private opened(): Uint8Array {
    if (!this.original) throw new Error('No file is open');
    return this.original;
  }

  /** The one job (hosts/host.ts) on the opened file, its snapshot kept for the next check. */
  private async check(id: number, overrides: unknown, at: Date): Promise<void> {
    let last = 0;
    let stage = '';
    // Every new stage is told at once; within one, at most every PROGRESS_EVERY_MS.
    const tell = (progress: Progress) => {
      const now = Date.now();
      if (progress.stage === stage && now - last < PROGRESS_EVERY_MS) return;
      stage = progress.stage;
      last = now;
      this.post({ id, type: 'progress', progress });
    };
    const original = this.opened();
    const done = await runJob(
      {
        name: this.name,
        read: (onProgress) =>
          (this.snapshot ??= readXlsx(original, {
            onProgress: (done, total) => onProgress({ stage: 'reading', done, total }),
          })),
        write: (plan, onProgress) =>
          applyPlan(original, plan, (done, total) => onProgress({ stage: 'writing', done, total })),
      },
      { overrides, at, onProgress: tell },
    );
    if (!done.wrote) return;
    const bytes = done.written;
    this.post({ id, type: 'checked', report: done.check.report, settings: done.settings, bytes }, [
      bytes.buffer,
    ]);
  }

  /** The cells two rows and three columns either side of one, as text. */
  private cells(sheetName: string, cell: string): CellWindow | null {
    const sheet = this.snapshot?.sheets.find((s) => s.name === sheetName);
    const at = parseA1(cell);
    if (!sheet || !at) return null;
    const rows = span(Math.max(0, at.row - 2), at.row + 2);
    const cols = span(Math.max(0, at.col - 3), at.col + 3);
    return {
      sheet: sheetName,
      cell: a1(at.row, at.col),
      rows,
      cols,
      values: rows.map((r) =>
        cols.map((c) => {
          const v = valueAt(sheet, r, c);
          return v === null ? '' : String(v);
        }),
      ),
      target: at,
    };
  }
}

function span(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/**
 * Words for a failure: a catalogued one the user can act on in its own words (an unusable file,
 * a setting), anything else as "failed while working on it" with the error's text.
 */
function problemOf(e: unknown): { vi: string; en: string } {
  if (e instanceof Failure && e.severity === 'error') return { vi: e.vi, en: e.en };
  const text = e instanceof Error ? e.message : String(e);
  const f = new Failure('work-failed', { text });
  return { vi: f.vi, en: f.en };
}
