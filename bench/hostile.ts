/**
 * The hostile workbooks of issue #14 (tests/helpers/hostile.ts), each run through the whole job
 * (read, check, plan, write) in a child process of its own, as `node --max-old-space-size=1024`,
 * so a case that needs more memory dies instead of passing. Prints each case's outcome, its
 * one-line message, its time and its peak memory; exits 1 when a case ends otherwise than
 * expected or passes the bound (10 s of CPU, 1 GB of peak RSS). The system tier runs it
 * (tests/system/hostile).
 *
 * Run: npx tsx bench/hostile.ts [--case id,id]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HOSTILE_CASES, runHostileJob, type HostileCase } from '../tests/helpers/hostile';

export const TIME_BOUND_MS = 10_000;
export const MEMORY_BOUND_MB = 1024;
/** The V8 heap the child gets: a case that needs more dies with an out-of-memory error. */
const HEAP_MB = 1024;

export interface CaseRun {
  id: string;
  fileKb: number;
  /** Exit status of the child; anything but 0 is a crash (out of memory included). */
  status: number | null;
  outcome?: 'written' | 'read' | 'write';
  code?: string;
  vi?: string;
  en?: string;
  findings?: number;
  /** The job's own time, module loading excluded: wall clock, and CPU (user + system). */
  jobMs?: number;
  cpuMs?: number;
  peakRssMb?: number;
  stderr?: string;
}

/** Builds the case, writes it to a temporary file and runs the job on it in a child process. */
export function runCase(c: HostileCase): CaseRun {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bk-hostile-'));
  try {
    const file = path.join(dir, `${c.id}.xlsx`);
    const bytes = c.build();
    writeFileSync(file, bytes);
    const child = spawnSync(
      process.execPath,
      [`--max-old-space-size=${HEAP_MB}`, '--import', 'tsx', __filename, '--run', file],
      { encoding: 'utf8', maxBuffer: 1 << 24, timeout: 120_000 },
    );
    const run: CaseRun = {
      id: c.id,
      fileKb: Math.round(bytes.length / 1024),
      status: child.status,
    };
    if (child.status !== 0) return { ...run, stderr: child.stderr.slice(-2000) };
    return { ...run, ...JSON.parse(child.stdout.trim().split('\n').pop()!) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What a run should have been, or null when it was. */
export function problemWith(c: HostileCase, run: CaseRun): string | null {
  if (run.status !== 0) return `crashed (status ${run.status}): ${run.stderr ?? ''}`;
  const want = c.readFails
    ? `read:${c.readFails}`
    : c.writeFails
      ? `write:${c.writeFails}`
      : 'written';
  const got = run.outcome === 'written' ? 'written' : `${run.outcome}:${run.code}`;
  if (want !== got) return `expected ${want}, got ${got}`;
  // CPU time: the machines are shared, and a loaded one stretches wall time, not work.
  if (run.cpuMs! > TIME_BOUND_MS) return `took ${run.cpuMs} ms of CPU`;
  if (run.peakRssMb! > MEMORY_BOUND_MB) return `peak RSS ${run.peakRssMb} MB`;
  return null;
}

/** In the child: the job on one file, its outcome and cost as one JSON line. */
function child(file: string): void {
  const bytes = new Uint8Array(readFileSync(file));
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const out = runHostileJob(bytes);
  const cpu = process.cpuUsage(cpu0);
  const jobMs = Math.round(performance.now() - t0);
  const cpuMs = Math.round((cpu.user + cpu.system) / 1000);
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const result: Partial<CaseRun> = out.ok
    ? { outcome: 'written', findings: out.report.issues.length }
    : {
        outcome: out.stage,
        code: out.error.code,
        vi: out.error.messageVi,
        en: out.error.messageEn,
        ...(out.report ? { findings: out.report.issues.length } : {}),
      };
  process.stdout.write(`${JSON.stringify({ ...result, jobMs, cpuMs, peakRssMb })}\n`);
}

function main(): void {
  const at = process.argv.indexOf('--run');
  if (at >= 0) return child(process.argv[at + 1]!);
  const only = process.argv.includes('--case')
    ? process.argv[process.argv.indexOf('--case') + 1]!.split(',')
    : null;
  let failed = 0;
  console.log(
    `Hostile workbooks: whole job per case in a child with a ${HEAP_MB} MB heap; bound ${TIME_BOUND_MS / 1000} s of CPU, ${MEMORY_BOUND_MB} MB peak RSS`,
  );
  console.log(
    'case                    file KB  outcome                   wall ms  CPU ms  peak MB  message',
  );
  for (const c of HOSTILE_CASES) {
    if (only && !only.includes(c.id)) continue;
    const run = runCase(c);
    const problem = problemWith(c, run);
    if (problem) failed++;
    const outcome = run.outcome === 'written' ? 'written' : `${run.outcome}:${run.code}`;
    console.log(
      [
        c.id.padEnd(23),
        String(run.fileKb).padStart(7),
        ` ${(run.status === 0 ? outcome : 'CRASH').padEnd(25)}`,
        String(run.jobMs ?? '').padStart(7),
        String(run.cpuMs ?? '').padStart(7),
        String(run.peakRssMb ?? '').padStart(8),
        ` ${run.en ?? ''}`,
        problem ? `\n  ✗ ${problem}` : '',
      ].join(' '),
    );
  }
  if (failed) {
    console.log(`${failed} case(s) failed`);
    process.exitCode = 1;
  }
}

if (require.main === module) main();
