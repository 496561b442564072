import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { UnusableInputError, type UnusableInputCode } from '../../../src/hosts/xlsx/errors';
import { INPUT_SLICE, inflateXmlText } from '../../../src/hosts/xlsx/read/inflateEntry';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';
import { readXlsxFile } from '../../../src/hosts/xlsx/read/readXlsxFile';
import { readZipDirectory } from '../../../src/hosts/xlsx/read/zipDirectory';
import { handXlsx } from './helpers';

const FIXTURE = path.resolve(__dirname, '../../../samples/bang-kiem-mau.xlsx');
const fixture = new Uint8Array(readFileSync(FIXTURE));

function failure(read: () => unknown): UnusableInputError {
  try {
    read();
  } catch (e) {
    if (e instanceof UnusableInputError) return e;
    throw new Error(`not an UnusableInputError: ${String(e)}`, { cause: e });
  }
  throw new Error('read did not fail');
}

function codeOf(bytes: Uint8Array, opts?: { maxUncompressedBytes?: number }): UnusableInputCode {
  return failure(() => readXlsx(bytes, opts)).code;
}

function utf16(s: string): number[] {
  return [...s].flatMap((ch) => [ch.charCodeAt(0), 0]);
}

/** An OLE compound file: its header, then directory entry names as CFB stores them. */
function cfb(...streams: string[]): Uint8Array {
  const b = new Uint8Array(4096);
  b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  let at = 1024;
  for (const name of ['Root Entry', ...streams]) {
    b.set(utf16(name), at);
    at += 128;
  }
  return b;
}

/** Overwrites the declared uncompressed size of every central directory entry named name. */
function lieAboutSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const nameBytes = strToU8(name);
  for (let p = 0; p + 46 < out.length; p++) {
    if (view.getUint32(p, true) !== 0x02014b50) continue;
    const len = view.getUint16(p + 28, true);
    const got = out.subarray(p + 46, p + 46 + len);
    if (len === nameBytes.length && got.every((x, i) => x === nameBytes[i])) {
      view.setUint32(p + 24, size, true);
    }
  }
  return out;
}

