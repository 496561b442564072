import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { compiled, SAMPLE, source } from './run';
import { ratingList } from './workbooks';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bk-compiled-'));

/** A batch of varied workbooks: the sample, a clean list, one with findings, one unusable. */
async function batch(): Promise<string[]> {
  const clean = path.join(tmp, 'clean.xlsx');
  const odd = path.join(tmp, 'odd.xlsx');
  const broken = path.join(tmp, 'broken.xlsx');
  await ratingList(clean);
  await ratingList(odd, [3, 'Đảng bộ xã Hòa Lạc', 'Hoàn thành tốt']);
  fs.writeFileSync(broken, 'not a workbook');
  return [SAMPLE, clean, odd, broken, SAMPLE, clean];
}

describe('the compiled command line', () => {
  let files: string[];
  beforeAll(async () => {
    files = await batch();
  });

  it('gives the same JSON report, byte for byte, as the TypeScript source', () => {
    const a = compiled([...files, '--format', 'json', '--jobs', '1']);
    const b = source([...files, '--format', 'json', '--jobs', '1']);
    expect(a.code).toBe(2);
    expect(b.code).toBe(2);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stderr).toBe(b.stderr);
  });

  it('gives the same report with one thread and with several, in input order', () => {
    const one = compiled([...files, '--format', 'json', '--jobs', '1']);
    const many = compiled([...files, '--format', 'json', '--jobs', '3']);
    const threadsFromSource = source([...files, '--format', 'json', '--jobs', '2']);
    expect(many.stdout).toBe(one.stdout);
    expect(threadsFromSource.stdout).toBe(one.stdout);
    expect(many.stderr).toBe(one.stderr);
    const json = JSON.parse(one.stdout) as { files: { file: string }[] };
    expect(json.files.map((f) => f.file)).toEqual(files);
    // The report streamed file by file is the very JSON of the whole report.
    expect(one.stdout).toBe(JSON.stringify(json, null, 2) + '\n');
  });

  it('gives the same text report with one thread and with several', () => {
    const one = compiled([...files, '--lang', 'en', '--jobs', '1']);
    const many = compiled([...files, '--lang', 'en', '--jobs', '4']);
    expect(many.stdout).toBe(one.stdout);
    expect(one.stdout).toContain('File: ' + files[1]);
  });

  it('checks the bundled sample when no file is named, as the README quick start does', () => {
    const r = compiled(['--format', 'json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as { files: { file: string; tables: unknown[] }[] };
    expect(path.resolve(json.files[0]!.file)).toBe(SAMPLE);
    expect(json.files[0]!.tables.length).toBeGreaterThan(3);
  });

  it('refuses a --jobs that is not a whole number of one or more', () => {
    const r = compiled([SAMPLE, '--jobs', '0']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });

  it('shows no progress line when stderr is not a terminal', () => {
    const r = compiled([...files.slice(0, 3), '--jobs', '2']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
  });
});
