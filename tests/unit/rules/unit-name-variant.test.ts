/**
 * unit.name-variant: one organization spelled differently across sheets or years; the most used
 * spelling is the usual one and each other spelling is named once, with what makes it differ.
 */
import { GOOD, listTitle, memberListSheet, orgListSheet } from '../../helpers/ruleSheets';
import { testRule } from '../../helpers/ruleTester';
import { xlsxOf } from '../../helpers/specXlsx';

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
  ],
});
