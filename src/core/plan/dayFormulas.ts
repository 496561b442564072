/**
 * A cell that holds the day a meeting was held, as the parsers read it: a date or a number past
 * 400 (a date's serial), or text like "15/02/2024", "12.3" or "5-6" (parse/meetingRegister.ts and
 * parse/quarterTopic.ts, TEXT_DATE: one or two digits, a separator, digits). The formulas test
 * the text this way because neither Excel nor LibreOffice reads every such text as a date, and
 * each reads a different set ("15/02/2024" is a date to one locale, an error to another).
 */
export function isTextDay(ref: string): string {
  const t = `SUBSTITUTE(TRIM(${ref})," ","")`;
  const digits = `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${t},"/",""),".",""),"-","")`;
  return (
    `AND(ISTEXT(${ref}),ISNUMBER(--LEFT(${t},1)),` +
    `OR(ISNUMBER(FIND("/",${ref})),ISNUMBER(FIND(".",${ref})),ISNUMBER(FIND("-",${ref}))),` +
    `ISNUMBER(--${digits}),LEN(${digits})<=8)`
  );
}

/** A number typed in a day's cell: 1 (a day held) past 400, a date's serial; else as typed. */
export function dayOrCount(ref: string): string {
  return `IF(${ref}>400,1,${ref})`;
}

/**
 * A quarter cell's text that the engine reads as the day a meeting was held (parse/textDate.ts
 * isTextDate, parse/monthMark.ts isTypedDay): a digit first and a "/", "." or "-" after it
 * ("15/3", "15.3 (sáng)", "15-3", ISO "2024-03-15 08:00"), or the day written out ("ngày 15").
 */
export function isTypedDayText(ref: string): string {
  const sep = `ISNUMBER(FIND(".",${ref}))+ISNUMBER(FIND("/",${ref}))+ISNUMBER(FIND("-",${ref}))>0`;
  return `AND(ISTEXT(${ref}),OR(AND(ISNUMBER(-LEFT(TRIM(${ref}),1)),${sep}),IFERROR(SEARCH("ngày ",TRIM(${ref})),0)=1))`;
}
