import { needsQuotePrefix } from './cellInput';
import { queueRecalculation } from './applyPlan';
import { atCell, ExcelHostError, hostError, STEPS } from './officeErrors';

/** Shows a cell to the user: activates its sheet and selects it (ExcelApi 1.1). */
export async function goToCell(
  context: Excel.RequestContext,
  sheet: string,
  address: string,
): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(address).select();
  try {
    await context.sync();
  } catch (err) {
    // Excel refuses to activate a hidden sheet (an old year's list, a "Danh mục"): say so, with
    // what to do, rather than "Excel refused". The one extra sync is on the failing path only.
    if (await isHidden(context, sheet)) {
      throw new ExcelHostError('excel-sheet-hidden', { sheet, cell: address }, { cause: err });
    }
    throw hostError(err, atCell(sheet, address));
  }
}

async function isHidden(context: Excel.RequestContext, sheet: string): Promise<boolean> {
  try {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.load('visibility');
    await context.sync();
    return ws.visibility !== 'Visible';
  } catch {
    return false;
  }
}

export interface ShowReport {
  sheet: string;
  /** One line written at `statusCell` (the report sheet's line under its title). */
  status?: string;
  statusCell?: string;
  /** Recalculate the formulas written with calculation suspended (applyPlan's 'caller'). */
  recalculate?: boolean;
}

/**
 * The end of the ribbon command, in one sync: recalculate what was written, put the one-line
 * status at the top of the report sheet, and show that sheet with its first cell selected.
 */
export async function showReport(context: Excel.RequestContext, r: ShowReport): Promise<void> {
  if (r.recalculate) queueRecalculation(context);
  const ws = context.workbook.worksheets.getItem(r.sheet);
  if (r.status !== undefined) {
    const text = needsQuotePrefix(r.status) ? `'${r.status}` : r.status;
    ws.getRange(r.statusCell ?? 'A2').values = [[text]];
  }
  ws.activate();
  ws.getRange('A1').select();
  try {
    await context.sync();
  } catch (err) {
    throw hostError(err, STEPS.showing);
  }
}
