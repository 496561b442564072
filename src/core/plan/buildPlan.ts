import { findPilots } from '../compute/pilots';
import type { CheckResult } from '../engine';
import type { OutputPlan, PlanSheet } from './outputPlan';
import type { WorkbookSnapshot } from '../model/snapshot';
import type { Settings } from '../settings';
import { chartsSheet } from './chartsSheet';
import { meetingsSheet, type MeetingsLayout } from './meetingsSheet';
import { reportSheet } from './reportSheet';
import { settingsSheet } from './settingsSheet';
import { StyleBook } from './sheetBuilder';
import { chooseSheetNames } from './sheetNames';
import { summarySheet } from './summarySheet';

export interface PlanOptions {
  /** When the check ran, from the host's clock; the core keeps none, so output is reproducible. */
  checkedAt?: string;
}

/**
 * What Bảng Kiểm writes into the workbook: the check report, the yearly grades and the meeting
 * compliance as live formulas over the user's cells, the charts, and the settings. The same
 * check gives the same plan, every time.
 */
export function buildPlan(
  check: CheckResult,
  wb: WorkbookSnapshot,
  settings: Settings,
  options: PlanOptions = {},
): OutputPlan {
  const names = chooseSheetNames(wb, settings.lang);
  const book = new StyleBook();
  const pilots = findPilots(check.model, settings);
  const settingsOut = settingsSheet(names.settings, settings, pilots, book);
  const summary = summarySheet(names.summary, check.model, settings, settingsOut.refs, book);
  let meetings: { sheet: PlanSheet; layout: MeetingsLayout } | null = null;
  if (check.model.meetings.length || check.model.logMeetings.length)
    meetings = meetingsSheet(names.meetings, check.model, settings, pilots, book);
  const sheets: PlanSheet[] = [
    reportSheet(
      {
        name: names.report,
        report: check.report,
        lang: settings.lang,
        ...(options.checkedAt ? { checkedAt: options.checkedAt } : {}),
      },
      book,
    ),
    summary.sheet,
    ...(meetings ? [meetings.sheet] : []),
    chartsSheet(
      names.charts,
      check.model,
      settings,
      pilots,
      summary.layout,
      meetings?.layout ?? null,
      book,
    ),
    settingsOut.sheet,
  ];
  return { version: 1, sheets, styles: book.styles };
}
