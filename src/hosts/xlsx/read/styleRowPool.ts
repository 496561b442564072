/** How many distinct style rows are remembered: body, alternate band, total, header. */
const RECENT = 4;

/**
 * The style indexes of a row (RowData.s), shared with an earlier row that had the same ones.
 * Excel writes a style on every cell of a formatted list (borders, a font), the same styles row
 * after row: one array for them all instead of one per row spares about 90 bytes a row, 90 MB in
 * a million-row list. The arrays are shared, so no one may write to them (the core only reads).
 */
export class StyleRowPool {
  /** Most recently used first. */
  private readonly recent: number[][] = [];

  /** ids[0...width-1], as an array an identical earlier row may already hold. */
  take(ids: readonly number[], width: number): number[] {
    const recent = this.recent;
    for (let k = 0; k < recent.length; k++) {
      const held = recent[k]!;
      if (held.length !== width || !startsEqual(held, ids, width)) continue;
      if (k > 0) {
        recent.splice(k, 1);
        recent.unshift(held);
      }
      return held;
    }
    const fresh = ids.slice(0, width);
    recent.unshift(fresh);
    if (recent.length > RECENT) recent.pop();
    return fresh;
  }
}

function startsEqual(a: readonly number[], b: readonly number[], n: number): boolean {
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}
