import { saveLastRun } from './lastRun';
import type { JobOutcome } from './runWholeJob';

/** How the outcome reached the user. */
export type Told = 'taskpane' | 'sheet' | 'none';

interface OfficeLike {
  context?: { requirements?: { isSetSupported(name: string, version?: string): boolean } };
  addin?: { showAsTaskpane?: () => Promise<void> };
}

function office(): OfficeLike | undefined {
  return typeof Office === 'undefined' ? undefined : (Office as unknown as OfficeLike);
}

/**
 * Excel gives a function command no notification surface (Outlook's notificationMessages have
 * no Excel twin), so:
 * 1. the outcome is saved for the task pane (lastRun);
 * 2. where the shared runtime's Office.addin.showAsTaskpane exists (SharedRuntime 1.1), the pane
 *    is opened to show it; it fails harmlessly where the add-in has no shared runtime;
 * 3. otherwise a successful run has already shown its report sheet, which is the result; a
 *    failure is left for the pane, and the command completes either way.
 * No dialog: a dialog per click is heavier than the job, and Office 2019 web views handle them
 * poorly.
 */
export async function tellUser(outcome: JobOutcome, now: Date = new Date()): Promise<Told> {
  saveLastRun(outcome, now);
  const o = office();
  const canShow =
    o?.context?.requirements?.isSetSupported('SharedRuntime', '1.1') === true &&
    typeof o.addin?.showAsTaskpane === 'function';
  if (canShow) {
    try {
      await o.addin!.showAsTaskpane!();
      return 'taskpane';
    } catch {
      // Not in a shared runtime: fall through to what the workbook already shows.
    }
  }
  return outcome.ok && outcome.reportSheet ? 'sheet' : 'none';
}
