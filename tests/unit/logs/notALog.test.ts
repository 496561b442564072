import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../../src/core/engine';
import { resolveSettings } from '../../../src/core/settings';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';

/**
 * Dates, names that repeat and long texts make a task list as much as a meeting log (Apache POI's
 * 48962.xlsx: "Due Date", "Assigned To"). Without a kind column or party-cell names, only words
 * about meetings in the header or the sheet's name make it a log.
 */
async function report(sheet: string, header: string[]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  ws.addRow(header);
  const people = ['Mark', 'Sue', 'Mary'];
  const tasks = [
    'Research vendors on the internet and list the first round',
    'Compile the list of first round vendors for the team',
    'Review the list of vendors with the executive team',
    'Assemble the requirements for the request for proposals',
    'Send the invitation to the questions and answers meeting',
    'Gather the questions from the vendors and answer them all',
  ];
  tasks.forEach((t, i) =>
    ws.addRow([i + 1, t, new Date(Date.UTC(2004, 3, 2 + i * 9)), people[i % 3]]),
  );
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return checkWorkbook(readXlsx(bytes), resolveSettings({})).report;
}

test('a task list with dates and people is no meeting log and raises nothing', async () => {
  const r = await report('Sheet1', ['#', 'Task', 'Due Date', 'Assigned To']);
  expect(r.tables.filter((t) => t.kind === 'meeting-log')).toEqual([]);
  expect(r.issues.filter((i) => i.severity !== 'info')).toEqual([]);
});

test('the same columns under a header about meetings are a log', async () => {
  const r = await report('Sheet1', ['STT', 'Nội dung sinh hoạt', 'Ngày', 'Người chủ trì']);
  expect(r.tables.map((t) => t.kind)).toEqual(['meeting-log']);
});

test('or on a sheet named for the meetings', async () => {
  const r = await report('Sinh hoạt chi bộ', ['#', 'Task', 'Due Date', 'Assigned To']);
  expect(r.tables.map((t) => t.kind)).toEqual(['meeting-log']);
});
