import type { CellRange, Scalar } from '../model/snapshot';
import type { Severity } from '../report/types';
import type { Settings } from '../settings';
import type { WorkbookModel } from '../workbookModel';

export interface Text {
  vi: string;
  en: string;
}

/**
 * A check, in the manner of an ESLint rule: its metadata (stable id, severity, titles, message
 * templates with {placeholders}) and a function that inspects the recognized workbook.
 */
export interface RuleMeta {
  id: string;
  severity: Severity;
  title: Text;
  description: Text;
  message: Text;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

export interface ReportInput {
  /** Sheet name, or null for the workbook. */
  sheet: string | null;
  /** 0-based row and column of the cell the finding is about. */
  row?: number;
  col?: number;
  /** Several cells; the finding's cell is its top-left one. */
  range?: CellRange;
  /** Only the row is meant (no single cell is at fault). */
  wholeRow?: boolean;
  params?: Record<string, string | number>;
  value?: Scalar;
  expected?: unknown;
  actual?: unknown;
  suggestion?: string;
}

export interface RuleContext {
  model: WorkbookModel;
  settings: Settings;
  report(input: ReportInput): void;
}
