import { execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildSync } from 'esbuild';
import { requireTool } from '../../helpers/libreOffice';
import { sharedPath } from '../../helpers/shared';

const ROOT = path.resolve(__dirname, '../../..');
export { SHARED } from '../../helpers/shared';
const CHECKER = path.join(__dirname, 'check_outputs.py');
const VALIDATOR = sharedPath('tools/validate_ooxml.py');

/** Debian's python3, which has lxml and openpyxl (a pyenv python3 earlier on PATH may not). */
export function python(): string {
  return fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
}

/** Fails (never skips) when the schema validator cannot run. */
export function requireValidator(): void {
  requireTool('xmllint', 'apt-get install -y libxml2-utils');
  try {
    execFileSync(python(), ['-c', 'import lxml, openpyxl, PIL'], { stdio: 'pipe' });
  } catch {
    throw new Error(
      'python3 lacks lxml, openpyxl or PIL; the system tests need them (apt-get install -y python3-lxml python3-openpyxl python3-pil)',
    );
  }
}

/**
 * The CLI bundled into one file, as a user's `bang-kiem` runs it: it starts in a tenth of a
 * second where tsx would spend most of a second compiling, which matters over hundreds of files.
 */
export function bundleCli(dir: string): string {
  const outfile = path.join(dir, 'bang-kiem.js');
  buildSync({
    entryPoints: [path.join(ROOT, 'src/cli/main.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  /** Processor time (user and system): what the run costs, whatever else the machine is doing. */
  cpuSeconds: number;
  /** Peak resident memory of the run, from GNU time. */
  maxRssKb: number;
}

/** Runs the bundled CLI under GNU time, killed after timeoutMs. */
export function runCli(cli: string, args: string[], timeoutMs = 60_000): Promise<CliRun> {
  requireTool('/usr/bin/time', 'apt-get install -y time');
  const timing = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bk-time-')), 'time');
  return new Promise((resolve) => {
    const child = spawn('/usr/bin/time', [
      '-f',
      '%e %M',
      '-o',
      timing,
      process.execPath,
      cli,
      ...args,
    ]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      const [seconds, rss, user, sys] = (
        fs.existsSync(timing) ? fs.readFileSync(timing, 'utf8') : ''
      )
        .trim()
        .split('\n')
        .pop()!
        .split(' ')
        .map(Number);
      fs.rmSync(path.dirname(timing), { recursive: true, force: true });
      resolve({
        code,
        stdout,
        stderr,
        seconds: seconds ?? NaN,
        cpuSeconds: (user ?? NaN) + (sys ?? NaN),
        maxRssKb: rss ?? NaN,
      });
    });
  });
}

/** Runs fn over items, `width` at a time, keeping the order of the results. */
export async function pool<T, R>(
  items: T[],
  width: number,
  fn: (t: T) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return out;
}

export interface CheckResult {
  out: string;
  /** Parts of the input missing from the output. */
  lost: string[];
  /** Parts of the input whose bytes changed (the plumbing the writer edits aside). */
  changed: string[];
  /** Schema errors in the parts the output adds or changes. */
  errors: number;
  messages: string[];
  /** Entries of the input that cannot be read (a CRC that does not match). */
  unreadable: string[];
}

export interface CheckPair {
  out: string;
  in: string;
  /** Parts that must stay byte-identical even if they are plumbing. */
  kept?: string[];
  /** Compare the kept parts only. */
  only?: boolean;
  /** For a second run: the user's file, whose parts alone are compared (plumbing included). */
  orig?: string;
}

/** Lossless and schema checks of many outputs in one python process (check_outputs.py). */
export function checkOutputs(pairs: CheckPair[]): CheckResult[] {
  if (!pairs.length) return [];
  const out = execFileSync(python(), [CHECKER], {
    input: JSON.stringify(pairs),
    maxBuffer: 64 * 1024 * 1024,
  }).toString();
  return out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as CheckResult);
}

/** The shared validator itself on one workbook: its exit code and last line. */
export function validateOoxml(out: string, input?: string): { ok: boolean; report: string } {
  try {
    const r = execFileSync(python(), [VALIDATOR, out, ...(input ? [input] : [])], {
      stdio: 'pipe',
    });
    return { ok: true, report: r.toString().trim() };
  } catch (e) {
    const err = e as { stdout?: Buffer };
    return { ok: false, report: err.stdout?.toString().trim() ?? String(e) };
  }
}

/** Names of the entries of a zip, read from its directory by python's zipfile. */
export function entryNames(file: string): string[] {
  return JSON.parse(
    execFileSync(python(), [
      '-c',
      'import json,sys,zipfile; print(json.dumps(zipfile.ZipFile(sys.argv[1]).namelist()))',
      file,
    ]).toString(),
  ) as string[];
}

/**
 * Opens each workbook in LibreOffice headless (one soffice for all, its own profile) and returns
 * the ones it could not convert to CSV.
 */
export function libreOfficeRefuses(files: string[]): string[] {
  requireTool('soffice', 'apt-get install -y libreoffice-calc-nogui');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bk-lo-open-'));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'bk-lo-profile-'));
  const inputs = files.map((f, i) => {
    const copy = path.join(dir, `in${i}${path.extname(f)}`);
    fs.copyFileSync(f, copy);
    return copy;
  });
  try {
    execFileSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${profile}`,
        '--convert-to',
        'csv',
        '--outdir',
        path.join(dir, 'out'),
        ...inputs,
      ],
      { stdio: 'pipe', timeout: 300_000 },
    );
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return files.filter((_f, i) => {
    const csv = path.join(dir, 'out', `in${i}.csv`);
    return !fs.existsSync(csv);
  });
}
