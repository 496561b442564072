import {
  a1,
  absA1,
  absArea,
  absRange,
  absRef,
  colAbsA1,
  columnCells,
  consecutiveRuns,
  localRange,
  onSheet,
  rowCells,
} from '../../../src/core/plan/grid';

describe('grid: A1 arithmetic of the plan', () => {
  it('writes cells relative, absolute and column-absolute, past Z', () => {
    expect(a1(0, 0)).toBe('A1');
    expect(absA1(0, 0)).toBe('$A$1');
    expect(absA1(7, 27)).toBe('$AB$8');
    expect(absA1(1048575, 16383)).toBe('$XFD$1048576');
    expect(colAbsA1(4, 12)).toBe('$M5');
    expect(colAbsA1(99, 702)).toBe('$AAA100');
  });

  it('builds ranges of one row and of one column', () => {
    expect(rowCells(8, 6, 9)).toEqual({ r0: 8, c0: 6, r1: 8, c1: 9 });
    expect(columnCells(3, 8, 40)).toEqual({ r0: 8, c0: 3, r1: 40, c1: 3 });
    expect(localRange(rowCells(8, 6, 9))).toBe('G9:J9');
  });

  it('writes a one-cell range alone, except absArea which keeps both corners', () => {
    expect(localRange(rowCells(4, 3, 3))).toBe('D5');
    expect(absRange('Data', columnCells(3, 4, 4))).toBe('Data!$D$5');
    expect(absArea(columnCells(3, 4, 4))).toBe('$D$5:$D$5');
    expect(absArea(columnCells(0, 8, 40))).toBe('$A$9:$A$41');
  });

  it('quotes a sheet name where a formula would misread it bare', () => {
    expect(absRef('Năm 2020', 7, 3)).toBe("'Năm 2020'!$D$8");
    expect(absRef('Data', 0, 0)).toBe('Data!$A$1');
    expect(absRef("Bob's", 0, 0)).toBe("'Bob''s'!$A$1");
    // Names Excel reads as references or constants.
    for (const name of ['R1C1', 'RC', 'C3', 'TRUE', 'false', 'AB12']) {
      expect(onSheet(name, '$A$1')).toBe(`'${name}'!$A$1`);
    }
    expect(absRange('Năm 2020', columnCells(3, 7, 65))).toBe("'Năm 2020'!$D$8:$D$66");
  });

  it('groups indices into runs of consecutive ones, in the order given', () => {
    expect(consecutiveRuns([])).toEqual([]);
    expect(consecutiveRuns([3, 4, 5, 8, 9, 1])).toEqual([
      [3, 5],
      [8, 9],
      [1, 1],
    ]);
    // Out of order is not a run: a month column before its predecessor starts a new one.
    expect(consecutiveRuns([5, 4])).toEqual([
      [5, 5],
      [4, 4],
    ]);
  });
});