describe('readXlsx refuses unusable input with a code and two languages', () => {
  it('truncated file → corrupt', () => {
    expect(codeOf(fixture.subarray(0, Math.floor(fixture.length / 2)))).toBe('corrupt');
    expect(codeOf(fixture.subarray(0, fixture.length - 30))).toBe('corrupt');
  });

  it('random bytes and an empty file → not-zip', () => {
    const rnd = new Uint8Array(5000).map((_, i) => (i * 7919 + 13) % 251);
    expect(codeOf(rnd)).toBe('not-zip');
    expect(codeOf(new Uint8Array(0))).toBe('not-zip');
    expect(codeOf(strToU8('<?xml version="1.0"?><Workbook/>'))).toBe('not-zip');
  });

  it('a Word document zip, and an empty zip → not-workbook', () => {
    const docx = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      '_rels/.rels': strToU8(
        '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
      'word/document.xml': strToU8('<w:document/>'),
    });
    expect(codeOf(docx)).toBe('not-workbook');
    expect(codeOf(zipSync({}))).toBe('not-workbook');
  });

  it('password-protected workbook (OLE with EncryptedPackage) → encrypted', () => {
    expect(codeOf(cfb('EncryptionInfo', 'EncryptedPackage'))).toBe('encrypted');
  });

  it('legacy .xls (OLE without EncryptedPackage) → legacy-xls; a .doc → not-workbook', () => {
    expect(codeOf(cfb('Workbook', 'SummaryInformation'))).toBe('legacy-xls');
    expect(codeOf(cfb('WordDocument', '1Table'))).toBe('not-workbook');
  });

  it('binary workbook → xlsb', () => {
    const xlsb = zipSync({
      '_rels/.rels': strToU8(
        '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>',
      ),
      'xl/workbook.bin': new Uint8Array([0x83, 0x01, 0x00]),
    });
    expect(codeOf(xlsb)).toBe('xlsb');
  });

  it('zip bomb → too-large, by declared size, by ratio and by bytes actually inflated', () => {
    const zeros = new Uint8Array(24 * 1024 * 1024);
    const bomb = handXlsx({
      sheets: [{ name: 'S', data: '' }],
      extra: { 'xl/worksheets/sheet1.xml': zeros },
    });
    // Declared 24 MiB against a 1 MiB limit.
    const small = failure(() => readXlsx(bomb, { maxUncompressedBytes: 1024 * 1024 }));
    expect(small.code).toBe('too-large');
    // Within the default 1 GiB, but a thousand times smaller compressed.
    expect(codeOf(bomb)).toBe('too-large');
    // Declares 1000 bytes, inflates to 24 MiB: stopped as it inflates.
    const liar = lieAboutSize(bomb, 'xl/worksheets/sheet1.xml', 1000);
    // (How fast it stops is measured by the system tier, never timed in a unit test.)
    expect(codeOf(liar)).toBe('too-large');
  });

  it('parts that fit the limit one by one but not together → too-large', () => {
    const rows = Array.from(
      { length: 3000 },
      (_, i) => `<row r="${i + 1}"><c><v>${i}</v></c></row>`,
    );
    const sheet = { data: rows.join('') };
    const one = handXlsx({ sheets: [{ name: 'A', ...sheet }] });
    const two = handXlsx({
      sheets: [
        { name: 'A', ...sheet },
        { name: 'B', ...sheet },
      ],
    });
    const limit = 1.5 * sheet.data.length;
    expect(readXlsx(one, { maxUncompressedBytes: limit }).sheets[0]!.rows).toHaveLength(3000);
    const e = failure(() => readXlsx(two, { maxUncompressedBytes: limit }));
    expect(e.code).toBe('too-large');
    expect(e.detail).toMatch(/declare/);
  });

  it('DOCTYPE or ENTITY in any part read → unsafe-xml', () => {
    const lol =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>';
    const inWorkbook = handXlsx({ sheets: [{ name: 'S', data: '' }] });
    const patched = handXlsx({
      sheets: [{ name: 'S', data: '' }],
      extra: {
        'xl/workbook.xml': `${lol}<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rIdS1"/></sheets></workbook>`,
      },
    });
    expect(() => readXlsx(inWorkbook)).not.toThrow();
    expect(codeOf(patched)).toBe('unsafe-xml');
    const inStrings = handXlsx({
      sheets: [{ name: 'S', data: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }],
      sharedStrings: ['<t>&lol2;</t>'],
      extra: { 'xl/sharedStrings.xml': `${lol}<sst><si><t>&lol2;</t></si></sst>` },
    });
    expect(codeOf(inStrings)).toBe('unsafe-xml');
    // Deep in a sheet, far past the first piece the inflater hands over.
    const rows = Array.from(
      { length: 30000 },
      (_, i) => `<row r="${i + 1}"><c><v>${i}</v></c></row>`,
    );
    const inSheet = handXlsx({
      sheets: [{ name: 'S', data: `${rows.join('')}<!ENTITY x "y">` }],
    });
    expect(codeOf(inSheet)).toBe('unsafe-xml');
  });

  it('a DOCTYPE split across two inflated pieces is still seen', () => {
    // A stored entry is handed over in slices: put the declaration across the seam.
    const head = '<?xml version="1.0"?><worksheet><!-- ';
    const pad = 'x'.repeat(INPUT_SLICE - head.length - ' -->'.length - '<!DO'.length);
    const xml = `${head}${pad} --><!DOCTYPE a SYSTEM "http://example.invalid/a.dtd"><sheetData/></worksheet>`;
    const zip = zipSync({ 'a.xml': [strToU8(xml), { level: 0 }] });
    const entry = readZipDirectory(zip).get('a.xml')!;
    const pieces: string[] = [];
    const e = failure(() =>
      inflateXmlText(zip, entry, { limit: 1e9, used: 0 }, (t) => {
        pieces.push(t);
      }),
    );
    expect(e.code).toBe('unsafe-xml');
    expect(pieces[0]!.endsWith('<!DO')).toBe(true);
  });

  it('a sheet whose part is missing or does not inflate → corrupt', () => {
    const missing = handXlsx({
      sheets: [{ name: 'S', data: '' }],
      extra: {
        'xl/_rels/workbook.xml.rels':
          '<Relationships><Relationship Id="rIdS1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/nowhere.xml"/></Relationships>',
      },
    });
    const e = failure(() => readXlsx(missing));
    expect(e.code).toBe('corrupt');
    expect(e.detail).toContain('nowhere.xml');
    const noRels = handXlsx({
      sheets: [{ name: 'Năm 2019', data: '' }],
      extra: { 'xl/_rels/workbook.xml.rels': '<Relationships/>' },
    });
    expect(failure(() => readXlsx(noRels)).detail).toContain('Năm 2019');

    // Replace the compressed bytes of the biggest sheet with noise, keeping the zip's structure.
    const damaged = fixture.slice();
    const at = damaged.length >> 1;
    for (let i = 0; i < 400; i++) damaged[at + i] = (i * 73 + 41) & 0xff;
    expect(['corrupt', 'too-large']).toContain(codeOf(damaged));
  });

  it('a zip-encrypted entry → encrypted', () => {
    const zip = handXlsx({ sheets: [{ name: 'S', data: '' }] });
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    for (let p = 0; p + 4 < zip.length; p++) {
      if (view.getUint32(p, true) === 0x02014b50) view.setUint16(p + 8, 1, true);
    }
    expect(codeOf(zip)).toBe('encrypted');
  });

  it('a missing path → not-found, from the Node wrapper', async () => {
    await expect(readXlsxFile(path.join(__dirname, 'no-such-file.xlsx'))).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('never throws anything but UnusableInputError on damaged copies of a real file', () => {
    let state = 12345;
    const rnd = () => (state = (state * 1103515245 + 12345) >>> 0) / 0x100000000;
    const started = Date.now();
    let refused = 0;
    for (let trial = 0; trial < 150; trial++) {
      const copy = fixture.slice();
      const flips = 1 + Math.floor(rnd() * 8);
      for (let k = 0; k < flips; k++)
        copy[Math.floor(rnd() * copy.length)] = Math.floor(rnd() * 256);
      try {
        readXlsx(trial % 10 === 0 ? copy.subarray(0, Math.floor(rnd() * copy.length)) : copy);
      } catch (e) {
        expect(e).toBeInstanceOf(UnusableInputError);
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(20000);
  });

  it('carries one-line messages in Vietnamese and English for every code', () => {
    const codes: UnusableInputCode[] = [
      'not-found',
      'not-zip',
      'encrypted',
      'legacy-xls',
      'xlsb',
      'corrupt',
      'not-workbook',
      'too-large',
      'unsafe-xml',
    ];
    const vi = new Set<string>();
    for (const code of codes) {
      const e = new UnusableInputError(code);
      expect(e.message).toBe(e.messageEn);
      expect(e.messageVi).not.toBe(e.messageEn);
      expect(e.messageVi).not.toMatch(/\n/);
      expect(e.messageEn).not.toMatch(/\n/);
      vi.add(e.messageVi);
    }
    expect(vi.size).toBe(codes.length);
    expect(new UnusableInputError('legacy-xls').messageVi).toContain('.xlsx');
  });
});

describe('readXlsx refuses cells outside Excel’s grid instead of building huge arrays', () => {
  it.each([
    ['<row r="1048577"><c><v>1</v></c></row>', "'Năm 2020'!1048577:1048577"],
    ['<row r="7"><c r="XFE7"><v>1</v></c></row>', "'Năm 2020'!XFE7"],
    ['<row r="1"><c r="A1"/><c r="ZZZZZZ1"><v>1</v></c></row>', "'Năm 2020'!ZZZZZZ1"],
  ])('%s', (data, location) => {
    const e = failure(() => readXlsx(handXlsx({ sheets: [{ name: 'Năm 2020', data }] })));
    expect(e.code).toBe('corrupt');
    expect(e.location).toBe(location);
    expect(e.messageVi).toContain(`(${location})`);
    expect(e.messageEn).toContain(`(${location})`);
    expect(e.message).toBe(e.messageEn);
  });

  it('reads the last row and column of the grid', () => {
    const snap = readXlsx(
      handXlsx({
        sheets: [{ name: 'S', data: '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>' }],
      }),
    );
    expect(snap.sheets[0]!.rows[1048575]!.v[16383]).toBe(1);
  });
});
