import type { OutputPlan } from '../core/plan/outputPlan';
import type { WorkbookSnapshot } from '../core/model/snapshot';
import { runJob as runOneJob } from '../hosts/host';
import type { CheckOutcome, Progress } from './host';

/** What the main-thread job needs of a host: Excel reads and writes through Office.js. */
export interface ReadWrite {
  name: string;
  read(): Promise<WorkbookSnapshot>;
  apply(plan: OutputPlan): Promise<void>;
}

/**
 * "Kiểm tra toàn bộ" where the workbook lives in Excel: the one job (hosts/host.ts) on the
 * page's thread, yielding once so the progress paints before the engine takes the thread.
 * Settings the user changed in the pane travel through the plan's settings sheet, so the next
 * run, in any host, finds them there. (The web page runs the same job in its Web Worker:
 * jobSession.ts.)
 */
export async function runJob(
  host: ReadWrite,
  overrides: unknown,
  onProgress: (p: Progress) => void,
  now: Date = new Date(),
): Promise<CheckOutcome> {
  const done = await runOneJob(
    { name: host.name, read: () => host.read(), write: (plan) => host.apply(plan) },
    { overrides, at: now, onProgress, yieldBeforeCheck: true },
  );
  return { report: done.check.report, settings: done.settings };
}
