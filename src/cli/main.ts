#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { Failure } from '../core/failures';
import type { Lang } from '../core/words';
import { resolveSettings, SettingsError, type Settings } from '../core/settings';
import { cliMessage } from './fileErrors';
import { outputPaths } from './outputName';
import { runBatch, WORKER_ARG } from './pool';
import { printable } from './printable';
import { Progress } from './progress';
import { ReportWriter } from './reportWriter';
import type { FileJob, RunOptions } from './runFiles';
import { StdoutWriter } from './stdout';
import { serveFiles } from './worker';

/** The bundled sample, so `npm run check` with no file shows what the tool does. */
const SAMPLE = resolve(__dirname, '../../samples/bang-kiem-mau.xlsx');

interface Options {
  format: 'text' | 'json';
  lang?: Lang;
  settings?: string;
  out?: string;
  jobs: number;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number, 1 or more');
  return n;
}

/** Exit codes: 0 no error-level finding, 1 some, 2 a file or the settings could not be used. */
export async function main(argv: string[]): Promise<number> {
  const program = new Command()
    .name('bang-kiem')
    .description(
      'Kiểm tra bảng xếp loại và sổ sinh hoạt chi bộ / Check rating sheets and meeting registers',
    )
    .argument('[files...]', '.xlsx files (default: the bundled sample)')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['text', 'json'])
        .default('text'),
    )
    .addOption(new Option('-l, --lang <lang>', 'language of messages').choices(['vi', 'en']))
    .option('-s, --settings <file>', 'JSON settings file (thresholds, language)')
    .option(
      '-o, --out <dir>',
      'also write NAME.checked.xlsx with the report, summary and charts sheets',
    )
    .option(
      '-j, --jobs <n>',
      'files checked at once, each in its own thread (default: the number of cores)',
      positiveInt,
      availableParallelism(),
    )
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  try {
    program.parse(argv, { from: 'user' });
  } catch (e) {
    const code = (e as { exitCode?: number }).exitCode;
    return code === 0 ? 0 : 2;
  }
  const opts = program.opts<Options>();
  const files = program.args.length ? program.args : [SAMPLE];

  let overrides: unknown;
  let lang: Lang;
  try {
    overrides = opts.settings ? JSON.parse(readFileSync(opts.settings, 'utf8')) : undefined;
    const settings: Settings = resolveSettings(overrides);
    lang = opts.lang ?? settings.lang;
  } catch (e) {
    const en = opts.lang === 'en';
    const failure =
      e instanceof SettingsError ? e : new Failure('settings-file', { file: opts.settings ?? '' });
    const msg = failure.text(en ? 'en' : 'vi');
    process.stderr.write(`bang-kiem: ${printable(msg)}\n`);
    return 2;
  }

  const options: RunOptions = {
    overrides,
    ...(opts.lang ? { lang: opts.lang } : {}),
    ...(opts.out ? { at: new Date() } : {}),
  };
  const outputs = opts.out ? outputPaths(files, opts.out) : [];
  const jobs: FileJob[] = files.map((file, i) =>
    opts.out ? { file, output: outputs[i]! } : { file },
  );

  const stdout = new StdoutWriter();
  const report = new ReportWriter(opts.format, lang, (s) => stdout.write(s));
  const progress = new Progress(process.stderr, files.length, lang);
  let unusable = false;
  let errors = false;
  await runBatch(
    jobs,
    options,
    { threads: opts.jobs, workerScript: __filename },
    {
      outcome(o) {
        progress.clear();
        report.add(o);
        if ('error' in o) {
          unusable = true;
          process.stderr.write(`bang-kiem: ${printable(`${o.file}: ${o.error.message}`)}\n`);
        } else if (o.report.counts.error > 0) {
          errors = true;
        }
      },
      progress: (done, rows) => progress.update(done, rows),
    },
  );
  progress.clear();
  report.end();
  if (stdout.failure !== null) {
    process.stderr.write(`bang-kiem: ${cliMessage('stdout', lang, { errno: stdout.failure })}\n`);
    return 2;
  }
  if (unusable) return 2;
  return errors ? 1 : 0;
}

/** Runs the command line in this process: `bang-kiem FILE…`, or `npm run check -- FILE…`. */
export function cliEntry(): void {
  // exitCode, not exit(): exit() would cut off output still on its way down a pipe.
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      // A fault of ours outside any one file: one line in the user's language, no stack.
      const en = process.argv.includes('en') || /^en/i.test(process.env.LANG ?? '');
      process.stderr.write(
        `bang-kiem: ${cliMessage('internal', en ? 'en' : 'vi')} (${printable(e instanceof Error ? e.message : String(e))})\n`,
      );
      process.exit(3);
    },
  );
}

// A thread of a batch carries WORKER_ARG and serves files; serveFiles() checks it is a thread.
if (process.argv.includes(WORKER_ARG)) {
  void serveFiles();
} else if (require.main === module) {
  cliEntry();
}
