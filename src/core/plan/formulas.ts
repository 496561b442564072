import { consecutiveRuns, quoteSheetName } from './grid';

// The addresses moved to grid.ts; callers outside the sheet builders still import them here.
export { absA1, absRange, absRef, localRange, quoteSheetName } from './grid';

/** A text as a formula string literal: "..." with quotes doubled. */
export function str(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** An array constant of texts: {"có","x"}. */
export function textArray(texts: readonly string[]): string {
  return `{${texts.map(str).join(',')}}`;
}

/**
 * A COUNTIF criterion that matches the text exactly: "=" so that text starting with "<", ">" or
 * "=" is not read as an operator, and ~ before the wildcards * and ?.
 */
export function exactCriterion(text: string): string {
  return str(`=${text.replace(/[~*?]/g, (c) => `~${c}`)}`);
}

/** An array constant of exact criteria: {"=Tốt","=HTTNV"}. */
export function criteriaArray(texts: string[]): string {
  return `{${texts.map(exactCriterion).join(',')}}`;
}

/** The link a report row uses to jump to the cell: HYPERLINK("#'Năm 2018'!D54","D54"). */
export function hyperlinkTo(sheet: string, cell: string, label: string): string {
  return `HYPERLINK(${str(`#${quoteSheetName(sheet)}!${cell}`)},${str(label)})`;
}

/** Splits rows into runs of consecutive rows, so a formula can skip the rows it must not count. */
export function rowRuns(rows: number[]): [number, number][] {
  return consecutiveRuns([...new Set(rows)].sort((a, b) => a - b));
}

/**
 * The COUNTIFS criterion for a year: "2023" as text, which Excel and LibreOffice both match
 * against the number 2023 and the text "2023" (an export types its years as text, and the engine
 * reads both), where the bare number 2023 matches only numbers in LibreOffice.
 */
export function yearCriterion(year: number): string {
  return str(String(year));
}
