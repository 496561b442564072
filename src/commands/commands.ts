/**
 * The ribbon's function file (commands.html). Office calls the functions registered here by the
 * <FunctionName> the manifest gives; scripts/validate-manifest.ts checks that each one is.
 */
import './legacyRuntime';
import { runWholeJob, failure } from './runWholeJob';
import { tellUser } from './tellUser';

/** The run in progress; a second click meanwhile must not write the same sheets at once. */
let running: Promise<void> | null = null;

async function checkOnce(): Promise<void> {
  try {
    const outcome =
      typeof Excel === 'undefined'
        ? failure(new Error('Excel is not available (Office.js did not load).'), 'vi')
        : await Excel.run((context) => runWholeJob(context));
    await tellUser(outcome);
  } catch (err) {
    await tellUser(failure(err, 'vi'));
  }
}

/**
 * "Kiểm tra": the whole job, then tell the user; the event is completed whatever happens. A
 * click while a run is going joins that run instead of starting another.
 */
export async function runCheck(event?: Office.AddinCommands.Event): Promise<void> {
  try {
    running ??= checkOnce().finally(() => {
      running = null;
    });
    await running;
  } finally {
    event?.completed();
  }
}

if (typeof Office !== 'undefined') {
  void Office.onReady();
  Office.actions?.associate('runCheck', runCheck);
  // Hosts from before Office.actions look the function up on the page's global object.
  (globalThis as Record<string, unknown>).runCheck = runCheck;
}
