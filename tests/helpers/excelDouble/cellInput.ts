import type { Scalar } from '../../../src/core/model/snapshot';
import { checkFormula } from './formulaSyntax';
import { cellKey, DEFAULT_FONT, type DCell, type DSheet } from './model';

const ERROR_LITERAL = /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!)$/;

/**
 * What Excel makes of one entry written through Range.values or Range.formulas: "=..." (and
 * "+..", "-..", "@..") becomes a formula, a leading apostrophe keeps the rest as text, and text
 * that looks like a number, percentage, date, boolean or error becomes one. null leaves the cell
 * as it was.
 */
export function storeInput(
  sheet: DSheet,
  row: number,
  col: number,
  input: unknown,
  calcSuspended = false,
): void {
  if (input === null || input === undefined) return;
  const key = cellKey(row, col);
  const cell: DCell = sheet.cells.get(key) ?? {
    value: null,
    numFmt: 'General',
    font: DEFAULT_FONT,
  };
  delete cell.formula;
  delete cell.error;
  delete cell.quotePrefix;
  delete cell.uncalculated;
  cell.value = null;
  if (typeof input === 'number' || typeof input === 'boolean') {
    cell.value = input;
  } else if (typeof input === 'string') {
    parseText(cell, input);
  } else {
    throw new Error(`excelDouble: cannot store ${typeof input} in a cell`);
  }
  // Excel computes a written formula at once, unless calculation is suspended: then the cell
  // shows nothing meaningful until the workbook is recalculated.
  if (cell.formula !== undefined && calcSuspended) cell.uncalculated = true;
  sheet.cells.set(key, cell);
}

function parseText(cell: DCell, s: string): void {
  const t = s.trim();
  if (s.startsWith("'")) {
    cell.value = s.slice(1);
    cell.quotePrefix = true;
  } else if (s === '') {
    cell.value = null;
  } else if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?%?$/i.test(t)) {
    const n = Number(t.replace('%', ''));
    cell.value = t.endsWith('%') ? n / 100 : n;
  } else if (/^(true|false)$/i.test(t)) {
    cell.value = t.toLowerCase() === 'true';
  } else if (ERROR_LITERAL.test(t)) {
    cell.value = t;
    cell.error = true;
  } else if (/^\d{1,4}[/-]\d{1,2}([/-]\d{1,4})?$/.test(t) || /^\d{1,2}:\d{2}(:\d{2})?$/.test(t)) {
    cell.value = dateSerial(t);
  } else if (/^[=+\-@]/.test(s) && s.length > 1) {
    const formula = s.startsWith('=') ? s.slice(1) : s;
    checkFormula(formula);
    cell.formula = formula;
  } else {
    cell.value = s;
  }
}

/** Some number: the double only needs "it became a number", not Excel's exact serial. */
function dateSerial(t: string): Scalar {
  return t.split(/[/:-]/).reduce((n, p) => n * 100 + Number(p), 0);
}
