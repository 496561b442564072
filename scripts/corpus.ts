/**
 * `npm run corpus`: generates workbooks in layouts nobody typed by hand (tools/layouts), checks
 * each with the engine after a round trip through .xlsx and the project's reader, and scores the
 * reports against the keys. Issue #10's goals: ≥ 98% of planted defects found, no error on an
 * unplanted cell, every table and every year's counts right.
 *
 *   npm run corpus                          2,000 workbooks on the fixed seed
 *   npm run corpus -- --seed 7 --count 500  explore another corpus
 *   npm run corpus -- --only 123            one workbook (its index in the corpus)
 *   npm run corpus -- --dump out/corpus     write failing workbooks with their keys
 *   npm run corpus -- --verbose             every failure category with one example
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { Command } from 'commander';
import {
  CORPUS_SEED,
  mergeTotals,
  ratio,
  runCorpus,
  type CorpusTotals,
  type CorpusWorkbook,
  type WorkbookScore,
} from '../tools/layouts';

interface Job {
  seed: number;
  indices: number[];
  dump: string | null;
  dumpMax: number;
}

function dumper(dir: string, max: number) {
  let written = 0;
  return (w: CorpusWorkbook, score: WorkbookScore, index: number) => {
    if (written >= max) return;
    written++;
    mkdirSync(dir, { recursive: true });
    const base = path.join(dir, `${w.key.id.replace('/', '-')}`);
    writeFileSync(`${base}.xlsx`, w.bytes);
    writeFileSync(
      `${base}.key.json`,
      JSON.stringify({ index, key: w.key, choices: w.choices, failures: score.failures }, null, 1),
    );
  };
}

function work(job: Job): CorpusTotals {
  return runCorpus(job.seed, job.indices, {
    ...(job.dump ? { onFailure: dumper(job.dump, job.dumpMax) } : {}),
  });
}

if (!isMainThread) {
  parentPort!.postMessage(work(workerData as Job));
} else {
  void main();
}

async function main(): Promise<void> {
  const program = new Command()
    .name('corpus')
    .description('Generate workbooks in unseen layouts, check them, score against their keys.')
    .option('--seed <n>', 'corpus seed', String(CORPUS_SEED))
    .option('--count <n>', 'number of workbooks', '2000')
    .option('--start <n>', 'index of the first workbook', '0')
    .option('--only <index>', 'check one workbook (its index) and print its failures')
    .option('--dump <dir>', 'write failing workbooks and their keys (with the failures) here')
    .option('--dump-max <n>', 'at most this many dumped workbooks', '200')
    .option('--workers <n>', 'worker threads', String(Math.max(1, availableParallelism())))
    .option('--json <file>', 'also write the totals as JSON')
    .option('--verbose', 'every failure category with one example, not only the top ones')
    .parse();
  const o = program.opts<{
    seed: string;
    count: string;
    start: string;
    only?: string;
    dump?: string;
    dumpMax: string;
    workers: string;
    json?: string;
    verbose?: boolean;
  }>();
  const seed = Number(o.seed);
  const start = o.only !== undefined ? Number(o.only) : Number(o.start);
  const count = o.only !== undefined ? 1 : Number(o.count);
  const indices = Array.from({ length: count }, (_, i) => start + i);
  const workers = Math.max(1, Math.min(Number(o.workers), Math.ceil(count / 20)));
  const dump = o.dump ? path.resolve(o.dump) : null;
  const dumpMax = Math.ceil(Number(o.dumpMax) / workers);

  const t0 = performance.now();
  let totals: CorpusTotals;
  if (workers === 1) {
    totals = work({ seed, indices, dump, dumpMax });
  } else {
    const parts = await Promise.all(
      Array.from({ length: workers }, (_, w) => {
        const job: Job = {
          seed,
          indices: indices.filter((_, i) => i % workers === w),
          dump,
          dumpMax,
        };
        return new Promise<CorpusTotals>((resolve, reject) => {
          // Workers load this file through tsx's require hook, as the main thread does.
          const worker = new Worker(
            `require('tsx/cjs/api').register(); require(${JSON.stringify(__filename)});`,
            { eval: true, workerData: job },
          );
          worker.once('message', (m: CorpusTotals) => resolve(m));
          worker.once('error', reject);
        });
      }),
    );
    totals = parts.reduce(mergeTotals);
  }
  const seconds = (performance.now() - t0) / 1000;
  print(totals, seconds, workers, !!o.verbose || o.only !== undefined);
  if (o.json) writeFileSync(o.json, JSON.stringify({ ...totals, seconds }, null, 1));
  if (dump) console.log(`\nfailing workbooks and keys written to ${dump}`);
}

function pct(n: number, of: number): string {
  return `${(ratio(n, of) * 100).toFixed(1)}%`.padStart(7);
}

function print(t: CorpusTotals, seconds: number, workers: number, verbose: boolean): void {
  const s = t.score;
  const perWb = (ms: number) => (ms / Math.max(1, t.workbooks)).toFixed(1);
  console.log(
    `corpus seed ${t.seed}: ${t.workbooks} workbooks in ${seconds.toFixed(1)} s, ` +
      `${(t.workbooks / seconds).toFixed(1)} workbooks/s (${workers} worker${workers > 1 ? 's' : ''}; ` +
      `per workbook ${perWb(t.ms.generate)} ms generating, ${perWb(t.ms.read)} ms reading, ${perWb(t.ms.check)} ms checking)`,
  );
  console.log('');
  const line = (label: string, value: string, goal: string) =>
    console.log(`  ${label.padEnd(34)}${value.padEnd(26)}goal ${goal}`);
  line('planted defects found', `${s.found}/${s.defects} ${pct(s.found, s.defects)}`, '≥ 98%');
  line(
    'errors on unplanted cells',
    `${s.falseErrors} (${(s.falseErrors / Math.max(1, t.workbooks)).toFixed(1)}/workbook)`,
    '0',
  );
  line(
    'tables found right',
    `${s.tablesRight}/${s.tables} ${pct(s.tablesRight, s.tables)}`,
    '100%',
  );
  line('years counted right', `${s.yearsRight}/${s.years} ${pct(s.yearsRight, s.years)}`, '100%');
  line(
    'register rows right',
    `${s.meetingsRight}/${s.meetings} ${pct(s.meetingsRight, s.meetings)}`,
    '100%',
  );
  line(
    'log cells and years right',
    `${s.logMeetingsRight}/${s.logMeetings} ${pct(s.logMeetingsRight, s.logMeetings)}`,
    '100%',
  );
  line(
    'workbooks entirely right',
    `${t.perfect}/${t.workbooks} ${pct(t.perfect, t.workbooks)}`,
    '100%',
  );

  console.log('\n  recall by rule');
  for (const [rule, r] of Object.entries(t.perRule).sort((a, b) => a[0].localeCompare(b[0]))) {
    console.log(
      `    ${rule.padEnd(30)}${`${r.found}/${r.planted}`.padStart(11)} ${pct(r.found, r.planted)}`,
    );
  }

  const cats = Object.entries(t.categories).sort((a, b) => b[1].workbooks - a[1].workbooks);
  const shown = verbose ? cats : cats.slice(0, 15);
  console.log(
    `\n  ${verbose ? 'failure categories' : 'top failure categories'} (by workbooks affected; ${cats.length} in all${verbose ? '' : ', --verbose for all with an example'})`,
  );
  for (const [cat, c] of shown) {
    console.log(
      `    ${String(c.workbooks).padStart(5)} wb ${String(c.count).padStart(6)}×  ${cat}`,
    );
    if (verbose) console.log(`             e.g. #${c.example.index}: ${c.example.detail}`);
  }
}
