import type { SheetView } from '../view/sheetView';

/**
 * Months headed with their year: "T1/2023", "01/2023", "Tháng 01/2024", or a date cell formatted
 * mm/yyyy (the month's first day). Registers exported by software and kept over several years
 * head months this way; the year in the header is the register's year.
 */

const DAY_MS = 86400000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
/** Serials of 1990–2060: a month a register can cover. */
const SERIAL_MIN = 32874;
const SERIAL_MAX = 58439;

/** A date typed in a header cell, as the text "Tháng m/yyyy" that names its month. */
export function dateHeaderText(view: SheetView, row: number, col: number): string | null {
  const cell = view.cell(row, col);
  if (cell.type !== 'date') return null;
  const n = cell.value as number;
  if (n < SERIAL_MIN || n > SERIAL_MAX) return null;
  const d = new Date(EPOCH_1900 + Math.floor(n) * DAY_MS);
  return `Tháng ${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`;
}

/** A trailing year on a month or quarter label ("t1 2023", "quy i nam 2023"), as labelKey gives it. */
export const LABEL_YEAR_TAIL = '(?: (?:nam )?(?:19|20)\\d{2})?';

/** "01 2023" (labelKey of "01/2023"): a month and its year with no word before them. */
export function bareMonthYearOf(label: string): number | null {
  const m = /^(\d{1,2}) (?:19|20)\d{2}$/.exec(label);
  if (!m) return null;
  const n = Number(m[1]);
  return n >= 1 && n <= 12 ? n : null;
}

/** The one year every month header that names a year names ("T1/2023" … "T12/2023"), else null. */
export function datedMonthsYear(monthHeaders: readonly (readonly string[])[]): number | null {
  const years = new Set<number>();
  for (const raw of monthHeaders) {
    const y = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(raw.join(' '))?.[1];
    if (y) years.add(Number(y));
  }
  return years.size === 1 ? [...years][0]! : null;
}
