import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { compiled, compiledInShell, SAMPLE } from './run';
import { ratingList, withoutEntry } from './workbooks';

/**
 * Every per-file failure, reading or writing, is that file's one line in the user's language;
 * the other files go on, the report is printed, and the command exits 2.
 */
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bk-failures-'));
let clean: string;

beforeAll(async () => {
  clean = path.join(tmp, 'clean.xlsx');
  await ratingList(clean);
});

type JsonReport = {
  files: { file: string; error?: { code: string; message: string }; output?: string }[];
};

/** Runs a batch of `bad` and a clean file; returns the bad file's error and the stderr lines. */
function failing(args: string[], lang: 'vi' | 'en' = 'en') {
  const r = compiled([...args, clean, '--format', 'json', '--lang', lang]);
  const json = JSON.parse(r.stdout) as JsonReport;
  const lines = r.stderr.trim().split('\n');
  return { r, json, lines, error: json.files[0]!.error };
}

function expectOneLine(r: { stderr: string }, line: string) {
  expect(r.stderr.trim().split('\n')).toEqual([line]);
  expect(r.stderr).not.toMatch(/internal error|\bat \S+ \(|Error:/);
}

describe('files the command cannot read', () => {
  it('a missing file: "not found", in Vietnamese by default', () => {
    const missing = path.join(tmp, 'missing.xlsx');
    const { r, json, error } = failing([missing], 'vi');
    expect(r.code).toBe(2);
    expect(error?.code).toBe('not-found');
    expectOneLine(r, `bang-kiem: ${missing}: Không tìm thấy tệp.`);
    expect(json.files[1]!.error).toBeUndefined();
  });

  it('a folder: says it is a folder, not a Word file', () => {
    const dir = path.join(tmp, 'a-folder.xlsx');
    fs.mkdirSync(dir, { recursive: true });
    const { r, error } = failing([dir]);
    expect(r.code).toBe(2);
    expect(error?.code).toBe('folder');
    expectOneLine(
      r,
      `bang-kiem: ${dir}: This is a folder, not a file: name the .xlsx files in it.`,
    );
  });

  it('a file over the reader’s size limit: says it is too large, not "not found"', () => {
    const huge = path.join(tmp, 'huge.xlsx');
    // Sparse: 3 GB by its size, no disk used, never read.
    fs.closeSync(fs.openSync(huge, 'w'));
    fs.truncateSync(huge, 3 * 1024 ** 3);
    const { r, error } = failing([huge]);
    expect(r.code).toBe(2);
    expect(error?.code).toBe('too-large');
    expectOneLine(
      r,
      `bang-kiem: ${huge}: The file is too large (3 GB); Bảng Kiểm reads files up to 1 GB.`,
    );
    fs.rmSync(huge);
  });
});

describe('outputs the command cannot write (--out)', () => {
  it('an output folder that cannot be written (EACCES): the file’s line, the batch goes on', () => {
    // A read-only folder stops a user; root passes it, but not /sys/kernel.
    let out = '/sys/kernel';
    if (process.getuid?.() !== 0) {
      out = path.join(tmp, 'read-only');
      fs.mkdirSync(out, { mode: 0o555 });
    }
    const r = compiled([SAMPLE, clean, '--out', out, '--format', 'json', '--lang', 'en']);
    expect(r.code).toBe(2);
    const json = JSON.parse(r.stdout) as JsonReport;
    expect(json.files.map((f) => f.error?.code)).toEqual(['write-denied', 'write-denied']);
    expect(r.stderr.trim().split('\n')).toEqual([
      `bang-kiem: ${SAMPLE}: No permission to write ${out}/bang-kiem-mau.checked.xlsx.`,
      `bang-kiem: ${clean}: No permission to write ${out}/clean.checked.xlsx.`,
    ]);
  });

  it('an output path taken by a folder (EISDIR)', () => {
    const out = path.join(tmp, 'out-eisdir');
    fs.mkdirSync(path.join(out, 'bang-kiem-mau.checked.xlsx'), { recursive: true });
    const r = compiled([SAMPLE, clean, '--out', out, '--format', 'json', '--lang', 'en']);
    expect(r.code).toBe(2);
    const json = JSON.parse(r.stdout) as JsonReport;
    expect(json.files[0]!.error?.code).toBe('output-is-folder');
    expect(json.files[1]!.output).toBe(path.join(out, 'clean.checked.xlsx'));
    expect(fs.existsSync(path.join(out, 'clean.checked.xlsx'))).toBe(true);
    expectOneLine(
      r,
      `bang-kiem: ${SAMPLE}: Cannot write ${path.join(out, 'bang-kiem-mau.checked.xlsx')}: a folder of that name is in the way.`,
    );
  });

  it('an output folder that is a file (EEXIST)', () => {
    const out = path.join(tmp, 'out-is-a-file');
    fs.writeFileSync(out, 'mine');
    const r = compiled([clean, '--out', out, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('Unusable: Cannot write');
    expectOneLine(
      r,
      `bang-kiem: ${clean}: Cannot write ${path.join(out, 'clean.checked.xlsx')}: the output folder is a file, not a folder.`,
    );
    expect(fs.readFileSync(out, 'utf8')).toBe('mine');
  });

  it('refuses to follow a symbolic link at the output path', () => {
    const out = path.join(tmp, 'out-link');
    fs.mkdirSync(out, { recursive: true });
    const victim = path.join(tmp, 'victim.txt');
    fs.writeFileSync(victim, 'keep me');
    fs.symlinkSync(victim, path.join(out, 'clean.checked.xlsx'));
    const r = compiled([clean, '--out', out, '--lang', 'en']);
    expect(r.code).toBe(2);
    expectOneLine(
      r,
      `bang-kiem: ${clean}: Cannot write ${path.join(out, 'clean.checked.xlsx')}: it is a symbolic link, and Bảng Kiểm does not write through links.`,
    );
    expect(fs.readFileSync(victim, 'utf8')).toBe('keep me');
    expect(fs.lstatSync(path.join(out, 'clean.checked.xlsx')).isSymbolicLink()).toBe(true);
  });

  it('a write that fails midway (EFBIG) leaves the previous output intact and no temp file', () => {
    const out = path.join(tmp, 'out-efbig');
    fs.mkdirSync(out, { recursive: true });
    const target = path.join(out, 'bang-kiem-mau.checked.xlsx');
    fs.writeFileSync(target, 'previous output');
    // A 40 KB file size limit: the checked sample is bigger.
    const r = compiledInShell('ulimit -f 40; $CLI', [SAMPLE, '--out', out, '--lang', 'en']);
    expect(r.code).toBe(2);
    expectOneLine(
      r,
      `bang-kiem: ${SAMPLE}: Cannot write ${target}: it passes the largest file size allowed here.`,
    );
    expect(fs.readFileSync(target, 'utf8')).toBe('previous output');
    expect(fs.readdirSync(out)).toEqual(['bang-kiem-mau.checked.xlsx']);
  });

  it('a workbook the writer cannot handle: checked, then one line, and the batch goes on', () => {
    const odd = path.join(tmp, 'no-content-types.xlsx');
    withoutEntry(clean, odd, '[Content_Types].xml');
    const out = path.join(tmp, 'out-writer');
    const r = compiled([odd, clean, '--out', out, '--format', 'json', '--lang', 'vi']);
    expect(r.code).toBe(2);
    const json = JSON.parse(r.stdout) as JsonReport;
    // The reader gets by without [Content_Types].xml; the writer, which must edit it, calls the
    // package damaged (the writer's own refusal, passed on as it is).
    expect(json.files[0]!.error?.code).toBe('corrupt');
    expect(json.files[1]!.output).toBe(path.join(out, 'clean.checked.xlsx'));
    expectOneLine(
      r,
      `bang-kiem: ${odd}: Tệp bị hỏng hoặc không đầy đủ: hãy mở bằng Excel và lưu lại.`,
    );
  });

  it('two inputs with the same name get distinct outputs, never one over the other', () => {
    const a = path.join(tmp, 'a');
    const b = path.join(tmp, 'b');
    fs.mkdirSync(a, { recursive: true });
    fs.mkdirSync(b, { recursive: true });
    fs.copyFileSync(clean, path.join(a, 'Năm.xlsx'));
    fs.copyFileSync(SAMPLE, path.join(b, 'năm.xlsx'));
    const out = path.join(tmp, 'out-same');
    const r = compiled([
      path.join(a, 'Năm.xlsx'),
      path.join(b, 'năm.xlsx'),
      '--out',
      out,
      '--format',
      'json',
      '--jobs',
      '2',
    ]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as JsonReport;
    expect(json.files.map((f) => f.output)).toEqual([
      path.join(out, 'Năm.checked.xlsx'),
      path.join(out, 'năm (2).checked.xlsx'),
    ]);
    expect(fs.readdirSync(out).sort()).toEqual(['Năm.checked.xlsx', 'năm (2).checked.xlsx']);
  });
});

describe('standard output that cannot be written', () => {
  it('a full disk (ENOSPC): one line, exit 2', () => {
    const r = compiledInShell('$CLI > /dev/full', [clean, '--lang', 'en']);
    expect(r.code).toBe(2);
    expectOneLine(r, 'bang-kiem: Cannot write the report to standard output (ENOSPC).');
  });

  it('a file size limit (EFBIG): one line, exit 2, not a cut report', () => {
    const report = path.join(tmp, 'report.json');
    const r = compiledInShell(`ulimit -f 1; $CLI > '${report}'`, [
      SAMPLE,
      '--format',
      'json',
      '--lang',
      'vi',
    ]);
    expect(r.code).toBe(2);
    expectOneLine(r, 'bang-kiem: Không ghi được báo cáo ra đầu ra chuẩn (EFBIG).');
  });
});

describe('text output', () => {
  it('shows control characters from cells as escapes, never raw (ESC[2J clears a screen)', async () => {
    const esc = path.join(tmp, 'esc.xlsx');
    await ratingList(esc, [3, 'Đảng bộ xã Hòa Lạc', 'Hoàn thành _x001B_[2J_x001B_]0;pwned_x0007_']);
    const r = compiled([esc, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('\\x1B[2J');
    expect(r.stdout).toContain('\\x1B]0;pwned\\x07');
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
  });
});
