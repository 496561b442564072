import { DEFAULT_STYLE, type CellStyle } from '../../../core/model/snapshot';
import { isDateFormat } from '../../../core/model/cells';
import type { CellXf } from './stylesPart';

/** The snapshot's style for a format: a struck font is said only where it is (most cells are not). */
function styleOf(x: { strike?: boolean }, numFmt: string, font: string | null): CellStyle {
  return x.strike ? { numFmt, font, strike: true } : { numFmt, font };
}

/**
 * The snapshot's style table: cellXfs reduced to what the core reads (format code, font, strike),
 * deduplicated, so a workbook with hundreds of border-only variants keeps a handful of entries.
 * Index 0 is the style of a cell without an s attribute (cellXfs[0]).
 */
export class StyleTable {
  readonly styles: CellStyle[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly byXf: number[] = [];
  private readonly byXfAndKey = new Map<string, number>();

  constructor(private readonly xfs: CellXf[]) {
    const first = xfs[0];
    this.intern(first ? styleOf(first, first.numFmt, first.font) : DEFAULT_STYLE);
  }

  private intern(style: CellStyle): number {
    const key = `${style.numFmt}\u0000${style.font ?? ''}\u0000${style.strike ? 's' : ''}`;
    let i = this.byKey.get(key);
    if (i === undefined) {
      i = this.styles.length;
      this.styles.push(styleOf(style, style.numFmt, style.font));
      this.byKey.set(key, i);
    }
    return i;
  }

  private xf(xf: number): CellXf {
    return this.xfs[xf] ?? this.xfs[0] ?? { ...DEFAULT_STYLE, defaultFont: true, strike: false };
  }

  forXf(xf: number): number {
    let i = this.byXf[xf];
    if (i === undefined) {
      const x = this.xf(xf);
      i = this.intern(styleOf(x, x.numFmt, x.font));
      this.byXf[xf] = i;
    }
    return i;
  }

  /** A shared string whose runs name a font speaks for a cell left in the default font. */
  forXfWithRunFont(xf: number, runFont: string): number {
    const x = this.xf(xf);
    if (!x.defaultFont) return this.forXf(xf);
    const key = `${xf}\u0000f${runFont}`;
    let i = this.byXfAndKey.get(key);
    if (i === undefined) {
      i = this.intern(styleOf(x, x.numFmt, runFont));
      this.byXfAndKey.set(key, i);
    }
    return i;
  }

  /** A t="d" cell becomes a serial number; it keeps its own date format or gets an ISO one. */
  forXfAsDate(xf: number, withTime: boolean): number {
    const x = this.xf(xf);
    if (isDateFormat(x.numFmt)) return this.forXf(xf);
    const numFmt = withTime ? 'yyyy-mm-dd hh:mm:ss' : 'yyyy-mm-dd';
    const key = `${xf}\u0000d${numFmt}`;
    let i = this.byXfAndKey.get(key);
    if (i === undefined) {
      i = this.intern(styleOf(x, numFmt, x.font));
      this.byXfAndKey.set(key, i);
    }
    return i;
  }
}
