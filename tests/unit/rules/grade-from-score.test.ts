/**
 * grade.from-score: a list of the 2025 rating on with a 100-point score and no grade column is
 * graded by the score's band, said once per list. Silent where a grade column exists (the grades
 * are read, the score only checks them) and before 2025 (a score binds nothing then).
 */
import type { Scalar } from '../../../src/core/model/snapshot';
import type { SheetSpec } from '../../helpers/ruleSheets';
import { testRule } from '../../helpers/ruleTester';
import { xlsxOf } from '../../helpers/specXlsx';

/** A list under a title: STT, then the given headers and rows. */
function list(year: number, header: string[], rows: Scalar[][]): SheetSpec {
  return {
    name: `Năm ${year}`,
    rows: [
      [`KẾT QUẢ ĐÁNH GIÁ TỔ CHỨC CƠ SỞ ĐẢNG NĂM ${year}`],
      ['STT', ...header],
      ...rows.map((r, i) => [i + 1, ...r]),
    ],
  };
}

const T = 'Hoàn thành tốt nhiệm vụ';
const XS = 'Hoàn thành xuất sắc nhiệm vụ';

testRule('grade.from-score', {
  severity: 'info',
  valid: [
    {
      name: 'a 2025 list with its grades typed beside the score',
      workbook: xlsxOf(
        list(
          2025,
          ['Tên tổ chức cơ sở đảng', 'Tổng điểm', 'Xếp loại'],
          [
            ['Đảng bộ xã A', 92, XS],
            ['Đảng bộ xã B', 81, T],
            ['Đảng bộ xã C', 75, T],
          ],
        ),
      ),
    },
    {
      name: 'a 2024 list with only scores: nothing is graded from them',
      recognized: false,
      workbook: xlsxOf(
        list(
          2024,
          ['Tên tổ chức cơ sở đảng', 'Tổng điểm'],
          [
            ['Đảng bộ xã A', 92],
            ['Đảng bộ xã B', 81],
            ['Đảng bộ xã C', 45],
          ],
        ),
      ),
    },
  ],
  invalid: [
    {
      name: 'a 2025 list with only the higher level’s score: graded by its band, said once',
      workbook: xlsxOf(
        list(
          2025,
          ['Tên tổ chức cơ sở đảng', 'Điểm tự chấm', 'Điểm thẩm định'],
          [
            ['Đảng bộ xã A', 95, 91],
            ['Đảng bộ xã B', 90, 88],
            ['Đảng bộ xã C', 60, 49],
            ['Đảng bộ xã D', 72, 70],
          ],
        ),
      ),
      findings: [
        {
          sheet: 'Năm 2025',
          cell: 'D2',
          vi: ['xếp loại 4 đơn vị theo điểm', 'Điểm thẩm định', 'từ 90 xuất sắc'],
          en: ['4 units graded by their scores', 'Điểm thẩm định', '90+ excellent'],
        },
      ],
    },
  ],
});
