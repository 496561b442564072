import type { OutputPlan } from '../core/model/plan';
import { applyPlan } from '../hosts/excel/applyPlan';
import { goToCell } from '../hosts/excel/navigate';
import { ExcelHostError, hostError } from '../hosts/excel/officeErrors';
import { readSnapshot } from '../hosts/excel/readSnapshot';
import { HostError, type WorkbookHost } from './host';
import { runJob } from './job';

const EMPTY_PLAN: OutputPlan = { version: 1, sheets: [], styles: [{}] };

/** Runs a step in Excel.run and turns an Office error into words a person can act on. */
async function inExcel<T>(step: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(step);
  } catch (e) {
    const err = e instanceof ExcelHostError ? e : hostError(e);
    throw new HostError(err.vi, err.en);
  }
}

/** The workbook open in Excel, through the Office.js host. */
export function excelHost(): WorkbookHost {
  const io = {
    name: 'Excel',
    read: () => inExcel((context) => readSnapshot(context)),
    apply: async (plan: OutputPlan) => {
      await inExcel((context) => applyPlan(context, plan));
    },
  };
  return {
    kind: 'excel',
    name: io.name,
    check: (overrides, onProgress) => runJob(io, overrides, onProgress),
    removeOwned: async () => {
      await inExcel((context) => applyPlan(context, EMPTY_PLAN));
    },
    goTo: (sheet, cell) => inExcel((context) => goToCell(context, sheet, cell)),
  };
}
