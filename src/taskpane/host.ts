import type { FileReport } from '../core/report/types';
import type { Settings } from '../core/settings';
import { asFailure, Failure, type FailureOptions } from '../core/failures';
import type { Progress as JobProgress, Stage as JobStage } from '../hosts/host';

/** The job's stages, and the pane's own before them: fetching the engine on the first check. */
export type Stage = JobStage | 'loading';

/** How far a check is, as the pane shows it. */
export interface Progress extends Omit<JobProgress, 'stage'> {
  stage: Stage;
}

/** What the pane shows after a check: plain data, so it crosses from a Web Worker. */
export interface CheckOutcome {
  report: FileReport;
  /** The settings the check used, as the workbook now holds them (its settings sheet). */
  settings: Settings;
}

/** A file the page offers for download. */
export interface Download {
  name: string;
  bytes: Uint8Array;
}

/** The cells around a finding's cell, for the web page's cell view (it has no grid of its own). */
export interface CellWindow {
  sheet: string;
  cell: string;
  /** 0-based row and column numbers shown, in order. */
  rows: number[];
  cols: number[];
  /** Display text, one array per row in `rows`. */
  values: string[][];
  target: { row: number; col: number };
}

/**
 * What the pane needs of a workbook, whether it lives in Excel or was opened as a file in the
 * browser: the one job (hosts/host.ts runJob) behind "check", and the pane's own errands around
 * it. Every decision is the core's.
 */
export interface PaneHost {
  kind: 'excel' | 'file';
  /** The workbook's name, for the pane's heading and its messages. */
  name: string;
  /**
   * The whole job: read, check with the workbook's settings and the pane's overrides, write the
   * sheets and charts. The file host does all of it in a Web Worker.
   */
  check(overrides: unknown, onProgress: (p: Progress) => void): Promise<CheckOutcome>;
  /**
   * Takes out every sheet Bảng Kiểm added. The file host leaves its checked file as it was and
   * gives the cleaned workbook as a download of its own.
   */
  removeOwned(): Promise<Download | void>;
  /** Shows a cell: selects it in Excel; a file host has no grid of its own (the pane shows one). */
  goTo(sheet: string, cell: string): Promise<void>;
  /** File host: the cells around one, for the pane's cell view. */
  cellsAround?(sheet: string, cell: string): Promise<CellWindow | null>;
  /** File host: the checked workbook to download, once written. */
  download?(): Download | null;
}

/** The pane's name for its host before the job's own door moved to hosts/host.ts. */
export type WorkbookHost = PaneHost;

/**
 * A failure already put in words in both languages (a worker's reply, a test's planted error).
 * A catalogued Failure like every other, so the pane reads them all one way.
 */
export class HostError extends Failure {
  constructor(vi: string, en: string, options?: FailureOptions) {
    super('worded', { text: { vi, en } }, options);
    this.name = 'HostError';
  }

  /** Any failure, as the pane's kind (it keeps the code and the cause). */
  static of(e: unknown): HostError {
    if (e instanceof HostError) return e;
    const f = asFailure(e, 'work-failed');
    return new HostError(f.vi, f.en, { code: f.code, cause: e });
  }
}
