/**
 * The ribbon's function file (commands.html). Office calls the functions registered here by the
 * <FunctionName> the manifest gives; scripts/validate-manifest.ts checks that each one is.
 * Built to ES5 with the fills it needs (webpack.config.js, babel): Office 2016 and 2019 volume
 * licence run it in Internet Explorer 11.
 */
import '../fills/es5Runtime';
import { COMMAND_LIMIT_MS, failure, runWholeJob } from './runWholeJob';
import { hostError } from '../hosts/excel/officeErrors';
import { tellUser } from './tellUser';

/** The run in progress; a second click meanwhile must not write the same sheets at once. */
let running: Promise<void> | null = null;

function pageHref(): string {
  return typeof location === 'undefined' ? '' : location.href;
}

async function checkOnce(startedAt: number): Promise<void> {
  try {
    const outcome =
      typeof Excel === 'undefined'
        ? failure(new Error('Excel is not available (Office.js did not load).'), 'vi')
        : await Excel.run((context) => runWholeJob(context, { startedAt }));
    const left = COMMAND_LIMIT_MS - 15_000 - (Date.now() - startedAt);
    await tellUser(outcome, pageHref(), Math.max(0, left));
  } catch (err) {
    // Excel.run itself failed (Excel busy, workbook closed): an Office error, told by its code.
    const known = err && typeof err === 'object' && 'code' in err ? hostError(err) : err;
    await tellUser(failure(known, 'vi'), pageHref(), Math.max(0, COMMAND_LIMIT_MS - 15_000));
  }
}

/**
 * "Kiểm tra": the whole job, then tell the user; the event is completed whatever happens. A
 * click while a run is going joins that run instead of starting another.
 */
export async function runCheck(event?: Office.AddinCommands.Event): Promise<void> {
  const startedAt = Date.now();
  try {
    if (!running) {
      running = checkOnce(startedAt).then(
        () => {
          running = null;
        },
        () => {
          running = null;
        },
      );
    }
    await running;
  } finally {
    event?.completed();
  }
}

if (typeof Office !== 'undefined') {
  void Office.onReady();
  if (Office.actions && typeof Office.actions.associate === 'function') {
    Office.actions.associate('runCheck', runCheck);
  }
  // Hosts from before Office.actions look the function up on the page's global object.
  if (typeof window !== 'undefined')
    (window as unknown as Record<string, unknown>).runCheck = runCheck;
}
