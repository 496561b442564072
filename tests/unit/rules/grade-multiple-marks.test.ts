/** grade.multiple-marks: in a list marking the grade with an "x" per level column, two marks on a row. */
import type { Scalar } from '../../../src/core/model/snapshot';
import type { SheetSpec } from '../../helpers/ruleSheets';
import { testRule } from '../../helpers/ruleTester';
import { xlsxOf } from '../../helpers/specXlsx';

/** A tick list: a merged "Kết quả xếp loại" over a column per level, units from row 4. */
function tickList(rows: [string, ...Scalar[]][]): SheetSpec {
  return {
    name: 'Năm 2020',
    rows: [
      ['BẢNG XẾP LOẠI NĂM 2020'],
      ['STT', 'Tên TCCSĐ', 'Kết quả xếp loại', null, null, null],
      [null, null, 'HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'],
      ...rows.map(([name, ...marks], i) => [i + 1, name, ...marks]),
    ],
    merges: ['A2:A3', 'B2:B3', 'C2:F2'],
  };
}

testRule('grade.multiple-marks', {
  severity: 'error',
  valid: [
    {
      name: 'one mark a row, in any case',
      workbook: xlsxOf(
        tickList([
          ['Đảng bộ xã A', 'x', null, null, null],
          ['Đảng bộ xã B', null, 'X', null, null],
          ['Đảng bộ xã C', null, 'x', null, null],
          ['Đảng bộ xã D', null, null, 'x', null],
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: 'a unit marked excellent and good',
      workbook: xlsxOf(
        tickList([
          ['Đảng bộ xã A', 'x', null, null, null],
          ['Đảng bộ xã B', null, 'x', null, null],
          ['Đảng bộ xã C', 'x', 'x', null, null],
          ['Đảng bộ xã D', null, null, 'x', null],
        ]),
      ),
      findings: [
        {
          sheet: 'Năm 2020',
          cell: 'C6',
          vi: ['Đảng bộ xã C có dấu ở cả HTXSNV, HTTNV'],
          en: ['Đảng bộ xã C is marked under HTXSNV, HTTNV'],
        },
      ],
    },
  ],
});
