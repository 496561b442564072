/**
 * Hostile workbooks, generated (nothing large is stored): each case of issue #14 that the xlsx
 * host and the core must survive, with what must come of it. The unit tests check outcomes, the
 * one-line messages and the bytes of what is written; the system tier runs every case in a child
 * process under a time and memory bound (bench/hostile.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { checkWorkbook } from '../../src/core/engine';
import { buildPlan } from '../../src/core/plan/buildPlan';
import { settingsForWorkbook } from '../../src/core/plan/settingCells';
import type { FileReport } from '../../src/core/report/types';
import type { Settings } from '../../src/core/settings';
import { UnusableInputError, type UnusableInputCode } from '../../src/hosts/xlsx/errors';
import { readXlsx } from '../../src/hosts/xlsx/read/readXlsx';
import { applyPlan } from '../../src/hosts/xlsx/write/applyPlan';
import { buildZip, type BuildEntry } from './zipBuilder';

export const SAMPLE = path.resolve(__dirname, '../../samples/bang-kiem-mau.xlsx');

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface HostileCase {
  id: string;
  /** What the file is, in a line. */
  about: string;
  build(): Uint8Array;
  /** Refused while reading, with this code. */
  readFails?: UnusableInputCode;
  /** Read and checked, then refused while writing, with this code. */
  writeFails?: UnusableInputCode;
  /**
   * When neither: read, checked and written; the listed parts may differ from the input's
   * (besides the plumbing the writer always edits).
   */
  alsoChanged?: string[];
}

export type Parts = [string, Uint8Array][];

/** The sample workbook's parts, in archive order. */
export function sampleParts(): Parts {
  const files = unzipSync(new Uint8Array(readFileSync(SAMPLE)));
  return Object.entries(files);
}

export function zipOf(parts: Parts, opts: Parameters<typeof buildZip>[1] = {}): Uint8Array {
  return buildZip(
    parts.map(([name, data]) => ({ name, data })),
    opts,
  );
}

function text(parts: Parts, name: string): string {
  const p = parts.find(([n]) => n === name);
  if (!p) throw new Error(`no part ${name}`);
  return strFromU8(p[1]);
}

/** The sample's zip with one text replaced in one part. */
function sampleEdited(name: string, from: string, to: string): Uint8Array {
  const parts = sampleParts();
  setText(parts, name, text(parts, name).replace(from, to));
  return zipOf(parts);
}

function setText(parts: Parts, name: string, xml: string): void {
  const i = parts.findIndex(([n]) => n === name);
  const bytes = strToU8(xml);
  if (i >= 0) parts[i] = [name, bytes];
  else parts.push([name, bytes]);
}

/**
 * Adds a worksheet to the parts (relationship, content type, sheet entry) and, with `owned`, the
 * sheet-scoped marker that makes it one of Bảng Kiểm's own sheets.
 */
export function addSheet(parts: Parts, name: string, sheetData: string, owned?: string): void {
  const n = parts.filter(([p]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p)).length + 1;
  const part = `xl/worksheets/sheet${n}.xml`;
  setText(
    parts,
    part,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><sheetData>${sheetData}</sheetData></worksheet>`,
  );
  setText(
    parts,
    'xl/_rels/workbook.xml.rels',
    text(parts, 'xl/_rels/workbook.xml.rels').replace(
      '</Relationships>',
      `<Relationship Id="rIdHostile${n}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${n}.xml"/></Relationships>`,
    ),
  );
  setText(
    parts,
    '[Content_Types].xml',
    text(parts, '[Content_Types].xml').replace(
      '</Types>',
      `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
  );
  let wb = text(parts, 'xl/workbook.xml');
  const position = (wb.match(/<sheet /g) ?? []).length;
  wb = wb.replace(
    '</sheets>',
    `<sheet name="${name}" sheetId="${100 + n}" r:id="rIdHostile${n}"/></sheets>`,
  );
  if (owned) {
    const marker = `<definedName name="BangKiem.Owned" localSheetId="${position}" hidden="1">"${owned}"</definedName>`;
    wb = wb.includes('</definedNames>')
      ? wb.replace('</definedNames>', `${marker}</definedNames>`)
      : wb.replace('</sheets>', `</sheets><definedNames>${marker}</definedNames>`);
  }
  setText(parts, 'xl/workbook.xml', wb);
}

