/**
 * docs/report-format.md is pinned by docs/report-format.schema.json: the command line's real
 * `--format json` output (a checked workbook in both languages, one written with --out, files that
 * cannot be used) and the document's own example must all pass it, and the schema must refuse
 * what the document does not allow.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import { compiled, ROOT, SAMPLE } from '../cli/run';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bk-schema-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

let validate: ValidateFunction;
beforeAll(() => {
  const schema = JSON.parse(
    fs.readFileSync(path.join(ROOT, 'docs/report-format.schema.json'), 'utf8'),
  ) as object;
  validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
});

function problems(report: unknown): string[] {
  return validate(report)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

type Report = { files: Record<string, unknown>[] };

function check(...args: string[]): Report {
  const r = compiled([...args, '--format', 'json', '--jobs', '1']);
  expect(r.code === 1 || r.code === 2).toBe(true);
  return JSON.parse(r.stdout) as Report;
}

it("the document's example is a valid report", () => {
  const doc = fs.readFileSync(path.join(ROOT, 'docs/report-format.md'), 'utf8');
  const example = /```json\n([\s\S]*?)\n```/.exec(doc)?.[1];
  expect(example).toBeDefined();
  expect(problems(JSON.parse(example!))).toEqual([]);
});

it.each(['vi', 'en'])('the sample workbook checked in %s passes the schema', (lang) => {
  const report = check(SAMPLE, '--lang', lang);
  expect(problems(report)).toEqual([]);
  const [file] = report.files;
  // The sample exercises every part: tables, findings, ratings from lists and summaries, meetings.
  expect((file!.tables as unknown[]).length).toBeGreaterThan(3);
  expect((file!.issues as unknown[]).length).toBeGreaterThan(10);
  const results = file!.results as { ratings: { source: string }[]; meetings: unknown[] };
  expect(new Set(results.ratings.map((r) => r.source))).toEqual(new Set(['list', 'summary']));
  expect(results.meetings.length).toBeGreaterThan(0);
});

it('files that cannot be used and a written copy pass the schema', () => {
  const notZip = path.join(tmp, 'hỏng.xlsx');
  fs.writeFileSync(notZip, 'not a workbook');
  const out = path.join(tmp, 'out');
  fs.mkdirSync(out);
  const report = check(SAMPLE, path.join(tmp, 'missing.xlsx'), notZip, '--out', out);
  expect(problems(report)).toEqual([]);
  expect(report.files.map((f) => (f.error as { code?: string } | undefined)?.code)).toEqual([
    undefined,
    'not-found',
    'not-zip',
  ]);
  expect(typeof report.files[0]!.output).toBe('string');
});

it('refuses what the document does not allow', () => {
  const report = check(SAMPLE);
  const file = report.files[0]!;
  const issue = (file.issues as Record<string, unknown>[])[0]!;
  const broken: unknown[] = [
    { files: [{ ...file, extra: 1 }] },
    { files: [{ ...file, counts: { error: -1, warning: 0, info: 0 } }] },
    { files: [{ ...file, issues: [{ ...issue, severity: 'fatal' }] }] },
    { files: [{ ...file, issues: [{ ...issue, messages: { vi: 'x' } }] }] },
    { files: [{ file: 'a.xlsx', error: { code: 'Settings', message: 'x' } }] },
    { files: [{ file: 'a.xlsx', error: { code: 'not-found', message: 'x' }, tables: [] }] },
  ];
  for (const b of broken) expect(problems(b)).not.toEqual([]);
});
