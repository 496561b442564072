import { HELD_TEXTS, markWord, NOT_HELD_TEXTS } from '../parse/monthMark';
import { labelKey, stripDiacritics } from '../text/normalize';

/**
 * The spellings of a register's words that the written formulas must find with
 * MATCH(LOWER(TRIM(cell)), …): each word as listed, and without its diacritics ("không sh" →
 * "khong sh", "x+cđ" → "x+cd", "x cd") where the engine's own reader (markWord) reads that
 * spelling as the word. Only spellings markWord agrees with are kept, so a formula never counts
 * a cell the engine does not (Wingdings' "ü" is not "u").
 */
export function markSpellings(texts: readonly string[]): string[] {
  const out = new Set<string>();
  for (const text of texts) {
    out.add(text);
    const verdict = markWord(text);
    for (const bare of [stripDiacritics(text).toLowerCase(), labelKey(text)])
      if (bare && markWord(bare) === verdict) out.add(bare);
  }
  return [...out];
}

/** Held words, in every spelling the engine reads them. */
export const HELD_SPELLINGS = markSpellings(HELD_TEXTS);
/** Not-held words, in every spelling the engine reads them. */
export const NOT_HELD_SPELLINGS = markSpellings(NOT_HELD_TEXTS);
