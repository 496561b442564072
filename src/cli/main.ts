#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { resolveSettings, SettingsError, type Settings } from '../core/settings';
import { formatText } from './formatText';
import { runFiles, type FileOutcome } from './runFiles';

/** The bundled sample, so `npm run check` with no file shows what the tool does. */
const SAMPLE = resolve(__dirname, '../../samples/bang-kiem-mau.xlsx');

interface Options {
  format: 'text' | 'json';
  lang?: 'vi' | 'en';
  settings?: string;
  out?: string;
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
  let lang: 'vi' | 'en';
  try {
    overrides = opts.settings ? JSON.parse(readFileSync(opts.settings, 'utf8')) : undefined;
    const settings: Settings = resolveSettings(overrides);
    lang = opts.lang ?? settings.lang;
  } catch (e) {
    const en = opts.lang === 'en';
    const msg =
      e instanceof SettingsError
        ? en
          ? e.messageEn
          : e.messageVi
        : en
          ? `Cannot read the settings file ${opts.settings}.`
          : `Không đọc được tệp cài đặt ${opts.settings}.`;
    process.stderr.write(`bang-kiem: ${msg}\n`);
    return 2;
  }

  const outcomes = await runFiles(files, {
    overrides,
    ...(opts.lang ? { lang: opts.lang } : {}),
    ...(opts.out ? { outDir: opts.out, checkedAt: new Date().toISOString().slice(0, 10) } : {}),
  });
  if (opts.format === 'json') {
    process.stdout.write(JSON.stringify({ files: outcomes.map(jsonFile) }, null, 2) + '\n');
  } else {
    process.stdout.write(formatText(outcomes, lang));
  }
  for (const o of outcomes) {
    if ('error' in o) process.stderr.write(`bang-kiem: ${o.file}: ${o.error.message}\n`);
  }
  if (outcomes.some((o) => 'error' in o)) return 2;
  return outcomes.some((o) => 'report' in o && o.report.counts.error > 0) ? 1 : 0;
}

function jsonFile(o: FileOutcome): unknown {
  if ('error' in o) return { file: o.file, error: o.error };
  const { version, tables, issues, counts, results } = o.report;
  return {
    file: o.file,
    version,
    tables,
    issues,
    counts,
    results,
    ...(o.output ? { output: o.output } : {}),
  };
}

if (require.main === module) {
  // A reader that stops early (| head) is not an error of ours.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  // exitCode, not exit(): exit() would cut off output still on its way down a pipe.
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      // A bug of ours, not of the user's file: one line, no stack, and a distinct code.
      process.stderr.write(
        `bang-kiem: internal error: ${e instanceof Error ? e.message : String(e)}\n`,
      );
      process.exit(3);
    },
  );
}
