/**
 * npm run bench:startup: time to the first byte of output on a tiny workbook, for the compiled
 * command (as `npx bang-kiem` runs it), for `npm run check` (npm's own start-up included), and
 * for the TypeScript source through tsx, next to Node printing one line: the floor. Median of
 * --runs N (default 9), each a fresh process.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureBuilt } = require('../scripts/cli/build.cjs') as { ensureBuilt(): string };

const ROOT = path.resolve(__dirname, '..');
const i = process.argv.indexOf('--runs');
const RUNS = i >= 0 ? Number(process.argv[i + 1]) : 9;

/** Milliseconds from spawn to the first stdout byte, and to exit. */
function firstByte(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<[number, number]> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    let first = NaN;
    const p = spawn(cmd, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'ignore'] });
    p.stdout.on('data', () => {
      if (Number.isNaN(first)) first = performance.now() - t0;
    });
    p.on('error', reject);
    p.on('close', () => resolve([first, performance.now() - t0]));
  });
}

async function main(): Promise<void> {
  const cli = ensureBuilt();
  const dir = path.join(__dirname, 'out');
  mkdirSync(dir, { recursive: true });
  const tiny = path.join(dir, 'tiny.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Năm 2020');
  ws.addRow(['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại']);
  ws.addRow([1, 'Đảng bộ xã A', 'Hoàn thành tốt nhiệm vụ']);
  await wb.xlsx.writeFile(tiny);
  const noCache = { ...process.env, BANG_KIEM_CODE_CACHE: '0' };
  // One run first, so the code cache exists (as it does from a user's second run on).
  await firstByte(process.execPath, [cli, tiny]);
  const cases: [string, string, string[], NodeJS.ProcessEnv?][] = [
    ['node printing one line (floor)', process.execPath, ['-e', 'console.log(1)']],
    ['compiled: node dist/cli/bang-kiem.js', process.execPath, [cli, tiny]],
    ['the same without the code cache', process.execPath, [cli, tiny], noCache],
    ['npm run check (launcher + bundle)', 'npm', ['run', '-s', 'check', '--', tiny]],
    ['source through tsx', process.execPath, ['--import', 'tsx', 'src/cli/main.ts', tiny]],
  ];
  console.log(
    `${RUNS} runs each, ${os.cpus().length} cores, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log('| command | first byte, median | min | exit, median |');
  console.log('|---|---:|---:|---:|');
  const results = cases.map(() => [] as [number, number][]);
  // Round-robin, so a burst of load on the shared machine falls on every command alike.
  for (let r = 0; r < RUNS; r++) {
    for (const [k, [, cmd, args, env]] of cases.entries())
      results[k]!.push(await firstByte(cmd, args, env));
  }
  for (const [k, [label]] of cases.entries()) {
    const firsts = results[k]!.map((x) => x[0]).sort((a, b) => a - b);
    const exits = results[k]!.map((x) => x[1]).sort((a, b) => a - b);
    const mid = Math.floor(RUNS / 2);
    console.log(
      `| ${label} | ${firsts[mid]!.toFixed(0)} ms | ${firsts[0]!.toFixed(0)} ms | ${exits[mid]!.toFixed(0)} ms |`,
    );
  }
}

void main();
