import { checkWorkbook } from '../../../src/core/engine';
import { resolveSettings } from '../../../src/core/settings';
import { snapshotOf, type SheetSpec } from '../../helpers/snapshot';

/**
 * Causes the layout corpus found on new seeds (3 × 600 workbooks), each on the smallest sheet
 * showing it: what recognition got wrong, and what a reader of the sheet sees instead.
 */
function check(...specs: SheetSpec[]) {
  return checkWorkbook(snapshotOf(...specs), resolveSettings({})).report;
}

const findings = (report: ReturnType<typeof check>, severity = 'error') =>
  report.issues.filter((f) => f.severity === severity).map((f) => `${f.rule} ${f.cell ?? f.row}`);

describe('a list with a year column', () => {
  it('whose first unit has no grade yet: the unit is a row of the list, not the next header', () => {
    // "Năm 2015" in the year column and the unit's kind "Đảng bộ xã, thị trấn" both read as
    // column names; with the grade blank, the row was taken for another table's header.
    const report = check({
      name: 'Sheet1',
      rows: [
        ['TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI TỪ NĂM 2015 ĐẾN NĂM 2016'],
        ['Tên đơn vị', 'Năm xếp loại', 'Mức xếp loại', 'Loại hình'],
        ['Yên Vượng', 'Năm 2015', null, 'Đảng bộ xã, thị trấn'],
        ['Yên Vượng', 'Năm 2016', 'HTTNV', 'Đảng bộ xã, thị trấn'],
        ['Tân Thủy', 'Năm 2015', 'HTT', 'Đảng bộ xã, thị trấn'],
        ['Tân Thủy', '2016', 'HTTNV', 'Đảng bộ xã, thị trấn'],
        ['Chi bộ Hạt Kiểm lâm', '2015', 'YK', 'Chi bộ cơ quan'],
        ['Chi bộ Hạt Kiểm lâm', '2016', 'HTNV', 'Chi bộ cơ quan'],
      ],
    });
    expect(report.tables).toMatchObject([
      { kind: 'rating-list', range: 'A2:D8', years: [2015, 2016], headerRows: [2, 2] },
    ]);
    expect(findings(report)).toEqual([]);
    expect(findings(report, 'warning')).toEqual(['grade.blank C3']);
    expect(report.results.ratings).toMatchObject([
      { year: 2015, counts: { excellent: 0, good: 1, pass: 0, fail: 1 } },
      { year: 2016, counts: { excellent: 0, good: 2, pass: 1, fail: 0 } },
    ]);
  });
});
