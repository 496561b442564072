import { OfficeMockObject } from 'office-addin-mock';
import type { RowData } from '../../../src/core/model/snapshot';
import { loadedBlock, queueBlockRead } from '../../../src/hosts/excel/blockRead';
import { blockToRows } from '../../../src/hosts/excel/blockRows';
import { goToCell } from '../../../src/hosts/excel/navigate';
import { StyleTable } from '../../../src/hosts/excel/styleTable';

/**
 * office-addin-mock, Microsoft's own mocking tool, for the basic read of one block. It has no
 * collections, so the whole-workbook read is tested on the stricter double instead.
 */
function mockWorkbook() {
  const range = {
    values: [
      ['Tên chi bộ', 'Xếp loại', 'Tỷ lệ'],
      ['Chi bộ 1', 'HTTNV', '#DIV/0!'],
    ],
    formulas: [
      ['Tên chi bộ', 'Xếp loại', 'Tỷ lệ'],
      ['Chi bộ 1', 'HTTNV', '=B2/0'],
    ],
    numberFormat: [
      ['General', 'General', 'General'],
      ['General', 'General', '0%'],
    ],
    valueTypes: [
      ['String', 'String', 'String'],
      ['String', 'String', 'Error'],
    ],
    select() {},
  };
  const sheet = {
    range,
    getRangeByIndexes(this: { range: unknown }) {
      return this.range;
    },
    getRange(this: { range: unknown }) {
      return this.range;
    },
    activate() {},
  };
  return new OfficeMockObject({
    workbook: {
      worksheets: {
        sheet,
        getItem(this: { sheet: unknown }) {
          return this.sheet;
        },
      },
    },
  });
}

describe('Excel host under office-addin-mock', () => {
  it('reads one block of values, formulas, formats and error cells', async () => {
    const context = mockWorkbook();
    const ctx = context as unknown as Excel.RequestContext;
    const range = ctx.workbook.worksheets.getItem('Năm 2020').getRangeByIndexes(4, 1, 2, 3);
    const q = queueBlockRead(range, false);
    // The mock's weakness: an unsynced read gives a string, not an error.
    expect(String(range.values)).toMatch(/not called|not loaded/);
    await context.sync();
    const styles = new StyleTable();
    const rows: (RowData | undefined)[] = [];
    blockToRows(loadedBlock(q, 4, 1), styles, rows);
    expect(rows[4]).toEqual({ v: [null, 'Tên chi bộ', 'Xếp loại', 'Tỷ lệ'] });
    // Style index only on the 0% cell: the others keep the default (a hole).
    const styled: number[] = [];
    styled[3] = 1;
    expect(rows[5]).toEqual({
      v: [null, 'Chi bộ 1', 'HTTNV', '#DIV/0!'],
      e: [3],
      f: { 3: 'B2/0' },
      s: styled,
    });
    expect(styles.styles).toEqual([
      { numFmt: 'General', font: null },
      { numFmt: '0%', font: null },
    ]);
  });

  it('goToCell activates the sheet and selects the cell', async () => {
    const context = mockWorkbook();
    const sheet = context.workbook.worksheets.sheet;
    const calls: string[] = [];
    sheet.activate = () => calls.push('activate');
    sheet.range.select = () => calls.push('select');
    await goToCell(context as unknown as Excel.RequestContext, 'Năm 2020', 'C7');
    expect(calls).toEqual(['activate', 'select']);
  });
});
