/**
 * grade.unknown: a grade cell naming no grade of either scheme, with the nearest grade as a hint.
 * Silent on every spelling a board types, and on a remark in parentheses after a grade.
 */
import { GOOD, listTitle, orgListSheet } from '../../helpers/ruleSheets';
import { testRule } from '../../helpers/ruleTester';
import { xlsxOf } from '../../helpers/specXlsx';

testRule('grade.unknown', {
  severity: 'error',
  valid: [
    {
      name: 'full, abbreviated, short, unaccented and NFD grades',
      workbook: xlsxOf(
        orgListSheet('2020', listTitle(2020), [
          ['Xã A', 'HTTNV'],
          ['Xã B', 'Xuất sắc'],
          ['Xã C', 'hoan thanh nhiem vu'],
          ['Xã D', GOOD.normalize('NFD')],
          ['Xã E', 'KHTNV'],
        ]),
      ),
    },
    {
      name: 'a remark in parentheses after a grade, and a trailing period',
      workbook: xlsxOf(
        orgListSheet('2020', listTitle(2020), [
          ['Xã A', 'Hoàn thành tốt nhiệm vụ (đề nghị khen)'],
          ['Xã B', 'HTTNV (đã kiểm điểm)'],
          ['Xã C', 'Hoàn thành xuất sắc nhiệm vụ.'],
        ]),
      ),
    },
    {
      name: 'a remark after a comma, a dash or a semicolon',
      workbook: xlsxOf(
        orgListSheet('2020', listTitle(2020), [
          ['Xã A', 'Hoàn thành tốt nhiệm vụ, đề nghị khen'],
          ['Xã B', 'HTTNV - đề nghị UBKT xem xét'],
          ['Xã C', 'Hoàn thành nhiệm vụ; có 1 đv vi phạm'],
          ['Xã D', 'Hoàn thành nhiệm vụ, xếp loại lại'],
          ['Xã E', 'Trong sạch, vững mạnh, đề nghị khen'],
          ['Xã G', 'HTXSNV – tiêu biểu'],
        ]),
      ),
    },
    {
      name: 'units not yet rated: "Chưa xếp loại", "Chưa đánh giá", "Mới thành lập"',
      workbook: xlsxOf(
        orgListSheet('2020', listTitle(2020), [
          ['Xã A', 'Chưa xếp loại'],
          ['Xã B', GOOD],
          ['Xã C', 'Chưa đánh giá'],
          ['Xã D', 'HTNV'],
          ['Xã E', 'Mới thành lập'],
          ['Xã G', 'Không đánh giá'],
          ['Xã H', GOOD],
        ]),
      ),
    },
    {
      name: 'a remark in the note column beside the grade',
      workbook: xlsxOf({
        name: '2020',
        rows: [
          [listTitle(2020)],
          ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại', 'Ghi chú'],
          [1, 'Xã A', GOOD, 'Đề nghị tặng giấy khen'],
          [2, 'Xã B', 'HTNV', 'Chưa kiểm điểm'],
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'a typo (with its hint) and a number',
      workbook: xlsxOf(
        orgListSheet('2019', listTitle(2019), [
          ['Xã A', 'HTTVN'],
          ['Xã B', GOOD],
          ['Xã C', 3],
        ]),
      ),
      findings: [
        {
          sheet: '2019',
          cell: 'C6',
          vi: ['"HTTVN" không phải mức xếp loại', `có phải "${GOOD}"?`],
          en: ['"HTTVN" is not a known grade', `did you mean "${GOOD}"?`],
        },
        {
          sheet: '2019',
          cell: 'C8',
          vi: ['"3" không phải mức xếp loại;'],
          en: ['"3" is not a known grade;'],
        },
      ],
    },
    {
      name: 'a remark that names another grade leaves the cell ambiguous',
      workbook: xlsxOf(
        orgListSheet('2020', listTitle(2020), [
          ['Xã A', 'HTTNV (HTXSNV)'],
          ['Xã B', GOOD],
        ]),
      ),
      findings: [{ sheet: '2020', cell: 'C6', vi: ['"HTTNV (HTXSNV)"'], en: ['"HTTNV (HTXSNV)"'] }],
    },
    {
      name: 'a text naming two grades, whatever separates them, stays unknown',
      workbook: xlsxOf(
        orgListSheet('2020', listTitle(2020), [
          ['Xã A', 'HTTNV - HTXSNV'],
          ['Xã B', 'Hoàn thành nhiệm vụ, đề nghị Hoàn thành tốt nhiệm vụ'],
          ['Xã C', 'HTNV; không hoàn thành nhiệm vụ'],
          ...['D', 'E', 'G', 'H', 'I', 'K', 'L', 'M', 'N'].map((x): [string, string] => [
            `Xã ${x}`,
            GOOD,
          ]),
        ]),
      ),
      findings: [
        { sheet: '2020', cell: 'C6', vi: ['"HTTNV - HTXSNV"'], en: ['"HTTNV - HTXSNV"'] },
        {
          sheet: '2020',
          cell: 'C7',
          vi: ['đề nghị Hoàn thành tốt'],
          en: ['đề nghị Hoàn thành tốt'],
        },
        { sheet: '2020', cell: 'C8', vi: ['"HTNV; không'], en: ['"HTNV; không'] },
      ],
    },
  ],
});
