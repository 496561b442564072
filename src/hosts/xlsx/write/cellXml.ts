import { Failure } from '../../../core/failures';
import { a1 } from '../../../core/model/address';
import type { PlanCell } from '../../../core/plan/outputPlan';
import type { Scalar } from '../../../core/model/snapshot';
import { escapeXml } from './xmlText';

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;
const MAX_FORMULA = 8192;
const MAX_TEXT = 32767;

const ERROR_CODES = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
]);

/**
 * Thrown for a plan cell that cannot be written; the message names the sheet and the cell. The
 * catalogue's `plan-unwritable`, like every refusal of the writer (planRefusal.ts).
 */
export class PlanCellError extends Failure {
  constructor(sheet: string, row: number, col: number, problem: string) {
    const cell = row >= 0 && col >= 0 ? a1(row, col) : `(${row}, ${col})`;
    super('plan-unwritable', { problem: `Sheet "${sheet}", cell ${cell}: ${problem}` });
    this.name = 'PlanCellError';
  }
}

function numberText(n: number): string {
  return Object.is(n, -0) ? '0' : String(n);
}

function inlineString(text: string): string {
  return `<is><t xml:space="preserve">${escapeXml(text)}</t></is>`;
}

/**
 * One <c> element. Values are never parsed: a text that looks like a formula ("=cmd|...") is
 * written as an inline string, so it stays text in every application.
 */
export function cellXml(sheet: string, cell: PlanCell, styleId: number | undefined): string {
  const { row, col } = cell;
  const ref = a1(row, col);
  const s = styleId === undefined ? '' : ` s="${styleId}"`;
  const hasFormula = cell.formula !== undefined;
  const hasValue = cell.value !== undefined && cell.value !== null;
  if (hasFormula && hasValue)
    throw new PlanCellError(sheet, row, col, 'has both a value and a formula');
  if (hasFormula) {
    const formula = cell.formula!.replace(/^=/, '');
    if (formula.trim() === '') throw new PlanCellError(sheet, row, col, 'has an empty formula');
    if (formula.length > MAX_FORMULA) {
      throw new PlanCellError(
        sheet,
        row,
        col,
        `has a formula of ${formula.length} characters (Excel allows ${MAX_FORMULA})`,
      );
    }
    const f = `<f>${escapeXml(formula)}</f>`;
    return `<c r="${ref}"${s}${cachedType(sheet, cell)}>${f}${cachedValue(cell.cached)}</c>`;
  }
  const value: Scalar = cell.value ?? null;
  if (value === null) return `<c r="${ref}"${s}/>`;
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new PlanCellError(sheet, row, col, `has the number ${value}, which a cell cannot hold`);
    return `<c r="${ref}"${s}><v>${numberText(value)}</v></c>`;
  }
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (typeof value !== 'string')
    throw new PlanCellError(sheet, row, col, `has a value of type ${typeof value}`);
  if (value.length > MAX_TEXT) {
    throw new PlanCellError(
      sheet,
      row,
      col,
      `has ${value.length} characters of text (a cell holds ${MAX_TEXT})`,
    );
  }
  return `<c r="${ref}"${s} t="inlineStr">${inlineString(value)}</c>`;
}

function cachedType(sheet: string, cell: PlanCell): string {
  const c = cell.cached;
  if (c === undefined || c === null) return '';
  if (typeof c === 'boolean') return ' t="b"';
  if (typeof c === 'number') {
    if (!Number.isFinite(c))
      throw new PlanCellError(sheet, cell.row, cell.col, `has the cached result ${c}`);
    return '';
  }
  return ERROR_CODES.has(c) ? ' t="e"' : ' t="str"';
}

function cachedValue(c: Scalar | undefined): string {
  if (c === undefined || c === null) return '';
  if (typeof c === 'boolean') return `<v>${c ? 1 : 0}</v>`;
  if (typeof c === 'number') return `<v>${numberText(c)}</v>`;
  return `<v>${escapeXml(c)}</v>`;
}
