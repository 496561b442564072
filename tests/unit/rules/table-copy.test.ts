/**
 * table.copy: a list repeated unit for unit and grade for grade in the same year (a copy laid
 * out for printing) is counted once and said so; lists that differ, or of another year, are not
 * copies.
 */
import type { Scalar } from '../../../src/core/model/snapshot';
import { checkJob } from '../../../src/core/job';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';
import type { SheetSpec } from '../../helpers/ruleSheets';
import { testRule } from '../../helpers/ruleTester';
import { xlsxOf } from '../../helpers/specXlsx';

const UNITS: [string, string][] = [
  ['Đảng bộ xã An Lạc', 'HTTNV'],
  ['Đảng bộ xã Bình Minh', 'HTXSNV'],
  ['Đảng bộ xã Cẩm Lý', 'HTNV'],
  ['Đảng bộ thị trấn Đồi Ngô', 'HTTNV'],
];

const rowsOf = (units: [string, string][]): Scalar[][] => [
  ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại'],
  ...units.map(([u, g], i) => [i + 1, u, g]),
];

/** One list, or two side by side with a blank column between (a sheet laid out for printing). */
function sheet(
  name: string,
  year: number,
  left: [string, string][],
  right?: [string, string][],
): SheetSpec {
  const a = rowsOf(left);
  const b = right ? rowsOf(right) : [];
  return {
    name,
    rows: [
      [`KẾT QUẢ XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM ${year}`],
      ...a.map((r, i) => (b[i] ? [...r, null, ...b[i]!] : r)),
    ],
  };
}

const regraded: [string, string][] = UNITS.map(([u, g], i) => [u, i === 2 ? 'HTTNV' : g]);

testRule('table.copy', {
  severity: 'info',
  valid: [
    { name: 'one list', workbook: xlsxOf(sheet('Năm 2020', 2020, UNITS)) },
    {
      name: 'the same units graded otherwise beside it',
      workbook: xlsxOf(sheet('Năm 2020', 2020, UNITS, regraded)),
    },
    {
      name: 'the same list in another year (nothing changed from one year to the next)',
      workbook: xlsxOf(sheet('Năm 2020', 2020, UNITS), sheet('Năm 2021', 2021, UNITS)),
    },
  ],
  invalid: [
    {
      name: 'a copy beside the original',
      workbook: xlsxOf(sheet('In A3', 2020, UNITS, UNITS)),
      findings: [
        {
          sheet: 'In A3',
          cell: 'G3',
          vi: ['Danh sách ở In A3!E2:G6 giống hệt danh sách ở In A3!A2:C6 (năm 2020, 4 đơn vị)'],
          en: ['The list at In A3!E2:G6 repeats the one at In A3!A2:C6 (2020, 4 units)'],
        },
      ],
    },
  ],
});

describe('a copied list', () => {
  it('is counted once, and its findings are not reported twice', () => {
    const withTypo: [string, string][] = UNITS.map(([u, g], i) => [u, i === 0 ? 'Khá' : g]);
    const once = checkJob(readXlsx(xlsxOf(sheet('In A3', 2020, withTypo))), {}).check.report;
    const twice = checkJob(readXlsx(xlsxOf(sheet('In A3', 2020, withTypo, withTypo))), {}).check
      .report;
    expect(twice.results.ratings).toEqual(once.results.ratings);
    const unknown = (r: typeof once) => r.issues.filter((f) => f.rule === 'grade.unknown').length;
    expect(unknown(twice)).toBe(1);
    expect(unknown(once)).toBe(1);
  });
});
