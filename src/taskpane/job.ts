import { checkWorkbook } from '../core/engine';
import type { OutputPlan } from '../core/model/plan';
import type { WorkbookSnapshot } from '../core/model/snapshot';
import { buildPlan } from '../core/plan/buildPlan';
import { settingsForWorkbook } from '../core/plan/settingCells';
import type { CheckOutcome, Progress } from './host';

/** What the main-thread job needs of a host: Excel reads and writes through Office.js. */
export interface ReadWrite {
  name: string;
  read(): Promise<WorkbookSnapshot>;
  apply(plan: OutputPlan): Promise<void>;
}

/**
 * The whole job behind "Kiểm tra toàn bộ" where the workbook lives in Excel: read, check with
 * the workbook's settings (and the pane's overrides), write the sheets and charts. Settings the
 * user changed in the pane travel through the plan's settings sheet, so the next run, in any
 * host, finds them there. (The web page runs the same steps in its Web Worker: jobSession.ts.)
 */
export async function runJob(
  host: ReadWrite,
  overrides: unknown,
  onProgress: (p: Progress) => void,
  now: Date = new Date(),
): Promise<CheckOutcome> {
  onProgress({ stage: 'reading', done: 0, total: 1 });
  const snapshot = await host.read();
  onProgress({ stage: 'checking', done: 0, total: 1 });
  // Let the progress paint before the engine takes the thread.
  await new Promise((r) => setTimeout(r, 0));
  const settings = settingsForWorkbook(snapshot, overrides);
  const check = checkWorkbook(snapshot, settings, host.name);
  const plan = buildPlan(check, snapshot, settings, { checkedAt: now.toISOString().slice(0, 10) });
  onProgress({ stage: 'writing', done: 0, total: 1 });
  await host.apply(plan);
  onProgress({ stage: 'done', done: 1, total: 1 });
  return { report: check.report, settings };
}
