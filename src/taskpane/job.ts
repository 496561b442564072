import { checkWorkbook, type CheckResult } from '../core/engine';
import type { OutputPlan } from '../core/model/plan';
import type { WorkbookSnapshot } from '../core/model/snapshot';
import { buildPlan } from '../core/plan/buildPlan';
import { settingsForWorkbook } from '../core/plan/settingCells';
import type { Settings } from '../core/settings';
import type { Stage, WorkbookHost } from './host';

export interface JobResult {
  snapshot: WorkbookSnapshot;
  settings: Settings;
  check: CheckResult;
  plan: OutputPlan;
}

/**
 * The whole job behind "Kiểm tra toàn bộ": read, check with the workbook's settings (and the
 * pane's overrides), write the sheets and charts. Settings the user changed in the pane travel
 * through the plan's settings sheet, so the next run, in any host, finds them there.
 */
export async function runJob(
  host: WorkbookHost,
  overrides: unknown,
  onStage: (stage: Stage) => void,
  now: Date = new Date(),
): Promise<JobResult> {
  onStage('reading');
  const snapshot = await host.read();
  onStage('checking');
  // Let the progress paint before the engine takes the thread.
  await new Promise((r) => setTimeout(r, 0));
  const settings = settingsForWorkbook(snapshot, overrides);
  const check = checkWorkbook(snapshot, settings, host.name);
  const plan = buildPlan(check, snapshot, settings, { checkedAt: now.toISOString().slice(0, 10) });
  onStage('writing');
  await host.apply(plan);
  onStage('done');
  return { snapshot, settings, check, plan };
}
