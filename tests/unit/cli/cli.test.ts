import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';

const ROOT = path.resolve(__dirname, '../../..');
const FIXTURE = path.resolve(ROOT, 'samples/bang-kiem-mau.xlsx');

/** Runs the real command line, as `npm run check --` does, and returns what a user sees. */
function cli(...args: string[]) {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'src/cli/main.ts'), ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bk-cli-'));

async function cleanWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Năm 2020');
  ws.addRow(['KẾT QUẢ XẾP LOẠI NĂM 2020']);
  ws.addRow(['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại']);
  ws.addRow([1, 'Đảng bộ xã Hòa Sơn', 'Hoàn thành tốt nhiệm vụ']);
  ws.addRow([2, 'Đảng bộ xã Hòa Bình', 'Hoàn thành xuất sắc nhiệm vụ']);
  await wb.xlsx.writeFile(file);
}

describe('bang-kiem check (command line)', () => {
  it('prints only JSON on stdout with --format json, and exits 1 on error-level findings', () => {
    const r = cli(FIXTURE, '--format', 'json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as {
      files: {
        file: string;
        tables: unknown[];
        issues: { rule: string }[];
        results: { ratings: unknown[]; meetings: unknown[] };
      }[];
    };
    expect(json.files).toHaveLength(1);
    const f = json.files[0]!;
    // Six yearly lists, a summary, a member list and a register (samples/README.md).
    expect(f.tables).toHaveLength(9);
    expect(f.issues.map((i) => i.rule)).toContain('grade.unknown');
    const key = JSON.parse(
      fs.readFileSync(path.resolve(ROOT, 'samples/bang-kiem-mau.key.json'), 'utf8'),
    ) as { meetings: unknown[] };
    expect(f.results.meetings).toHaveLength(key.meetings.length);
  });

  it('exits 0 on a workbook with nothing wrong, in English when asked', async () => {
    const file = path.join(tmp, 'clean.xlsx');
    await cleanWorkbook(file);
    const r = cli(file, '--lang', 'en');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('0 errors');
    expect(r.stdout).toContain('Tables recognized');
  });

  it('goes on past files it cannot read, says why in one line each, and exits 2', () => {
    const notXlsx = path.join(tmp, 'note.xlsx');
    fs.writeFileSync(notXlsx, 'this is not a workbook');
    const r = cli(path.join(tmp, 'missing.xlsx'), notXlsx, FIXTURE, '--format', 'json');
    expect(r.code).toBe(2);
    const json = JSON.parse(r.stdout) as {
      files: { error?: { code: string }; issues?: unknown[] }[];
    };
    expect(json.files.map((f) => f.error?.code ?? 'ok')).toEqual(['not-found', 'not-zip', 'ok']);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(r.stderr).not.toMatch(/\bat \S+ \(/);
  });

  it('refuses a settings file with an unknown key, naming it', () => {
    const settings = path.join(tmp, 'bad-settings.json');
    fs.writeFileSync(settings, JSON.stringify({ meetings: { regularPerYer: 10 } }));
    const r = cli(FIXTURE, '--settings', settings, '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('meetings.regularPerYer');
  });

  it('applies a settings file: ten regular meetings suffice', () => {
    const settings = path.join(tmp, 'ten.json');
    fs.writeFileSync(settings, JSON.stringify({ meetings: { regularPerYear: 10 } }));
    const strict = JSON.parse(cli(FIXTURE, '--format', 'json').stdout);
    const lenient = JSON.parse(cli(FIXTURE, '--format', 'json', '--settings', settings).stdout);
    const count = (j: { files: { results: { meetings: { compliant: boolean | null }[] } }[] }) =>
      j.files[0]!.results.meetings.filter((m) => m.compliant === true).length;
    expect(count(lenient)).toBeGreaterThan(count(strict));
  });

  it('writes NAME.checked.xlsx with --out, and running on its own output changes nothing', () => {
    const out = path.join(tmp, 'out');
    expect(cli(FIXTURE, '--out', out).code).toBe(1);
    const first = path.join(out, 'bang-kiem-mau.checked.xlsx');
    expect(fs.existsSync(first)).toBe(true);
    const out2 = path.join(tmp, 'out2');
    const again = cli(first, '--out', out2, '--format', 'json');
    const json = JSON.parse(again.stdout) as { files: { tables: { sheet: string }[] }[] };
    // The owned sheets are output, never read back as the user's data.
    expect(json.files[0]!.tables.map((t) => t.sheet)).not.toContain('Bảng Kiểm - Xếp loại');
    const a = readXlsx(fs.readFileSync(first));
    const b = readXlsx(fs.readFileSync(path.join(out2, 'bang-kiem-mau.checked.checked.xlsx')));
    expect(b.sheets.map((s) => [s.name, Boolean(s.owned)])).toEqual(
      a.sheets.map((s) => [s.name, Boolean(s.owned)]),
    );
    for (const [i, sheet] of a.sheets.entries()) {
      const rows = (wb: typeof a) =>
        JSON.stringify(
          wb.sheets[i]!.rows.filter((_, r) => !(sheet.name.endsWith('Báo cáo') && r === 1)),
        );
      // Only the report's "file" line differs: it names the file that was checked.
      expect(rows(b)).toBe(rows(a));
    }
  });
});
