import type { CellRange } from './snapshot';

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "A" → 0, "AA" → 26; -1 for anything that is not a column. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) return -1;
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

/** 0-based row and column → "B7". */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** "B7" → {row: 6, col: 1}; null when it is not an A1 address. */
export function parseA1(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) return null;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]!) };
}

/** "A3:B4" → range; a single cell gives a one-cell range. */
export function parseRange(ref: string): CellRange | null {
  const [a, b] = ref.split(':');
  const start = a ? parseA1(a) : null;
  const end = b ? parseA1(b) : start;
  if (!start || !end) return null;
  return {
    r0: Math.min(start.row, end.row),
    c0: Math.min(start.col, end.col),
    r1: Math.max(start.row, end.row),
    c1: Math.max(start.col, end.col),
  };
}

export function rangeA1(r: CellRange): string {
  const start = a1(r.r0, r.c0);
  return r.r0 === r.r1 && r.c0 === r.c1 ? start : `${start}:${a1(r.r1, r.c1)}`;
}

/**
 * A sheet name as it must appear in a formula: quoted unless it is a plain identifier, with
 * apostrophes doubled ("Năm 2020" → "'Năm 2020'", "Bob's" → "'Bob''s'").
 */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/**
 * The smallest range holding every cell, and the first of them in reading order. Loops, not
 * Math.min(...): a whole legacy sheet can hold a million cells.
 */
export function boundingRange<C extends { row: number; col: number }>(
  cells: readonly C[],
): { range: CellRange; first: C } {
  let [r0, r1, c0, c1] = [Infinity, -Infinity, Infinity, -Infinity];
  let first = cells[0]!;
  for (const c of cells) {
    r0 = Math.min(r0, c.row);
    r1 = Math.max(r1, c.row);
    c0 = Math.min(c0, c.col);
    c1 = Math.max(c1, c.col);
    if (c.row < first.row || (c.row === first.row && c.col < first.col)) first = c;
  }
  return { range: { r0, c0, r1, c1 }, first };
}
