/**
 * Issue #18: the README's quick start holds for someone who has only the repository. The
 * committed tree is cloned into an empty folder (no ../shared beside it), then the README's
 * commands run there: `npm install`, `npm run check`, `npm test`.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');

function run(cmd: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    timeout: 20 * 60_000,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, CI: 'true', FORCE_COLOR: '0' },
  });
}

function tail(r: SpawnSyncReturns<string>): string {
  return `${r.stdout ?? ''}\n${r.stderr ?? ''}`.split('\n').slice(-40).join('\n');
}

describe('a bare clone of the repository', () => {
  const home = mkdtempSync(join(tmpdir(), 'bk-clone-'));
  const clone = join(home, 'bang-kiem');
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('has nothing beside it', () => {
    const cloned = run('git', ['clone', '--quiet', ROOT, clone], home);
    expect(cloned.status).toBe(0);
    expect(existsSync(join(home, 'shared'))).toBe(false);
    expect(existsSync(join(clone, 'README.md'))).toBe(true);
  });

  it(
    'installs with `npm install`',
    () => {
      const r = run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], clone);
      if (r.status !== 0) throw new Error(`npm install failed:\n${tail(r)}`);
    },
    20 * 60_000,
  );

  it(
    'runs the main job on the bundled sample with `npm run check`',
    () => {
      const r = run('npm', ['run', '-s', 'check'], clone);
      // Exit 1 is the documented outcome for a workbook with error-level findings (the sample
      // has planted ones); 2 or more would mean the job itself failed.
      expect(tail(r)).not.toMatch(/internal error|at .*\.ts:\d+/);
      expect(r.status).toBe(1);
      expect(r.stdout).toContain('bang-kiem-mau.xlsx');
      expect(r.stdout).toMatch(/\d+ lỗi, \d+ cảnh báo/);
    },
    5 * 60_000,
  );

  it(
    'passes `npm test` with nothing outside the repository',
    () => {
      const r = run('npm', ['test', '--', '--ci'], clone);
      if (r.status !== 0) throw new Error(`npm test failed in the bare clone:\n${tail(r)}`);
      expect(`${r.stdout}${r.stderr}`).toMatch(/Tests:\s+\d+ passed, \d+ total/);
    },
    20 * 60_000,
  );
});
