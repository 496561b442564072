import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

function run(...args: string[]) {
  return spawnSync(TSX, ['scripts/validate-manifest.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
}

describe('npm run validate (scripts/validate-manifest.ts)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bk-validate-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 0 on the project manifest', () => {
    const r = run();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/manifest\.xml: valid/);
  }, 30_000);

  it('exits 1 and names every problem of a broken copy', () => {
    const broken = readFileSync(join(ROOT, 'manifest.xml'), 'utf8')
      .replace('MinVersion="1.7"', 'MinVersion="1.12"')
      .replace('<FunctionName>runCheck</FunctionName>', '<FunctionName>runAll</FunctionName>');
    const file = join(dir, 'broken.xml');
    writeFileSync(file, broken);
    const r = run(file);
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(r.stderr).toMatch(/broken\.xml: <Requirements> require ExcelApi 1\.12/);
    expect(r.stderr).toMatch(/ExecuteFunction "runAll" is not registered/);
    expect(lines[3]).toMatch(/^3 problems in .*broken\.xml\.$/);
  }, 30_000);

  it('exits 1 on a file it cannot read', () => {
    const r = run(join(dir, 'nowhere.xml'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/nowhere\.xml: cannot read it/);
  }, 30_000);
});
