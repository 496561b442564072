/**
 * Feature detection for Excel API requirement sets. Everything up to ExcelApi 1.7 (Office 2019)
 * is used freely; anything newer goes through here first, because calling an API the running
 * Excel lacks fails the whole batch, not just the one call.
 */

interface RequirementsLike {
  isSetSupported(name: string, minVersion?: string): boolean;
}

function requirements(): RequirementsLike | undefined {
  const office = (globalThis as { Office?: { context?: { requirements?: RequirementsLike } } })
    .Office;
  return office?.context?.requirements;
}

/** True when the running Excel implements ExcelApi `version` ("1.9", "1.13"...). */
export function supportsExcelApi(version: string): boolean {
  const req = requirements();
  // Outside Office (tests without a double, a plain web page) nothing newer than the baseline.
  return req ? req.isSetSupported('ExcelApi', version) : false;
}

/** The APIs above the 1.7 baseline this host may use, each behind supportsExcelApi. */
export const API = {
  /** Application.suspendApiCalculationUntilNextSync; at or below the floor, asked all the same. */
  suspendCalculation: '1.6',
  axisNumberFormat: '1.8',
  cellProperties: '1.9',
  autoFilter: '1.9',
  pageLayout: '1.9',
  mergedAreas: '1.13',
} as const;
