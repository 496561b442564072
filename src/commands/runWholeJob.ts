import { checkWorkbook } from '../core/engine';
import { buildPlan } from '../core/plan/buildPlan';
import { settingsForWorkbook } from '../core/plan/settingCells';
import type { Severity } from '../core/report/types';
import { SettingsError } from '../core/settings';
import { applyPlan } from '../hosts/excel/applyPlan';
import { goToCell } from '../hosts/excel/navigate';
import { ExcelHostError } from '../hosts/excel/officeErrors';
import { readSnapshot } from '../hosts/excel/readSnapshot';

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
  /** Error code, when the job failed. */
  code?: string;
}

export interface JobOptions {
  /** The host's clock, stamped on the report; the core keeps none. */
  now?: () => Date;
  /** Settings the caller imposes over the workbook's own settings sheet. */
  overrides?: unknown;
}

function summary(counts: Record<Severity, number>, sheet: string): { vi: string; en: string } {
  const { error, warning, info } = counts;
  return {
    vi: `Đã kiểm tra: ${error} lỗi, ${warning} cảnh báo, ${info} ghi chú. Xem trang tính “${sheet}”.`,
    en: `Checked: ${error} errors, ${warning} warnings, ${info} notes. See the sheet "${sheet}".`,
  };
}

/** A failure the user can act on: the host's and the settings' own messages, else a plain one. */
export function failure(err: unknown, lang: 'vi' | 'en'): JobOutcome {
  if (err instanceof ExcelHostError) {
    return { ok: false, lang, code: err.code, vi: err.vi, en: err.message };
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
 * plan, write it, and show the report sheet. Never throws: a failure comes back as an outcome.
 */
export async function runWholeJob(
  context: Excel.RequestContext,
  options: JobOptions = {},
): Promise<JobOutcome> {
  let lang: 'vi' | 'en' = 'vi';
  try {
    const snapshot = await readSnapshot(context);
    const settings = settingsForWorkbook(snapshot, options.overrides);
    lang = settings.lang;
    const check = checkWorkbook(snapshot, settings);
    const now = (options.now ?? (() => new Date()))();
    const plan = buildPlan(check, snapshot, settings, { checkedAt: now.toISOString() });
    const applied = await applyPlan(context, plan);
    const report = plan.sheets.find((s) => s.key === 'report');
    if (report) await goToCell(context, report.name, 'A1');
    const counts = check.report.counts;
    return {
      ok: true,
      lang,
      counts,
      skipped: applied.skipped,
      ...(report ? { reportSheet: report.name } : {}),
      ...summary(counts, report?.name ?? ''),
    };
  } catch (err) {
    return failure(err, lang);
  }
}
