/** The project's own sample workbook (samples/bang-kiem-mau.xlsx), read with the xlsx host. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TextDecoder as NodeTextDecoder } from 'node:util';
import type { WorkbookSnapshot } from '../../src/core/model/snapshot';
import { readXlsx } from '../../src/hosts/xlsx/read/readXlsx';

export const SAMPLE = resolve(__dirname, '../../samples/bang-kiem-mau.xlsx');

/** A fresh snapshot each call (the double takes ownership of what it is given). */
export function sampleSnapshot(): WorkbookSnapshot {
  // jsdom's global object has no TextDecoder; the reader needs one.
  const g = globalThis as { TextDecoder?: unknown };
  const had = g.TextDecoder;
  g.TextDecoder ??= NodeTextDecoder;
  try {
    return readXlsx(readFileSync(SAMPLE));
  } finally {
    g.TextDecoder = had;
  }
}
