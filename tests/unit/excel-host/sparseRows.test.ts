import type { RowData, WorkbookSnapshot } from '../../../src/core/model/snapshot';
import { readSnapshot } from '../../../src/hosts/excel/readSnapshot';
import { createExcelDouble } from '../../helpers/excelDouble';

/** Issue #14 in Excel: rows cost what they hold in the host's blocks as in the xlsx reader. */
function wide(rows: number, withA: boolean): WorkbookSnapshot {
  const data: RowData[] = [];
  for (let r = 0; r < rows; r++) {
    const v: (number | null)[] = [];
    if (withA) v[0] = r + 1;
    v[16383] = 1;
    data.push({ v, cols: withA ? [0, 16383] : [16383] });
  }
  return {
    styles: [{ numFmt: 'General', font: null }],
    sheets: [{ name: 'Rộng', state: 'visible', merges: [], rows: data }],
  };
}

describe('readSnapshot of a sheet whose cells lie far apart', () => {
  let restore: () => void;
  afterEach(() => restore?.());

  it('keeps a row with one value in XFD as that one cell, not 16,384 slots', async () => {
    const double = createExcelDouble({ maxApi: '1.7', snapshot: wide(5_000, false) });
    restore = double.installOffice();
    const snap = await readSnapshot(double.context);
    const rows = snap.sheets[0]!.rows;
    expect(rows).toHaveLength(5_000);
    for (const r of [0, 2_499, 4_999]) {
      expect(rows[r]!.cols).toEqual([16383]);
      expect(Object.keys(rows[r]!.v)).toEqual(['16383']);
      expect(rows[r]!.v[16383]).toBe(1);
    }
  });

  it('reads A and XFD by column bands instead of the 16,384-column used range', async () => {
    // A1:XFD10000 is 164 million cells, which no batch of reads gets through.
    const double = createExcelDouble({ maxApi: '1.7', snapshot: wide(10_000, true) });
    restore = double.installOffice();
    const snap = await readSnapshot(double.context);
    const rows = snap.sheets[0]!.rows;
    expect(rows).toHaveLength(10_000);
    for (const r of [0, 4_999, 9_999]) {
      expect(rows[r]!.cols).toEqual([0, 16383]);
      expect([rows[r]!.v[0], rows[r]!.v[16383]]).toEqual([r + 1, 1]);
    }
    // Two looks at the bands, then the two one-column bands: 20,000 cells, not 164 million.
    const bytes = double.stats.perSync.reduce((n, s) => n + s.responseBytes, 0);
    expect(bytes).toBeLessThan(10_000 * 400);
    expect(double.stats.syncs).toBeLessThan(40);
  });

  it('gives a row that two bands share both bands’ cells, dense when they are close', async () => {
    const snap = wide(1_000, true);
    // Row 0 also holds B..H: its band is cut apart from XFD's but the row comes back whole.
    const row0 = snap.sheets[0]!.rows[0]!;
    for (let c = 1; c < 8; c++) row0.v[c] = c;
    row0.cols = [0, 1, 2, 3, 4, 5, 6, 7, 16383];
    const big = snap.sheets[0]!.rows;
    for (let r = 1000; r < 1100; r++) big[r] = { v: [r] };
    const double = createExcelDouble({ maxApi: '1.7', snapshot: snap });
    restore = double.installOffice();
    const rows = (await readSnapshot(double.context)).sheets[0]!.rows;
    expect(rows[0]!.cols).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 16383]);
    expect(rows[1050]!.cols).toBeUndefined();
    expect(rows[1050]!.v).toEqual([1050]);
  });
});
