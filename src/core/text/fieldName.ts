import { MARK_RE } from './charClasses';

/** Letters with a case: a capital is its own upper case and not its lower one, and vice versa. */
const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
const isLower = (c: string) => c !== c.toUpperCase() && c === c.toLowerCase();

/**
 * The words of a field name as export tools write it, words run together with a capital each
 * ("SoBuoiThuongKy" → "So Buoi Thuong Ky", "SoBuoiSHThuongKy" → "So Buoi SH Thuong Ky"), so the
 * vocabulary reads it as it reads "Số buổi thường kỳ". Only one token starting with a capital,
 * of letters, marks and digits, with a small letter followed by a capital somewhere; any other
 * text is returned as it is: words with spaces, codes in capitals ("HTXSNV", "SHCĐ") and marks
 * ("xTT", "x(TT)") are never split.
 */
export function fieldNameWords(text: string): string {
  // Most texts have spaces or start with no capital: out before any work.
  if (text.length < 2 || /\s/.test(text) || !isUpper(text[0]!)) return text;
  const chars = [...text.normalize('NFC')];
  if (chars.length === 0 || !isUpper(chars[0]!)) return text;
  const letters = chars.map((c) => (isUpper(c) ? 'u' : isLower(c) ? 'l' : null));
  if (chars.some((c, i) => letters[i] === null && !/[0-9]/.test(c) && !MARK_RE.test(c)))
    return text;
  /** The case of the next letter after position i, past marks and digits. */
  const nextCase = (i: number) => letters.slice(i + 1).find((l) => l !== null) ?? null;
  let out = '';
  let prev: 'u' | 'l' | null = null;
  let joined = false;
  chars.forEach((c, i) => {
    const kind = letters[i] ?? null;
    if (kind === 'u' && prev === 'l') {
      // "ThuongKy": a small letter then a capital starts a word.
      joined = true;
      out += ' ';
    } else if (kind === 'u' && prev === 'u' && nextCase(i) === 'l') {
      // "SHThuong": a capital run ends before the capital that starts the next word.
      out += ' ';
    }
    out += c;
    if (kind !== null) prev = kind;
  });
  return joined ? out : text;
}
