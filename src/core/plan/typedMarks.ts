import { thematicMarks as thematicMarkCells } from './thematicMarkFormulas';

/**
 * Month cells typed as text that the engine reads as a number, a day or a share
 * (parse/monthMark.ts), as SUMPRODUCT terms over a range of month cells. Only text is looked at:
 * numbers are counted by COUNTIF, and LibreOffice matches COUNTIF wildcards against a number's
 * shown value (0.95 formatted as %, a date shown dd/mm).
 */

/** The cell's text without spaces ("27 / 31" → "27/31"). */
const bare = (g: string) => `SUBSTITUTE(TRIM(${g})," ","")`;

/**
 * A count typed as text, "40" or "05" (at most three digits, as the engine reads one): 1 where
 * the text is digits only and its value meets the test. TEXT with as many zeros as the text has
 * characters gives the digits back only for digits typed plainly, not for "1.5", "-3" or a date
 * Excel reads in "12/3".
 */
function textCount(g: string, test: string): string {
  return `IFERROR((TRIM(${g})=TEXT(--TRIM(${g}),REPT("0",LEN(TRIM(${g})))))*(LEN(TRIM(${g}))<=3)*(--TRIM(${g})${test}),0)`;
}

/**
 * A share or attendance of none: "0%", "0/31" (0 of 31 members). The engine reads it as not
 * held; any other text with "%" or "/" is a share, attendance or a day.
 */
function zeroShare(g: string): string {
  return `((LEFT(${bare(g)},2)="0/")+(LEFT(${bare(g)},2)="0%"))`;
}

/**
 * A share ("96%"), attendance ("27/31") or day ("12/03", "9.1", "15-3", "12/1 (chiều)"): a "%"
 * or "/", or a "." or "-" after a leading digit (a lone "." or "-" is the not-held word).
 */
function dayOrShare(g: string): string {
  return (
    `((ISNUMBER(FIND("%",${g}))+ISNUMBER(FIND("/",${g}))` +
    `+ISNUMBER(--LEFT(${bare(g)},1))*(ISNUMBER(FIND(".",${g}))+ISNUMBER(FIND("-",${g}))))>0)`
  );
}

/**
 * Month cells typed as text that say held: a share, attendance or a day (not one of none), the
 * day written out ("ngày 22"), or a count of members attending ("40"). With thematic marks in
 * the register, "x/CĐ" is counted as held by heldWordsOrThematic already.
 */
export function typedHeld(g: string, thematic: boolean): string {
  const notThematic = thematic ? `*(1-${thematicMarkCells(g)})` : '';
  // "ngày 22": the day written out (parse/monthMark.ts isTypedDay); "ngày 5/3" is counted once.
  const dayWord = `(1-ISNUMBER(FIND("/",${g})))*(IFERROR(SEARCH("ngày ",TRIM(${g})),0)=1)`;
  return (
    `SUMPRODUCT(ISTEXT(${g})*((${dayOrShare(g)}*(1-${zeroShare(g)})+${dayWord}` +
    `+${textCount(g, '>0')})>0)${notThematic})`
  );
}

/** Month cells typed as text that say not held: "0", "0%", "0/31". */
export function typedNotHeld(g: string): string {
  return `SUMPRODUCT(ISTEXT(${g})*((${zeroShare(g)}+${textCount(g, '=0')})>0))`;
}

/**
 * Month cells holding the number 0. Not COUNTIF(…,0): Excel's "=" criterion also matches the
 * text "0" (counted by typedNotHeld), LibreOffice's does not; "<=" and "<" compare numbers only
 * in both.
 */
export function numberZeros(g: string): string {
  return `(COUNTIF(${g},"<=0")-COUNTIF(${g},"<0"))`;
}
