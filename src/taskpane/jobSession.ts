import { checkWorkbook } from '../core/engine';
import { a1, parseA1 } from '../core/model/address';
import { valueAt } from '../core/model/cells';
import type { WorkbookSnapshot } from '../core/model/snapshot';
import { buildPlan } from '../core/plan/buildPlan';
import { settingsForWorkbook } from '../core/plan/settingCells';
import { UnusableInputError } from '../hosts/xlsx/errors';
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
    try {
      this.dispatch(request);
    } catch (e) {
      this.post({ id: request.id, type: 'failed', ...problemOf(e) });
    }
  }

  private dispatch(request: JobRequest): void {
    const { id } = request;
    switch (request.type) {
      case 'open':
        this.name = request.name;
        this.original = request.bytes;
        this.snapshot = null;
        this.post({ id, type: 'opened' });
        return;
      case 'check':
        return this.check(id, request.overrides, request.checkedAt);
      case 'cells':
        this.post({ id, type: 'cells', view: this.cells(request.sheet, request.cell) });
        return;
      case 'clean': {
        const bytes = removeOwned(this.opened());
        this.post({ id, type: 'cleaned', bytes }, [bytes.buffer]);
        return;
      }
    }
  }

  private opened(): Uint8Array {
    if (!this.original) throw new Error('No file is open');
    return this.original;
  }

  private check(id: number, overrides: unknown, checkedAt: string): void {
    let last = 0;
    const tell = (progress: Progress, force = false) => {
      const now = Date.now();
      if (!force && now - last < PROGRESS_EVERY_MS) return;
      last = now;
      this.post({ id, type: 'progress', progress });
    };
    const original = this.opened();
    if (!this.snapshot) {
      tell({ stage: 'reading', done: 0, total: 1 }, true);
      this.snapshot = readXlsx(original, {
        onProgress: (done, total) => tell({ stage: 'reading', done, total }),
      });
    }
    const snapshot = this.snapshot;
    tell({ stage: 'checking', done: 0, total: 1 }, true);
    const settings = settingsForWorkbook(snapshot, overrides);
    const check = checkWorkbook(snapshot, settings, this.name, (done, total) =>
      tell({ stage: 'checking', done, total }),
    );
    tell({ stage: 'writing', done: 0, total: 1 }, true);
    const plan = buildPlan(check, snapshot, settings, { checkedAt });
    const bytes = applyPlan(original, plan, (done, total) =>
      tell({ stage: 'writing', done, total }),
    );
    tell({ stage: 'done', done: 1, total: 1 }, true);
    this.post({ id, type: 'checked', report: check.report, settings, bytes }, [bytes.buffer]);
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

/** Words for a failure: the reader's own for an unusable file, the error's text otherwise. */
function problemOf(e: unknown): { vi: string; en: string } {
  if (e instanceof UnusableInputError) return { vi: e.messageVi, en: e.messageEn };
  const text = e instanceof Error ? e.message : String(e);
  return { vi: `Lỗi khi xử lý: ${text}`, en: `Failed while working on it: ${text}` };
}
