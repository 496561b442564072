import { shiftFormula } from '../../../src/hosts/xlsx/read/shiftFormula';

describe('shiftFormula', () => {
  it.each([
    ['A1+B1', 1, 0, 'A2+B2'],
    ['A1+B1', 0, 2, 'C1+D1'],
    ['$A1+A$1+$A$1', 3, 3, '$A4+D$1+$A$1'],
    ['SUM(B2:B10)/COUNT($B$2:$B$10)', 2, 0, 'SUM(B4:B12)/COUNT($B$2:$B$10)'],
    ['IF(D7="Hoàn thành A1",1,0)', 1, 0, 'IF(D8="Hoàn thành A1",1,0)'],
    ["'Năm 2020'!D7&Sheet1!A1", 1, 1, "'Năm 2020'!E8&Sheet1!B2"],
    ["'It''s A1'!C3", 1, 0, "'It''s A1'!C4"],
    ['LOG10(A1)+ATAN2(B1,C1)', 1, 0, 'LOG10(A2)+ATAN2(B2,C2)'],
    ['SUM(A:A)+SUM(2:3)', 1, 1, 'SUM(B:B)+SUM(3:4)'],
    ['SUM($A:$A)+SUM($2:$3)', 1, 1, 'SUM($A:$A)+SUM($2:$3)'],
    ['Table1[Xếp loại]&_xlfn.CONCAT(A1)', 1, 0, 'Table1[Xếp loại]&_xlfn.CONCAT(A2)'],
    ['A1-B2', -1, 0, '#REF!-B1'],
    ['COUNTIF(D:D,"x")+#REF!', 1, 0, 'COUNTIF(D:D,"x")+#REF!'],
    ['XFD1+A1048576', 1, 1, '#REF!+#REF!'],
    ['TaxRate*A1', 1, 0, 'TaxRate*A2'],
    ['A1', 0, 0, 'A1'],
  ])('%s moved by (%i, %i) → %s', (formula, dr, dc, want) => {
    expect(shiftFormula(formula, dr, dc)).toBe(want);
  });
});

describe('shiftFormula leaves look-alikes alone', () => {
  it.each([
    ['TAXA1+A1', 'TAXA1+A2'],
    ['1.5E+10*A1', '1.5E+10*A2'],
    ['Q1_total+B$3', 'Q1_total+B$3'],
    ['[1]Sheet1!A1', '[1]Sheet1!A2'],
    ['A1:B2 C3', 'A2:B3 C4'],
  ])('%s moved one row → %s', (formula, want) => {
    expect(shiftFormula(formula, 1, 0)).toBe(want);
  });
});
