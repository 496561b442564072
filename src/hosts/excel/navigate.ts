import { hostError } from './officeErrors';

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
    throw hostError(err, `sheet '${sheet}', cell ${address}`);
  }
}
