import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UnusableInputError } from '../../../src/hosts/xlsx/errors';
import { inflateEntry, inflateXmlText } from '../../../src/hosts/xlsx/read/inflateEntry';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';
import { SheetScanner } from '../../../src/hosts/xlsx/read/sheetScanner';
import { StyleTable } from '../../../src/hosts/xlsx/read/styleTable';
import { readZipDirectory } from '../../../src/hosts/xlsx/read/zipDirectory';
import { diffAgainstExcelJs, handXlsx } from './helpers';

/** A small deterministic generator, so a failing cut can be replayed. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

const SHEET =
  '<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetPr/><cols><col min="1" max="2" width="9"/></cols><sheetData>' +
  Array.from(
    { length: 40 },
    (_, i) =>
      `<row r="${i + 1}"${i % 7 === 3 ? ' hidden="1"' : ''}><c r="A${i + 1}" s="1"><v>${i * 1.5}</v></c>` +
      `<c r="B${i + 1}" t="s"><v>${i % 3}</v></c><c r="C${i + 1}" t="inlineStr"><is><r><rPr><rFont val=".VnTime"/></rPr><t>Tæ ${i} &amp; _x0041_</t></r></is></c>` +
      `<c r="D${i + 1}"><f${i === 0 ? ' t="shared" ref="D1:D40" si="0">A1*2' : ' t="shared" si="0"/'}${i === 0 ? '</f>' : '>'}<v>${i * 3}</v></c>` +
      `<c r="E${i + 1}" t="e"><v>#DIV/0!</v></c><c r="F${i + 1}" t="b"><v>${i % 2}</v></c><c r="G${i + 1}" s="1"/></row>`,
  ).join('') +
  '</sheetData><mergeCells count="2"><mergeCell ref="H1:I2"/><mergeCell ref="H5:H9"/></mergeCells></worksheet>';

function scanIn(pieces: string[]) {
  const scanner = new SheetScanner({
    sheetName: 'S',
    sharedStrings: { text: ['a', 'b', 'c'], runFont: [] },
    styles: new StyleTable([
      { numFmt: 'General', font: 'Calibri', defaultFont: true },
      { numFmt: '0.0', font: 'Calibri', defaultFont: true },
    ]),
    date1904: false,
  });
  for (const p of pieces) scanner.push(p);
  return scanner.finish();
}

describe('SheetScanner across piece boundaries', () => {
  const whole = scanIn([SHEET]);

  it('reads the sheet whole', () => {
    expect(whole.rows).toHaveLength(40);
    expect(whole.rows[39]!.v.slice(0, 6)).toEqual([58.5, 'a', 'Tæ 39 & A', 117, '#DIV/0!', true]);
    expect(whole.rows[39]!.f).toEqual({ 3: 'A40*2' });
    expect(whole.hiddenRows).toEqual([3, 10, 17, 24, 31, 38]);
    expect(whole.merges).toHaveLength(2);
  });

  it.each([1, 2, 3, 7, 13, 64, 1000])('gives the same result cut every %i characters', (n) => {
    const pieces: string[] = [];
    for (let i = 0; i < SHEET.length; i += n) pieces.push(SHEET.slice(i, i + n));
    expect(scanIn(pieces)).toEqual(whole);
  });

  it('gives the same result cut at random places', () => {
    const rnd = prng(2024);
    for (let trial = 0; trial < 20; trial++) {
      const pieces: string[] = [];
      for (let i = 0; i < SHEET.length;) {
        const n = 1 + Math.floor(rnd() * 300);
        pieces.push(SHEET.slice(i, i + n));
        i += n;
      }
      expect(scanIn(pieces)).toEqual(whole);
    }
  });

  it('refuses an element that never ends instead of growing without bound', () => {
    const scanner = new SheetScanner({
      sheetName: 'Năm 2020',
      sharedStrings: { text: [], runFont: [] },
      styles: new StyleTable([]),
      date1904: false,
    });
    scanner.push('<worksheet><sheetData><row r="1"><c r="A1"><v>');
    const mb = 'x'.repeat(1024 * 1024);
    let error: unknown;
    try {
      for (let i = 0; i < 70; i++) scanner.push(mb);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnusableInputError);
    expect((error as UnusableInputError).code).toBe('corrupt');
    expect((error as UnusableInputError).location).toBe("'Năm 2020'!A1");
  });
});

describe('readXlsx on a 50,000-row sheet', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bk-read-'));
  const file = path.join(dir, 'big.xlsx');
  const ROWS = 50_000;

  beforeAll(async () => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
    const ws = wb.addWorksheet('Đảng viên');
    ws.addRow(['STT', 'Họ và tên', 'Chi bộ', 'Xếp loại', 'Điểm', 'Đóng đảng phí']).commit();
    const grades = [
      'Hoàn thành xuất sắc nhiệm vụ',
      'Hoàn thành tốt nhiệm vụ',
      'Hoàn thành nhiệm vụ',
    ];
    for (let i = 0; i < ROWS; i++) {
      ws.addRow([
        i + 1,
        `Nguyễn Văn ${i} <${i % 10}> & "${i % 7}"`,
        `Chi bộ thôn ${i % 311}`,
        grades[i % 3],
        i % 5 === 0 ? null : Math.round(i * 37.3) / 100,
        i % 4 !== 1,
      ]).commit();
    }
    await ws.commit();
    await wb.commit();
  }, 60_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('streams the sheet in many pieces', () => {
    const bytes = readFileSync(file);
    const entries = readZipDirectory(bytes);
    let pieces = 0;
    inflateXmlText(bytes, entries.get('xl/worksheets/sheet1.xml')!, { limit: 1e9, used: 0 }, () => {
      pieces++;
    });
    expect(pieces).toBeGreaterThan(20);
  });

  it('agrees with ExcelJS on every cell', async () => {
    const snap = readXlsx(readFileSync(file));
    const sheet = snap.sheets[0]!;
    expect(sheet.rows).toHaveLength(ROWS + 1);
    expect(sheet.rows[ROWS]!.v[0]).toBe(ROWS);
    const ej = new ExcelJS.Workbook();
    await ej.xlsx.readFile(file);
    // ExcelJS drops a cached false when it reads; count only what it keeps.
    const problems = diffAgainstExcelJs(snap, ej);
    expect(problems).toEqual([]);
    let falses = 0;
    for (const row of sheet.rows) if (row?.v[5] === false) falses++;
    expect(falses).toBe(ROWS / 4);
  }, 60_000);
});

describe('readXlsx on inline Vietnamese text cut across inflate pieces', () => {
  it('decodes every multi-byte character, wherever the pieces split it', () => {
    const rnd = prng(7);
    // Random letters from the Vietnamese block (3 bytes in UTF-8) and beyond the BMP (4 bytes):
    // random text deflates to literals, so pieces end between any two bytes.
    const letter = (): string => {
      const x = rnd();
      if (x < 0.05) return '𝔸';
      if (x < 0.15) return ' ';
      return String.fromCharCode(0x1ea0 + Math.floor(rnd() * 90));
    };
    const texts: string[] = [];
    const rows: string[] = [];
    for (let i = 0; i < 4000; i++) {
      let t = 'Đ';
      const n = 20 + Math.floor(rnd() * 60);
      for (let k = 0; k < n; k++) t += letter();
      texts.push(t);
      rows.push(
        `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t xml:space="preserve">${t}</t></is></c></row>`,
      );
    }
    const bytes = handXlsx({ sheets: [{ name: 'S', data: rows.join('') }] });
    const entry = readZipDirectory(bytes).get('xl/worksheets/sheet1.xml')!;
    // The test means something only if a piece starts inside a character (a continuation byte).
    let splits = 0;
    inflateEntry(bytes, entry, { limit: 1e9, used: 0 }, (chunk) => {
      if ((chunk[0]! & 0xc0) === 0x80) splits++;
    });
    expect(splits).toBeGreaterThan(0);
    const sheet = readXlsx(bytes).sheets[0]!;
    expect(sheet.rows.map((r) => r!.v[0])).toEqual(texts);
  });
});