function inline(ref: string, value: string | number): string {
  return typeof value === 'number'
    ? `<c r="${ref}"><v>${value}</v></c>`
    : `<c r="${ref}" t="inlineStr"><is><t>${value.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</t></is></c>`;
}

/** Raw deflate of `count` copies of one byte, in 1 MiB segments zlib flushes to a byte boundary. */
function deflatedRun(prefix: string, byte: number, count: number, suffix: string) {
  const flush = { finishFlush: zlib.constants.Z_SYNC_FLUSH, level: 9 };
  const segment = new Uint8Array(1 << 20).fill(byte);
  const head = zlib.deflateRawSync(strToU8(prefix), flush);
  const body = zlib.deflateRawSync(segment, flush);
  const rest = count % segment.length;
  const restRaw = zlib.deflateRawSync(segment.subarray(0, rest), flush);
  const tail = zlib.deflateRawSync(strToU8(suffix));
  const whole = Math.floor(count / segment.length);
  const raw = new Uint8Array(head.length + whole * body.length + restRaw.length + tail.length);
  let at = 0;
  const put = (b: Uint8Array): void => {
    raw.set(b, at);
    at += b.length;
  };
  put(head);
  let crc = zlib.crc32(strToU8(prefix));
  for (let i = 0; i < whole; i++) {
    put(body);
    crc = zlib.crc32(segment, crc);
  }
  put(restRaw);
  crc = zlib.crc32(segment.subarray(0, rest), crc);
  put(tail);
  crc = zlib.crc32(strToU8(suffix), crc);
  return { raw, size: prefix.length + count + suffix.length, crc };
}

function utf16(xml: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const body = xml.replace(/encoding="UTF-8"/i, 'encoding="UTF-16"');
  const out = new Uint8Array((bom ? 2 : 0) + body.length * 2);
  let at = 0;
  if (bom) {
    out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
    at = 2;
  }
  for (let i = 0; i < body.length; i++, at += 2) {
    const c = body.charCodeAt(i);
    out[at + (bigEndian ? 1 : 0)] = c & 0xff;
    out[at + (bigEndian ? 0 : 1)] = c >> 8;
  }
  return out;
}

const EXCEL_LIMIT = 32767;

/**
 * Text far past Excel's limit, of the words the header, name and end-of-table patterns look
 * for ("ngày", "tháng" but never "năm", so the date-line search cannot stop early), picked
 * pseudo-randomly: repeated text would deflate past the zip-bomb ratio and be refused as such.
 */
export function hugeText(chars: number): string {
  const words = [
    'ngày',
    'tháng',
    'ngay',
    'thang',
    'tổng',
    'cộng',
    'Hòa',
    'Hoà',
    'Sơn',
    'xã',
    'đảng',
    'bộ',
    'chi',
    'xếp',
    'loại',
    '(',
    ')',
    '[',
    '.',
    ',',
    '-',
    'quý',
    'I',
    'II',
    '2020',
    '%',
    'tốt',
    'nhiệm',
    'vụ',
  ];
  let state = 7;
  const pieces: string[] = [];
  let length = 0;
  while (length < chars) {
    state = (state * 1103515245 + 12345) >>> 0;
    const w = words[(state >>> 8) % words.length]!;
    pieces.push(w, ' ');
    length += w.length + 1;
  }
  return pieces.join('').slice(0, chars);
}

