/**
 * 1 where a cell holds a day as ISO text ("2024-03-15", "2024-03-15 08:00", "2024-03-15
 * 08:00:00"), else 0: the text parse/textDate.ts reads as a day, tested by position so that it
 * works cell by cell inside SUMPRODUCT over a range as well as on one cell. Neither Excel's nor
 * LibreOffice's date parsing is used: both depend on the locale, and a quarter's ISO day must
 * count one meeting, not the 45,000 its serial number is.
 */
export function isoDayText(ref: string): string {
  const t = `TRIM(${ref})`;
  const len = `((LEN(${t})=10)+(LEN(${t})=16)+(LEN(${t})=19))`;
  return `(ISTEXT(${ref})*(MID(${t},5,1)="-")*(MID(${t},8,1)="-")*ISNUMBER(-LEFT(${t},4))*ISNUMBER(-MID(${t},6,2))*ISNUMBER(-MID(${t},9,2))*${len})`;
}
