import { COUNT_WORDS, MAX_YEAR_COUNT } from '../parse/yearCount';
import { str, textArray } from './formulas';
import { HELD_SPELLINGS, NOT_HELD_SPELLINGS } from './markSpellings';
import { isTextDay } from './dayFormulas';

/**
 * The count a yearly cell holds as parse/yearCount.ts reads it: the part before a slash
 * ("11/12"), else the text without its word ("11 buổi"); "" when it says no number.
 */
function yearCountOf(ref: string): string {
  let stripped = `LOWER(${ref})`;
  for (const w of COUNT_WORDS) stripped = `SUBSTITUTE(${stripped},${str(w)},"")`;
  return (
    `IF(TRIM(${ref})="","",IFERROR(VALUE(TRIM(LEFT(${ref},FIND("/",${ref})-1))),` +
    `IFERROR(VALUE(TRIM(${stripped})),"")))`
  );
}

function readable(ref: string): string {
  const n = yearCountOf(ref);
  return `AND(ISNUMBER(${n}),${n}>=0,${n}<=${MAX_YEAR_COUNT})`;
}

/** Regular meetings held: the typed count, 0 while it cannot be read. */
export function yearCountHeld(ref: string): string {
  return `IF(${readable(ref)},${yearCountOf(ref)},0)`;
}

/** Months without records: none with a count, the whole year without one. */
export function yearCountUnknown(ref: string): string {
  return `IF(${readable(ref)},0,12)`;
}

/**
 * A quarter that names its thematic meeting's topic, as parse/quarterTopic.ts reads it: a topic
 * (any text with a letter: its lower and upper case differ, by EXACT, for "=" ignores case) or
 * a held mark is one, blank or a not-held word none, a count or a
 * day as typed; "?" when it says neither.
 */
export function quarterTopicCount(ref: string): string {
  const word = (texts: readonly string[]) =>
    `ISNUMBER(MATCH(LOWER(TRIM(${ref})),${textArray(texts)},0))`;
  return (
    `IF(ISNUMBER(${ref}),IF(${ref}>400,1,${ref}),IF(TRIM(${ref})="",0,` +
    `IF(${word(HELD_SPELLINGS)},1,IF(${word(NOT_HELD_SPELLINGS)},0,` +
    `IFERROR(IF(--${ref}>400,1,--${ref}),IF(${isTextDay(ref)},1,IF(EXACT(LOWER(${ref}),UPPER(${ref})),"?",1)))))))`
  );
}
