import type { CellStyle } from '../../core/model/snapshot';
import { DEFAULT_STYLE } from '../../core/model/snapshot';

/** Dedupes number format + font pairs into WorkbookSnapshot.styles; index 0 is the default. */
export class StyleTable {
  readonly styles: CellStyle[] = [{ ...DEFAULT_STYLE }];
  private readonly index = new Map<string, number>([[key(DEFAULT_STYLE), 0]]);

  indexOf(numFmt: string, font: string | null): number {
    const style = { numFmt: numFmt || 'General', font };
    const k = key(style);
    let i = this.index.get(k);
    if (i === undefined) {
      i = this.styles.length;
      this.styles.push(style);
      this.index.set(k, i);
    }
    return i;
  }
}

function key(s: CellStyle): string {
  return `${s.numFmt}\u0000${s.font ?? ''}`;
}
