/**
 * unit.name-variant: one organization spelled differently across sheets or years; the most used
 * spelling is the usual one and each other spelling is named once, with what makes it differ.
 */
import {
  GOOD,
  listTitle,
  memberListSheet,
  orgListSheet,
  type SheetSpec,
} from '../../helpers/ruleSheets';
import { testRule } from '../../helpers/ruleTester';
import { xlsxOf } from '../../helpers/specXlsx';

/** Party cells by commune, the commune in a column of its own. */
function byCommune(year: number, cells: [string, string][]): SheetSpec {
  return {
    name: String(year),
    rows: [
      [listTitle(year)],
      ['STT', 'Đảng bộ xã', 'Chi bộ', 'Xếp loại'],
      ...cells.map(([commune, cell], i) => [i + 1, commune, cell, 'HTTNV']),
    ],
  };
}

/** Party cells numbered "1.1", "2.1" under their commune's committee, no commune column. */
function numbered(year: number, communes: [string, string[]][]): SheetSpec {
  return {
    name: String(year),
    rows: [
      [listTitle(year)],
      ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại'],
      ...communes.flatMap(([commune, cells], i) => [
        [i + 1, commune, 'HTTNV'],
        ...cells.map((cell, j) => [`${i + 1}.${j + 1}`, cell, 'HTTNV']),
      ]),
    ],
  };
}

testRule('unit.name-variant', {
  severity: 'info',
  valid: [
    {
      name: 'the same spelling every year',
      workbook: xlsxOf(
        orgListSheet('2019', listTitle(2019), [['Xã Hòa Sơn', GOOD]]),
        orgListSheet('2020', listTitle(2020), [['Xã Hòa Sơn', GOOD]]),
      ),
    },
    {
      name: 'two units one tone mark apart are not spellings of one',
      workbook: xlsxOf(
        orgListSheet('2019', listTitle(2019), [
          ['Xã Hòa Sơn', GOOD],
          ['Xã Hóa Sơn', GOOD],
        ]),
        orgListSheet('2020', listTitle(2020), [
          ['Xã Hòa Sơn', GOOD],
          ['Xã Hóa Sơn', GOOD],
        ]),
      ),
    },
    {
      name: 'members are people, not organizations: their names are not compared',
      workbook: xlsxOf(
        memberListSheet([
          ['Nguyễn Văn Hòa', 'Chi bộ Thôn A', 'HTTNV'],
          ['Nguyễn Văn Hoà', 'Chi bộ Thôn B', 'HTTNV'],
          ['Trần Thị Bình', 'Chi bộ Thôn A', 'HTTNV'],
        ]),
      ),
    },
    {
      name: 'namesake party cells of two communes, typed in different case, are two units',
      workbook: xlsxOf(
        byCommune(2020, [
          ['Hòa Sơn', 'Chi bộ Thôn 1'],
          ['Hòa Sơn', 'Chi bộ Thôn 2'],
          ['Đồng Tiến', 'Chi bộ thôn 1'],
        ]),
        byCommune(2021, [
          ['Hòa Sơn', 'Chi bộ Thôn 1'],
          ['Hòa Sơn', 'Chi bộ Thôn 2'],
          ['Đồng Tiến', 'Chi bộ thôn 1'],
        ]),
      ),
    },
    {
      name: 'namesake party cells numbered under two communes (1.1 / 2.1) are two units',
      workbook: xlsxOf(
        ...[2020, 2021].map((year) =>
          numbered(year, [
            ['Đảng bộ xã Hòa Sơn', ['Chi bộ Thôn 1', 'Chi bộ Thôn 2']],
            ['Đảng bộ xã Đồng Tiến', ['Chi bộ thôn 1', 'Chi bộ thôn 3']],
          ]),
        ),
      ),
    },
  ],
  invalid: [
    {
      name: 'another tone placement in one year',
      workbook: xlsxOf(
        orgListSheet('2018', listTitle(2018), [['Xã Hòa Sơn', GOOD]]),
        orgListSheet('2019', listTitle(2019), [['Xã Hòa Sơn', GOOD]]),
        orgListSheet('2020', listTitle(2020), [['Xã Hoà Sơn', GOOD]]),
      ),
      findings: [
        {
          sheet: '2020',
          cell: 'B6',
          vi: ['"Xã Hoà Sơn" là cách viết khác của "Xã Hòa Sơn"', "'2018'!B6"],
          en: ['"Xã Hoà Sơn" is another spelling of "Xã Hòa Sơn"', "'2018'!B6"],
        },
      ],
    },
    {
      name: 'a doubled space and a decomposed name are shown as such',
      workbook: xlsxOf(
        orgListSheet('2018', listTitle(2018), [['Xã Hòa Sơn', GOOD]]),
        orgListSheet('2019', listTitle(2019), [['Xã Hòa  Sơn', GOOD]]),
        orgListSheet('2020', listTitle(2020), [['Xã Hòa Sơn'.normalize('NFD'), GOOD]]),
        orgListSheet('2021', listTitle(2021), [['Xã Hòa Sơn', GOOD]]),
      ),
      findings: [
        { sheet: '2019', cell: 'B6', vi: ['"Xã Hòa··Sơn"'], en: ['"Xã Hòa··Sơn"'] },
        { sheet: '2020', cell: 'B6', vi: ['(Unicode NFD)'], en: ['(Unicode NFD)'] },
      ],
    },
    {
      name: 'a party cell spelled another way in its own commune',
      workbook: xlsxOf(
        byCommune(2020, [
          ['Hòa Sơn', 'Chi bộ Thôn 1'],
          ['Đồng Tiến', 'Chi bộ Thôn Hòa Bình'],
        ]),
        byCommune(2021, [
          ['Hòa Sơn', 'Chi bộ Thôn 1'],
          ['Đồng Tiến', 'Chi bộ Thôn Hoà Bình'],
        ]),
        byCommune(2022, [
          ['Hòa Sơn', 'Chi bộ Thôn 1'],
          ['Đồng Tiến', 'Chi bộ Thôn Hòa Bình'],
        ]),
      ),
      findings: [
        {
          sheet: '2021',
          cell: 'C4',
          vi: ['"Chi bộ Thôn Hoà Bình" là cách viết khác của "Chi bộ Thôn Hòa Bình"', "'2020'!C4"],
          en: ['"Chi bộ Thôn Hoà Bình" is another spelling of "Chi bộ Thôn Hòa Bình"', "'2020'!C4"],
        },
      ],
    },
    {
      name: 'a party cell numbered under its commune, spelled another way one year',
      workbook: xlsxOf(
        ...[2020, 2021, 2022].map((year) =>
          numbered(year, [
            ['Đảng bộ xã Hòa Sơn', ['Chi bộ Thôn 1']],
            ['Đảng bộ xã Đồng Tiến', [year === 2021 ? 'Chi bộ thôn 1' : 'Chi bộ Thôn 1']],
          ]),
        ),
      ),
      findings: [
        {
          sheet: '2021',
          cell: 'B6',
          vi: ['"Chi bộ thôn 1" là cách viết khác của "Chi bộ Thôn 1"', "'2020'!B6"],
          en: ['"Chi bộ thôn 1" is another spelling of "Chi bộ Thôn 1"', "'2020'!B6"],
        },
      ],
    },
  ],
});
