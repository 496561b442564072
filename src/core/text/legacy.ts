import { MARKS } from './charClasses';
import { isVietnameseSyllable } from './syllable';

/**
 * Legacy Vietnamese encodings in old sheets (domain.md, "Legacy text"). Excel stores such text
 * as the Latin-1 characters of the font's bytes, so it reads as garbage in a Unicode font:
 * TCVN3 "Hßa S¬n" and VNI "Hoøa Sôn" are both Hòa Sơn.
 *
 * Tables: TCVN3 (ABC) and VNI for Windows as in the open-source Vietnamese keyboard xvnkb
 * (lamdao/xvnkb, tcvn.h and vni.h) and in VBKey's code tables (khiemdoan/VBKey); the two
 * agree on every letter used here, and the tests check them against domain.md's examples.
 */
export type LegacyEncoding = 'tcvn3' | 'vni';

/** Tones in table order: none, acute, grave, hook above, tilde, dot below (NFD marks). */
const TONE_MARKS = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const;

/** The twelve vowel letters of Vietnamese, in NFD without tone. */
const VOWELS = {
  a: 'a',
  ă: 'a\u0306',
  â: 'a\u0302',
  e: 'e',
  ê: 'e\u0302',
  i: 'i',
  o: 'o',
  ô: 'o\u0302',
  ơ: 'o\u031B',
  u: 'u',
  ư: 'u\u031B',
  y: 'y',
} as const;
type Vowel = keyof typeof VOWELS;

/**
 * TCVN3 codes of each lowercase vowel with its six tones (order of TONE_MARKS). 0xAD, the soft
 * hyphen, is "ư".
 */
const TCVN3_VOWELS: Record<Vowel, string> = {
  a: 'a\u00B8\u00B5\u00B6\u00B7\u00B9',
  ă: '\u00A8\u00BE\u00BB\u00BC\u00BD\u00C6',
  â: '\u00A9\u00CA\u00C7\u00C8\u00C9\u00CB',
  e: 'e\u00D0\u00CC\u00CE\u00CF\u00D1',
  ê: '\u00AA\u00D5\u00D2\u00D3\u00D4\u00D6',
  i: 'i\u00DD\u00D7\u00D8\u00DC\u00DE',
  o: 'o\u00E3\u00DF\u00E1\u00E2\u00E4',
  ô: '\u00AB\u00E8\u00E5\u00E6\u00E7\u00E9',
  ơ: '\u00AC\u00ED\u00EA\u00EB\u00EC\u00EE',
  u: 'u\u00F3\u00EF\u00F1\u00F2\u00F4',
  ư: '\u00AD\u00F8\u00F5\u00F6\u00F7\u00F9',
  y: 'y\u00FD\u00FA\u00FB\u00FC\u00FE',
};

/** The only capitals TCVN3 has codes for; toned capitals come from a capitals font (…H). */
const TCVN3_OTHERS: Record<string, string> = {
  '\u00AE': 'đ',
  '\u00A1': 'Ă',
  '\u00A2': 'Â',
  '\u00A3': 'Ê',
  '\u00A4': 'Ô',
  '\u00A5': 'Ơ',
  '\u00A6': 'Ư',
  '\u00A7': 'Đ',
};

const TCVN3_DECODE = new Map<string, string>();
for (const [vowel, codes] of Object.entries(TCVN3_VOWELS) as [Vowel, string][]) {
  [...codes].forEach((code, tone) => {
    if (code.charCodeAt(0) < 0x80) return;
    TCVN3_DECODE.set(code, (VOWELS[vowel] + TONE_MARKS[tone]).normalize('NFC'));
  });
}
for (const [code, letter] of Object.entries(TCVN3_OTHERS)) TCVN3_DECODE.set(code, letter);

/**
 * TCVN3 text to Unicode (NFC). `upper`: the cell's font is a capitals font (.VnTimeH), which
 * draws every letter as a capital.
 */
