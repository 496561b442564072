import type { WorkbookSnapshot } from '../../../src/core/model/snapshot';
import { readSnapshot } from '../../../src/hosts/excel/readSnapshot';
import { createExcelDouble } from '../../helpers/excelDouble';

/** A workbook as a user might have it: two data sheets, a hidden one and an owned output. */
function sample(): WorkbookSnapshot {
  return {
    styles: [
      { numFmt: 'General', font: null },
      { numFmt: 'General', font: 'Times New Roman' },
      { numFmt: '0.0%', font: null },
      { numFmt: 'dd/mm/yyyy', font: null },
      { numFmt: 'General', font: '.VnTime' },
    ],
    sheets: [
      {
        name: 'Năm 2020',
        state: 'visible',
        merges: [{ r0: 0, c0: 0, r1: 0, c1: 3 }],
        hiddenRows: [3],
        rows: [
          { v: ['DANH SÁCH XẾP LOẠI'], s: [1] },
          undefined,
          { v: ['STT', 'Tên chi bộ', 'Xếp loại', 'Tỷ lệ'], s: [1, 1, 1, 1] },
          { v: [1, 'Chi bộ thôn Hòa Sơn', 'HTTNV', 0.189], s: [0, 4, 1, 2] },
          {
            v: [2, '=SUM(A1)', 'HTXSNV', '#DIV/0!'],
            s: [0, 1, 1, 2],
            f: { 3: 'C4/0' },
            e: [3],
          },
          { v: [null, null, 44197, true], s: [0, 0, 3] },
        ],
      },
      {
        name: 'Ẩn',
        state: 'hidden',
        merges: [],
        rows: [undefined, undefined, { v: [null, 'x', 'không phông'], s: [0, 1] }],
      },
      { name: 'Trống', state: 'veryHidden', merges: [], rows: [] },
      {
        name: 'Bảng Kiểm - Báo cáo',
        state: 'visible',
        owned: true,
        merges: [],
        rows: [{ v: ['Báo cáo', 3], s: [1] }],
      },
    ],
  };
}

/** The same workbook as Excel reports it: a text cell without a font has Excel's default font. */
function expectedWithFonts(): WorkbookSnapshot {
  const snap = sample();
  snap.styles.push({ numFmt: 'General', font: 'Calibri' });
  snap.sheets[1]!.rows[2]!.s = [0, 1, snap.styles.length - 1];
  return snap;
}

describe('readSnapshot against the strict double (Microsoft 365, ExcelApi 1.16)', () => {
  let restore: () => void;
  afterEach(() => restore?.());

  it('reads a multi-sheet workbook into the snapshot it holds', async () => {
    const double = createExcelDouble({ maxApi: '1.16', snapshot: sample() });
    restore = double.installOffice();
    const snap = await readSnapshot(double.context);
    expect(snap.sheets.map((s) => [s.name, s.state, s.owned ?? false])).toEqual([
      ['Năm 2020', 'visible', false],
      ['Ẩn', 'hidden', false],
      ['Trống', 'veryHidden', false],
      ['Bảng Kiểm - Báo cáo', 'visible', true],
    ]);
    // Bảng Kiểm's own report is output, not data: it is not read.
    const expected = expectedWithFonts();
    expected.sheets[3]!.rows = [];
    expect(resolveStyles(snap)).toEqual(resolveStyles(expected));
    expect(snap.sheets[0]!.merges).toEqual([{ r0: 0, c0: 0, r1: 0, c1: 3 }]);
    // Hidden rows are not read: nothing in the checks uses them.
    expect(snap.sheets.map((s) => s.hiddenRows)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    // 1 sheet list + 1 used ranges + 1 batch of cells
    expect(double.stats.syncs).toBe(3);
  });
});

/** Rows with style indexes replaced by the styles, so two style tables compare by content. */
function resolveStyles(snap: WorkbookSnapshot) {
  return snap.sheets.map((s) =>
    Array.from(s.rows, (row) =>
      row
        ? {
            v: row.v,
            f: row.f ?? {},
            e: row.e ?? [],
            s: row.v.map((v, c) => (v === null ? null : snap.styles[row.s?.[c] ?? 0])),
          }
        : null,
    ),
  );
}
