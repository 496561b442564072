/**
 * All 354 workbooks of Apache POI's spreadsheet test data (../shared/corpus/poi), each run with
 * `--out` through the bundled CLI, two at a time (issue #20): no exit above 2, no stack trace or
 * "internal error", at most 3 lines on stderr, each within 10 s and 1 GB; every written output
 * lossless and schema-valid (checked in one python process), and run a second time. Prints one
 * summary line: files, written, refused by reason.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { bundleCli, checkOutputs, pool, requireValidator, runCli, type CliRun } from './cliRunner';
import { sharedPath } from '../../helpers/shared';

const CORPUS = sharedPath('corpus/poi');
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'bk-poi-'));
const WIDTH = 2;

interface Outcome {
  file: string;
  run: CliRun;
  /** The written workbook, when there is one. */
  output?: string;
  /** The refusal's code, when the file was refused. */
  refused?: string;
  again?: CliRun;
  againOutput?: string;
}

function parse(run: CliRun): { output?: string; code?: string } {
  try {
    const json = JSON.parse(run.stdout) as {
      files: { output?: string; error?: { code: string } }[];
    };
    const f = json.files[0];
    return { output: f?.output, code: f?.error?.code };
  } catch {
    return {};
  }
}

const files = fs.readdirSync(CORPUS).filter((f) => /\.xls[xm]$/i.test(f));
const outcomes: Outcome[] = [];

beforeAll(async () => {
  requireValidator();
  const cli = bundleCli(TMP);
  const runs = await pool(files, WIDTH, async (file, i = files.indexOf(file)) => {
    const out = path.join(TMP, 'out', String(i));
    const run = await runCli(cli, [
      '--format',
      'json',
      '--lang',
      'en',
      '--out',
      out,
      path.join(CORPUS, file),
    ]);
    const { output, code } = parse(run);
    const o: Outcome = { file, run, output, refused: code };
    if (output && run.code !== null && run.code <= 1) {
      o.again = await runCli(cli, [
        '--format',
        'json',
        '--out',
        path.join(TMP, 'again', String(i)),
        output,
      ]);
      o.againOutput = parse(o.again).output;
    }
    return o;
  });
  outcomes.push(...runs);
  const refused = new Map<string, number>();
  for (const o of outcomes)
    if (o.refused) refused.set(o.refused, (refused.get(o.refused) ?? 0) + 1);
  const reasons = [...refused].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`);
  const cpu = outcomes.map((o) => o.run.cpuSeconds).sort((a, b) => a - b);
  process.stdout.write(
    `POI corpus: ${outcomes.length} files, ${outcomes.filter((o) => o.output).length} written, ` +
      `${outcomes.filter((o) => o.refused).length} refused (${reasons.join(', ')}); ` +
      `processor time per file: median ${cpu[cpu.length >> 1]?.toFixed(2)} s, most ${cpu[cpu.length - 1]?.toFixed(2)} s\n`,
  );
}, 1_800_000);

describe("Apache POI's 354 workbooks, each checked with --out", () => {
  it('holds all of them', () => {
    expect(files.length).toBe(354);
  });

  it('exits with 0, 1 or 2 and writes exactly when it does not refuse', () => {
    const bad = outcomes.filter(
      (o) =>
        o.run.code === null ||
        o.run.code > 2 ||
        (o.run.code === 2) !== Boolean(o.refused) ||
        o.run.code <= 1 !== Boolean(o.output),
    );
    expect(bad.map((o) => [o.file, o.run.code, o.run.stderr.slice(0, 300)])).toEqual([]);
  });

  it('says what is wrong in at most 3 lines, never a stack trace or an internal error', () => {
    const bad = outcomes.filter(
      (o) =>
        o.run.stderr.trim().split('\n').length > 3 ||
        /internal error|^\s+at .*:\d+:\d+\)?$|Error:/m.test(o.run.stderr) ||
        (o.refused && !o.run.stderr.trim()),
    );
    expect(bad.map((o) => [o.file, o.run.stderr])).toEqual([]);
  });

  it('takes at most 10 s and 1 GB a file', () => {
    // Processor time, so a machine busy with other work does not fail the test; the wall clock
    // only catches a hang (the run is killed after 60 s).
    const slow = outcomes.filter(
      (o) => !(o.run.cpuSeconds <= 10) || !(o.run.seconds < 60) || !(o.run.maxRssKb <= 1024 * 1024),
    );
    expect(slow.map((o) => [o.file, o.run.cpuSeconds, o.run.seconds, o.run.maxRssKb])).toEqual([]);
  });

  it('keeps every original part and adds only schema-valid parts in every output', () => {
    const written = outcomes.filter((o) => o.output);
    const results = checkOutputs(
      written.map((o) => ({ out: o.output!, in: path.join(CORPUS, o.file) })),
    );
    const bad = results
      .map((r, i) => ({ file: written[i]!.file, ...r }))
      // An entry whose CRC does not match its data cannot be compared: it is a damaged file that
      // the zip reader refuses on its own branch; what can be compared still must hold.
      .filter((r) => r.lost.length || r.changed.length || (r.errors && !r.unreadable.length));
    expect(bad.map((r) => [r.file, r.lost, r.changed, r.errors, r.messages])).toEqual([]);
  });

  it('writes each output again, schema-valid, changing only the owned sheets', () => {
    const again = outcomes.filter((o) => o.again);
    expect(again.map((o) => [o.file, o.again!.code! <= 1 && Boolean(o.againOutput)])).toEqual(
      again.map((o) => [o.file, true]),
    );
    const results = checkOutputs(again.map((o) => ({ out: o.againOutput!, in: o.output! })));
    const bad = results
      .map((r, i) => ({ file: again[i]!.file, ...r }))
      .filter((r) => r.lost.length || r.changed.length || (r.errors && !r.unreadable.length));
    expect(bad.map((r) => [r.file, r.lost, r.changed, r.errors, r.messages])).toEqual([]);
  });
});
