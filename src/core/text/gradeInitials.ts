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

/** A text split for matching: its words, as compared, or null when it cannot be a name. */
export interface TypedWords {
  forms: string[];
  bare: string[];
  /** Typed without diacritics: compared with the name's words without theirs. */
  noMarks: boolean;
}

interface NameWords {
  words: string[];
  bare: string[];
  /** The words' first letters without diacritics, one character each ("htxsnv"). */
  initials: string;
}

/** The names are few and fixed; every text of every column is tried against them. */
const NAMES = new Map<string, NameWords>();

function nameWords(name: string): NameWords {
  let n = NAMES.get(name);
  if (!n) {
    const words_ = words(name);
    const bare = words_.map((w) => stripDiacritics(w));
    n = { words: words_, bare, initials: bare.map((w) => w[0] ?? '').join('') };
    NAMES.set(name, n);
  }
  return n;
}

export function typedWords(text: string): TypedWords | null {
  if (text.length > MAX_LENGTH || !NAME_ONLY.test(text)) return null;
  const typed = words(text);
  if (typed.length === 0) return null;
  const bare = typed.map((w) => stripDiacritics(w));
  const noMarks = bare.join(' ') === typed.join(' ');
  return { forms: noMarks ? bare : typed, bare, noMarks };
}

/**
 * Whether typed words are a name's words with some written as initials. Text typed with
 * diacritics must have the name's ("tôt" is a typo to report); text with none is compared
 * without them.
 */
export function matchesByInitials(t: TypedWords, name: string): boolean {
  const n = nameWords(name);
  if (n.words.length < MIN_NAME_WORDS) return false;
  const fullForms = t.noMarks ? n.bare : n.words;
  // Most texts tried are unit names: their first word settles it, before any search.
  const first = t.bare[0]!;
  if (t.forms[0] !== fullForms[0] && !n.initials.startsWith(first)) return false;
  return fromWord(t, n, fullForms, 0, 0, new Map());
}

function fromWord(
  t: TypedWords,
  n: NameWords,
  fullForms: string[],
  i: number,
  j: number,
  memo: Map<number, boolean>,
): boolean {
  if (i === t.forms.length) return j === n.words.length;
  if (j === n.words.length) return false;
  const key = i * 64 + j;
  const known = memo.get(key);
  if (known !== undefined) return known;
  let ok = t.forms[i] === fullForms[j] && fromWord(t, n, fullForms, i + 1, j + 1, memo);
  const k = t.bare[i]!.length;
  if (!ok && j + k <= n.words.length && n.initials.startsWith(t.bare[i]!, j))
    ok = fromWord(t, n, fullForms, i + 1, j + k, memo);
  memo.set(key, ok);
  return ok;
}

/** Whether a text is a name's words with some written as initials. */
export function isNameByInitials(text: string, name: string): boolean {
  const t = typedWords(text);
  return t !== null && matchesByInitials(t, name);
}