export function decodeTcvn3(text: string, upper = false): string {
  let out = '';
  for (const ch of text) out += TCVN3_DECODE.get(ch) ?? ch;
  out = out.normalize('NFC');
  return upper ? out.toUpperCase() : out;
}

/**
 * VNI: a base letter followed by one mark byte. Single-byte letters first: ơ, ư, đ, the toned
 * i's and ỵ.
 */
const VNI_LETTERS: Record<string, string> = {
  ô: 'ơ',
  Ô: 'Ơ',
  ö: 'ư',
  Ö: 'Ư',
  ñ: 'đ',
  Ñ: 'Đ',
  í: 'í',
  ì: 'ì',
  æ: 'ỉ',
  ó: 'ĩ',
  ò: 'ị',
  Í: 'Í',
  Ì: 'Ì',
  Æ: 'Ỉ',
  Ó: 'Ĩ',
  Ò: 'Ị',
  î: 'ỵ',
  Î: 'Ỵ',
};

interface VniMark {
  /** Vowel modifier (NFD) added to the base, or '' for a tone alone. */
  modifier: '' | '\u0302' | '\u0306';
  tone: string;
}

/** Mark bytes, lower-case forms; the capital forms (Ù, Â, Ê…) mean the same. */
const VNI_MARK_ROWS: [string, VniMark['modifier']][] = [
  // tone only: acute, grave, hook, tilde, dot
  ['\u00F9\u00F8\u00FB\u00F5\u00EF', ''],
  // circumflex, then circumflex with acute, grave, hook, tilde, dot
  ['\u00E2\u00E1\u00E0\u00E5\u00E3\u00E4', '\u0302'],
  // breve, then breve with acute, grave, hook, tilde, dot
  ['\u00EA\u00E9\u00E8\u00FA\u00FC\u00EB', '\u0306'],
];

const VNI_MARKS = new Map<string, VniMark>();
for (const [codes, modifier] of VNI_MARK_ROWS) {
  const tones = modifier ? TONE_MARKS : TONE_MARKS.slice(1);
  [...codes].forEach((code, i) => {
    const mark = { modifier, tone: tones[i]! };
    VNI_MARKS.set(code, mark);
    VNI_MARKS.set(code.toUpperCase(), mark);
  });
}

/** Which base letters (NFD, lower case) take which modifier. */
function takes(base: string, modifier: VniMark['modifier']): boolean {
  if (modifier === '') return /^[aeiouy]\u031B?$/.test(base);
  if (modifier === '\u0302') return base === 'a' || base === 'e' || base === 'o';
  return base === 'a';
}

/** VNI text to Unicode (NFC). */
export function decodeVni(text: string): string {
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const base = (VNI_LETTERS[ch] ?? ch).normalize('NFD');
    const next = chars[i + 1];
    const mark = next === undefined ? undefined : VNI_MARKS.get(next);
    const bareBase = base.replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '');
    const hasTone = bareBase !== base;
    if (mark && !hasTone && takes(base.toLowerCase(), mark.modifier)) {
      out += base + mark.modifier + mark.tone;
      i++;
    } else {
      out += base;
    }
  }
  return out.normalize('NFC');
}

/**
 * The legacy encoding a font name implies: ".VnTime", ".VnArial" (TCVN3; a final "H", as in
 * ".VnTimeH", marks a capitals font), "VNI-Times", "VNI-Helve" (VNI).
 */
export function fontEncoding(
  font: string | null | undefined,
): { encoding: LegacyEncoding; upper: boolean } | null {
  const name = (font ?? '').trim();
  if (/^\.vn/i.test(name)) return { encoding: 'tcvn3', upper: /H$/.test(name) };
  if (/^vni[-\s_]/i.test(name)) return { encoding: 'vni', upper: false };
  return null;
}

