import { a1 } from '../../core/model/address';
import type { PlanCell } from '../../core/plan/outputPlan';
import { atCell, ExcelHostError, type Step } from './officeErrors';

/** What one cell of a Range.formulas array takes: a formula "=...", a constant, or "" for blank. */
export type CellInput = string | number | boolean;

const MAX_TEXT = 32_767;
const MAX_FORMULA = 8_192;

/**
 * Text Excel would not keep as typed when written through Range.formulas/values: a formula sign
 * (= + - @), a leading apostrophe (Excel would eat it), an error literal (#N/A), and anything
 * Excel would coerce to a number, date, time, percentage or boolean ("0123", "1/2", "10:30",
 * "50%", "TRUE", "May 2020").
 */
export function needsQuotePrefix(text: string): boolean {
  if (/^[=+\-@'#]/.test(text)) return true;
  const t = text.trim();
  if (t !== text && /^[=+\-@'#]/.test(t)) return true;
  if (/^[\d.,$€£¥(]/.test(t)) return true;
  if (/^(true|false)$/i.test(t)) return true;
  return /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s\-/]*\d/i.test(t);
}

/**
 * The text stays text by a leading apostrophe, not by a "@" number format: the apostrophe is
 * Excel's own quote prefix (what a user typing '=SUM(A1) gets), it travels inside the same 2-D
 * array as every other cell, leaves the plan's number format alone, and the cell reads back as
 * the exact text without the apostrophe. A "@" format would need a second write per such cell and
 * would also turn any later edit of that cell into text.
 */
export function toCellInput(cell: PlanCell, sheet: string): CellInput {
  const where = () => atCell(sheet, a1(cell.row, cell.col));
  if (cell.formula !== undefined) {
    const f = cell.formula.startsWith('=') ? cell.formula : `=${cell.formula}`;
    if (f.length > MAX_FORMULA)
      throw badCell(where(), 'công thức dài quá 8192 ký tự', 'formula longer than 8192 characters');
    return f;
  }
  const v = cell.value ?? null;
  if (v === null) return '';
  if (typeof v === 'number') {
    if (!Number.isFinite(v))
      throw badCell(where(), 'giá trị số không hợp lệ', 'number is not finite');
    return v;
  }
  if (typeof v === 'boolean') return v;
  if (v.length > MAX_TEXT)
    throw badCell(where(), 'văn bản dài quá 32767 ký tự', 'text longer than 32767 characters');
  return needsQuotePrefix(v) ? `'${v}` : v;
}

function badCell(where: Step, vi: string, en: string): ExcelHostError {
  return new ExcelHostError('excel-cell', { where, problem: { vi, en } });
}
