/**
 * Workbooks saved by other programs, each checked with `--out` as a user runs the CLI and held to
 * what issue #11 asks: every original part byte-identical, the parts added or changed valid
 * against the ECMA-376 schemas (the shared validator), LibreOffice opens the result, and a second
 * run on the result changes only the owned sheets.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { asMacroWorkbook } from '../../unit/xlsx-write/workbooks';
import { generatorWorkbook, PREFIXED_WORKBOOK } from '../../unit/xlsx-write/generatorWorkbook';
import {
  bundleCli,
  checkOutputs,
  entryNames,
  libreOfficeRefuses,
  python,
  requireValidator,
  runCli,
  SHARED,
  validateOoxml,
  type CliRun,
} from './cliRunner';
import { sharedPath } from '../../helpers/shared';

const PRODUCERS = sharedPath('fixtures/producers');
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'bk-producers-'));
const OUT = path.join(TMP, 'out');
const AGAIN = path.join(TMP, 'again');

interface Written {
  name: string;
  input: string;
  first: string;
  second: string;
  firstRun: CliRun;
  secondRun: CliRun;
}

function outputOf(run: CliRun): string {
  const json = JSON.parse(run.stdout) as { files: { output?: string }[] };
  const out = json.files[0]?.output;
  if (!out) throw new Error(`no output written: ${run.stderr}`);
  return out;
}

const inputs: Record<string, string> = {};
const written: Written[] = [];
let cli: string;

beforeAll(async () => {
  requireValidator();
  cli = bundleCli(TMP);
  const dir = path.join(TMP, 'in');
  fs.mkdirSync(dir, { recursive: true });
  execFileSync(python(), [path.join(__dirname, 'make_openpyxl.py'), dir]);
  for (const f of fs.readdirSync(PRODUCERS).filter((f) => f.endsWith('.xlsx')))
    inputs[`Excel: ${f}`] = path.join(PRODUCERS, f);
  inputs['openpyxl: chart, image, comments, validation, formats, hidden sheet, name'] = path.join(
    dir,
    'openpyxl-features.xlsx',
  );
  inputs['LibreOffice: the board fixture'] = path.join(SHARED, 'fixtures/board-2017-2021.xlsx');
  const generator = path.join(dir, 'generator-export.xlsx');
  fs.writeFileSync(
    generator,
    generatorWorkbook({
      workbook: PREFIXED_WORKBOOK,
      styles:
        '<?xml version="1.0"?><x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
    }),
  );
  inputs['a generator export: x: prefixes, inline strings, numbers as text'] = generator;
  const macro = path.join(dir, 'macro.xlsm');
  fs.writeFileSync(
    macro,
    asMacroWorkbook(
      new Uint8Array(fs.readFileSync(path.join(PRODUCERS, 'excel-sharedstrings.xlsx'))),
    ),
  );
  inputs['.xlsm with a vbaProject.bin'] = macro;

  for (const [name, input] of Object.entries(inputs)) {
    const firstRun = await runCli(cli, ['--format', 'json', '--out', OUT, input]);
    const first = outputOf(firstRun);
    const secondRun = await runCli(cli, ['--format', 'json', '--out', AGAIN, first]);
    written.push({ name, input, first, second: outputOf(secondRun), firstRun, secondRun });
  }
}, 300_000);

describe('workbooks saved by other programs, checked with --out', () => {
  it('runs each without an error: exit 0 or 1, nothing on stderr', () => {
    expect(written.map((w) => [w.name, w.firstRun.code, w.firstRun.stderr])).toEqual(
      written.map((w) => [w.name, w.firstRun.code! <= 1 ? w.firstRun.code : 'exit', '']),
    );
    expect(written.map((w) => [w.name, w.secondRun.code! <= 1])).toEqual(
      written.map((w) => [w.name, true]),
    );
  });

  it('keeps every original part byte-identical', () => {
    const results = checkOutputs(written.map((w) => ({ out: w.first, in: w.input })));
    expect(results.map((r, i) => [written[i]!.name, r.lost, r.changed, r.unreadable])).toEqual(
      written.map((w) => [w.name, [], [], []]),
    );
  });

  it('adds and changes only schema-valid parts, on the first run and the second', () => {
    for (const w of written) {
      expect([w.name, validateOoxml(w.first, w.input)]).toEqual([
        w.name,
        expect.objectContaining({ ok: true }),
      ]);
      expect([w.name, validateOoxml(w.second, w.first)]).toEqual([
        w.name,
        expect.objectContaining({ ok: true }),
      ]);
    }
  });

  it('changes only the owned sheets on a second run', () => {
    // Every part of the first output that came from the user's file, plumbing included, must
    // come out of the second run byte for byte: only Bảng Kiểm's own parts may differ.
    const results = checkOutputs(
      written.map((w) => {
        const original = new Set(entryNames(w.input));
        return {
          out: w.second,
          in: w.first,
          kept: entryNames(w.first).filter((n) => original.has(n)),
          only: true,
        };
      }),
    );
    expect(results.map((r, i) => [written[i]!.name, r.lost, r.changed])).toEqual(
      written.map((w) => [w.name, [], []]),
    );
  });

  it('gives LibreOffice files it opens', () => {
    expect(libreOfficeRefuses(written.flatMap((w) => [w.first, w.second]))).toEqual([]);
  }, 300_000);

  it('drops the calculation chain of an Excel workbook', () => {
    const w = written.find((x) => x.input.endsWith('excel-calcchain.xlsx'))!;
    const parts = unzipSync(new Uint8Array(fs.readFileSync(w.first)));
    expect(Object.keys(parts).filter((n) => /calcchain/i.test(n))).toEqual([]);
    expect(strFromU8(parts['[Content_Types].xml']!)).not.toMatch(/calcChain/);
  });

  it('keeps a macro workbook one: the VBA project byte-identical, its type kept, named .xlsm', () => {
    const w = written.find((x) => x.input.endsWith('.xlsm'))!;
    expect(path.basename(w.first)).toBe('macro.checked.xlsm');
    const before = unzipSync(new Uint8Array(fs.readFileSync(w.input)));
    const after = unzipSync(new Uint8Array(fs.readFileSync(w.first)));
    expect(
      Buffer.compare(
        Buffer.from(after['xl/vbaProject.bin']!),
        Buffer.from(before['xl/vbaProject.bin']!),
      ),
    ).toBe(0);
    const types = strFromU8(after['[Content_Types].xml']!);
    expect(types).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
    expect(types).toContain(
      '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>',
    );
    expect(strFromU8(after['xl/_rels/workbook.xml.rels']!)).toContain('Target="vbaProject.bin"');
  });
});

describe('workbooks the CLI refuses to write into', () => {
  it.each([
    ['a protected structure (openpyxl)', 'openpyxl-locked.xlsx', /structure is protected/],
    ['Strict Open XML (POI)', path.join(SHARED, 'corpus/poi/SimpleStrict.xlsx'), /Strict Open XML/],
  ])(
    '%s: one plain line, exit 2, nothing written, the batch goes on',
    async (_n, file, message) => {
      const input = path.isAbsolute(file) ? file : path.join(TMP, 'in', file);
      const out = fs.mkdtempSync(path.join(TMP, 'refused-'));
      const other = inputs['Excel: excel-mergecell.xlsx']!;
      const run = await runCli(cli, ['--lang', 'en', '--out', out, input, other]);
      expect(run.code).toBe(2);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(message);
      expect(lines[0]).not.toMatch(/internal error|\bat .*:\d+:\d+/);
      expect(fs.readdirSync(out)).toEqual(['excel-mergecell.checked.xlsx']);
      const vi = await runCli(cli, ['--lang', 'vi', '--out', out, input]);
      expect(vi.stderr.trim().split('\n')).toHaveLength(1);
      expect(vi.stderr).toMatch(/Strict Open XML|Cấu trúc sổ tính/);
    },
  );
});
