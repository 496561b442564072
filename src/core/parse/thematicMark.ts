import { HELD_TEXTS } from './monthMark';

/**
 * Words for the quarter's thematic meeting ("sinh hoạt chuyên đề") inside a month cell, lower
 * case: "x+CĐ", "x, chuyên đề", "TK + cd", "SHCĐ", "CĐ". Longer words first, so that what is
 * left after removing them is read the same way by the engine and by the written formulas
 * (SUBSTITUTE, one word after another).
 */
export const THEMATIC_TOKENS = ['chuyên đề', 'chuyen de', 'cđ', 'cd'] as const;

/** What joins the regular mark and the thematic word: "x+CĐ", "x, CĐ", "x (CĐ)", "x CĐ". */
export const MARK_SEPARATORS = ['+', ',', ';', '(', ')', '/', '&', '-', ' '] as const;

const strip = (text: string, parts: readonly string[]) =>
  parts.reduce((t, p) => t.split(p).join(''), text);

let heldRest: Set<string> | undefined;
const heldRestSet = (): Set<string> =>
  (heldRest ??= new Set([
    '',
    ...HELD_TEXTS.map((t) => strip(strip(t, THEMATIC_TOKENS), MARK_SEPARATORS)),
  ]));

/**
 * The regular-meeting words as they read once thematic words and separators are gone ("có sh" →
 * "cósh", "tk+cđ" → "tk"), plus "" (the thematic word alone: it is held at a regular meeting). Built on first use:
 * monthMark.ts, which defines the words, reads this module.
 */
export function heldWithoutSeparators(): string[] {
  return [...heldRestSet()];
}

/**
 * Does a month mark say the meeting was held and was (also) the quarter's thematic one? It
 * carries a thematic word, and what is left without that word and the separators is a
 * regular-meeting word or nothing. Matching is on the lower-cased text as typed, exactly as the
 * written formulas do it (LOWER, SEARCH, SUBSTITUTE), so both give the same count; "CĐ" typed
 * without its diacritic is the separate word "cd".
 */
export function isThematicMark(raw: string): boolean {
  const lower = raw.toLowerCase();
  if (!THEMATIC_TOKENS.some((t) => lower.includes(t))) return false;
  return heldRestSet().has(strip(strip(lower, THEMATIC_TOKENS), MARK_SEPARATORS));
}