/**
 * Characters that only Unicode text has: Vietnamese letters beyond Latin-1 (ơ, ư, ă, đ, ĩ, ũ,
 * ạ…ỹ) and combining marks. Text with any of them is not legacy, whatever its font.
 */
const UNICODE_ONLY = new RegExp(`[\\u0100-\\u024F\\u1E00-\\u1EFF${MARKS}]`);

/**
 * Characters that never occur in Vietnamese written in Unicode: Latin-1 letters and signs that
 * are not Vietnamese letters. Shared letters (ò, ã, ô, ù, é…) prove nothing.
 */
const TCVN3_SIGNS = new Set([...TCVN3_DECODE.keys()].filter((c) => !/[àáâãèéêìíòóôõùúý]/i.test(c)));
const VNI_SIGNS = new Set(
  [...'\u00F8\u00FB\u00EF\u00F6\u00F1\u00E4\u00E5\u00E6\u00EB\u00EE\u00FC'].flatMap((c) => [
    c,
    c.toUpperCase(),
  ]),
);

/** A word as either encoding writes it: ASCII letters and any Latin-1 character. */
const LEGACY_WORD = /[A-Za-z\u00A1-\u00FF]+/g;

interface Evidence {
  /** Words with a telltale character that decode to Vietnamese syllables. */
  good: number;
  /** Words with a telltale character that do not. */
  bad: number;
}

function weigh(
  text: string,
  words: RegExp,
  signs: Set<string>,
  decode: (w: string) => string,
): Evidence {
  const e: Evidence = { good: 0, bad: 0 };
  for (const [word] of text.matchAll(words)) {
    if (![...word].some((c) => signs.has(c))) continue;
    // A lone sign ("§", "×", "ª") is a symbol more often than a letter.
    if (word.length < 2) {
      e.bad++;
      continue;
    }
    if (isVietnameseSyllable(decode(word))) e.good++;
    else e.bad++;
  }
  return e;
}

/**
 * The legacy encoding text is in, judged from the text alone, or null. It takes characters
 * that never occur in Vietnamese (¸ µ ¶ ¹ ¾ ÷ § for TCVN3; ø û ï ö ñ after a vowel for VNI),
 * and words holding them must decode to real Vietnamese syllables: "Müller", "señor", "§ 5",
 * "© 2020" and ordinary Unicode Vietnamese are not legacy.
 */
export function detectEncoding(text: string): LegacyEncoding | null {
  if (!text || UNICODE_ONLY.test(text)) return null;
  if (!/[\u00A1-\u00FF]/.test(text)) return null;
  const tcvn = weigh(text, LEGACY_WORD, TCVN3_SIGNS, (w) => decodeTcvn3(w));
  const vni = weigh(text, LEGACY_WORD, VNI_SIGNS, decodeVni);
  const tcvnScore = tcvn.good > tcvn.bad ? tcvn.good - tcvn.bad : 0;
  const vniScore = vni.good > vni.bad ? vni.good - vni.bad : 0;
  if (tcvnScore === 0 && vniScore === 0) return null;
  if (tcvnScore === vniScore) return null;
  return tcvnScore > vniScore ? 'tcvn3' : 'vni';
}

/**
 * Decoded text and its encoding when the text is legacy, else null: by the cell's font first,
 * then by detection. Text the decoding would leave unchanged (digits, plain ASCII in a .VnTime
 * cell) is not reported as legacy.
 */
export function decodeLegacy(
  text: string,
  font?: string | null,
): { text: string; encoding: LegacyEncoding } | null {
  if (!text || UNICODE_ONLY.test(text)) return null;
  const byFont = fontEncoding(font);
  const encoding = byFont?.encoding ?? detectEncoding(text);
  if (!encoding) return null;
  const decoded =
    encoding === 'tcvn3' ? decodeTcvn3(text, byFont?.upper ?? false) : decodeVni(text);
  return decoded === text.normalize('NFC') ? null : { text: decoded, encoding };
}
