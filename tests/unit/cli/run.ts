import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '../../..');
export const SAMPLE = path.join(ROOT, 'samples/bang-kiem-mau.xlsx');

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureBuilt } = require('../../../scripts/cli/build.cjs') as { ensureBuilt(): string };

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], extra: SpawnSyncOptions = {}): Run {
  const r = spawnSync(process.execPath, args, {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    ...extra,
  });
  return { code: r.status, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') };
}

/** The compiled command, as `npx bang-kiem` and `npm run check` run it (built first if stale). */
export function compiled(args: string[], extra?: SpawnSyncOptions): Run {
  return run([ensureBuilt(), ...args], extra);
}

/** The TypeScript source through tsx: what the compiled command must agree with. */
export function source(args: string[], extra?: SpawnSyncOptions): Run {
  return run(['--import', 'tsx', path.join(ROOT, 'src/cli/main.ts'), ...args], extra);
}

/** The compiled command under a shell, for limits (ulimit) and redirections a test sets up. */
export function compiledInShell(script: string, args: string[]): Run {
  const quoted = [ensureBuilt(), ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync(
    'sh',
    ['-c', `${script.replace('$CLI', `"${process.execPath}" ${quoted}`)}`],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
