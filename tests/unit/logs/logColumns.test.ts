import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../../src/core/engine';
import { resolveSettings } from '../../../src/core/settings';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';

/**
 * Which column of a log is the cell and which the topic, found by the corpus (tools/layouts/log.ts):
 * cell names run as long as short topics, and topics mention their kind.
 */
async function report(rows: (string | number)[][], merges: string[] = []) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Nhật ký SH');
  rows.forEach((values, i) => (ws.getRow(i + 1).values = values));
  for (const m of merges) ws.mergeCells(m);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return checkWorkbook(readXlsx(bytes), resolveSettings({})).report;
}

const CELLS = ['Chi bộ thôn Bản Ngõa', 'Chi bộ thôn Bãi Lải', 'Chi bộ thôn Làng Bên'];
const dd = (n: number) => String(n).padStart(2, '0');

/** A year of each cell: a regular meeting a month, a thematic one in each quarter's middle month. */
function year(
  row: (
    cell: string,
    i: number,
    day: string,
    kind: 'regular' | 'thematic',
    month: number,
  ) => (string | number)[],
): (string | number)[][] {
  const out: (string | number)[][] = [];
  for (let m = 1; m <= 12; m++) {
    CELLS.forEach((cell, i) => {
      out.push(row(cell, i, `${dd(3 + i)}/${dd(m)}/2021`, 'regular', m));
      if (m % 3 === 2) out.push(row(cell, i, `${dd(20 + i)}/${dd(m)}/2021`, 'thematic', m));
    });
  }
  return out;
}

const results = (r: Awaited<ReturnType<typeof report>>) =>
  r.results.meetings.map((m) => [m.unit, m.regular, m.thematicByQuarter, m.compliant]);
const allRight = CELLS.map((c) => [c, 12, [1, 1, 1, 1], true]);

describe('a log’s cell and topic columns', () => {
  it('with a commune column and a kind column but no topic, the cells are the cells', async () => {
    const r = await report([
      ['Ngày', 'Đảng bộ xã', 'Chi bộ', 'Loại SH'],
      ...year((cell, _i, day, kind) => [
        day,
        'Xã Tân Thành',
        cell,
        kind === 'regular' ? 'THƯỜNG KỲ' : 'CHUYÊN ĐỀ',
      ]),
    ]);
    expect(r.tables.map((t) => t.columns.map((c) => c.role))).toEqual([
      ['date', 'commune', 'cell', 'kind'],
    ]);
    expect(results(r)).toEqual(allRight);
  });

  it('without a kind column, topics that name their kind at length are topics, not kinds', async () => {
    const r = await report([
      ['Ngày', 'Chi bộ', 'Nội dung'],
      ...year((cell, _i, day, kind, m) => [
        day,
        cell,
        kind === 'regular'
          ? `Kiểm điểm công tác tháng ${m} và bàn phương hướng tháng tới`
          : `Sinh hoạt chuyên đề quý ${Math.ceil(m / 3)}: học tập và làm theo tư tưởng Hồ Chí Minh`,
      ]),
    ]);
    expect(r.tables.map((t) => t.kind)).toEqual(['meeting-log']);
    expect(results(r)).toEqual(allRight);
  });
});

describe('a log’s cell and commune columns', () => {
  it('a column of who chaired, varying more than the cells, is not the cell', async () => {
    const r = await report([
      ['Ngày', 'Chi bộ', 'Loại SH', 'Người chủ trì'],
      ...year((cell, i, day, kind, m) => [
        day,
        cell,
        kind === 'regular' ? 'Thường kỳ' : 'Chuyên đề',
        m % 4 === 0 ? `Lê Thị Phó ${i}` : `Nguyễn Văn Bí Thư ${i}`,
      ]),
    ]);
    const cell = r.tables[0]!.columns.find((c) => c.role === 'cell');
    expect(cell?.label).toBe('Chi bộ');
    expect(results(r)).toEqual(allRight);
  });

  it('with one cell per commune, the column naming communes is the commune', async () => {
    const communes = ['Xã Hòa Sơn', 'Xã Yên Bình', 'Xã Minh Hòa'];
    const r = await report([
      ['Ngày', 'Đơn vị', 'Tên', 'Loại SH'],
      ...year((cell, i, day, kind) => [
        day,
        communes[i]!,
        cell,
        kind === 'regular' ? 'Thường kỳ' : 'Chuyên đề',
      ]),
    ]);
    expect(r.results.meetings.map((m) => [m.commune, m.unit])).toEqual(
      CELLS.map((c, i) => [communes[i], c]),
    );
  });
});

describe('a log’s header rows', () => {
  const body = year((cell, i, day, kind) => [
    day,
    cell,
    kind === 'regular' ? 'Thường kỳ' : 'Chuyên đề',
    18 + i,
    20 + i,
  ]);

  it('an agency line pair right above a one-row header is no header row', async () => {
    const r = await report([
      ['HUYỆN ỦY HỮU LŨNG', '', '', 'ĐẢNG CỘNG SẢN VIỆT NAM'],
      ['Ngày SH', 'Chi bộ', 'Loại SH', 'Số ĐV dự', 'Tổng số ĐV'],
      ...body,
    ]);
    expect(r.tables.map((t) => t.headerRows)).toEqual([[2, 2]]);
    expect(results(r)).toEqual(allRight);
  });

  it('a group label over attending and members, with a numbering row, is a three-row header', async () => {
    const r = await report(
      [
        ['NHẬT KÝ SINH HOẠT CHI BỘ'],
        ['Ngày SH', 'Chi bộ', 'Loại SH', 'Số đảng viên'],
        ['', '', '', 'Dự', 'Tổng số'],
        ['(1)', '(2)', '(3)', '(4)', '(5)'],
        ...body,
      ],
      ['A2:A3', 'B2:B3', 'C2:C3', 'D2:E2'],
    );
    expect(r.tables.map((t) => t.headerRows)).toEqual([[2, 4]]);
    const roles = r.tables[0]!.columns.map((c) => [c.role, c.label]);
    expect(roles.slice(3)).toEqual([
      ['attending', 'Số đảng viên / Dự / (4)'],
      ['members', 'Số đảng viên / Tổng số / (5)'],
    ]);
    expect(results(r)).toEqual(allRight);
  });

  it('month lines over each month’s meetings group one log, under one header', async () => {
    const rows: (string | number)[][] = [['STT', 'Ngày SH', 'Chi bộ', 'Loại SH', 'Có mặt']];
    let month = '';
    let n = 0;
    for (const [day, cell, kind, attending] of body) {
      const m = String(day).slice(3);
      if (m !== month) rows.push([month ? `THÁNG ${m.slice(0, 2)} NĂM 2021` : `Tháng 1/2021`]);
      month = m;
      rows.push([++n, day!, cell!, kind!, attending!]);
    }
    const r = await report(rows);
    expect(r.tables.map((t) => [t.headerRows, t.range])).toEqual([[[1, 1], `B1:E${rows.length}`]]);
    expect(results(r)).toEqual(allRight);
  });
});
