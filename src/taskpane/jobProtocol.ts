import type { CellWindow, CheckOutcome, Progress } from './host';

/**
 * What the page asks of its Web Worker. Every request carries an id its replies repeat. A check's
 * time crosses as milliseconds since 1970; the worker stamps its local day (core/job.ts).
 */
export type JobRequest =
  | { id: number; type: 'open'; name: string; bytes: Uint8Array }
  | { id: number; type: 'check'; overrides: unknown; at: number }
  | { id: number; type: 'cells'; sheet: string; cell: string }
  | { id: number; type: 'clean' };

/** What the worker answers: progress while it works, then one final reply. */
export type JobReply =
  | { id: number; type: 'progress'; progress: Progress }
  | { id: number; type: 'opened' }
  | ({ id: number; type: 'checked'; bytes: Uint8Array } & CheckOutcome)
  | { id: number; type: 'cells'; view: CellWindow | null }
  | { id: number; type: 'cleaned'; bytes: Uint8Array }
  | { id: number; type: 'failed'; vi: string; en: string };
