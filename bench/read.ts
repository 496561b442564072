/**
 * Read-path benchmark: a 200k-row × 5-column member list (bench/memberList.ts), read by readXlsx and by ExcelJS.
 * Run: npx tsx bench/read.ts [rows] [--no-exceljs]. Each reader runs in its own process so peak RSS is its own.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeMemberList } from './memberList';

const OUT = path.resolve(__dirname, 'out');
const ROWS = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 200_000);
const FILE = path.join(OUT, `member-list-${ROWS}.xlsx`);

function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

async function measure(mode: string): Promise<void> {
  // Load the code first: the time measured is the read, file included, not module loading.
  const { readXlsx } = await import('../src/hosts/xlsx/read/readXlsx');
  const ExcelJS = (await import('exceljs')).default;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let cells = 0;
  if (mode === 'ours') {
    const wb = readXlsx(readFileSync(FILE));
    for (const row of wb.sheets[0]!.rows) if (row) cells += row.v.length;
  } else {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(FILE);
    wb.worksheets[0]!.eachRow((row) => (cells += row.cellCount));
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  console.log(
    JSON.stringify({
      mode,
      ms: Math.round(ms),
      // CPU time (all threads, GC included) stays meaningful on a shared, loaded machine.
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      cells,
      peakRssMb: Math.round(peakRssMb()),
    }),
  );
}

interface Result {
  mode: string;
  ms: number;
  cpuMs: number;
  cells: number;
  peakRssMb: number;
}

function runChild(mode: string): Result {
  const res = spawnSync(
    process.execPath,
    [...process.execArgv, process.argv[1]!, `--mode=${mode}`, String(ROWS)],
    {
      encoding: 'utf8',
    },
  );
  if (res.status !== 0) throw new Error(`${mode} failed: ${res.stderr}`);
  return JSON.parse(res.stdout.trim().split('\n').pop()!);
}

async function main(): Promise<void> {
  const mode = process.argv.find((a) => a.startsWith('--mode='))?.slice(7);
  if (mode) return measure(mode);
  if (!existsSync(FILE)) {
    mkdirSync(OUT, { recursive: true });
    await writeMemberList(ROWS, FILE);
  }
  const ours = [runChild('ours'), runChild('ours'), runChild('ours')];
  const best = ours.reduce((a, b) => (a.ms <= b.ms ? a : b));
  // ExcelJS needs several GB past a few hundred thousand rows: --no-exceljs measures ours alone.
  const exceljs = process.argv.includes('--no-exceljs') ? null : runChild('exceljs');
  console.log(`rows: ${ROWS} × 5 columns, file ${(statSync(FILE).size / 1e6).toFixed(1)} MB`);
  console.log(
    `readXlsx (file read included): best ${best.ms} ms wall (${ours.map((o) => o.ms).join('/')}), ${best.cpuMs} ms CPU, ${best.cells} cells, peak RSS ${best.peakRssMb} MB`,
  );
  if (exceljs) {
    console.log(
      `ExcelJS readFile: ${exceljs.ms} ms wall, ${exceljs.cpuMs} ms CPU, ${exceljs.cells} cells, peak RSS ${exceljs.peakRssMb} MB`,
    );
    console.log(
      `speed-up: ${(exceljs.ms / best.ms).toFixed(1)}× wall, ${(exceljs.cpuMs / best.cpuMs).toFixed(1)}× CPU`,
    );
  }
  console.log(
    `load average at the end: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${os.cpus().length} CPUs`,
  );
}

void main();
