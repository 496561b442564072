import { columnIndex, columnLetters } from '../../../core/model/address';

const MAX_COL = 16383;
const MAX_ROW = 1048575;

/*
 * One pass over the formula. Tokens that must pass through untouched come first (string
 * literals, quoted sheet names, structured references and external-book indexes in brackets,
 * error values). Then, at the start of a run of name characters only: whole-column and whole-row
 * ranges and A1 cells, none followed by more name characters or "(" (LOG10( is a function);
 * any other run (a name, a function, a number, Sheet1) is taken whole and left alone. Taking
 * runs whole is what keeps "A1" inside "TAXA1" from matching, without a lookbehind, which the
 * regex parser of Excel 2019's EdgeHTML cannot read.
 */
const TOKENS = new RegExp(
  [
    /"(?:[^"]|"")*"/.source,
    /'(?:[^']|'')*'/.source,
    /\[[^\]]*\]/.source,
    /#[A-Za-z0-9/]+[!?]?/.source,
    /(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![\w.($])/.source,
    /(\$?)(\d{1,7}):(\$?)(\d{1,7})(?![\w.($])/.source,
    /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\w.($])/.source,
    /[\w.$]+/.source,
  ].join('|'),
  'g',
);

function shiftCol(abs: string, letters: string, d: number): string | null {
  const c = columnIndex(letters);
  if (c < 0 || c > MAX_COL) return null;
  if (abs) return `$${letters.toUpperCase()}`;
  const n = c + d;
  return n < 0 || n > MAX_COL ? '#REF!' : columnLetters(n);
}

function shiftRow(abs: string, digits: string, d: number): string | null {
  const r = Number(digits) - 1;
  if (r < 0 || r > MAX_ROW) return null;
  if (abs) return `$${digits}`;
  const n = r + d;
  return n < 0 || n > MAX_ROW ? '#REF!' : String(n + 1);
}

function join(a: string | null, b: string | null, sep: string): string | null {
  if (a === null || b === null) return null;
  if (a === '#REF!' || b === '#REF!') return '#REF!';
  return a + sep + b;
}

/**
 * A shared formula's text as it reads in a cell dRows below and dCols right of its master:
 * relative references move, absolute ones ($) stay, as Excel does when it fills the formula.
 */
export function shiftFormula(formula: string, dRows: number, dCols: number): string {
  if (dRows === 0 && dCols === 0) return formula;
  return formula.replace(TOKENS, (tok: string, ...g: (string | undefined)[]) => {
    let out: string | null = null;
    if (g[1] !== undefined) {
      out = join(shiftCol(g[0]!, g[1], dCols), shiftCol(g[2]!, g[3]!, dCols), ':');
    } else if (g[5] !== undefined) {
      out = join(shiftRow(g[4]!, g[5], dRows), shiftRow(g[6]!, g[7]!, dRows), ':');
    } else if (g[9] !== undefined) {
      out = join(shiftCol(g[8]!, g[9], dCols), shiftRow(g[10]!, g[11]!, dRows), '');
    }
    return out ?? tok;
  });
}
