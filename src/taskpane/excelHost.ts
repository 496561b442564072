import type { OutputPlan } from '../core/plan/outputPlan';
import { applyPlan } from '../hosts/excel/applyPlan';
import { goToCell } from '../hosts/excel/navigate';
import { hostError } from '../hosts/excel/officeErrors';
import { readSnapshot } from '../hosts/excel/readSnapshot';
import { HostError, type PaneHost } from './host';
import { runJob } from './job';

const EMPTY_PLAN: OutputPlan = { version: 1, sheets: [], styles: [{}] };

/** Runs a step in Excel.run; an Office error becomes the catalogue's words for its code. */
async function inExcel<T>(step: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(step);
  } catch (e) {
    throw HostError.of(hostError(e));
  }
}

/** The workbook open in Excel, through the Office.js host. */
export function excelHost(): PaneHost {
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
