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
  const text = String(status.values[0]?.[0] ?? '');
  const c = counts.values.map((row) => row[0]);
  // The counts are COUNTIF formulas; where they are not calculated yet, the status line that the
  // ribbon command wrote ("…: 7 lỗi, 24 cảnh báo, 7 ghi chú.") holds the same numbers.
  const fromStatus = /:\s+(\d+)\D+?(\d+)\D+?(\d+)/.exec(text);
  const numbers: [number, number, number] = c.every((v) => typeof v === 'number')
    ? [c[0] as number, c[1] as number, c[2] as number]
    : fromStatus
      ? [Number(fromStatus[1]), Number(fromStatus[2]), Number(fromStatus[3])]
      : [0, 0, 0];
  return { sheet: ws.name, status: text, counts: numbers };
}
