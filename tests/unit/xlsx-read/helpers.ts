import type ExcelJS from 'exceljs';
import type { Scalar, WorkbookSnapshot } from '../../../src/core/model/snapshot';

export {
  handXlsx,
  MINIMAL_STYLES,
  type HandSheet,
  type HandWorkbook,
} from '../../../tools/layouts/xlsx';

export async function excelJsBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The snapshot's value at a 0-based cell; blank as null. */
export function valueAt(wb: WorkbookSnapshot, sheet: string, row: number, col: number): Scalar {
  const s = wb.sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  return s.rows[row]?.v[col] ?? null;
}

const EPOCH_1900 = Date.UTC(1899, 11, 30);

/** What ExcelJS reads for a cell, reduced to the snapshot's terms. */
export function excelJsScalar(cell: ExcelJS.Cell): { v: Scalar; f?: string; error?: boolean } {
  const raw = cell.value as unknown;
  const scalar = (x: unknown): Scalar => {
    if (x === null || x === undefined) return null;
    if (x instanceof Date) return (x.getTime() - EPOCH_1900) / 86400000;
    if (typeof x === 'object') {
      const o = x as Record<string, unknown>;
      if ('richText' in o) return (o.richText as { text: string }[]).map((r) => r.text).join('');
      if ('error' in o) return o.error as string;
      if ('text' in o) return o.text as string;
    }
    return x as Scalar;
  };
  if (raw && typeof raw === 'object' && !(raw instanceof Date)) {
    const o = raw as Record<string, unknown>;
    if ('formula' in o || 'sharedFormula' in o) {
      const result = o.result;
      const err = !!result && typeof result === 'object' && 'error' in result;
      return { v: scalar(result), f: (o.formula as string | undefined) ?? undefined, error: err };
    }
    if ('error' in o) return { v: o.error as string, error: true };
  }
  return { v: scalar(raw) };
}

/** Every cell ExcelJS sees, as [sheet, row0, col0, value] mismatches against the snapshot. */
export function diffAgainstExcelJs(snap: WorkbookSnapshot, ej: ExcelJS.Workbook): string[] {
  const problems: string[] = [];
  let seen = 0;
  ej.eachSheet((ws) => {
    const sheet = snap.sheets.find((s) => s.name === ws.name);
    if (!sheet) {
      problems.push(`missing sheet ${ws.name}`);
      return;
    }
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        // ExcelJS repeats a merged area's value in its covered cells; the file holds it once.
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const want = excelJsScalar(cell);
        const got = sheet.rows[r - 1]?.v[c - 1] ?? null;
        seen++;
        const same =
          typeof want.v === 'number' && typeof got === 'number'
            ? Math.abs(want.v - got) < 1e-9
            : want.v === got;
        if (!same) problems.push(`${ws.name}!${cell.address}: ${String(want.v)} ≠ ${String(got)}`);
      });
    });
  });
  if (seen === 0) problems.push('ExcelJS saw no cells');
  return problems;
}
