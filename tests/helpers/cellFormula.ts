import type { Scalar } from '../../src/core/model/snapshot';

/**
 * Whether a recalculated cell shows the engine's value: numbers to 1e-9 (shares are quotients),
 * an empty-text result and a blank alike (LibreOffice saves ="" either way), text as written.
 */
export function sameValue(engine: Scalar | undefined, recalculated: Scalar | undefined): boolean {
  const blank = (v: Scalar | undefined) => v === null || v === undefined || v === '';
  if (blank(engine) || blank(recalculated)) return blank(engine) && blank(recalculated);
  if (typeof engine === 'number' && typeof recalculated === 'number')
    return Math.abs(engine - recalculated) < 1e-9;
  if (typeof engine === 'boolean' || typeof recalculated === 'boolean')
    return Number(engine) === Number(recalculated);
  return String(engine) === String(recalculated);
}

/** A cell address as users read it: 'Sheet'!C5. */
export function cellName(sheet: string, row: number, col: number): string {
  let letters = '';
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26))
    letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return `'${sheet}'!${letters}${row + 1}`;
}
