import type { OutputPlan } from '../core/plan/outputPlan';
import { hostError } from '../hosts/excel/officeErrors';
import { HostError, type PaneHost } from './host';
import { loadExcelEngine, type ExcelEngine } from './loadEngine';

const EMPTY_PLAN: OutputPlan = { version: 1, sheets: [], styles: [{}] };

/** Runs a step in Excel.run; an Office error becomes the catalogue's words for its code. */
async function inExcel<T>(step: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(step);
  } catch (e) {
    throw HostError.of(hostError(e));
  }
}

/**
 * The workbook open in Excel, through the Office.js host. The engine arrives on the first check
 * (loadEngine.ts): until it has, the pane says it is loading the checker.
 */
export function excelHost(): PaneHost {
  const io = (engine: ExcelEngine) => ({
    name: 'Excel',
    read: () => inExcel((context) => engine.readSnapshot(context)),
    apply: async (plan: OutputPlan) => {
      await inExcel((context) => engine.applyPlan(context, plan));
    },
  });
  return {
    kind: 'excel',
    name: 'Excel',
    check: async (overrides, onProgress) => {
      onProgress({ stage: 'loading', done: 0, total: 1 });
      const engine = await loadExcelEngine();
      return engine.runJob(io(engine), overrides, onProgress);
    },
    removeOwned: async () => {
      const engine = await loadExcelEngine();
      await inExcel((context) => engine.applyPlan(context, EMPTY_PLAN));
    },
    goTo: async (sheet, cell) => {
      const engine = await loadExcelEngine();
      await inExcel((context) => engine.goToCell(context, sheet, cell));
    },
  };
}
