/**
 * setting.unknown-key: a key cell on an owned settings sheet naming no setting; the row is
 * ignored. Known keys, and "bk:" text on the user's own sheets, say nothing.
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

testRule('setting.unknown-key', {
  severity: 'warning',
  valid: [
    {
      name: 'known keys, a blank value among them',
      workbook: withSettingsRows(list(), [
        { key: 'bk:meetings.regularPerYear', value: 10 },
        { key: 'bk:excellentCap.ratio', value: 0.25 },
        { key: 'bk:lang', value: null },
      ]),
    },
    {
      name: 'a key-like text on a sheet of the user’s is not a setting',
      workbook: xlsxOf(
        orgListSheet('2020', listTitle(2020), [
          ['Xã A', GOOD],
          ['Xã B', 'HTXSNV'],
        ]),
        {
          name: 'Ghi chú',
          rows: [[null, null, 'x', ...Array(22).fill(null), 'bk:unknown.key']],
        },
      ),
    },
  ],
  invalid: [
    {
      name: 'an unknown key and keys reaching for prototypes or output paths',
      workbook: withSettingsRows(list(), [
        { key: 'bk:meetings.regularPerYear', value: 12 },
        { key: 'bk:unknown.key', value: 1 },
        { key: 'bk:__proto__.outDir', value: '/tmp/bk-chosen-by-the-file' },
        { key: 'bk:outDir', value: '/tmp/bk-chosen-by-the-file' },
      ]),
      findings: [
        {
          sheet: SETTINGS_SHEET,
          cell: 'Z4',
          vi: [`Ô Z4 trên trang "${SETTINGS_SHEET}" ghi khóa cài đặt "bk:unknown.key"`],
          en: [`Cell Z4 on sheet "${SETTINGS_SHEET}" holds the setting key "bk:unknown.key"`],
        },
        {
          sheet: SETTINGS_SHEET,
          cell: 'Z5',
          vi: ['"bk:__proto__.outDir"'],
          en: ['"bk:__proto__.outDir"'],
        },
        { sheet: SETTINGS_SHEET, cell: 'Z6', vi: ['"bk:outDir"'], en: ['"bk:outDir"'] },
      ],
    },
  ],
});
