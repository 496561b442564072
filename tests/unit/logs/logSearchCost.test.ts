import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../../src/core/engine';
import { findMeetingLog } from '../../../src/core/recognize/meetingLog';
import { resolveSettings } from '../../../src/core/settings';
import { SheetView } from '../../../src/core/view/sheetView';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';
import { addLog, byDate, fullYear } from './logWorkbook';

/**
 * The meeting-log search tries each of a sheet's first rows and date columns as a log's first
 * meeting. Apache POI's bug62181.xlsx is 19,456 rows of a day and counts: each try walked the
 * whole sheet before its columns were typed on the first 200 rows, 8.7 s of CPU for one file.
 * A try now reads the rows it types the columns on, and walks on only for a log.
 */
async function datedRows(rows: number): Promise<SheetView> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('List 2');
  for (let i = 0; i < rows; i++) {
    ws.addRow([
      i,
      Math.floor(i / 400),
      (i * 37) % 1700,
      new Date(Date.UTC(2018, 1, 1 + (i % 27))),
      // Counts in the range of date serials: a second column of days to the search.
      40000 + ((i * 7919) % 9000),
      100 + (i % 900),
      4,
      5,
    ]);
  }
  const snapshot = readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
  return new SheetView(snapshot, snapshot.sheets[0]!);
}

/** Cells read (text or value) by a search for a log in the sheet's first 20 rows. */
function cellsRead(view: SheetView): { found: boolean; reads: number } {
  // Counted by hand: a jest spy records every call's arguments, too slow for a million calls.
  const { text, cell } = SheetView.prototype;
  let reads = 0;
  SheetView.prototype.text = function (this: SheetView, r: number, c: number) {
    reads++;
    return text.call(this, r, c);
  };
  SheetView.prototype.cell = function (this: SheetView, r: number, c: number) {
    reads++;
    return cell.call(this, r, c);
  };
  try {
    return { found: findMeetingLog(view, 0, 20) !== null, reads };
  } finally {
    SheetView.prototype.text = text;
    SheetView.prototype.cell = cell;
  }
}

test('rows of days and counts are no log, and the search reads no more of a longer sheet', async () => {
  const short = cellsRead(await datedRows(400));
  const long = cellsRead(await datedRows(900));
  expect(short.found).toBe(false);
  expect(long.found).toBe(false);
  // The same first rows are tried and typed; the 500 rows more below are never read.
  expect(long.reads).toBe(short.reads);
});

test('a log longer than the rows its columns are typed on still runs to its last meeting', async () => {
  const cells = Array.from({ length: 24 }, (_, i) => `Chi bộ Thôn ${i + 1}`);
  const meetings = byDate(cells.flatMap((c) => fullYear(c, 2021)));
  expect(meetings.length).toBeGreaterThan(300);
  const wb = new ExcelJS.Workbook();
  addLog(wb, meetings);
  const { report } = checkWorkbook(
    readXlsx(new Uint8Array(await wb.xlsx.writeBuffer())),
    resolveSettings({}),
  );
  const logs = report.tables.filter((t) => t.kind === 'meeting-log');
  expect(logs).toHaveLength(1);
  // Header on row 3, one meeting a row from row 4: the last meeting is on row 3 + meetings.
  expect(logs[0]!.headerRows).toEqual([3, 3]);
  expect(logs[0]!.range).toMatch(new RegExp(`^[A-Z]+3:[A-Z]+${3 + meetings.length}$`));
});
