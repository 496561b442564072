import { heldWithoutSeparators, MARK_SEPARATORS, THEMATIC_TOKENS } from '../parse/thematicMark';
import { str, textArray } from './formulas';
import { HELD_SPELLINGS, NOT_HELD_SPELLINGS } from './markSpellings';

/**
 * The cells of a range (one row of month cells) that record a thematic meeting, as an array of
 * 0/1 for SUMPRODUCT, read as parse/thematicMark.ts reads them: a thematic word (SEARCH, which
 * ignores case, "CĐ" or "cđ"), and nothing else than a regular-meeting word once the words and
 * separators are taken out (SUBSTITUTE over LOWER). ISNUMBER turns a formula error in a cell
 * into 0 rather than an error of the whole sum. The "|" after the rest lets a mark that is only
 * the thematic word ("CĐ", nothing left) match without MATCH looking up an empty text.
 */
export function thematicMarks(range: string): string {
  const carries = THEMATIC_TOKENS.map((t) => `ISNUMBER(SEARCH(${str(t)},${range}))`).join('+');
  const rest = [...THEMATIC_TOKENS, ...MARK_SEPARATORS].reduce(
    (inner, part) => `SUBSTITUTE(${inner},${str(part)},"")`,
    `LOWER(${range})`,
  );
  const held = textArray(heldWithoutSeparators().map((t) => `${t}|`));
  return `((${carries}>0)*ISNUMBER(MATCH(${rest}&"|",${held},0)))`;
}

/** How many month cells of the range record a thematic meeting. */
export function thematicCount(range: string): string {
  return `SUMPRODUCT(${thematicMarks(range)})`;
}

/** Month cells of the range marked held: a register word or a thematic mark ("x, CĐ"). */
export function heldWordsOrThematic(range: string): string {
  return `SUMPRODUCT(--(ISNUMBER(MATCH(LOWER(TRIM(${range})),${textArray(HELD_SPELLINGS)},0))+${thematicMarks(range)}>0))`;
}

/**
 * Month cells of the range that are neither a number, a register word nor a thematic mark. The
 * number 0 is counted with "<=" and "<", which compare numbers only in Excel and LibreOffice
 * alike (an "=" criterion also matches the text "0" in Excel).
 */
export function unreadableMarks(range: string): string {
  const words = textArray([...HELD_SPELLINGS, ...NOT_HELD_SPELLINGS]);
  return `COUNTA(${range})-COUNTIF(${range},">0")-(COUNTIF(${range},"<=0")-COUNTIF(${range},"<0"))-SUMPRODUCT(--(ISNUMBER(MATCH(LOWER(TRIM(${range})),${words},0))+${thematicMarks(range)}>0))`;
}
