import { DIGITS, LETTERS, MARK_RE, MARKS, MARKS_RE_G } from './charClasses';
import { fieldNameWords } from './fieldName';
/**
 * Text normalization for matching what people typed in the board's sheets: names of
 * organizations and party cells across sheets and years, and header labels.
 *
 * Names are matched by an exact key, never by a locale compare at base sensitivity: that would
 * also make "Hòa", "Hóa" and "Hoa" equal, and they are different communes.
 */

export function toNfc(s: string): string {
  return s.normalize('NFC');
}

const CONSONANTS = 'bcdfghjklmnpqrstvwxzđ';
const TONED_A_E = 'àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ';
const TONED_Y = 'ỳýỷỹỵỲÝỶỸỴ';

/**
 * An open syllable whose nucleus is oa, oe or uy with the mark on the second vowel ("hoà",
 * "khoẻ", "thuỷ"), in NFC. The onset must be consonants only, so "khuya", "ngoài" and the like
 * (three vowels) are left alone, and the syllable must end right after the pair, so "Hoàng",
 * "Thuyết", "Quỳnh" (final consonant: one accepted placement) are never touched.
 */
const NEW_STYLE = new RegExp(
  `(^|[^${LETTERS}${MARKS}])([${CONSONANTS}]*)(o[${TONED_A_E}]|u[${TONED_Y}])(?![${LETTERS}${MARKS}])`,
  'gi',
);

/** In NFC: o before a toned a or e, u before a toned y. A cheap test before NEW_STYLE. */
const MAYBE_NEW_STYLE = new RegExp(`o[${TONED_A_E}]|u[${TONED_Y}]`, 'i');

/**
 * NFC, with the tone mark of the open syllables oa, oe, uy always on the FIRST vowel (the
 * "old" placement: "Hòa", "khỏe", "Thủy"), which is what the board's sheets and the article
 * mostly use. "Hoà", "khoẻ", "Thuỷ" are rewritten; nothing else changes.
 *
 * After "qu" the u is part of the onset, so "Quý", "Quỳ", "quỷ" keep the mark on y.
 */
export function canonicalTones(s: string): string {
  const nfc = s.normalize('NFC');
  // Most text has no such pair.
  if (!MAYBE_NEW_STYLE.test(nfc)) return nfc;
  return nfc.replace(NEW_STYLE, (whole, before: string, onset: string, pair: string) => {
    if (/q$/i.test(onset)) return whole;
    const [first, toned] = [pair[0]!, pair.slice(1).normalize('NFD')];
    const second = toned[0]!;
    const tone = toned.slice(1);
    return before + onset + (first + tone).normalize('NFC') + second;
  });
}

const NOT_ASCII = /[^\x20-\x7E\t\n\r]/;
const ANY_MARK = MARK_RE;

/**
 * Precomposed Latin letters (U+00C0–U+024F, U+1E00–U+1EFF) to their base letter, by code
 * point: a lookup is several times faster than an NFD round trip, and long lists repeat it.
 */
const BASE_LETTER = new Map<number, string>([
  [0x0111, 'd'],
  [0x0110, 'D'],
]);
for (const [from, to] of [
  [0x00c0, 0x024f],
  [0x1e00, 0x1eff],
] as const) {
  for (let cp = from; cp <= to; cp++) {
    const c = String.fromCharCode(cp);
    const base = c.normalize('NFD').replace(MARKS_RE_G, '');
    if (base !== c && base.length === 1 && !BASE_LETTER.has(cp)) BASE_LETTER.set(cp, base);
  }
}

/** Vietnamese without diacritics; đ becomes d. For keyword matching only, never for names. */
export function stripDiacritics(s: string): string {
  if (!NOT_ASCII.test(s)) return s;
  const nfc = s.normalize('NFC');
  let out = '';
  let from = 0;
  for (let i = 0; i < nfc.length; i++) {
    const code = nfc.charCodeAt(i);
    if (code < 0xc0) continue;
    const base = BASE_LETTER.get(code);
    if (base === undefined) continue;
    out += nfc.slice(from, i) + base;
    from = i + 1;
  }
  out += nfc.slice(from);
  // Marks NFC could not compose onto a letter.
  return ANY_MARK.test(out) ? out.normalize('NFD').replace(MARKS_RE_G, '').normalize('NFC') : out;
}

/**
 * Invisible characters that slip in from web pages and Word. Deleted rather than turned into
 * a space: the reader sees no gap where they stand. (U+00AD, the soft hyphen, is not among
 * them: it is the letter "ư" in TCVN3 text.)
 */
const ZERO_WIDTH = /\u200B|\u200C|\u200D|\u2060|\uFEFF/g;
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;
/** Anything collapseSpaces would change: most cells have none of it. */
const UNTIDY = /[^\S ]| {2}|^ | $|\u200B|\u200C|\u200D|\u2060/;

