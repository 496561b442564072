/**
 * The workbook as the core sees it. Hosts (an .xlsx file, Excel via Office.js) build it; the core
 * only reads it. It is plain data (no classes) so it survives structured cloning into a Web Worker.
 *
 * Rows and columns are 0-based here; addresses shown to users are A1-style (see address.ts).
 * Values are stored per row as a dense array of scalars so a million-row member list costs a few
 * pointers a cell, not an object a cell; what few cells carry more (a formula, an error, a style)
 * say so in side tables. A row whose few cells lie far apart (one value in column XFD) is stored
 * sparse instead, so that every row costs what it holds: see RowData.cols.
 */

/** A value as stored: text, number (dates are serial numbers), boolean, or blank. */
export type Scalar = string | number | boolean | null;

export interface CellStyle {
  /** Excel number format code, "General" when none. */
  numFmt: string;
  /** Font name of the cell, when known ("Times New Roman", ".VnTime", "VNI-Times"). */
  font: string | null;
  /**
   * The font is struck through: staff strike out a unit removed (merged, dissolved) rather than
   * delete its row. Absent when not, or when the host cannot tell.
   */
  strike?: boolean;
}

export interface RowData {
  /** Values by 0-based column; a hole or null is a blank cell. */
  v: Scalar[];
  /**
   * Present when the row is stored sparse: the columns that hold a value or a formula,
   * ascending, and v and s are arrays with holes (v.length may then be 16,384 for one cell).
   * Look a cell up by column as always; to go over a row's cells, go over cols when present,
   * never over 0..v.length-1 (lastColumn() and SheetView.columns() do this).
   */
  cols?: number[];
  /** Style index by column into WorkbookSnapshot.styles; a hole means style 0. */
  s?: number[];
  /** Formulas by column, as written in the file, without the leading "=". */
  f?: Record<number, string>;
  /** Columns whose value is an error ("#DIV/0!", "#REF!"...); v holds the error text. */
  e?: number[];
}

/** 0-based, inclusive. */
export interface CellRange {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface SheetSnapshot {
  name: string;
  state: SheetState;
  /** Rows by 0-based index; a hole is an empty row. */
  rows: (RowData | undefined)[];
  merges: CellRange[];
  /** 0-based indexes of hidden rows. */
  hiddenRows?: number[];
  /**
   * Set by a host when the sheet carries Bảng Kiểm's ownership marker: such a sheet is output,
   * never the user's data.
   */
  owned?: boolean;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  /** Style table; index 0 is the default style. */
  styles: CellStyle[];
  /** Workbook uses the 1904 date system (Mac Excel 2008 and older). */
  date1904?: boolean;
}

export const DEFAULT_STYLE: CellStyle = { numFmt: 'General', font: null };

/**
 * Whether hosts store a row sparse (RowData.cols): wider than 32 columns, with fewer cells than
 * one column in 8. A dense row then costs at most 8 slots per cell, never 16,384 for one.
 */
export function storedSparse(width: number, cells: number): boolean {
  return width > 32 && cells * 8 < width;
}
