import { checkWorkbook, type CheckResult } from './engine';
import type { OutputPlan } from './plan/outputPlan';
import type { WorkbookSnapshot } from './model/snapshot';
import { buildPlan } from './plan/buildPlan';
import { settingsForWorkbook } from './plan/settingCells';
import type { Settings } from './settings';
import type { Lang } from './words';

/**
 * What a caller asks of a job, the same in the command line, the pane and the ribbon. Plain data
 * (a Date survives structured cloning), so it crosses to a worker as it is.
 */
export interface JobRequest {
  /** Settings the caller imposes over the workbook's own (a settings file, the pane's edits). */
  overrides?: unknown;
  /** The language asked for outside the workbook (the command line's --lang). */
  lang?: Lang;
  /** The workbook's name as the user knows it, shown in the report. */
  fileName?: string;
  /** When the check ran, by the host's clock; the core keeps none, so output is reproducible. */
  at?: Date;
  /**
   * Minutes the user's clock is behind UTC (Date.getTimezoneOffset: -420 in Vietnam). The host's
   * own zone when left out; a test or a server for another zone passes it.
   */
  utcOffsetMinutes?: number;
}

/** The check, and the settings it ran with: everything a host needs short of writing. */
export interface Checked {
  settings: Settings;
  check: CheckResult;
}

/** The check with the plan of what to write, and the day stamped on the report. */
export interface Planned extends Checked {
  plan: OutputPlan;
  /** The user's local day the check ran, "2026-12-03"; absent when the request gave no time. */
  checkedAt?: string;
}

/**
 * The user's local day of a moment, as ISO "YYYY-MM-DD". A check at 06:00 in Vietnam is 23:00
 * UTC the day before: stamping the UTC date would date the report a day early.
 */
export function localDay(at: Date, utcOffsetMinutes: number = at.getTimezoneOffset()): string {
  const local = new Date(at.getTime() - utcOffsetMinutes * 60_000);
  const pad = (n: number) => (n < 10 ? '0' : '') + n;
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
}

/**
 * The first half of the one job: the settings in force (the defaults, the workbook's settings
 * sheet, the caller's overrides, then the caller's language), and the check.
 */
export function checkJob(
  snapshot: WorkbookSnapshot,
  request: JobRequest,
  onProgress?: (done: number, total: number) => void,
): Checked {
  const settings = settingsForWorkbook(snapshot, request.overrides);
  if (request.lang) settings.lang = request.lang;
  const check = checkWorkbook(snapshot, settings, request.fileName, onProgress);
  return { settings, check };
}

/** The second half: what to write, stamped with the user's local day of the check. */
export function planJob(
  snapshot: WorkbookSnapshot,
  checked: Checked,
  request: JobRequest,
): Planned {
  const checkedAt = request.at ? localDay(request.at, request.utcOffsetMinutes) : undefined;
  const plan = buildPlan(checked.check, snapshot, checked.settings, checkedAt ? { checkedAt } : {});
  return { ...checked, plan, ...(checkedAt ? { checkedAt } : {}) };
}
