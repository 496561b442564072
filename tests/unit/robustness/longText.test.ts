import fc from 'fast-check';
import type { WorkbookSnapshot } from '../../../src/core/model/snapshot';
import { isEndOfTableText } from '../../../src/core/recognize/tableBody';
import { labelKey } from '../../../src/core/text/normalize';
import { MAX_CELL_TEXT, SheetView } from '../../../src/core/view/sheetView';

/** The pattern isEndOfTableText had, which backtracks through every "ngay" and "thang". */
const OLD =
  /^(nguoi lap( bieu)?|noi nhan|xac nhan|t\/?m |tm |k t |kt |truong ban|pho truong ban|ky ten|thu truong|(pho )?bi thu$|ban to chuc huyen uy$|ghi chu\b|chu thich\b|nguoi xuat|nguoi ky)|\bngay\b.*\bthang\b.*\bnam\b/;

function view(rows: WorkbookSnapshot['sheets'][number]['rows'], merges = []): SheetView {
  const wb: WorkbookSnapshot = {
    styles: [{ numFmt: 'General', font: null }],
    sheets: [{ name: 'S', state: 'visible', merges, rows }],
  };
  return new SheetView(wb, wb.sheets[0]!);
}

describe('long texts are matched on what an Excel cell holds, once', () => {
  it('finds a place-and-date line as the old pattern did, without its backtracking', () => {
    const word = fc.constantFrom(
      'ngày',
      'ngay',
      'tháng',
      'thang',
      'năm',
      'nam',
      'x',
      'ngaythang',
      '-',
      ',',
      '12',
      'Hữu Lũng',
    );
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 12 }),
        fc.constantFrom(' ', '', '  '),
        (words, sep) => {
          const text = words.join(sep);
          expect(isEndOfTableText(text)).toBe(OLD.test(labelKey(text).replace(/^[-*\s]+/, '')));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('cuts a text past 32,767 characters for matching and notes the cell once', () => {
    const huge = 'Hòa Sơn '.repeat(5_000_000);
    const v = view([{ v: ['x', huge] }]);
    for (let i = 0; i < 5; i++) expect(v.text(0, 1).length).toBeLessThanOrEqual(MAX_CELL_TEXT);
    expect(v.text(0, 1).startsWith('Hòa Sơn Hòa Sơn')).toBe(true);
    expect(v.long).toEqual([{ row: 0, col: 1, length: huge.length }]);
    expect(v.labelOf(v.text(0, 1))).toBe(labelKey(v.text(0, 1)));
    expect(v.text(0, 0)).toBe('x');
  });

  it('visits a sparse row’s cells and the merged cells around them, not 16,384 columns', () => {
    const v = view(
      [
        { v: Object.assign([], { 0: 'STT', 2: 'Xếp loại', 16383: 'x' }), cols: [0, 2, 16383] },
        { v: ['a', 'b', 'c', 'd'] },
      ],
      [{ r0: 0, c0: 2, r1: 0, c1: 4 }] as never,
    );
    expect(v.columns(0)).toEqual([0, 2, 3, 4, 16383]);
    expect(v.columns(1)).toEqual([0, 1, 2, 3]);
    expect(v.columns(0, 1)).toEqual([0, 1, 2, 3, 4, 16383]);
    expect(v.rowTexts(0).map((t) => t.col)).toEqual([0, 2, 16383]);
    expect(v.headerText(0, 3)).toBe('Xếp loại');
    expect(v.lastColumn(0)).toBe(16383);
  });
});
