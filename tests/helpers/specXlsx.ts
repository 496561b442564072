/**
 * Sheets typed as rows (SheetSpec), written as a real .xlsx: shared strings, one style per font
 * and number format, error cells and merges, as Excel lays them out (tools/layouts gridXlsx). The
 * rule tests read these back through readXlsx, so the whole path from file to finding runs.
 */
import { parseA1, parseRange } from '../../src/core/model/address';
import type { Scalar } from '../../src/core/model/snapshot';
import type { OutputPlan, PlanCell } from '../../src/core/plan/outputPlan';
import { SETTING_KEY_COL, SETTING_VALUE_COL } from '../../src/core/plan/settingCells';
import { applyPlan } from '../../src/hosts/xlsx/write/applyPlan';
import { gridXlsx, type GridCell, type GridSheet } from '../../tools/layouts/xlsx';
import type { SheetSpec } from './snapshot';

function gridSheet(spec: SheetSpec): GridSheet {
  const offset = (spec.startRow ?? 1) - 1;
  const rows: (GridCell | undefined)[][] = [];
  const at = (ref: string): GridCell => {
    const { row, col } = parseA1(ref)!;
    const r = (rows[row] ??= []);
    return (r[col] ??= { value: null });
  };
  spec.rows.forEach((values, i) => {
    rows[offset + i] = values.map((v) => (v === null ? undefined : { value: v }));
  });
  for (const [ref, numFmt] of Object.entries(spec.formats ?? {})) at(ref).numFmt = numFmt;
  for (const [ref, font] of Object.entries(spec.fonts ?? {})) at(ref).font = font;
  for (const [ref, text] of Object.entries(spec.errors ?? {})) {
    Object.assign(at(ref), { value: text, error: true });
  }
  return { name: spec.name, rows, merges: (spec.merges ?? []).map((m) => parseRange(m)!) };
}

/** The sheets as the bytes of an .xlsx file. */
export function xlsxOf(...specs: SheetSpec[]): Uint8Array {
  if (specs.some((s) => s.owned)) throw new Error('owned sheets: use withSettingsRows');
  return gridXlsx({ sheets: specs.map(gridSheet) });
}

export const SETTINGS_SHEET = 'Bảng Kiểm - Cài đặt';

/**
 * The workbook with a settings sheet written by our own writer, as a run leaves it and a user
 * then edits it: each row a key in the hidden key column and a value in the value column, from
 * row 3 on (0-based row 2), as the run writes them.
 */
export function withSettingsRows(
  bytes: Uint8Array,
  rows: { key: string; value: Scalar }[],
): Uint8Array {
  const cells: PlanCell[] = rows.flatMap(({ key, value }, i) => [
    { row: i + 2, col: SETTING_VALUE_COL, value },
    { row: i + 2, col: SETTING_KEY_COL, value: key },
  ]);
  const plan: OutputPlan = {
    version: 1,
    sheets: [{ key: 'settings', name: SETTINGS_SHEET, cells }],
    styles: [{}],
  };
  return applyPlan(bytes, plan);
}
