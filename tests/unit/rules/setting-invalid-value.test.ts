/**
 * setting.invalid-value: a known setting whose value has the wrong type or is out of range; the
 * default stands. Score bands out of order are all set aside. A blank value is no value.
 */
import { GOOD, listTitle, orgListSheet } from '../../helpers/ruleSheets';
import { testRule } from '../../helpers/ruleTester';
import { SETTINGS_SHEET, withSettingsRows, xlsxOf } from '../../helpers/specXlsx';

const list = () =>
  xlsxOf(
    orgListSheet('2020', listTitle(2020), [
      ['Xã A', GOOD],
      ['Xã B', 'HTXSNV'],
    ]),
  );

testRule('setting.invalid-value', {
  severity: 'warning',
  valid: [
    {
      name: 'values of the right type and range',
      workbook: withSettingsRows(list(), [
        { key: 'bk:meetings.regularPerYear', value: 10 },
        { key: 'bk:excellentCap.ratio', value: 0.25 },
        { key: 'bk:excellentCap.base', value: 'good' },
        { key: 'bk:lang', value: 'en' },
        { key: 'bk:scoreBands.excellent', value: 85 },
      ]),
    },
    {
      name: 'a blank value leaves the default',
      workbook: withSettingsRows(list(), [{ key: 'bk:meetings.regularPerYear', value: null }]),
    },
  ],
  invalid: [
    {
      name: 'a number in words and a ratio above one',
      workbook: withSettingsRows(list(), [
        { key: 'bk:meetings.regularPerYear', value: 'mười hai' },
        { key: 'bk:excellentCap.ratio', value: 7 },
        { key: 'bk:meetings.attendanceMin', value: 0.9 },
      ]),
      findings: [
        {
          sheet: SETTINGS_SHEET,
          cell: 'C3',
          vi: ['Cài đặt "meetings.regularPerYear" ở ô C3 có giá trị "mười hai" không hợp lệ'],
          en: ['Setting "meetings.regularPerYear" in cell C3 has the value "mười hai"'],
        },
        {
          sheet: SETTINGS_SHEET,
          cell: 'C4',
          vi: ['"excellentCap.ratio" ở ô C4 có giá trị "7"'],
          en: ['"excellentCap.ratio" in cell C4 has the value "7"'],
        },
      ],
    },
    {
      name: 'score bands out of order: both set aside',
      workbook: withSettingsRows(list(), [
        { key: 'bk:scoreBands.excellent', value: 60 },
        { key: 'bk:scoreBands.good', value: 70 },
      ]),
      findings: [
        {
          sheet: SETTINGS_SHEET,
          cell: 'C3',
          vi: ['"scoreBands.excellent"', 'pass ≤ good ≤ excellent'],
          en: ['"scoreBands.excellent"', 'pass ≤ good ≤ excellent'],
        },
        {
          sheet: SETTINGS_SHEET,
          cell: 'C4',
          vi: ['"scoreBands.good"'],
          en: ['"scoreBands.good"'],
        },
      ],
    },
  ],
});
