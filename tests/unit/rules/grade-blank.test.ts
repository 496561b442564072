/** grade.blank: a listed unit whose grade cell is empty or only spaces; not a group or total line. */
import { GOOD, listTitle, orgListSheet } from '../../helpers/ruleSheets';
import { testRule } from '../../helpers/ruleTester';
import { xlsxOf } from '../../helpers/specXlsx';

testRule('grade.blank', {
  severity: 'warning',
  valid: [
    {
      name: 'every unit graded',
      workbook: xlsxOf(
        orgListSheet('2020', listTitle(2020), [
          ['Xã A', GOOD],
          ['Xã B', 'HTXSNV'],
        ]),
      ),
    },
    {
      name: 'a group row and the signature line have no grade',
      workbook: xlsxOf(orgListSheet('2020', listTitle(2020), [['Xã A', GOOD]])),
    },
    {
      name: 'a total line without a grade is not a unit',
      workbook: xlsxOf({
        name: '2020',
        rows: [
          [listTitle(2020)],
          ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại'],
          [1, 'Xã A', GOOD],
          [2, 'Xã B', 'HTNV'],
          [null, 'Cộng', null],
        ],
      }),
    },
    {
      name: 'a year column left blank for a unit not yet listed that year',
      workbook: xlsxOf({
        name: 'Tổng hợp 3 năm',
        rows: [
          ['KẾT QUẢ XẾP LOẠI 2018 - 2020'],
          ['STT', 'Tên tổ chức cơ sở đảng', 'Năm 2018', 'Năm 2019', 'Năm 2020'],
          [1, 'Xã A', 'HTXSNV', 'HTTNV', 'HTTNV'],
          [2, 'Xã B', null, 'HTTNV', 'HTXSNV'],
          [3, 'Xã C', 'HTNV', 'HTTNV', 'HTTNV'],
        ],
      }),
    },
    {
      name: 'a blank grade whose note gives the reason (exempt, moved away, deceased)',
      workbook: xlsxOf({
        name: 'ĐV 2023',
        rows: [
          ['DANH SÁCH XẾP LOẠI ĐẢNG VIÊN NĂM 2023'],
          ['STT', 'Họ và tên', 'Xếp loại', 'Ghi chú'],
          [1, 'Nguyễn Văn An', 'HTTNV', null],
          [2, 'Trần Thị Bình', null, 'Miễn đánh giá (tuổi cao)'],
          [3, 'Lê Văn Cường', 'HTNV', null],
          [4, 'Phạm Thị Dung', null, 'Đã chuyển sinh hoạt tháng 10'],
          [5, 'Võ Văn Em', null, 'Từ trần'],
          [6, 'Đặng Thị Giang', 'HTTNV', 'Đề nghị khen'],
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'a unit with an empty grade cell, and one with spaces only',
      workbook: xlsxOf(
        orgListSheet('Năm 2020', listTitle(2020), [
          ['Xã A', GOOD],
          ['Xã B', null],
          ['Xã C', '  '],
        ]),
      ),
      findings: [
        { sheet: 'Năm 2020', cell: 'C7', vi: ['Xã B chưa có xếp loại'], en: ['Xã B has no grade'] },
        { sheet: 'Năm 2020', cell: 'C8', vi: ['Xã C chưa có xếp loại'], en: ['Xã C has no grade'] },
      ],
    },
    {
      name: 'a blank grade whose note says something else',
      workbook: xlsxOf({
        name: 'ĐV 2023',
        rows: [
          ['DANH SÁCH XẾP LOẠI ĐẢNG VIÊN NĂM 2023'],
          ['STT', 'Họ và tên', 'Xếp loại', 'Ghi chú'],
          [1, 'Nguyễn Văn An', 'HTTNV', null],
          [2, 'Trần Thị Bình', null, 'Tổ trưởng tổ đảng'],
          [3, 'Lê Văn Cường', 'HTNV', null],
        ],
      }),
      findings: [
        {
          sheet: 'ĐV 2023',
          cell: 'C4',
          vi: ['Trần Thị Bình chưa có xếp loại'],
          en: ['Trần Thị Bình has no grade'],
        },
      ],
    },
  ],
});
