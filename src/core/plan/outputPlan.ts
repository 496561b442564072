import type { CellRange, Scalar } from '../model/snapshot';

/**
 * What Bảng Kiểm adds to a workbook, as data. The core builds it; a host applies it as it is.
 * Every sheet here is owned by Bảng Kiểm: hosts first remove the owned sheets they find (those
 * carrying the ownership marker, see OWNER_NAME), then add these. Names are final: the core has
 * already stepped around any user sheet that holds a wanted name.
 */
export interface OutputPlan {
  /** Version of the plan format; bumped when hosts must change. */
  version: 1;
  sheets: PlanSheet[];
  /** Cell styles referenced by PlanCell.style; index 0 is the plain style. */
  styles: PlanStyle[];
  /** Workbook-scoped names the plan defines (besides the per-sheet ownership markers). */
  names?: PlanName[];
}

/** Stable identity of an owned sheet, whatever its display name and language. */
export type OwnedSheetKey = 'report' | 'summary' | 'meetings' | 'charts' | 'settings';

/**
 * Ownership marker: every owned sheet gets a sheet-scoped, hidden defined name OWNER_NAME whose
 * formula is the sheet's key as a string constant, e.g. ="summary". It survives a user renaming
 * the sheet, is invisible in the grid and both hosts can read and write it (xlsx definedName with
 * localSheetId; Office.js worksheet.names, ExcelApi 1.4).
 */
export const OWNER_NAME = 'BangKiem.Owned';

export interface PlanSheet {
  key: OwnedSheetKey;
  name: string;
  state?: 'visible' | 'hidden' | 'veryHidden';
  /** Hex RGB without '#', e.g. "1F4E79". */
  tabColor?: string;
  cells: PlanCell[];
  columns?: PlanColumn[];
  rowHeights?: { row: number; height: number }[];
  merges?: CellRange[];
  /** Rows and columns frozen at the top-left. */
  freeze?: { rows: number; cols: number };
  autoFilter?: CellRange;
  conditionalFormats?: PlanConditionalFormat[];
  charts?: PlanChart[];
  page?: PlanPageSetup;
}

/**
 * One cell. Exactly one of value or formula. A value is always written as a value, never parsed:
 * text starting with "=", "+", "-" or "@" stays text (user text copied into outputs is data).
 * A formula is written without its leading "=", in English function names and A1 references, and
 * comes with the value the core computed so a host can store it as the cached result.
 */
export interface PlanCell {
  row: number;
  col: number;
  value?: Scalar;
  formula?: string;
  /** The core's own result for the formula, stored as the cached value where the host can. */
  cached?: Scalar;
  style?: number;
}

export interface PlanColumn {
  col: number;
  /** Width in characters, as Excel's column width. */
  width: number;
  hidden?: boolean;
}

export interface PlanStyle {
  numFmt?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  fontSize?: number;
  /** Hex RGB without '#'. */
  fontColor?: string;
  fill?: string;
  border?: 'thin' | 'none';
  hAlign?: 'left' | 'center' | 'right';
  vAlign?: 'top' | 'center' | 'bottom';
  wrap?: boolean;
}

export interface PlanConditionalFormat {
  range: CellRange;
  /**
   * A formula relative to the range's top-left cell that is true where the format applies, e.g.
   * F5="Không đạt".
   */
  formula: string;
  style: { fontColor?: string; fill?: string; bold?: boolean };
}

export interface PlanName {
  name: string;
  /** A formula without "=", e.g. 'Bảng Kiểm - Cài đặt'!$B$3 */
  ref: string;
  hidden?: boolean;
}

export interface PlanPageSetup {
  orientation: 'portrait' | 'landscape';
  paper: 'A4';
  /** Fit all columns on one page wide. */
  fitToWidth?: boolean;
  /** Rows repeated at the top of each printed page (0-based, inclusive). */
  printTitleRows?: [number, number];
}

export type PlanChartType =
  | 'columnClustered'
  | 'columnStacked'
  | 'columnStacked100'
  | 'barClustered'
  | 'line'
  | 'lineMarkers';

export interface PlanChartSeries {
  /** Series name: a literal. */
  name: string;
  /** A sheet-qualified A1 range of the values, e.g. 'Bảng Kiểm - Tổng hợp'!$C$5:$C$9 */
  values: string;
  /** Hex RGB without '#'. */
  color: string;
  /** Draw this series as a line on top of columns (combo), when the chart type is a column type. */
  asLine?: boolean;
  /** Dashed line, for a reference series such as "12 required". */
  dashed?: boolean;
}

export interface PlanChart {
  id: string;
  type: PlanChartType;
  title: string;
  /** Shown under the title, e.g. the change of grading scheme in 2018. */
  subtitle?: string;
  /** A sheet-qualified A1 range of the category labels. */
  categories: string;
  series: PlanChartSeries[];
  xAxisTitle?: string;
  yAxisTitle?: string;
  /** Number format of the value axis, e.g. "0%". */
  yNumFmt?: string;
  yMin?: number;
  yMax?: number;
  legend: 'bottom' | 'right' | 'top' | 'none';
  dataLabels?: boolean;
  /** Placement in cells on the charts sheet (0-based, inclusive). */
  anchor: CellRange;
}
