const DAY_MS = 86400000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
const MARCH_1_1900 = Date.UTC(1900, 2, 1);

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const TIME_ONLY = /^T?(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?$/;

/**
 * An ISO 8601 date of a t="d" cell as an Excel serial number, in the workbook's date system;
 * null when it is not a date. A zone offset is ignored: Excel's dates carry no zone.
 * In the 1900 system Excel counts the nonexistent 29 February 1900, so days before March 1900
 * are one less than a plain day count from 30 December 1899.
 */
export function isoDateSerial(iso: string, date1904: boolean): number | null {
  const s = iso.trim();
  const t = TIME_ONLY.exec(s);
  if (t) return timeFraction(t[1], t[2], t[3], t[4]);
  const m = ISO.exec(s);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (Number.isNaN(ms)) return null;
  let days: number;
  if (date1904) days = (ms - EPOCH_1904) / DAY_MS;
  else days = (ms - EPOCH_1900) / DAY_MS - (ms < MARCH_1_1900 ? 1 : 0);
  return days + timeFraction(m[4], m[5], m[6], m[7]);
}

function timeFraction(h?: string, mi?: string, sec?: string, frac?: string): number {
  if (h === undefined) return 0;
  const seconds =
    Number(h) * 3600 + Number(mi ?? 0) * 60 + Number(sec ?? 0) + (frac ? Number(`0.${frac}`) : 0);
  return seconds / 86400;
}
