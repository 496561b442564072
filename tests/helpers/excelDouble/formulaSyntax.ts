import { DoubleOfficeError } from './officeError';

/** Excel refuses a text constant over 255 characters inside a formula. */
export const MAX_FORMULA_STRING = 255;
export const MAX_FORMULA_LENGTH = 8192;

/**
 * A sheet name Excel reads as something else when unquoted before "!": a cell in A1 style (A1,
 * XFD1048576), in R1C1 style (R1C1, RC, R2, C3, R, C) or a boolean.
 */
export function looksLikeReference(name: string): boolean {
  return (
    /^[A-Za-z]{1,3}\d+$/.test(name) ||
    /^R\d*C?\d*$/i.test(name) ||
    /^C\d*$/i.test(name) ||
    /^(TRUE|FALSE)$/i.test(name)
  );
}

const UNQUOTED_SHEET = /^[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*$/;

function refuse(why: string): never {
  throw new DoubleOfficeError('InvalidArgument', `The formula is not valid: ${why}.`);
}

/**
 * What Excel checks when a formula is written (without its "="): balanced quotes and brackets,
 * text constants of at most 255 characters, and sheet names before "!" quoted unless they are
 * plain words that cannot be read as references.
 */
export function checkFormula(formula: string): void {
  if (formula.length + 1 > MAX_FORMULA_LENGTH) refuse('longer than 8192 characters');
  let depth = 0;
  let i = 0;
  let word = '';
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"') {
      let j = i + 1;
      let text = '';
      for (;;) {
        if (j >= formula.length) refuse('a text constant is not closed');
        if (formula[j] === '"') {
          if (formula[j + 1] === '"') {
            text += '"';
            j += 2;
            continue;
          }
          break;
        }
        text += formula[j];
        j++;
      }
      if (text.length > MAX_FORMULA_STRING) {
        refuse(`a text constant is ${text.length} characters long, over 255`);
      }
      i = j + 1;
      word = '';
      continue;
    }
    if (ch === "'") {
      let j = i + 1;
      for (;;) {
        if (j >= formula.length) refuse('a quoted sheet name is not closed');
        if (formula[j] === "'") {
          if (formula[j + 1] === "'") {
            j += 2;
            continue;
          }
          break;
        }
        j++;
      }
      if (formula[j + 1] !== '!') refuse('a quoted name is not followed by "!"');
      i = j + 2;
      word = '';
      continue;
    }
    if (ch === '!') {
      if (!word) refuse('"!" without a sheet name');
      if (!UNQUOTED_SHEET.test(word) || looksLikeReference(word)) {
        refuse(`the sheet name ${word} must be quoted`);
      }
      word = '';
      i++;
      continue;
    }
    if (ch === '(') depth++;
    if (ch === ')' && --depth < 0) refuse('a ")" without its "("');
    word = /[\w.\u00C0-\uFFFF]/.test(ch) ? word + ch : '';
    i++;
  }
  if (depth !== 0) refuse('brackets do not match');
}
