import { asFailure } from '../core/failures';
import type { Severity } from '../core/report/types';
import type { Lang } from '../core/words';
import { applyPlan, queueRecalculation } from '../hosts/excel/applyPlan';
import { showReport } from '../hosts/excel/navigate';
import { readWorkbook, type WorkbookRead } from '../hosts/excel/readSnapshot';
import { runJob } from '../hosts/host';
import { statusLine } from './jobStatus';

/** What one click of "Kiểm tra" did, told in both languages. */
export interface JobOutcome {
  ok: boolean;
  lang: Lang;
  vi: string;
  en: string;
  /** Findings by severity, when the check ran. */
  counts?: Record<Severity, number>;
  /** The report sheet the job wrote and showed, when it got that far. */
  reportSheet?: string;
  /** Plan features this Excel could not apply (APIs above ExcelApi 1.7 it lacks). */
  skipped?: string[];
  /** Sheets left unread, and whether writing stopped early, for lack of time. */
  unread?: string[];
  packets?: { done: number; planned: number };
  /** Sheets carrying Bảng Kiểm's marker that are not its own, kept. */
  foreignMarked?: string[];
  /** Error code, when the job failed. */
  code?: string;
}

/**
 * Office ends a function command after five minutes. The job stops reading at READ_UNTIL and
 * stops starting new writes at WRITE_UNTIL (milliseconds since the click), which leaves a minute
 * for the write in flight and the final sync that shows the report.
 */
export const COMMAND_LIMIT_MS = 5 * 60_000;
export const READ_UNTIL_MS = 150_000;
export const WRITE_UNTIL_MS = 240_000;

export interface JobOptions {
  /** The host's clock, stamped on the report; the core keeps none. */
  now?: () => Date;
  /** Settings the caller imposes over the workbook's own settings sheet. */
  overrides?: unknown;
  /** Milliseconds, for the time guard (Date.now by default). */
  clock?: () => number;
  /** When the click happened, on `clock` (the job's start by default). */
  startedAt?: number;
  /** Overrides of READ_UNTIL_MS and WRITE_UNTIL_MS. */
  limits?: { readUntilMs?: number; writeUntilMs?: number };
  /** Bytes per sync for reading and writing (the hosts' 4 MB defaults otherwise). */
  budgets?: { readBytes?: number; writeBytes?: number };
}

/** The report sheet's line under its title (row 2), where the status goes. */
const STATUS_CELL = 'A2';

/** A failure the user can act on, told by its catalogue entry; anything else as unexpected. */
export function failure(err: unknown, lang: Lang): JobOutcome {
  const f = asFailure(err, 'unexpected');
  return { ok: false, lang, code: f.code, vi: f.vi, en: f.en };
}

/**
 * The whole job behind the ribbon's "Kiểm tra": the one job (hosts/host.ts) on the workbook in
 * Excel, then the report sheet shown with a one-line status at its top, each step inside
 * Office's five-minute limit. Never throws: a failure comes back as an outcome.
 */
export async function runWholeJob(
  context: Excel.RequestContext,
  options: JobOptions = {},
): Promise<JobOutcome> {
  // Set from inside the job's callbacks, hence the casts: TypeScript does not follow them.
  let lang = 'vi' as Lang;
  const clock = options.clock ?? (() => Date.now());
  const start = options.startedAt ?? clock();
  const readUntil = options.limits?.readUntilMs ?? READ_UNTIL_MS;
  const writeUntil = options.limits?.writeUntilMs ?? WRITE_UNTIL_MS;
  let read = null as WorkbookRead | null;
  try {
    const done = await runJob(
      {
        read: async () => {
          read = await readWorkbook(context, {
            outOfTime: () => clock() - start > readUntil,
            ...(options.budgets?.readBytes ? { syncBudgetBytes: options.budgets.readBytes } : {}),
          });
          return read.snapshot;
        },
        write: (plan) =>
          applyPlan(context, plan, {
            outOfTime: () => clock() - start > writeUntil,
            recalculate: 'caller',
            ...(options.budgets?.writeBytes
              ? { requestBudgetBytes: options.budgets.writeBytes }
              : {}),
          }),
      },
      {
        ...(options.overrides === undefined ? {} : { overrides: options.overrides }),
        at: (options.now ?? (() => new Date()))(),
        // A failure while writing is told in the language the settings chose.
        onChecked: (checked) => (lang = checked.settings.lang),
      },
    );
    if (!done.wrote || !read) throw new Error('the job did not write');
    const { unread, foreignMarked: readMarked } = read;
    const applied = done.written;
    const counts = done.check.report.counts;
    const foreignMarked = [...new Set([...readMarked, ...applied.foreignMarked])];
    const status = statusLine({
      counts,
      checkedAt: done.checkedAt ?? '',
      unread,
      packets: applied.packets,
      foreignMarked,
      skipped: applied.skipped.length,
    });
    const report = done.plan.sheets.find((s) => s.key === 'report');
    if (report) {
      await showReport(context, {
        sheet: report.name,
        status: lang === 'en' ? status.en : status.vi,
        statusCell: STATUS_CELL,
        recalculate: applied.needsRecalculation,
      });
    } else if (applied.needsRecalculation) {
      queueRecalculation(context);
      await context.sync();
    }
    return {
      ok: true,
      lang,
      counts,
      skipped: applied.skipped,
      unread,
      packets: applied.packets,
      foreignMarked,
      ...(report ? { reportSheet: report.name } : {}),
      ...status,
    };
  } catch (err) {
    return failure(err, lang);
  }
}
