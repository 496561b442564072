/**
 * Character classes spelled out as ranges. Excel 2019 runs add-ins in EdgeHTML 18 (and older
 * Macs in old WebKit), whose parsers reject \p{…} and lookbehind: one such regex anywhere in the
 * bundle and the whole add-in fails to load. A lint rule keeps them out of src/.
 */

/** Combining marks (what \p{M} matches in Latin, Greek and Cyrillic text). */
export const MARKS = '\\u0300-\\u036F\\u1AB0-\\u1AFF\\u1DC0-\\u1DFF\\u20D0-\\u20FF\\uFE20-\\uFE2F';

/** Letters of the scripts a workbook here may hold: Latin (Vietnamese included), Greek, Cyrillic, CJK, Thai, Lao, Khmer. */
export const LETTERS =
  'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02AF\\u0370-\\u0373\\u0376-\\u03FF\\u0400-\\u0481\\u048A-\\u052F' +
  '\\u0E01-\\u0E30\\u0E32\\u0E33\\u0E40-\\u0E46\\u0E81-\\u0EB0\\u0EB2\\u0EB3\\u0EBD-\\u0EC6\\u1780-\\u17B3' +
  '\\u1E00-\\u1FFF\\u3041-\\u3096\\u30A1-\\u30FA\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uAC00-\\uD7A3';

/** Digits (what \p{N} matches in this context: ASCII, Latin-1 fractions and powers, full width). */
export const DIGITS = '0-9\\u00B2\\u00B3\\u00B9\\u00BC-\\u00BE\\uFF10-\\uFF19';

/** Matches a combining mark (one at a time, on purpose: hence the lint exception). */
/* eslint-disable no-misleading-character-class */
export const MARK_RE = new RegExp(`[${MARKS}]`);
export const MARKS_RE_G = new RegExp(`[${MARKS}]`, 'g');
/* eslint-enable no-misleading-character-class */
/** Matches a letter. */
export const LETTER_RE = new RegExp(`[${LETTERS}]`);

/** A year 1900–2099 standing alone (not inside a longer number); group 1 is the year. */
export const YEAR_RE = /(?:^|\D)((?:19|20)\d{2})(?!\d)/;
export const YEAR_RE_G = /(?:^|\D)((?:19|20)\d{2})(?!\d)/g;
