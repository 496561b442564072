/**
 * grade.score-mismatch: from 2025 a grade follows the 100-point score (the superior's when both
 * are given). Silent on earlier years, on scores off the scale, and exactly at each band's floor.
 */
import type { Scalar } from '../../../src/core/model/snapshot';
import type { SheetSpec } from '../../helpers/ruleSheets';
import { testRule } from '../../helpers/ruleTester';
import { xlsxOf } from '../../helpers/specXlsx';

/** A scored list: unit, own score, superior's score, grade. */
function scored(year: number, rows: Scalar[][]): SheetSpec {
  return {
    name: `Năm ${year}`,
    rows: [
      [`KẾT QUẢ XẾP LOẠI NĂM ${year}`],
      ['STT', 'Tên tổ chức cơ sở đảng', 'Tự chấm', 'Cấp trên chấm', 'Xếp loại'],
      ...rows.map((r, i) => [i + 1, ...r]),
    ],
  };
}

const XS = 'Hoàn thành xuất sắc nhiệm vụ';
const T = 'Hoàn thành tốt nhiệm vụ';
const HT = 'Hoàn thành nhiệm vụ';
const K = 'Không hoàn thành nhiệm vụ';

testRule('grade.score-mismatch', {
  severity: 'error',
  valid: [
    {
      name: 'grades that follow the superior score',
      workbook: xlsxOf(
        scored(2025, [
          ['Xã A', 95, 91, XS],
          ['Xã B', 92, 88, T],
          ['Xã C', 60, 49.5, K],
        ]),
      ),
    },
    {
      name: 'each band from its floor: 90, 70, 50',
      workbook: xlsxOf(
        scored(2025, [
          ['Xã A', 90, 90, XS],
          ['Xã B', 70, 70, T],
          ['Xã C', 50, 50, HT],
        ]),
      ),
    },
    {
      name: 'a 2024 list: the score binds nothing yet',
      workbook: xlsxOf(
        scored(2024, [
          ['Xã A', 92, 88, XS],
          ['Xã B', 75, 70, T],
        ]),
      ),
    },
    {
      name: 'scores off the 100-point scale are not checked',
      workbook: xlsxOf(
        scored(2025, [
          ['Xã A', 950, 920, T],
          ['Xã B', 880, 870, T],
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: 'grades that follow the own score instead',
      workbook: xlsxOf(
        scored(2025, [
          ['Xã A', 92, 88, XS],
          ['Xã B', 75, 70, T],
          ['Xã C', 72, 69.9, T],
        ]),
      ),
      findings: [
        {
          sheet: 'Năm 2025',
          cell: 'E3',
          vi: [`Điểm 88 ứng với "${T}"`, `ghi "${XS}"`],
          en: ['A score of 88 means "Completed tasks well"', `the grade says "${XS}"`],
        },
        {
          sheet: 'Năm 2025',
          cell: 'E5',
          vi: [`Điểm 69.9 ứng với "${HT}"`, `ghi "${T}"`],
          en: ['A score of 69.9 means "Completed tasks"', `the grade says "${T}"`],
        },
      ],
    },
  ],
});
