import type { Scalar } from '../model/snapshot';
import type { Level, Scheme } from '../words';

/**
 * The JSON report: a documented, versioned contract (docs/report-format.md). Field names here
 * are the names in the JSON.
 */
export const REPORT_VERSION = '1.0';

export type Severity = 'error' | 'warning' | 'info';
export type { Level } from '../words';
/** The rating scheme's id in the JSON (core/words.ts Scheme). */
export type SchemeId = Scheme;
export type TableKind = 'rating-list' | 'rating-summary' | 'meeting-register' | 'meeting-log';

export interface Finding {
  rule: string;
  severity: Severity;
  /** Sheet name, or null for the workbook as a whole. */
  sheet: string | null;
  /** A1 address of the cell the finding is about. */
  cell?: string;
  /** A1 range when it is about several cells. */
  range?: string;
  /** 1-based row, when the finding is about a row. */
  row?: number;
  /** The message in the report's language. */
  message: string;
  messages: { vi: string; en: string };
  /** The cell's value as read. */
  value?: Scalar;
  expected?: unknown;
  actual?: unknown;
  suggestion?: string;
}

export interface RecognizedTable {
  sheet: string;
  /** A1 range of the table, header included. */
  range: string;
  kind: TableKind;
  years: number[];
  scheme: SchemeId | 'mixed' | null;
  subject?: 'organization' | 'member';
  /** 1-based header rows, first and last. */
  headerRows: [number, number];
  /** What each recognized column was taken to be, and whether its header or its cells said so. */
  columns: {
    column: string;
    role: string;
    label: string;
    year?: number;
    level?: Level;
    from: 'header' | 'content';
  }[];
  /** How sure recognition is, 0–1. Below 0.7 the table's cells raise no errors, one info instead. */
  confidence: number;
  /** Why: what the cells showed (share of grade cells that are grades, of month cells readable…). */
  reasons: string[];
  /** 1-based rows typed as totals ("Cộng", "Tổng cộng"), checked rather than counted. */
  totalRows: number[];
}

export type LevelCounts = Record<Level, number>;

export interface RatingResult {
  year: number | null;
  sheet: string;
  /** `cell`: a summary of the party cells under each unit of a list (never a list's own). */
  subject: 'organization' | 'member' | 'cell';
  scheme: SchemeId;
  source: 'list' | 'summary';
  counts: LevelCounts;
  /** Units listed (lists) or the stated total (summaries); exempt members left out. */
  total: number;
  /** Units with a recognized grade. */
  rated: number;
  /** Share of each level over the base chosen in settings (rated, or total). */
  shares: Record<Level, number | null>;
  /** 1-based row of a summary's line. */
  row?: number;
}

export interface MeetingResult {
  /** A register row (one row per cell and year) or a log (one row per meeting). */
  source: 'register' | 'log';
  sheet: string;
  /** 1-based: the register row, or the log's first row of this cell and year. */
  row: number;
  /** 1-based rows of the log holding this cell's meetings of the year. */
  logRows?: number[];
  year: number | null;
  unit: string;
  commune?: string;
  /** Regular meetings recorded as held. */
  regular: number;
  /** Thematic meetings per quarter; null where the quarter has no record. */
  thematicByQuarter: (number | null)[];
  /** true, false, or null when missing or unreadable records could change the answer. */
  compliant: boolean | null;
  /** Months with no usable record (no data, or unreadable). */
  monthsWithoutData: number[];
}

export interface FileReport {
  version: string;
  file?: string;
  tables: RecognizedTable[];
  issues: Finding[];
  counts: Record<Severity, number>;
  results: { ratings: RatingResult[]; meetings: MeetingResult[] };
}
