import { checkJob, planJob, type Checked, type JobRequest, type Planned } from '../core/job';
import type { OutputPlan } from '../core/plan/outputPlan';
import type { WorkbookSnapshot } from '../core/model/snapshot';

export type Stage = 'reading' | 'checking' | 'writing' | 'done';

/** How far the job is: a stage, and within it the units done (rows' bytes, tables, sheets). */
export interface Progress {
  stage: Stage;
  done: number;
  total: number;
}

/**
 * A workbook where a host keeps it (a file on disk, the workbook open in Excel, bytes in the
 * web page's worker), as the one job needs it: read as a snapshot, written from a plan. Every
 * decision is the core's; a host only moves cells. The command line, the pane (both its hosts)
 * and the ribbon each hand one to `runJob`.
 */
export interface WorkbookHost<Written = void> {
  /** The workbook's name for the report ("board.xlsx"); Excel gives none the core can use. */
  readonly name?: string;
  read(onProgress: (p: Progress) => void): WorkbookSnapshot | Promise<WorkbookSnapshot>;
  /** Writes the plan's sheets. Absent when only the report is wanted (the CLI without --out). */
  write?(plan: OutputPlan, onProgress: (p: Progress) => void): Written | Promise<Written>;
}

export interface RunOptions extends JobRequest {
  onProgress?: (p: Progress) => void;
  /** Told once the check is done, before planning and writing (the settings' language…). */
  onChecked?: (checked: Checked) => void;
  /**
   * Wait one turn before checking, so a page paints its progress before the engine takes the
   * thread (the pane in Excel checks on its page's thread).
   */
  yieldBeforeCheck?: boolean;
  /**
   * What a failure while planning or writing becomes, when it is not already one a person can
   * read: the command line says "checked, but not written" rather than "internal error".
   */
  onWriteFailure?: (e: unknown) => unknown;
}

/** The job's outcome: the check always; the plan and what writing returned when it wrote. */
export type JobDone<Written> = Checked &
  ({ wrote: false } | ({ wrote: true; written: Written } & Planned));

const start = (stage: Stage): Progress => ({ stage, done: 0, total: 1 });

/**
 * The one job, whichever host holds the workbook: read, check with the workbook's settings and
 * the caller's overrides (core/job.ts), plan and write. Failures are thrown as they come (a
 * catalogued Failure, or what the host threw); each caller says them in its own way.
 */
export async function runJob<Written>(
  host: WorkbookHost<Written>,
  options: RunOptions = {},
): Promise<JobDone<Written>> {
  const tell = options.onProgress ?? (() => undefined);
  tell(start('reading'));
  const snapshot = await host.read(tell);
  tell(start('checking'));
  if (options.yieldBeforeCheck) await new Promise((r) => setTimeout(r, 0));
  const request: JobRequest = { ...options, ...(host.name ? { fileName: host.name } : {}) };
  if (options.fileName) request.fileName = options.fileName;
  const checked = checkJob(snapshot, request, (done, total) =>
    tell({ stage: 'checking', done, total }),
  );
  options.onChecked?.(checked);
  if (!host.write) {
    tell({ stage: 'done', done: 1, total: 1 });
    return { ...checked, wrote: false };
  }
  let planned: Planned;
  let written: Written;
  try {
    tell(start('writing'));
    planned = planJob(snapshot, checked, request);
    written = await host.write(planned.plan, tell);
  } catch (e) {
    throw options.onWriteFailure ? options.onWriteFailure(e) : e;
  }
  tell({ stage: 'done', done: 1, total: 1 });
  return { ...planned, wrote: true, written };
}
