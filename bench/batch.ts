/**
 * npm run bench:batch: files per second of the compiled command line on a batch of 200 varied
 * workbooks (the bundled sample, the board fixture when ../shared is beside the repository,
 * generated lists and registers, and nasty ones: control characters in cells, a missing
 * [Content_Types].xml, a file that is not a zip), with --jobs 1 and with every core. Checks on
 * the way that both give the very same JSON report.
 * Options: --copies N (default 200 files in all); --jobs 1,2 to choose the thread counts.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { writeMemberList } from './memberList';
import { timed } from './run';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureBuilt } = require('../scripts/cli/build.cjs') as { ensureBuilt(): string };

const ROOT = path.resolve(__dirname, '..');
const DIR = path.join(__dirname, 'out/batch');
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const COUNT = Number(arg('--copies') ?? 200);
const JOBS = (arg('--jobs') ?? `1,${os.availableParallelism()}`).split(',').map(Number);

async function ratingList(file: string, extra: (string | number)[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Năm 2020');
  ws.addRow(['KẾT QUẢ XẾP LOẠI NĂM 2020']);
  ws.addRow(['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại']);
  for (let i = 1; i <= 60; i++) {
    ws.addRow([i, `Đảng bộ xã ${i}`, i % 7 ? 'Hoàn thành tốt nhiệm vụ' : 'Hoàn thành nhiệm vụ']);
  }
  ws.addRow(extra);
  await wb.xlsx.writeFile(file);
}

/** The kinds of workbook a batch holds, made once into bench/out/batch/kinds. */
async function kinds(): Promise<string[]> {
  const dir = path.join(DIR, 'kinds');
  mkdirSync(dir, { recursive: true });
  const files: string[] = [path.join(ROOT, 'samples/bang-kiem-mau.xlsx')];
  const fixture = path.resolve(ROOT, '../shared/fixtures/board-2017-2021.xlsx');
  if (existsSync(fixture)) files.push(fixture);
  const clean = path.join(dir, 'clean.xlsx');
  if (!existsSync(clean)) await ratingList(clean, [61, 'Đảng bộ xã Hòa Lạc', 'HTTNV']);
  const esc = path.join(dir, 'escapes.xlsx');
  if (!existsSync(esc)) await ratingList(esc, [61, 'Đảng bộ _x001B_[2J', 'Tốt _x001B_]0;x_x0007_']);
  const members = path.join(dir, 'members-5000.xlsx');
  if (!existsSync(members)) await writeMemberList(5000, members);
  const noTypes = path.join(dir, 'no-content-types.xlsx');
  if (!existsSync(noTypes)) {
    const parts = unzipSync(readFileSync(clean));
    delete parts['[Content_Types].xml'];
    writeFileSync(noTypes, zipSync(parts));
  }
  const notZip = path.join(dir, 'not-a-zip.xlsx');
  writeFileSync(notZip, 'a text file named .xlsx\n');
  files.push(clean, esc, members, noTypes, notZip);
  return files;
}

async function main(): Promise<void> {
  const cli = ensureBuilt();
  const sources = await kinds();
  const copies = path.join(DIR, 'copies');
  rmSync(copies, { recursive: true, force: true });
  mkdirSync(copies, { recursive: true });
  const files = Array.from({ length: COUNT }, (_, i) => {
    const from = sources[i % sources.length]!;
    const to = path.join(copies, `${String(i).padStart(3, '0')}-${path.basename(from)}`);
    copyFileSync(from, to);
    return to;
  });
  console.log(
    `${COUNT} files (${sources.map((s) => path.basename(s)).join(', ')}), ${os.cpus().length} cores, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log('| --jobs | wall | CPU | peak RSS | files/s |');
  console.log('|---:|---:|---:|---:|---:|');
  let reference: string | null = null;
  for (const jobs of JOBS) {
    const t = timed(process.execPath, [cli, ...files, '--format', 'json', '--jobs', String(jobs)]);
    const out = spawnSync(
      process.execPath,
      [cli, ...files, '--format', 'json', '--jobs', String(jobs)],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      },
    ).stdout;
    if (reference === null) reference = out;
    else if (out !== reference) console.log(`  (--jobs ${jobs} gave a different report!)`);
    console.log(
      `| ${jobs} | ${t.wallS.toFixed(2)} s | ${t.cpuS.toFixed(2)} s | ${t.peakMb?.toFixed(0) ?? 'n/a'} MB | ${(COUNT / t.wallS).toFixed(1)} |`,
    );
  }
}

void main();
