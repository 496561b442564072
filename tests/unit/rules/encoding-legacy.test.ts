/**
 * encoding.legacy, in the manner of ESLint's rule tests: one finding per sheet and encoding, on
 * the first legacy cell, whether the font says so (.VnTime, VNI-Times) or the text alone does.
 */
import { encodeTcvn3 } from '../../../scripts/sample/tcvn3';
import { orgListSheet } from '../../helpers/ruleSheets';
import { testRule } from '../../helpers/ruleTester';
import { xlsxOf } from '../../helpers/specXlsx';
import { encodeVni } from '../text/legacyTables';

const title = 'BẢNG TỔNG HỢP KẾT QUẢ XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2020';
const units: [string, string][] = [
  ['Đảng bộ xã Hòa Sơn', 'Hoàn thành tốt nhiệm vụ'],
  ['Đảng bộ xã Đồng Tiến', 'Hoàn thành xuất sắc nhiệm vụ'],
];
const tcvn3 = units.map(([u, g]): [string, string] => [encodeTcvn3(u), encodeTcvn3(g)]);
const vni = units.map(([u, g]): [string, string] => [encodeVni(u), encodeVni(g)]);
/** Every cell of the units' rows (B6:C7) in one font. */
const font = (name: string) => ({ B6: name, C6: name, B7: name, C7: name });

testRule('encoding.legacy', {
  severity: 'info',
  valid: [
    { name: 'Unicode text', workbook: xlsxOf(orgListSheet('2020', title, units)) },
    {
      name: 'Unicode text in a .VnTime cell is not decoded again',
      workbook: xlsxOf(orgListSheet('2020', title, units, { fonts: font('.VnTime') })),
    },
    {
      name: 'digits and plain ASCII in a .VnTime cell',
      workbook: xlsxOf(
        orgListSheet(
          '2020',
          title,
          [
            ['Chi bo 1', 'HTTNV'],
            ['Chi bo 2', 'HTXSNV'],
          ],
          { fonts: font('.VnTime') },
        ),
      ),
    },
  ],
  invalid: [
    {
      name: 'TCVN3 text in .VnTime cells: one finding at the first legacy cell',
      workbook: xlsxOf(orgListSheet('Năm 2020', title, tcvn3, { fonts: font('.VnTime') })),
      findings: [
        {
          sheet: 'Năm 2020',
          cell: 'B6',
          vi: ['4 ô gõ bằng mã TCVN3', `"${tcvn3[0]![0]}" đọc là "Đảng bộ xã Hòa Sơn"`],
          en: ['4 cells typed in TCVN3', `"${tcvn3[0]![0]}" reads "Đảng bộ xã Hòa Sơn"`],
        },
      ],
    },
    {
      name: 'TCVN3 text told by its characters alone, without a legacy font',
      workbook: xlsxOf(orgListSheet('Năm 2020', title, tcvn3)),
      findings: [
        {
          sheet: 'Năm 2020',
          cell: 'B6',
          vi: ['mã TCVN3', 'đọc là "Đảng bộ xã Hòa Sơn"'],
          en: ['in TCVN3', 'reads "Đảng bộ xã Hòa Sơn"'],
        },
      ],
    },
    {
      name: 'VNI text in VNI-Times cells',
      workbook: xlsxOf(orgListSheet('VNI', title, vni, { fonts: font('VNI-Times') })),
      findings: [
        {
          sheet: 'VNI',
          cell: 'B6',
          vi: ['mã VNI (VNI-Times)', 'đọc là "Đảng bộ xã Hòa Sơn"'],
          en: ['in VNI (VNI-Times)', 'reads "Đảng bộ xã Hòa Sơn"'],
        },
      ],
    },
    {
      name: 'one finding per sheet',
      workbook: xlsxOf(
        orgListSheet('A', title, tcvn3, { fonts: font('.VnTime') }),
        orgListSheet('B', title, units),
        orgListSheet('C', title, vni, { fonts: font('VNI-Times') }),
      ),
      findings: [
        { sheet: 'A', cell: 'B6', vi: ['TCVN3'], en: ['TCVN3'] },
        { sheet: 'C', cell: 'B6', vi: ['VNI'], en: ['VNI'] },
      ],
    },
  ],
});
