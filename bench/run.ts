/**
 * npm run bench: the whole check (read + engine) on generated member lists of 10k, 100k, 200k and 1M
 * rows, against LibreOffice headless converting the same file to CSV, in the same run.
 * Prints figures and ratios; asserts nothing (timings belong here, never in unit tests). "then
 * write" is the --out job's extra time: building the sheets and charts and adding them to the file.
 * Options: --rows 10000,100000 to choose sizes; --no-libreoffice to skip the comparison.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeMemberList } from './memberList';

const OUT = path.resolve(__dirname, 'out');
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const SIZES = (arg('--rows') ?? '10000,100000,200000,1000000').split(',').map(Number);
const WITH_LO = !process.argv.includes('--no-libreoffice');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function checkOnce(file: string): {
  totalMs: number;
  readMs: number;
  checkMs: number;
  writeMs: number;
  peakRssMb: number;
  rows: number;
} {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(__dirname, 'checkOnce.ts'), file],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    },
  );
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

function libreOffice(file: string): number | null {
  try {
    execFileSync('sh', ['-c', 'command -v soffice'], { stdio: 'pipe' });
  } catch {
    return null;
  }
  const profile = mkdtempSync(path.join(os.tmpdir(), 'bk-bench-lo-'));
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'bk-bench-csv-'));
  const t0 = performance.now();
  execFileSync(
    'soffice',
    [
      '--headless',
      `-env:UserInstallation=file://${profile}`,
      '--convert-to',
      'csv',
      '--outdir',
      outDir,
      file,
    ],
    {
      stdio: 'pipe',
      timeout: 900_000,
    },
  );
  const ms = performance.now() - t0;
  rmSync(profile, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  return ms;
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  console.log(
    `Bảng Kiểm bench: node ${process.version}, ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''}`,
  );
  console.log(
    'rows      file MB  read s  check s  total s  peak RSS MB  LibreOffice s  total / LibreOffice',
  );
  for (const rows of SIZES) {
    const file = path.join(OUT, `member-list-${rows}.xlsx`);
    if (!existsSync(file)) await writeMemberList(rows, file);
    // Warm the file cache, then take the median of three runs (one for a million rows).
    const runs = Array.from({ length: rows >= 1_000_000 ? 1 : 3 }, () => checkOnce(file));
    const pick = runs.find((r) => r.totalMs === median(runs.map((x) => x.totalMs)))!;
    const lo = WITH_LO ? libreOffice(file) : null;
    console.log(
      [
        String(rows).padEnd(8),
        (statSync(file).size / 1e6).toFixed(1).padStart(8),
        (pick.readMs / 1000).toFixed(2).padStart(7),
        (pick.checkMs / 1000).toFixed(2).padStart(8),
        (pick.totalMs / 1000).toFixed(2).padStart(8),
        pick.peakRssMb.toFixed(0).padStart(12),
        (lo === null ? 'n/a' : (lo / 1000).toFixed(2)).padStart(14),
        (lo === null ? 'n/a' : (pick.totalMs / lo).toFixed(2)).padStart(20),
        (pick.writeMs / 1000).toFixed(2).padStart(13),
      ].join(' '),
    );
    if (pick.rows !== rows)
      console.log(`  (warning: the engine counted ${pick.rows} members, expected ${rows})`);
  }
  if (!WITH_LO) console.log('LibreOffice comparison skipped (--no-libreoffice).');
}

void main();