export const HOSTILE_CASES: HostileCase[] = [
  {
    id: 'wide-rows',
    about: '150,000 rows, each with one value in column XFD and one in A',
    build() {
      const rows: string[] = [];
      for (let r = 1; r <= 150_000; r++) {
        rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="XFD${r}"><v>1</v></c></row>`);
      }
      const parts = sampleParts();
      addSheet(parts, 'Rộng', rows.join(''));
      return zipOf(parts, { level: 9 });
    },
  },
  {
    id: 'wide-rows-only-xfd',
    about: '150,000 rows, each with one value in column XFD alone (17.8 KB zipped in the issue)',
    build() {
      const rows: string[] = [];
      for (let r = 1; r <= 150_000; r++)
        rows.push(`<row r="${r}"><c r="XFD${r}"><v>1</v></c></row>`);
      const parts = sampleParts();
      addSheet(parts, 'Rộng', rows.join(''));
      return zipOf(parts, { level: 9 });
    },
  },
  {
    id: 'settings-forged',
    about: 'an owned settings sheet whose keys reach for __proto__, constructor and output paths',
    build() {
      const rows = [
        ['bk:__proto__.outDir', '/tmp/bk-chosen-by-the-file'],
        ['bk:__proto__.f', 'x'],
        ['bk:constructor.prototype.s', 'x'],
        ['bk:prototype.x', 'x'],
        ['bk:outDir', '/tmp/bk-chosen-by-the-file'],
        ['bk:meetings.__proto__', 'x'],
        ['bk:meetings.regularPerYear', 'mười hai'],
        ['bk:excellentCap.ratio', 7],
        ['bk:unknown.key', 1],
        ['bk:meetings.attendanceMin', 0.9],
      ]
        .map(([key, value], i) => {
          const r = i + 3;
          return `<row r="${r}">${inline(`C${r}`, value!)}${inline(`Z${r}`, key as string)}</row>`;
        })
        .join('');
      const parts = sampleParts();
      addSheet(parts, 'Bảng Kiểm - Cài đặt', rows, 'settings');
      return zipOf(parts);
    },
    // The owned settings sheet is replaced by the run's own (its part name is taken again).
    alsoChanged: ['xl/worksheets/sheet11.xml'],
  },
  {
    id: 'strict',
    about: 'a Strict Open XML workbook',
    build() {
      const parts = sampleParts().map(([name, data]): [string, Uint8Array] => {
        if (!/\.(xml|rels)$/.test(name)) return [name, data];
        const xml = strFromU8(data)
          .replaceAll(NS_MAIN, 'http://purl.oclc.org/ooxml/spreadsheetml/main')
          .replaceAll(NS_REL, 'http://purl.oclc.org/ooxml/officeDocument/relationships')
          .replaceAll(
            'http://schemas.openxmlformats.org/drawingml/2006/main',
            'http://purl.oclc.org/ooxml/drawingml/main',
          )
          .replace('<workbook ', '<workbook conformance="strict" ');
        return [name, strToU8(xml)];
      });
      return zipOf(parts);
    },
    writeFails: 'strict-open-xml',
  },
  {
    id: 'zip64',
    about: 'the sample as a zip64 archive (zip64 end records and extra fields)',
    build: () => zipOf(sampleParts(), { zip64: true }),
  },
  {
    id: 'utf16-plumbing',
    about: 'plumbing parts in UTF-16 LE and BE, with and without byte order marks, and a UTF-8 BOM',
    build() {
      const enc: Record<string, (xml: string) => Uint8Array> = {
        '[Content_Types].xml': (x) => utf16(x, false, true),
        '_rels/.rels': (x) => utf16(x, true, true),
        'xl/workbook.xml': (x) => utf16(x, false, false),
        'xl/_rels/workbook.xml.rels': (x) => new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8(x)]),
        'xl/styles.xml': (x) => utf16(x, true, false),
        'xl/sharedStrings.xml': (x) => utf16(x, false, true),
        'docProps/app.xml': (x) => utf16(x, true, true),
        'xl/worksheets/sheet3.xml': (x) => utf16(x, true, true),
      };
      return zipOf(
        sampleParts().map(([name, data]) => [name, enc[name]?.(strFromU8(data)) ?? data]),
      );
    },
  },
  {
    id: 'root-rel-missing',
    about: 'a root relationship to a part that is not in the file',
    build: () => sampleEdited('_rels/.rels', 'xl/workbook.xml', 'xl/nowhere.xml'),
    // The reader and the writer both fall back to xl/workbook.xml, where Excel puts it.
  },
  {
    id: 'upper-case-names',
    about: 'every entry name in upper case (rels and content types keep lower case)',
    build: () => zipOf(sampleParts().map(([n, d]) => [n.toUpperCase(), d])),
  },
  {
    id: 'backslash-names',
    about: 'entry names with backslashes between folders',
    build: () => zipOf(sampleParts().map(([n, d]) => [n.replace(/\//g, '\\'), d])),
  },
  {
    id: 'crc-sheet',
    about: 'a worksheet entry whose CRC does not match its data',
    build: () =>
      buildZip(
        sampleParts().map(([name, data]): BuildEntry => ({
          name,
          data,
          ...(name === 'xl/worksheets/sheet4.xml' ? { crc: 0x12345678 } : {}),
        })),
      ),
    readFails: 'corrupt',
  },
  {
    id: 'crc-unread-part',
    about: 'an entry the reader never reads (docProps/core.xml) whose CRC does not match',
    build: () =>
      buildZip(
        sampleParts().map(([name, data]): BuildEntry => ({
          name,
          data,
          ...(name === 'docProps/core.xml' ? { crc: 0x12345678 } : {}),
        })),
      ),
    writeFails: 'corrupt',
  },
  {
    id: 'content-types-bomb',
    about: 'a 1 MB file whose [Content_Types].xml inflates to 1 GB',
    build() {
      const types = text(sampleParts(), '[Content_Types].xml');
      const cut = types.indexOf('</Types>');
      const run = deflatedRun(types.slice(0, cut), 0x20, 1_000_000_000, types.slice(cut));
      return buildZip(
        sampleParts().map(([name, data]): BuildEntry =>
          name === '[Content_Types].xml' ? { name, deflated: run } : { name, data },
        ),
      );
    },
    writeFails: 'too-large',
  },
  {
    id: 'content-types-liar',
    about: '[Content_Types].xml that declares 2 KB and inflates to 1 GB',
    build() {
      const types = text(sampleParts(), '[Content_Types].xml');
      const cut = types.indexOf('</Types>');
      const run = deflatedRun(types.slice(0, cut), 0x20, 1_000_000_000, types.slice(cut));
      return buildZip(
        sampleParts().map(([name, data]): BuildEntry =>
          name === '[Content_Types].xml'
            ? { name, deflated: run, declaredSize: 2048 }
            : { name, data },
        ),
      );
    },
    writeFails: 'too-large',
  },
  {
    id: 'overlapping-entries',
    about: '100 directory entries pointing at one blob',
    build() {
      const blob = new Uint8Array(200_000).map((_, i) => (i * 2654435761) >>> 24);
      const parts: BuildEntry[] = sampleParts().map(([name, data]) => ({ name, data }));
      parts.push({ name: 'xl/media/blob0.bin', data: blob, store: true });
      const aliases = Array.from({ length: 99 }, (_, i) => ({
        name: `xl/media/blob${i + 1}.bin`,
        of: 'xl/media/blob0.bin',
      }));
      return buildZip(parts, { aliases });
    },
    readFails: 'overlapping-entries',
  },
  {
    id: 'duplicate-names',
    about: 'two entries named xl/worksheets/sheet2.xml with different content',
    build() {
      const parts = sampleParts();
      const sheet = parts.find(([n]) => n === 'xl/worksheets/sheet2.xml')!;
      parts.push([
        'xl/worksheets/sheet2.xml',
        strToU8(strFromU8(sheet[1]).replace(/<v>\d+<\/v>/, '<v>999</v>')),
      ]);
      return zipOf(parts);
    },
    readFails: 'duplicate-entry',
  },
  {
    id: 'duplicate-names-case',
    about: 'xl/workbook.xml and XL/Workbook.xml in one archive',
    build() {
      const parts = sampleParts();
      parts.push(['XL/Workbook.xml', parts.find(([n]) => n === 'xl/workbook.xml')![1]]);
      return zipOf(parts);
    },
    readFails: 'duplicate-entry',
  },
  {
    id: 'long-cell',
    about: 'a 38 MB cell in a title and in a unit-name column (Excel holds 32,767 characters)',
    build() {
      const parts = sampleParts();
      const huge = hugeText(38_000_000);
      let sst = text(parts, 'xl/sharedStrings.xml');
      const index = (sst.match(/<si>/g) ?? []).length;
      sst = sst.replace('</sst>', `<si><t xml:space="preserve">${huge}</t></si></sst>`);
      setText(parts, 'xl/sharedStrings.xml', sst);
      const s = (ref: string) => `<c r="${ref}" t="s"><v>${index}</v></c>`;
      const rows =
        `<row r="1">${s('A1')}</row>` +
        `<row r="3">${inline('A3', 'STT')}${inline('B3', 'Tên tổ chức cơ sở đảng')}${inline('C3', 'Xếp loại')}${s('D3')}</row>` +
        `<row r="4">${inline('A4', 1)}${s('B4')}${inline('C4', 'Hoàn thành tốt nhiệm vụ')}</row>` +
        `<row r="5">${inline('A5', 2)}${inline('B5', 'Hòa Sơn')}${inline('C5', 'Hoàn thành xuất sắc nhiệm vụ')}</row>` +
        `<row r="6">${s('A6')}</row>`;
      addSheet(parts, 'Dài 2020', rows);
      return zipOf(parts, { level: 9 });
    },
  },
  {
    id: 'long-cell-inline',
    about: 'a 38 MB inline-string cell',
    build() {
      const parts = sampleParts();
      addSheet(parts, 'Dài', `<row r="1">${inline('A1', hugeText(38_000_000))}</row>`);
      return zipOf(parts, { level: 9 });
    },
  },
  {
    id: 'sheet-name-forbidden',
    about: 'a sheet named "[Năm 2021]", a name Excel forbids',
    build: () => sampleEdited('xl/workbook.xml', 'name="Năm 2021"', 'name="[Năm 2021]"'),
    writeFails: 'sheet-name',
  },
];

export { EXCEL_LIMIT };

/** What came of one file: the whole job of `bang-kiem FILE --out DIR`, without the file system. */
export type JobOutcome =
  | { ok: true; report: FileReport; written: Uint8Array; settings: Settings }
  | { ok: false; stage: 'read' | 'write'; error: UnusableInputError; report?: FileReport };

export function runHostileJob(bytes: Uint8Array): JobOutcome {
  let snapshot;
  try {
    snapshot = readXlsx(bytes);
  } catch (e) {
    if (e instanceof UnusableInputError) return { ok: false, stage: 'read', error: e };
    throw e;
  }
  const settings = settingsForWorkbook(snapshot);
  const check = checkWorkbook(snapshot, settings, 'hostile.xlsx');
  try {
    const written = applyPlan(
      bytes,
      buildPlan(check, snapshot, settings, { checkedAt: '2026-01-01' }),
    );
    return { ok: true, report: check.report, written, settings };
  } catch (e) {
    if (e instanceof UnusableInputError)
      return { ok: false, stage: 'write', error: e, report: check.report };
    throw e;
  }
}
