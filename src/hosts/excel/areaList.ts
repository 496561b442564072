import { parseRange } from '../../core/model/address';
import type { CellRange } from '../../core/model/snapshot';

/**
 * A RangeAreas address ("Sheet1!A1:B2, 'Năm, 2020'!D4:E5") as 0-based ranges. Commas inside a
 * quoted sheet name do not split; the sheet part is dropped because the caller knows the sheet.
 */
export function parseAreaList(address: string): CellRange[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  const out: CellRange[] = [];
  for (const part of parts) {
    const local = part.slice(part.lastIndexOf('!') + 1).trim();
    const range = local ? parseRange(local) : null;
    if (range) out.push(range);
  }
  return out;
}

/** "'Bảng Kiểm - Tổng hợp'!$C$5:$C$9" → sheet name and range; null when not of that form. */
export function parseQualifiedRange(ref: string): { sheet: string; range: CellRange } | null {
  const bang = ref.lastIndexOf('!');
  if (bang <= 0) return null;
  let sheet = ref.slice(0, bang).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) {
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  }
  const range = parseRange(ref.slice(bang + 1));
  return sheet && range ? { sheet, range } : null;
}
