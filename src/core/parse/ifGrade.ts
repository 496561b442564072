import { parseA1 } from '../model/address';

/*
 * A grade typed as an IF chain over the row's score, =IF(I5>=90,"Hoàn thành xuất sắc nhiệm
 * vụ",IF(I5>=70,…)), in a file saved by a tool that computes nothing: the cell has a formula and
 * no value. Read as blank, every unit would be "not graded". The chain is evaluated here, with
 * the figures the sheet holds; anything else in the formula (other functions, text compared,
 * a score that is itself not computed) leaves the cell unread, as before.
 */

type Value = { text: string } | null;

/** Longest formula tried: an IF chain over four grades is a few hundred characters. */
const MAX_FORMULA = 2000;

class Reader {
  private at = 0;
  constructor(
    private readonly s: string,
    private readonly numberAt: (row: number, col: number) => number | null,
  ) {}

  done(): boolean {
    this.space();
    return this.at === this.s.length;
  }

  private space(): void {
    while (this.s[this.at] === ' ') this.at++;
  }

  private eat(token: string): boolean {
    this.space();
    if (this.s.slice(this.at, this.at + token.length).toUpperCase() !== token) return false;
    this.at += token.length;
    return true;
  }

  /** A string literal, or an IF giving one. */
  value(): Value {
    this.space();
    if (this.s[this.at] === '"') return this.text();
    if (this.eat('IF(')) return this.ifCall();
    return null;
  }

  private text(): Value {
    let out = '';
    this.at++;
    while (this.at < this.s.length) {
      const ch = this.s[this.at++]!;
      if (ch !== '"') out += ch;
      else if (this.s[this.at] === '"') {
        out += '"';
        this.at++;
      } else return { text: out };
    }
    return null;
  }

  private ifCall(): Value {
    const cond = this.condition();
    if (cond === null || !this.eat(',')) return null;
    const yes = this.value();
    if (yes === null || !this.eat(',')) return null;
    const no = this.value();
    if (no === null || !this.eat(')')) return null;
    return cond ? yes : no;
  }

  /** "I5>=90", "$I$5 < 50", "90<=I5": a cell against a number. */
  private condition(): boolean | null {
    const left = this.operand();
    this.space();
    const op = /^(>=|<=|<>|>|<|=)/.exec(this.s.slice(this.at))?.[1];
    if (left === null || !op) return null;
    this.at += op.length;
    const right = this.operand();
    if (right === null) return null;
    switch (op) {
      case '>=':
        return left >= right;
      case '<=':
        return left <= right;
      case '>':
        return left > right;
      case '<':
        return left < right;
      case '=':
        return left === right;
      default:
        return left !== right;
    }
  }

  private operand(): number | null {
    this.space();
    const m = /^(\$?[A-Za-z]{1,3}\$?\d{1,7}|\d+(\.\d+)?)/.exec(this.s.slice(this.at));
    if (!m) return null;
    this.at += m[0].length;
    if (/^\d/.test(m[0])) return Number(m[0]);
    const ref = parseA1(m[0]);
    return ref ? this.numberAt(ref.row, ref.col) : null;
  }
}

/**
 * The text an IF chain gives over the sheet's figures, or null when the formula is no such
 * chain or a figure it compares is missing.
 */
export function ifChainText(
  formula: string,
  numberAt: (row: number, col: number) => number | null,
): string | null {
  if (formula.length > MAX_FORMULA) return null;
  const reader = new Reader(formula.replace(/^=/, ''), numberAt);
  const v = reader.value();
  return v && reader.done() ? v.text : null;
}
