/**
 * Helpers the builder writes cells with: a seeded random source for the details no choice names,
 * and a sheet that encodes its text (TCVN3, VNI, NFD) and stores numbers as a report generator
 * would when asked.
 */
import type { CellRange } from '../../src/core/model/snapshot';
import { Rng } from '../random';
import { encodeText, type TextEncoding } from './legacy';
import type { GridCell, GridSheet } from './xlsx';

/** The shared seeded source; `pick` bound, as the builder passes it around. */
export class Rand extends Rng {
  override pick = <T>(xs: readonly T[]): T => super.pick(xs);
}

/** Excel's serial number of a date (1900 system). */
export function serialDate(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86400000);
}

export class Sheet {
  readonly rows: (GridCell | undefined)[][] = [];
  readonly merges: CellRange[] = [];
  constructor(
    readonly name: string,
    readonly encoding: TextEncoding,
    /** Every number stored as text, strings inline, formulas without cached values. */
    readonly exportStyle: boolean,
  ) {}

  /** The first row below everything written so far. */
  get end(): number {
    return this.rows.length;
  }

  put(r: number, c: number, cell: GridCell): void {
    this.touch(r);
    // Two parts of a layout writing the same cell is a generator bug: the key would describe
    // a cell the workbook does not hold.
    if (this.rows[r]![c])
      throw new Error(`${this.name}: row ${r + 1}, column ${c + 1} written twice`);
    this.rows[r]![c] = cell;
  }

  /** Marks a row as used without writing a cell (a blank line still moves `end`). */
  touch(r: number): void {
    // Keep `end` right: a row array exists for every row up to the last written.
    for (let i = this.rows.length; i <= r; i++) this.rows[i] = [];
  }

  text(r: number, c: number, s: string, bold = false): void {
    if (!s) return;
    const e = encodeText(s, this.encoding);
    this.put(r, c, {
      value: e.text,
      ...(e.font ? { font: e.font } : {}),
      ...(this.exportStyle ? { inline: true } : {}),
      ...(bold ? { bold } : {}),
    });
  }

  /** Plain ASCII text no encoding changes ("x", "HTTNV"), in the sheet's font. */
  ascii(r: number, c: number, s: string): void {
    const font = encodeText('a', this.encoding).font;
    this.put(r, c, {
      value: s,
      ...(font ? { font } : {}),
      ...(this.exportStyle ? { inline: true } : {}),
    });
  }

  /**
   * A number; as text in an export ("18,9" with a decimal comma), or when `asText` says so.
   * `numFmt` applies to stored numbers.
   */
  num(r: number, c: number, n: number, numFmt?: string, asText = false): void {
    if (this.exportStyle || asText) {
      this.put(r, c, { value: String(n).replace('.', ','), inline: this.exportStyle });
      return;
    }
    this.put(r, c, { value: n, ...(numFmt ? { numFmt } : {}) });
  }

  formula(r: number, c: number, formula: string, cached: number, numFmt?: string): void {
    this.put(r, c, {
      value: this.exportStyle ? null : cached,
      formula,
      ...(numFmt ? { numFmt } : {}),
    });
  }

  error(r: number, c: number, error: string, formula: string): void {
    this.put(r, c, { value: error, error: true, formula });
  }

  merge(r0: number, c0: number, r1: number, c1: number): void {
    if (r0 === r1 && c0 === c1) return;
    this.merges.push({ r0, c0, r1, c1 });
  }

  grid(): GridSheet {
    return { name: this.name, rows: this.rows, merges: this.merges };
  }
}
