import type { Level, TableKind } from '../../src/core/report/types';

/**
 * The answer key of a generated workbook: what a correct reading finds. Rows are 1-based and
 * cells A1, as in the engine's report.
 */
export interface LayoutKey {
  /** "seed/index", enough to generate the workbook again. */
  id: string;
  /** The layout choices, in words (for failure reports). */
  layout: string[];
  tables: KeyTable[];
  /** Every planted defect, with the rule that should find it (ids as in src/core/rules). */
  defects: KeyDefect[];
  /** True counts per year from the organization lists (one list per year). */
  ratings: KeyRating[];
  /** Every register row. */
  meetings: KeyMeeting[];
  /** Every party cell's year in a meeting log (tools/layouts/log.ts). */
  logMeetings: KeyLogMeeting[];
  /**
   * Findings the key allows without planting them: a collapsed "numbers stored as text" finding
   * for a table a report generator wrote with every number as text. At most `max` of them.
   */
  tolerated: KeyTolerance[];
}

export interface KeyTable {
  sheet: string;
  kind: TableKind;
  subject?: 'organization' | 'member';
  years: number[];
  /** First and last header row. */
  headerRows: [number, number];
  /** First header row to last body row: findings in here belong to this table. */
  rows: [number, number];
  /** Layout tags, for grouping failures ("list/ticks", "summary/below-list"...). */
  tag: string;
}

export interface KeyDefect {
  rule: string;
  sheet: string;
  /** The cell the finding must point at; when absent, `row`; when both are absent, the sheet. */
  cell?: string;
  row?: number;
  note: string;
  /** Layout tag of the table it was planted in. */
  tag: string;
}

export interface KeyRating {
  year: number;
  sheet: string;
  scheme: 'pre-2018' | '2018';
  counts: Record<Level, number>;
  tag: string;
}

export interface KeyMeeting {
  sheet: string;
  row: number;
  year: number;
  unit: string;
  regular: number;
  thematicByQuarter: (number | null)[];
  compliant: boolean | null;
  tag: string;
}

/** A cell's year from a log: the result the engine gives at the cell's first row that year. */
export interface KeyLogMeeting extends KeyMeeting {
  /** Every log row of the cell's meetings that year, in sheet order. */
  rows: number[];
}

export interface KeyTolerance {
  rule: string;
  sheet: string;
  rows: [number, number];
  max: number;
  why: string;
}
