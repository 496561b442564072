import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../../src/core/engine';
import { buildPlan } from '../../../src/core/plan/buildPlan';
import { resolveSettings } from '../../../src/core/settings';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';
import { applyPlan } from '../../../src/hosts/xlsx/write/applyPlan';

/** Builds a real .xlsx with ExcelJS, runs the whole job on it, and returns the report. */
async function run(build: (wb: ExcelJS.Workbook) => void) {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const snapshot = readXlsx(bytes);
  const settings = resolveSettings({});
  const check = checkWorkbook(snapshot, settings);
  // The written workbook must be readable again, whatever the input was.
  const written = readXlsx(applyPlan(bytes, buildPlan(check, snapshot, settings)));
  expect(written.sheets.filter((s) => s.owned).length).toBeGreaterThanOrEqual(4);
  return check.report;
}

const header = ['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại'];

describe('nasty workbooks', () => {
  it('an empty workbook: nothing recognized, nothing to report', async () => {
    const report = await run((wb) => void wb.addWorksheet('Sheet1'));
    expect(report.tables).toEqual([]);
    expect(report.issues).toEqual([]);
  });

  it('a sheet with only a title says it was not recognized', async () => {
    const report = await run((wb) => {
      const ws = wb.addWorksheet('Năm 2020');
      ws.getCell('A1').value = 'BẢNG TỔNG HỢP KẾT QUẢ XẾP LOẠI NĂM 2020';
      ws.mergeCells('A1:E1');
    });
    expect(report.tables).toEqual([]);
    expect(report.issues.map((f) => f.rule)).toEqual(['sheet.unrecognized']);
  });

  it('a one-row table is a list of one', async () => {
    const report = await run((wb) => {
      const ws = wb.addWorksheet('2019');
      ws.addRow(header);
      ws.addRow([1, 'Đảng bộ xã Hòa Sơn', 'HTTNV']);
    });
    expect(report.results.ratings).toMatchObject([{ year: 2019, counts: { good: 1 }, total: 1 }]);
  });

  it('merged cells everywhere (title, header, names over two rows) still read', async () => {
    const report = await run((wb) => {
      const ws = wb.addWorksheet('XL 2020');
      ws.getCell('A1').value = 'ĐẢNG BỘ HUYỆN HỮU LŨNG';
      ws.mergeCells('A1:C2');
      ws.getRow(4).values = header;
      ws.mergeCells('A4:A5');
      ws.mergeCells('B4:B5');
      ws.mergeCells('C4:C5');
      ws.getRow(6).values = [1, 'Đảng bộ xã Hòa Sơn', 'HTXSNV'];
      ws.getRow(7).values = [2, 'Đảng bộ xã Yên Thịnh', 'HTTNV'];
      ws.mergeCells('D6:E7');
    });
    expect(report.tables[0]).toMatchObject({ kind: 'rating-list', years: [2020] });
    expect(report.results.ratings[0]!.counts).toMatchObject({ excellent: 1, good: 1 });
  });

  it('hidden rows are still the user’s data and are counted', async () => {
    const report = await run((wb) => {
      const ws = wb.addWorksheet('Năm 2021');
      ws.addRow(header);
      ws.addRow([1, 'Xã A', 'HTTNV']);
      ws.addRow([2, 'Xã B', 'HTXSNV']).hidden = true;
    });
    expect(report.results.ratings[0]!.counts).toMatchObject({ excellent: 1, good: 1 });
  });

  it('dates typed as text in a register count as meetings held', async () => {
    const report = await run((wb) => {
      const ws = wb.addWorksheet('Sinh hoạt 2020');
      ws.addRow(['THEO DÕI SINH HOẠT CHI BỘ NĂM 2020']);
      ws.addRow([
        'Chi bộ',
        ...Array.from({ length: 12 }, (_, i) => `T${i + 1}`),
        'Quý I',
        'Quý II',
        'Quý III',
        'Quý IV',
      ]);
      ws.addRow([
        'Chi bộ thôn A',
        ...Array.from({ length: 12 }, (_, i) => `05/${String(i + 1).padStart(2, '0')}/2020`),
        1,
        1,
        1,
        1,
      ]);
      ws.addRow([
        'Chi bộ thôn B',
        ...Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(2020, i, 5))),
        1,
        1,
        1,
        1,
      ]);
    });
    expect(report.results.meetings.map((m) => [m.unit, m.regular, m.compliant, m.year])).toEqual([
      ['Chi bộ thôn A', 12, true, 2020],
      ['Chi bộ thôn B', 12, true, 2020],
    ]);
  });

  it('a year only in the sheet name is the list’s year', async () => {
    const report = await run((wb) => {
      const ws = wb.addWorksheet('XL2018');
      ws.addRow(header);
      ws.addRow([1, 'Xã A', 'Trong sạch, vững mạnh']);
    });
    expect(report.results.ratings[0]).toMatchObject({
      year: 2018,
      scheme: '2018',
      counts: { excellent: 1 },
    });
    expect(report.issues.find((f) => f.rule === 'grade.scheme-mixed')).toBeDefined();
  });
});
