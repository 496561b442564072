import { OWNER_NAME } from '../../../src/core/plan/outputPlan';
import type { CellRange, Scalar, WorkbookSnapshot } from '../../../src/core/model/snapshot';

/** The double's workbook: what a real Excel would hold, in plain maps. */
export interface DCell {
  value: Scalar;
  /** Without the leading "=". */
  formula?: string;
  error?: boolean;
  numFmt: string;
  font: string | null;
  /** Text typed with a leading apostrophe: shown and read back without it. */
  quotePrefix?: boolean;
  /** A formula written while calculation was suspended and not recalculated since. */
  uncalculated?: boolean;
}

export interface DName {
  name: string;
  formula: string;
  visible: boolean;
}

export interface DSeries {
  name: string;
  /** Sheet-qualified addresses, as Excel would hold them. */
  values?: string;
  xValues?: string;
  props: Record<string, unknown>;
}

export interface DChart {
  name: string;
  type: string;
  props: Record<string, unknown>;
  series: DSeries[];
  position?: { top: number; left: number; width: number; height: number };
}

export interface DFormatWrite {
  range: CellRange;
  path: string;
  value: unknown;
}

export interface DSheet {
  id: number;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  cells: Map<string, DCell>;
  merges: CellRange[];
  names: Map<string, DName>;
  charts: DChart[];
  conditionalFormats: { range: CellRange; type: string; props: Record<string, unknown> }[];
  formats: DFormatWrite[];
  columnWidths: Map<number, number>;
  hiddenColumns: Set<number>;
  rowHeights: Map<number, number>;
  hiddenRows: Set<number>;
  freeze?: { rows: number; cols: number };
  autoFilter?: CellRange;
  tabColor?: string;
  pageLayout: Record<string, unknown>;
  protected?: boolean;
}

export interface DWorkbook {
  sheets: DSheet[];
  names: Map<string, DName>;
  active?: string;
  selection?: { sheet: string; range: CellRange };
  /** Times suspendApiCalculationUntilNextSync took effect. */
  calcSuspensions: number;
  /** Excel is in cell-edit mode: every request fails. */
  cellEditMode?: boolean;
  /** suspendApiCalculationUntilNextSync is in force (until the end of the current sync). */
  calcSuspended?: boolean;
  /** Times Application.calculate ran. */
  recalculations?: number;
  /** The workbook structure is protected: sheets cannot be added, renamed, hidden or deleted. */
  structureProtected?: boolean;
}

export const DEFAULT_FONT = 'Calibri';
export const DEFAULT_COLUMN_WIDTH_PT = 48;
export const DEFAULT_ROW_HEIGHT_PT = 15;

let nextId = 1;

export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

export function newSheet(name: string): DSheet {
  return {
    id: nextId++,
    name,
    visibility: 'Visible',
    cells: new Map(),
    merges: [],
    names: new Map(),
    charts: [],
    conditionalFormats: [],
    formats: [],
    columnWidths: new Map(),
    hiddenColumns: new Set(),
    rowHeights: new Map(),
    hiddenRows: new Set(),
    pageLayout: {},
  };
}

const STATE = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

/**
 * A workbook holding what a snapshot describes. Cells without a font get Excel's default font,
 * as a real workbook would; an owned sheet gets the marker name.
 */
export function workbookFromSnapshot(snap: WorkbookSnapshot): DWorkbook {
  const wb: DWorkbook = { sheets: [], names: new Map(), calcSuspensions: 0 };
  for (const s of snap.sheets) {
    const sheet = newSheet(s.name);
    sheet.visibility = STATE[s.state];
    sheet.merges = s.merges.map((m) => ({ ...m }));
    sheet.hiddenRows = new Set(s.hiddenRows ?? []);
    if (s.owned) {
      sheet.names.set(OWNER_NAME.toLowerCase(), {
        name: OWNER_NAME,
        formula: '="report"',
        visible: false,
      });
    }
    s.rows.forEach((row, r) => {
      if (!row) return;
      row.v.forEach((v, c) => {
        const formula = row.f?.[c];
        if ((v === null || v === undefined) && formula === undefined) return;
        const style = snap.styles[row.s?.[c] ?? 0] ?? { numFmt: 'General', font: null };
        const cell: DCell = {
          value: v ?? null,
          numFmt: style.numFmt,
          font: style.font ?? DEFAULT_FONT,
        };
        if (formula !== undefined) cell.formula = formula;
        if (row.e?.includes(c)) cell.error = true;
        sheet.cells.set(cellKey(r, c), cell);
      });
    });
    wb.sheets.push(sheet);
  }
  return wb;
}

/** Bounding box of cells with a value or formula (or, unless valuesOnly, a number format). */
export function usedRect(sheet: DSheet, valuesOnly: boolean): CellRange | null {
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = -1;
  let c1 = -1;
  const take = (r: number, c: number) => {
    r0 = Math.min(r0, r);
    c0 = Math.min(c0, c);
    r1 = Math.max(r1, r);
    c1 = Math.max(c1, c);
  };
  for (const [key, cell] of sheet.cells) {
    const hasValue = cell.formula !== undefined || (cell.value !== null && cell.value !== '');
    if (!hasValue && (valuesOnly || cell.numFmt === 'General')) continue;
    const [r, c] = key.split(',').map(Number) as [number, number];
    take(r, c);
  }
  if (!valuesOnly) {
    for (const m of sheet.merges) {
      take(m.r0, m.c0);
      take(m.r1, m.c1);
    }
  }
  return r1 < 0 ? null : { r0, c0, r1, c1 };
}
