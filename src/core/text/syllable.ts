/**
 * Is a word a well-formed Vietnamese syllable? Used to tell legacy-encoded text (which decodes
 * to real syllables) from text that merely contains the same Latin-1 characters (German,
 * Spanish, symbols), so the check errs on the side of accepting real, even rare, syllables.
 */

const ONSETS = 'ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x';

/** Nucleus → the codas it takes ('' = none). */
const RHYMES: Record<string, string[]> = {
  a: ['', 'i', 'o', 'u', 'y', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't'],
  ă: ['c', 'm', 'n', 'ng', 'p', 't'],
  â: ['u', 'y', 'c', 'm', 'n', 'ng', 'p', 't'],
  e: ['', 'o', 'c', 'm', 'n', 'ng', 'p', 't'],
  ê: ['', 'u', 'ch', 'm', 'n', 'nh', 'p', 't'],
  i: ['', 'u', 'ch', 'm', 'n', 'nh', 'p', 't'],
  ia: [''],
  iê: ['u', 'c', 'm', 'n', 'ng', 'p', 't'],
  o: ['', 'i', 'c', 'm', 'n', 'ng', 'p', 't'],
  oo: ['c', 'ng'],
  ô: ['', 'i', 'c', 'm', 'n', 'ng', 'p', 't'],
  ơ: ['', 'i', 'm', 'n', 'p', 't'],
  u: ['', 'i', 'c', 'm', 'n', 'ng', 'p', 't'],
  ua: [''],
  uô: ['i', 'c', 'm', 'n', 'ng', 't'],
  ư: ['', 'i', 'u', 'c', 'm', 'n', 'ng', 't'],
  ưa: [''],
  ươ: ['i', 'u', 'c', 'm', 'n', 'ng', 'p', 't'],
  y: ['', 'u', 'ch', 'n', 'nh', 'p', 't'],
  yê: ['u', 'c', 'm', 'n', 'ng', 'p', 't'],
  ya: [''],
};

/** A medial glide: o before a, ă, e ("hoa", "hoặc", "khỏe"); u before â, ê, y, ơ ("tuần"). */
const GLIDES: Record<string, string[]> = {
  o: ['a', 'ă', 'e'],
  u: ['â', 'ê', 'y', 'ơ', 'yê', 'ya'],
};

function rhymesOf(nucleus: string): string[] {
  return (RHYMES[nucleus] ?? []).map((coda) => nucleus + coda);
}

const ALL_RHYMES = new Set<string>();
for (const nucleus of Object.keys(RHYMES)) rhymesOf(nucleus).forEach((r) => ALL_RHYMES.add(r));
for (const [glide, nuclei] of Object.entries(GLIDES)) {
  for (const n of nuclei) rhymesOf(n).forEach((r) => ALL_RHYMES.add(glide + r));
}

const RHYME_PATTERN = [...ALL_RHYMES].sort((a, b) => b.length - a.length).join('|');
const SYLLABLE = new RegExp(`^(?:${ONSETS})?(?:${RHYME_PATTERN})$`);
const STOP_CODA = /(?:c|ch|p|t)$/;

const ACUTE = '\u0301';
const DOT_BELOW = '\u0323';
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
/** A tone mark must sit on a vowel (in NFD, after it or after its circumflex, breve or horn). */
function toneOffVowel(nfd: string): boolean {
  for (let i = 0; i < nfd.length; i++) {
    if (!'\u0300\u0301\u0303\u0309\u0323'.includes(nfd[i]!)) continue;
    if (i === 0 || !'aeiouy\u0302\u0306\u031B'.includes(nfd[i - 1]!)) return true;
  }
  return false;
}

/**
 * True for a syllable such as "Hòa", "nghiêng", "khuỷu", "Việt", "ĐẢNG"; false for "Hoưa",
 * "Müller", "seđor", "Viêt" (a stop coda takes only the acute or the dot below).
 */
export function isVietnameseSyllable(word: string): boolean {
  const nfd = word.normalize('NFD').toLowerCase();
  const tones = nfd.match(TONES) ?? [];
  if (tones.length > 1 || toneOffVowel(nfd)) return false;
  const bare = nfd.replace(TONES, '').normalize('NFC');
  if (!SYLLABLE.test(bare)) return false;
  if (STOP_CODA.test(bare)) {
    const tone = tones[0];
    if (tone !== ACUTE && tone !== DOT_BELOW) return false;
  }
  return true;
}
