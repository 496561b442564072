import type { WorkbookSnapshot } from '../../../src/core/model/snapshot';
import { DoubleContext, type DoubleTiming } from './context';
import { workbookFromSnapshot, type DWorkbook } from './model';
import { DApplication, DWorkbookProxy } from './objects';

export { PAYLOAD_LIMIT_BYTES, BASELINE_API, COMMAND_LIMIT_MS } from './context';
export type { DoubleStats, DoubleTiming } from './context';
export * from './model';
export { DoubleOfficeError } from './officeError';

export interface ExcelDouble {
  /** Pass where Office.js gives an Excel.RequestContext. */
  context: Excel.RequestContext;
  model: DWorkbook;
  stats: DoubleContext['stats'];
  /** Sets globalThis.Office to this double's requirements; returns the undo. */
  installOffice(): () => void;
  /** Office.context.requirements of this double, for an Office object built elsewhere. */
  requirements: { isSetSupported(name: string, version?: string): boolean };
  /** Virtual milliseconds spent in Excel (DoubleTiming). */
  now(): number;
}

/**
 * An in-memory Excel stricter than office-addin-mock: reading an unloaded property throws
 * PropertyNotLoaded, requests and responses over 5 MB fail, and any API above ExcelApi 1.7 is
 * refused unless isSetSupported was asked first (and refused outright above `maxApi`: "1.7" is
 * Office 2019, "1.16" a Microsoft 365 of 2023).
 */
export function createExcelDouble(opts: {
  maxApi: string;
  workbook?: DWorkbook;
  snapshot?: WorkbookSnapshot;
  /** Virtual time per sync and per KB, for the five-minute command limit. */
  timing?: DoubleTiming;
  /**
   * Copies what the host reads (loaded properties, collection items) into the host's own realm,
   * so code running in a stripped realm (Internet Explorer 11's built-ins) gets arrays of that
   * realm, not Node's with every modern method on them.
   */
  adopt?: <T>(value: T) => T;
}): ExcelDouble {
  const model =
    opts.workbook ??
    (opts.snapshot
      ? workbookFromSnapshot(opts.snapshot)
      : { sheets: [], names: new Map(), calcSuspensions: 0 });
  const ctx = new DoubleContext(model, opts.maxApi, opts.timing, opts.adopt);
  const context = {
    workbook: new DWorkbookProxy(ctx),
    application: new DApplication(ctx),
    sync: () => ctx.sync(),
  };
  const office = {
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string) => ctx.isSetSupported(name, version),
      },
    },
  };
  return {
    context: context as unknown as Excel.RequestContext,
    model,
    stats: ctx.stats,
    requirements: office.context.requirements,
    now: () => ctx.stats.elapsedMs,
    installOffice() {
      const g = globalThis as { Office?: unknown };
      const before = g.Office;
      g.Office = office;
      return () => {
        g.Office = before;
      };
    },
  };
}
