import { labelKey, toNfc } from '../text/normalize';
import type { SheetView } from '../view/sheetView';

/** The kind of place a cell is of, kept lower case after "Chi bộ" ("Chi bộ thôn Đông"). */
const PLACE_WORDS = ['tổ dân phố', 'khu phố', 'thôn', 'bản', 'khu', 'xóm', 'ấp', 'làng', 'khối'];
const PLACE = /^(thon|ban|khu|khu pho|to dan pho|xom|ap|lang|khoi)\s+\S/;
const CELL_IN_TITLE = /(?:^|\s)chi\s+b[ộôo]\s+(.+)$/iu;
/** What follows the name in a title: the year, a date, a bracket. */
const AFTER_NAME = /\s*(?:\(|[-–,:]|\b(?:năm|nam)\b|\d{4}|$).*$/iu;
/** "Chi bộ các thôn", "Chi bộ trực thuộc": many cells, not one. */
const NOT_ONE = /^(cac|toan|truc thuoc|nhiem ky|thang|quy)\b/;

/**
 * The party cell a log is kept for when no column names it (a sheet per cell): the title line
 * above its header ("SỔ THEO DÕI SINH HOẠT CHI BỘ THÔN RỘC LẠN NĂM 2021"), else the sheet's name
 * ("CB Đoàn Kết", "Thôn Phố Vị"). Null when neither names one cell.
 */
export function cellNamedAbove(view: SheetView, top: number, ceiling: number): string | null {
  for (let r = Math.max(0, ceiling); r < top; r++) {
    for (const t of view.rowTexts(r)) {
      const name = cellInTitle(t.text);
      if (name) return name;
    }
  }
  return cellInSheetName(view.name);
}

export function cellInTitle(text: string): string | null {
  const m = CELL_IN_TITLE.exec(toNfc(text).trim());
  if (!m) return null;
  const rest = m[1]!.replace(AFTER_NAME, '').trim();
  if (!rest || NOT_ONE.test(labelKey(rest)) || rest.split(/\s+/).length > 6) return null;
  return `Chi bộ ${cased(rest)}`;
}

export function cellInSheetName(name: string): string | null {
  const text = toNfc(name).trim();
  const label = labelKey(text);
  const short = /^(cb|chi bo)\s+(.+)$/i.exec(text.replace(/^chi\s+bộ/i, 'chi bo'));
  if (short) return NOT_ONE.test(labelKey(short[2]!)) ? null : `Chi bộ ${cased(short[2]!)}`;
  return PLACE.test(label) ? `Chi bộ ${cased(text)}` : null;
}

/** "THÔN LÀNG CÀ" → "thôn Làng Cà": a title in capitals cased as a name; other text kept. */
function cased(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const lower = trimmed.toLocaleLowerCase('vi');
  const place = PLACE_WORDS.find((p) => lower.startsWith(`${p} `)) ?? '';
  const rest = trimmed.slice(place.length).trim();
  const name =
    trimmed === trimmed.toLocaleUpperCase('vi')
      ? rest
          .toLocaleLowerCase('vi')
          .split(' ')
          .map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1))
          .join(' ')
      : rest;
  return place ? `${place} ${name}` : name;
}