/** Trims and folds every run of Unicode whitespace (NBSP included) to one space. */
export function collapseSpaces(s: string): string {
  if (!UNTIDY.test(s)) return s;
  return s.replace(ZERO_WIDTH, '').replace(SPACES, ' ').trim();
}

const QUOTES = /["'`\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u00AB\u00BB\u2039\u203A]/g;
const DASHES = /\s*[-\u2010-\u2015\u2212]\s*/g;
/** List markers and numbering noise before a name: "- ", "+ ", "* ", "• ". */
const LEADING_MARKS = /^[\s\-+*•·.,;:]+/;
/** "1. Hòa Sơn", "2) Hòa Bình": a list number typed into the name cell. "Thôn 1" keeps its 1. */
const LEADING_NUMBER = new RegExp(`^\\d{1,3}\\s*[.)]\\s+(?=[${LETTERS}])`);
const TRAILING_MARKS = /[\s.,;:!?…*]+$/;

/**
 * Unit-type words before a name, longest first; removed repeatedly from the start ("Đảng bộ xã
 * Hòa Sơn" → "hòa sơn"). Written in the form nameKey works in (NFC, old tone placement, lower
 * case), so "Đảng uỷ" and "ĐẢNG ỦY" are found too.
 */
const UNIT_PREFIXES = [
  'đảng bộ cơ sở',
  'chi bộ cơ sở',
  'đảng bộ',
  'đảng ủy',
  'chi bộ',
  'thị trấn',
  'phường',
  'xã',
];

function stripUnitPrefixes(s: string): string {
  let rest = s;
  for (;;) {
    const prefix = UNIT_PREFIXES.find((p) => rest.startsWith(p + ' '));
    if (!prefix) return rest;
    rest = rest.slice(prefix.length + 1).replace(LEADING_MARKS, '');
  }
}

/**
 * A parenthesis that names a place ("(xã Hòa Sơn cũ)", "(thuộc xã Yên Bình)"): since the 2025
 * mergers it tells apart same-named village cells of one new commune, so it is part of the name.
 */
const PLACE_NOTE = /^(thuộc )?(xã|phường|thị trấn|huyện|thôn|bản|khu|tổ dân phố) \S|\scũ$/;

const INNERMOST_NOTE = /\(([^()]*)\)|\[[^[\]]*\]/g;

/**
 * Drops notes in parentheses or brackets, innermost first, so a note inside a note
 * ("Hòa Sơn (điểm (mới))") goes with it and the key of a key is the key itself.
 */
function withoutParenNotes(s: string): string {
  let rest = s;
  for (;;) {
    const next = collapseSpaces(
      rest.replace(INNERMOST_NOTE, (all, inner?: string) =>
        inner !== undefined && PLACE_NOTE.test(inner.trim()) ? ` ${inner} ` : ' ',
      ),
    );
    if (next === rest) return next;
    rest = next;
  }
}

/**
 * The key that matches an organization or party-cell name across sheets and years: "Đảng bộ xã
 * Hòa Sơn", "xã Hoà Sơn", "Hòa  Sơn" and its NFD form give one key, while "Hòa Sơn", "Hóa Sơn"
 * and "Hoa Sơn" stay three. A note in parentheses ("Hòa Sơn (điểm)") is not part of the name.
 * "Thôn", "bản", "khu" are kept: they tell a village cell from its commune.
 */
export function nameKey(s: string): string {
  let k = collapseSpaces(toNfc(s)).toLowerCase();
  // A mark typed on a quote lands on the letter once the quote is gone.
  k = k.replace(QUOTES, '').normalize('NFC');
  const withoutNotes = withoutParenNotes(k);
  // A name that is all parenthesis keeps its content.
  k = withoutNotes || collapseSpaces(k.replace(/[()[\]]/g, ' '));
  k = k.replace(DASHES, ' - ').replace(LEADING_MARKS, '').replace(TRAILING_MARKS, '');
  k = k.replace(LEADING_NUMBER, '');
  // Last, once invisible characters and quotes can no longer split a vowel pair.
  k = canonicalTones(collapseSpaces(k));
  const stripped = stripUnitPrefixes(k);
  // "Xã" alone, or a prefix with nothing after it, is still something to match on.
  return stripped || k;
}

const ASCII_PUNCT = /[!-/:-@[-`{-~]/g;
const OTHER_PUNCT = new RegExp(`[^${LETTERS}${DIGITS}\\s]`, 'g');

/**
 * The key for header labels and keywords ("Tổng cộng", "STT", "SL", "Quý I"): lower case, no
 * diacritics, punctuation (including "%") turned into spaces, spaces collapsed. An export tool's
 * run-together field name ("SoBuoiThuongKy") reads as its words.
 */
export function labelKey(s: string): string {
  const bare = stripDiacritics(toNfc(fieldNameWords(s))).toLowerCase();
  const words = bare.replace(ASCII_PUNCT, ' ');
  if (!NOT_ASCII.test(words)) return collapseSpaces(words);
  return collapseSpaces(words.replace(ZERO_WIDTH, '').replace(OTHER_PUNCT, ' '));
}
