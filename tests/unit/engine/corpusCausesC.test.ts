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

describe('a list with no header row', () => {
  it('two blank rows under its title, a blank row between its units: one list of every unit', () => {
    // Counted from two rows above the first unit, the blank rows under the title ended the
    // look before it reached the units; the first unit was lost, and a list of three not found.
    const report = check({
      name: 'Xếp loại 2022',
      rows: [
        ['BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2022'],
        [],
        [],
        [1, 'Đảng bộ thị trấn Hữu Lũng', 'Tốt'],
        [2, 'Đảng bộ xã Cai Kinh', 'Hoàn thành tốt nhiệm vụ'],
        [],
        [3, 'Chi bộ Phòng Tài nguyên và Môi trường', 'Không HT', 'Đã kiểm tra'],
        [null, 'Tổng số'],
      ],
    });
    expect(report.tables).toMatchObject([
      { kind: 'rating-list', range: 'A4:C8', years: [2022], headerRows: [4, 3] },
    ]);
    expect(report.results.ratings).toMatchObject([
      { year: 2022, counts: { excellent: 0, good: 2, pass: 0, fail: 1 } },
    ]);
    expect(findings(report)).toEqual([]);
  });

  it('under an agency line pair: the pair is no unit, and its right half no grade', () => {
    const units = [
      ['Đảng bộ Quân sự huyện', 'HOÀN THÀNH TỐT NHIỆM VỤ'],
      ['Đảng bộ Trung tâm Y tế huyện', 'HOÀN THÀNH TỐT NHIỆM VỤ'],
      ['Đảng bộ xã Cai Kinh', 'HOÀN THÀNH NHIỆM VỤ'],
      ['Đảng bộ xã Yên Bình', 'HOÀN THÀNH XUẤT SẮC NHIỆM VỤ'],
    ];
    const report = check({
      name: 'TCCSĐ 2020',
      rows: [
        ['KẾT QUẢ XẾP LOẠI TCCSĐ'],
        ['ĐẢNG BỘ TỈNH LẠNG SƠN', null, 'ĐẢNG CỘNG SẢN VIỆT NAM'],
        [],
        ...units.map(([name, grade]) => [name!, null, grade!]),
      ],
    });
    expect(report.tables).toMatchObject([
      { kind: 'rating-list', range: 'A4:C7', years: [2020], headerRows: [4, 3] },
    ]);
    expect(findings(report)).toEqual([]);
  });
  it('its name column labelled beside a "Bí thư" column, over a numbering row: both rows head it', () => {
    // "Bí thư" alone on a line signs a sheet; the label row was taken for a signature.
    const report = check({
      name: 'Xếp loại 2019',
      rows: [
        ['KẾT QUẢ XẾP LOẠI TCCSĐ'],
        ['Tên tổ chức cơ sở đảng', 'Bí thư', null, 'Ngày thành lập'],
        ['(1)', '(2)', '(3)', '(4)'],
        ['Chi bộ Điện lực Hữu Lũng', 'Hà Quang Trung', 'HOÀN THÀNH NHIỆM VỤ', 38189],
        ['Chi bộ Hạt Kiểm lâm', 'Hà Đức Hải', 'HOÀN THÀNH TỐT NHIỆM VỤ', 25087],
        ['Xã Hòa Sơn', 'Nguyễn Thị An', 'KHÔNG HOÀN THÀNH NHIỆM VỤ', 22863],
        ['Xã Xuân Thủy', 'Phạm Quang Quân', 'HOÀN THÀNH NHIỆM VỤ', 35259],
      ],
    });
    expect(report.tables).toMatchObject([{ range: 'A2:D7', years: [2019], headerRows: [2, 3] }]);
  });
});

describe('a short list with no header under a title naming ratings', () => {
  const rows = (grades: string[]) => [
    ['KẾT QUẢ XẾP LOẠI TCCSĐ'],
    [],
    ...grades.map((g, i) => [`${i + 1}.`, `Đảng bộ xã Số ${i + 1}`, 'Phạm Văn An', g]),
  ];

  it('one grade of four mistyped: the title says what the column holds, so it is an error', () => {
    const report = check({
      name: 'Sheet1',
      rows: rows(['Trong sạch vững mạnh', 'Loại A', 'Hoàn thành nhiệm vụ', 'HTNV']),
    });
    expect(findings(report)).toEqual(['grade.unknown D4']);
    expect(report.issues.map((f) => f.rule)).not.toContain('table.uncertain');
  });

  it('three numbered units, one grade no grade: a short list, its grade an error', () => {
    // Two graded units and a third numbered and named like them were too few rows to believe.
    const report = check({ name: 'Sheet1', rows: rows(['HTXSNV', 'Tiên tiến', 'HTNV']) });
    expect(report.tables).toMatchObject([{ kind: 'rating-list', range: 'A3:D5' }]);
    expect(findings(report)).toEqual(['grade.unknown D4']);
  });

  it('three numbered units, one grade blank: a short list, its blank a warning', () => {
    const report = check({ name: 'KQ 2021', rows: rows(['HTXSNV', '', 'HTNV']).slice(2) });
    expect(report.tables).toMatchObject([{ kind: 'rating-list', range: 'A1:D3' }]);
    expect(findings(report, 'warning')).toEqual(['grade.blank D2']);
  });

  it('with no title and a sheet name that says nothing: one uncertain note, no error', () => {
    const report = check({ name: 'Sheet1', rows: rows(['HTXSNV', 'Tiên tiến', 'HTNV']).slice(2) });
    expect(findings(report)).toEqual([]);
    expect(findings(report, 'info')).toEqual(['table.uncertain A1']);
  });

  it('two units, one graded: nobody could tell a list, so no table and no error', () => {
    const report = check({ name: 'Sheet1', rows: rows(['Tiên tiến', 'HTNV']) });
    expect(report.tables).toEqual([]);
    expect(findings(report)).toEqual([]);
  });
});

describe('lists stacked on one sheet', () => {
  it('a short list\'s "Số đảng viên" column counts members, though texts stand in that column further down', () => {
    // The sample of a short list's cells runs on into the next list: texts there under the same
    // header outvoted the few figures under "Số đảng viên", taken then for member names.
    const header = ['Tên TCCSĐ', 'Mức xếp loại', 'Số đảng viên', 'Bí thư'];
    const report = check({
      name: 'DS TCCSĐ',
      rows: [
        ['Năm 2019'],
        header,
        ['Xã Hòa Lạc', 'Hoàn thành tốt nhiệm vụ', 163, 'Nguyễn Văn An'],
        ['Xã Thanh Sơn', 'HTNV', 30, 'Trần Thị Bình'],
        ['Đảng bộ Quân sự huyện', 'HTNV', 163, 'Lê Văn Cường'],
        ['Cộng', null, '3 đơn vị'],
        [],
        ['Năm 2020'],
        header,
        ...['Hòa Lạc', 'Thanh Sơn', 'Yên Bình', 'Minh Hòa', 'Cai Kinh', 'Tân Thủy'].map((x) => [
          `Xã ${x}`,
          'HTTNV',
          'Phạm Văn Dũng',
          'Hoàng Thị Em',
        ]),
      ],
    });
    expect(report.tables).toMatchObject([
      { range: 'A2:D6', years: [2019], subject: 'organization' },
      { range: 'A9:D15', years: [2020], subject: 'organization' },
    ]);
    expect(report.results.ratings).toMatchObject([
      { year: 2019, counts: { excellent: 0, good: 1, pass: 2, fail: 0 } },
      { year: 2020, counts: { excellent: 0, good: 6, pass: 0, fail: 0 } },
    ]);
  });
});
