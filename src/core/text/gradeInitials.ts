import { LETTERS } from './charClasses';
import { canonicalTones, stripDiacritics, toNfc } from './normalize';

/*
 * Grade names typed half abbreviated: some words written out, others shortened to their
 * initials ("HT tốt NV", "Ht xuất sắc nv", "HTXS nhiệm vụ", "K.H.T.N.V"). Each word of the text
 * must be the next word of the name or the initials of the next words, and the whole name must
 * be used up: "HT tốt" is not "Hoàn thành tốt nhiệm vụ".
 */

const WORD = new RegExp(`[${LETTERS}]+`, 'g');
/** Letters, spaces, dots and commas only: "HTTNV 2020" or "HTT (đề nghị)" is more than a name. */
const NAME_ONLY = new RegExp(`^[${LETTERS}\\s.,]+$`);

function words(s: string): string[] {
  return canonicalTones(toNfc(s)).toLowerCase().match(WORD) ?? [];
}

/** Longest text read this way: a grade name is short; a remark or a title is not tried. */
const MAX_LENGTH = 48;

/** Names shorter than this are not matched by initials: "T" is no "Tốt". */
const MIN_NAME_WORDS = 3;

/**
 * Whether a text is a name's words with some written as initials. Text typed with diacritics
 * must have the name's ("tôt" is a typo to report); text with none is compared without them.
 */
export function isNameByInitials(text: string, name: string): boolean {
  if (text.length > MAX_LENGTH || !NAME_ONLY.test(text)) return false;
  const typed = words(text);
  const full = words(name);
  if (full.length < MIN_NAME_WORDS || typed.length === 0) return false;
  const bare = stripDiacritics(typed.join(' ')) === typed.join(' ');
  const form = (w: string) => (bare ? stripDiacritics(w) : w);
  const initials = full.map((w) => stripDiacritics(w)[0] ?? '');
  const fullForms = full.map(form);
  const typedBare = typed.map((w) => stripDiacritics(w));
  const memo = new Map<number, boolean>();
  const from = (i: number, j: number): boolean => {
    if (i === typed.length) return j === full.length;
    if (j === full.length) return false;
    const key = i * 64 + j;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const t = typed[i]!;
    let ok = form(t) === fullForms[j] && from(i + 1, j + 1);
    const k = t.length;
    if (!ok && j + k <= full.length && typedBare[i] === initials.slice(j, j + k).join(''))
      ok = from(i + 1, j + k);
    memo.set(key, ok);
    return ok;
  };
  return from(0, 0);
}
