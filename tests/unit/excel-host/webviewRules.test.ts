/**
 * What the Excel double holds the host to beyond the basics, and the host's answers: formula
 * syntax as Excel checks it, very hidden sheets, sparse and wide used ranges, and the light
 * pane's read of the last run.
 */
import { quoteSheetName } from '../../../src/core/plan/formulas';
import type { WorkbookSnapshot } from '../../../src/core/model/snapshot';
import { readSnapshot, readWorkbook } from '../../../src/hosts/excel/readSnapshot';
import { runWholeJob } from '../../../src/commands/runWholeJob';
import { readLastRun } from '../../../src/taskpane/lite/lastRun';
import { cellKey, createExcelDouble, newSheet } from '../../helpers/excelDouble';
import { checkFormula } from '../../helpers/excelDouble/formulaSyntax';
import { sampleSnapshot } from '../../helpers/sampleWorkbook';

describe("the double checks formulas as Excel does when they're written", () => {
  it.each([
    ['SUM(A1:A3)', true],
    ["SUM('Năm 2020'!A1:A3)", true],
    ['COUNTIF(Data!A:A,"x")', true],
    ['SUM(R1C1!A1)', false],
    ['SUM(RC!A1)', false],
    ['SUM(TRUE!A1)', false],
    ['SUM(A1!B2)', false],
    ["SUM('R1C1'!A1)", true],
    ['SUM(A1', false],
    ['"' + 'x'.repeat(255) + '"', true],
    ['"' + 'x'.repeat(256) + '"', false],
    ['"a""b"&"c"', true],
  ])('%s → %s', (f, ok) => {
    if (ok) expect(() => checkFormula(f)).not.toThrow();
    else
      expect(() => checkFormula(f)).toThrow(expect.objectContaining({ code: 'InvalidArgument' }));
  });

  it('the core quotes sheet names that read as references', () => {
    for (const name of ['R1C1', 'RC', 'R2', 'C3', 'TRUE', 'false', 'A1', 'XFD1']) {
      const ref = `SUM(${quoteSheetName(name)}!A1)`;
      expect(() => checkFormula(ref)).not.toThrow();
      expect(quoteSheetName(name)).toBe(`'${name}'`);
    }
    expect(quoteSheetName('Data')).toBe('Data');
  });
});

describe('very hidden sheets', () => {
  it('Excel refuses to delete one that is very hidden; the host shows it first', async () => {
    const d = createExcelDouble({ maxApi: '1.7', snapshot: sampleSnapshot() });
    const undo = d.installOffice();
    try {
      await runWholeJob(d.context);
      const charts = d.model.sheets.find((s) => s.name === 'Bảng Kiểm - Biểu đồ')!;
      charts.visibility = 'VeryHidden';
      const ws = d.context.workbook.worksheets.getItem(charts.name);
      ws.delete();
      await expect(d.context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
      const again = await runWholeJob(d.context);
      expect(again.ok).toBe(true);
      // The old sheet (renamed aside, then deleted) is gone; the new one is in its place.
      expect(d.model.sheets.includes(charts)).toBe(false);
      const named = d.model.sheets.filter((s) => s.name === 'Bảng Kiểm - Biểu đồ');
      expect(named).toHaveLength(1);
      expect(named[0]!.visibility).toBe('Visible');
    } finally {
      undo();
    }
  });
});

describe('sparse and very wide used ranges', () => {
  function strayCells(): WorkbookSnapshot {
    const snap: WorkbookSnapshot = {
      styles: [{ numFmt: 'General', font: null }],
      sheets: [
        {
          name: 'Danh sách',
          state: 'visible',
          merges: [],
          rows: [
            { v: ['STT', 'Họ và tên', 'Xếp loại'] },
            { v: [1, 'Nguyễn Văn A', 'HTTNV'] },
            { v: [2, 'Trần Thị B', 'HTNV'] },
          ],
        },
      ],
    };
    return snap;
  }

  it('a stray cell at XFD1 and another at row 1,048,576 cost a few blocks, not the rectangle', async () => {
    const d = createExcelDouble({ maxApi: '1.7', snapshot: strayCells() });
    const sheet = d.model.sheets[0]!;
    sheet.cells.set(cellKey(0, 16_383), { value: 'x', numFmt: 'General', font: 'Calibri' });
    sheet.cells.set(cellKey(1_048_575, 1), { value: 'y', numFmt: 'General', font: 'Calibri' });
    const undo = d.installOffice();
    try {
      const { snapshot } = await readWorkbook(d.context);
      const rows = snapshot.sheets[0]!.rows;
      expect(rows[1]!.v.slice(0, 3)).toEqual([1, 'Nguyễn Văn A', 'HTTNV']);
      expect(rows[0]!.v[16_383]).toBe('x');
      expect(rows[1_048_575]!.v[1]).toBe('y');
      // One more sync to find the data; responses stay small (the rectangle is 17 G cells).
      expect(d.stats.syncs).toBe(4);
      expect(d.stats.responseBytes).toBeLessThan(200_000);
    } finally {
      undo();
    }
  });

  it('an ordinary sheet is still read in 3 syncs', async () => {
    const d = createExcelDouble({ maxApi: '1.7', snapshot: strayCells() });
    const undo = d.installOffice();
    try {
      await readSnapshot(d.context);
      expect(d.stats.syncs).toBe(3);
    } finally {
      undo();
    }
  });
});

describe("the light pane's last run", () => {
  it('is read back from the report sheet the ribbon command wrote', async () => {
    const d = createExcelDouble({ maxApi: '1.7', snapshot: sampleSnapshot() });
    const undo = d.installOffice();
    try {
      expect(await readLastRun(d.context)).toBeNull();
      const outcome = await runWholeJob(d.context);
      const last = await readLastRun(d.context);
      const { error, warning, info } = outcome.counts!;
      expect(last).toEqual({
        sheet: outcome.reportSheet,
        status: outcome.vi,
        counts: [error, warning, info],
      });
    } finally {
      undo();
    }
  });

  it("ignores a user's marked copy of the report", async () => {
    const d = createExcelDouble({ maxApi: '1.7', snapshot: sampleSnapshot() });
    const undo = d.installOffice();
    try {
      await runWholeJob(d.context);
      const report = d.model.sheets.find((s) => s.name === 'Bảng Kiểm - Báo cáo')!;
      const copy = newSheet('Bảng Kiểm - Báo cáo (2)');
      copy.names = new Map(report.names);
      d.model.sheets.splice(d.model.sheets.indexOf(report), 1, copy);
      expect(await readLastRun(d.context)).toBeNull();
    } finally {
      undo();
    }
  });
});
