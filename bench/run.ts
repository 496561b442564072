/**
 * npm run bench: the compiled command line (dist/cli/bang-kiem.js, built first when stale), run as
 * a user runs it, in a fresh process each time, on generated member lists of 10k, 100k, 200k and
 * 1M rows, next to `soffice --headless --convert-to csv` of the same file in the same run.
 * Prints wall time, CPU time and peak memory of each, and the ratios; asserts nothing (timings
 * belong here, never in unit tests). CPU time is given because this machine is shared: wall time
 * follows the load, CPU time much less.
 * Options: --rows 10000,100000 to choose sizes; --runs N (default 3; 1 at a million rows);
 * --no-libreoffice to skip the comparison.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeMemberList } from './memberList';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureBuilt } = require('../scripts/cli/build.cjs') as { ensureBuilt(): string };

const OUT = path.resolve(__dirname, 'out');
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const SIZES = (arg('--rows') ?? '10000,100000,200000,1000000').split(',').map(Number);
const RUNS = arg('--runs') ? Number(arg('--runs')) : null;
const WITH_LO = !process.argv.includes('--no-libreoffice');
const TIME = '/usr/bin/time';

export interface Timed {
  wallS: number;
  cpuS: number;
  peakMb: number | null;
  status: number | null;
}

/**
 * Runs a command in its own process and measures it from outside: wall time here, CPU time and
 * peak resident memory (children included) by GNU time when the machine has it.
 */
export function timed(cmd: string, args: string[]): Timed {
  const withTime = existsSync(TIME);
  const t0 = performance.now();
  const r = withTime
    ? spawnSync(TIME, ['-f', 'BKTIME %U %S %M', cmd, ...args], {
        encoding: 'utf8',
        stdio: ['ignore', 'ignore', 'pipe'],
        maxBuffer: 1 << 26,
      })
    : spawnSync(cmd, args, { stdio: 'ignore' });
  const wallS = (performance.now() - t0) / 1000;
  const m = withTime ? /BKTIME ([\d.]+) ([\d.]+) (\d+)/.exec(String(r.stderr ?? '')) : null;
  return {
    wallS,
    cpuS: m ? Number(m[1]) + Number(m[2]) : NaN,
    peakMb: m ? Number(m[3]) / 1024 : null,
    status: r.status,
  };
}

function hasSoffice(): boolean {
  return spawnSync('sh', ['-c', 'command -v soffice'], { stdio: 'ignore' }).status === 0;
}

/** LibreOffice opening the file and writing it as CSV, with a fresh profile (cold, as a user's first run). */
function libreOffice(file: string): Timed {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'bk-bench-lo-'));
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'bk-bench-csv-'));
  try {
    return timed('soffice', [
      '--headless',
      `-env:UserInstallation=file://${profile}`,
      '--convert-to',
      'csv',
      '--outdir',
      outDir,
      file,
    ]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
}

function median(xs: Timed[]): Timed {
  return [...xs].sort((a, b) => a.wallS - b.wallS)[Math.floor(xs.length / 2)]!;
}

const f2 = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : 'n/a');

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const cli = ensureBuilt();
  const lo = WITH_LO && hasSoffice();
  console.log(
    `Bảng Kiểm bench: node ${process.version}, ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''}, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(`command: node ${path.relative(process.cwd(), cli)} FILE --format json > /dev/null`);
  console.log(
    '| rows | file | wall | CPU | peak RSS | LibreOffice wall | LibreOffice CPU | wall ratio | CPU ratio |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const rows of SIZES) {
    const file = path.join(OUT, `member-list-${rows}.xlsx`);
    if (!existsSync(file)) await writeMemberList(rows, file);
    const runs = RUNS ?? (rows >= 1_000_000 ? 1 : 3);
    const ours: Timed[] = [];
    const theirs: Timed[] = [];
    // Interleaved, so a burst of load on the shared machine falls on both alike.
    for (let i = 0; i < runs; i++) {
      const t = timed(process.execPath, [cli, file, '--format', 'json']);
      if (t.status !== 0 && t.status !== 1)
        throw new Error(`bang-kiem exited ${t.status} on ${file}`);
      ours.push(t);
      if (lo) theirs.push(libreOffice(file));
    }
    const a = median(ours);
    const b = lo ? median(theirs) : null;
    console.log(
      `| ${rows.toLocaleString('en')} | ${(statSync(file).size / 1e6).toFixed(1)} MB | ${f2(a.wallS)} s | ${f2(a.cpuS)} s | ${a.peakMb?.toFixed(0) ?? 'n/a'} MB | ${b ? `${f2(b.wallS)} s` : 'n/a'} | ${b ? `${f2(b.cpuS)} s` : 'n/a'} | ${b ? f2(a.wallS / b.wallS) : 'n/a'} | ${b ? f2(a.cpuS / b.cpuS) : 'n/a'} |`,
    );
  }
  if (!lo) console.log('LibreOffice comparison skipped (--no-libreoffice, or no soffice here).');
}

if (require.main === module) void main();
