import { checkWorkbook } from '../core/engine';
import { buildPlan } from '../core/plan/buildPlan';
import { settingsForWorkbook } from '../core/plan/settingCells';
import type { Severity } from '../core/report/types';
import { SettingsError } from '../core/settings';
import { applyPlan, queueRecalculation } from '../hosts/excel/applyPlan';
import { showReport } from '../hosts/excel/navigate';
import { ExcelHostError } from '../hosts/excel/officeErrors';
import { readWorkbook } from '../hosts/excel/readSnapshot';
import { statusLine } from './jobStatus';

/** What one click of "Kiểm tra" did, told in both languages. */
export interface JobOutcome {
  ok: boolean;
  lang: 'vi' | 'en';
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

/** A failure the user can act on: the host's and the settings' own messages, else a plain one. */
export function failure(err: unknown, lang: 'vi' | 'en'): JobOutcome {
  if (err instanceof ExcelHostError) {
    return { ok: false, lang, code: err.code, vi: err.vi, en: err.en };
  }
  if (err instanceof SettingsError) {
    return { ok: false, lang, code: 'Settings', vi: err.messageVi, en: err.messageEn };
  }
  const text = err instanceof Error ? err.message : String(err);
  return {
    ok: false,
    lang,
    code: 'Unexpected',
    vi: `Bảng Kiểm gặp lỗi không mong đợi: ${text}`,
    en: `Bảng Kiểm hit an unexpected error: ${text}`,
  };
}

/**
 * The whole job behind the ribbon's "Kiểm tra": read the workbook, check it, build the output
 * plan, write it, and show the report sheet with a one-line status at its top, each step inside
 * Office's five-minute limit. Never throws: a failure comes back as an outcome.
 */
export async function runWholeJob(
  context: Excel.RequestContext,
  options: JobOptions = {},
): Promise<JobOutcome> {
  let lang: 'vi' | 'en' = 'vi';
  const clock = options.clock ?? (() => Date.now());
  const start = options.startedAt ?? clock();
  const readUntil = options.limits?.readUntilMs ?? READ_UNTIL_MS;
  const writeUntil = options.limits?.writeUntilMs ?? WRITE_UNTIL_MS;
  try {
    const read = await readWorkbook(context, {
      outOfTime: () => clock() - start > readUntil,
      ...(options.budgets?.readBytes ? { syncBudgetBytes: options.budgets.readBytes } : {}),
    });
    const snapshot = read.snapshot;
    const settings = settingsForWorkbook(snapshot, options.overrides);
    lang = settings.lang;
    const check = checkWorkbook(snapshot, settings);
    const checkedAt = (options.now ?? (() => new Date()))().toISOString();
    const plan = buildPlan(check, snapshot, settings, { checkedAt });
    const applied = await applyPlan(context, plan, {
      outOfTime: () => clock() - start > writeUntil,
      recalculate: 'caller',
      ...(options.budgets?.writeBytes ? { requestBudgetBytes: options.budgets.writeBytes } : {}),
    });
    const counts = check.report.counts;
    const foreignMarked = [...new Set([...read.foreignMarked, ...applied.foreignMarked])];
    const status = statusLine({
      counts,
      checkedAt,
      unread: read.unread,
      packets: applied.packets,
      foreignMarked,
      skipped: applied.skipped.length,
    });
    const report = plan.sheets.find((s) => s.key === 'report');
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
      unread: read.unread,
      packets: applied.packets,
      foreignMarked,
      ...(report ? { reportSheet: report.name } : {}),
      ...status,
    };
  } catch (err) {
    return failure(err, lang);
  }
}
