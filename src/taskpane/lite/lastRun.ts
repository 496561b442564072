import { hostError, STEPS } from '../../hosts/excel/officeErrors';
import { decideOwnership, queueMarks } from '../../hosts/excel/ownership';

/** What the last ribbon run left in the workbook, as the light pane shows it. */
export interface LastRun {
  sheet: string;
  /** The status line at the top of the report sheet (A2). */
  status: string;
  /** Errors, warnings and notes: the report sheet's counts (B3:B5). */
  counts: [number, number, number];
}

/**
 * Finds Bảng Kiểm's report sheet and reads its status line and counts, in 3 syncs (sheet list,
 * markers, cells). Null when no check has run in this workbook.
 */
export async function readLastRun(context: Excel.RequestContext): Promise<LastRun | null> {
  const sync = async () => {
    try {
      await context.sync();
    } catch (err) {
      throw hostError(err, STEPS.showing);
    }
  };
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await sync();
  const marks = queueMarks(worksheets.items);
  await sync();
  const { owned } = decideOwnership(
    worksheets.items.map((ws, i) => ({ name: ws.name, mark: marks[i]!() })),
  );
  let index = -1;
  owned.forEach((key, i) => {
    if (key === 'report') index = i;
  });
  if (index < 0) return null;
  const ws = worksheets.items[index]!;
  const status = ws.getRange('A2');
  status.load('values');
  const counts = ws.getRange('B3:B5');
  counts.load('values');
  await sync();
  const n = (v: unknown) => (typeof v === 'number' ? v : 0);
  const c = counts.values;
  return {
    sheet: ws.name,
    status: String(status.values[0]?.[0] ?? ''),
    counts: [n(c[0]?.[0]), n(c[1]?.[0]), n(c[2]?.[0])],
  };
}
