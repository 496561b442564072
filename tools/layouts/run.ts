/**
 * Runs a corpus: generates each workbook, writes it as .xlsx, reads it back with the project's
 * reader, checks it and scores the report against the key. Shared by `npm run corpus`, its
 * workers and the corpus test.
 */
import { checkWorkbook } from '../../src/core/engine';
import { readXlsx } from '../../src/hosts/xlsx/read/readXlsx';
import { corpusWorkbook, type CorpusWorkbook } from './corpus';
import { addScores, EMPTY_SCORE, scoreReport, type WorkbookScore } from './score';

export interface Category {
  count: number;
  /** Workbooks it occurs in. */
  workbooks: number;
  example: { index: number; detail: string };
}

export interface CorpusTotals {
  seed: number;
  workbooks: number;
  /** Workbooks with no failure at all. */
  perfect: number;
  score: WorkbookScore;
  /** Planted and found, per rule. */
  perRule: Record<string, { planted: number; found: number }>;
  categories: Record<string, Category>;
  /** Milliseconds spent generating (choices, cells, zip), reading and checking. */
  ms: { generate: number; read: number; check: number };
}

export function emptyTotals(seed: number): CorpusTotals {
  return {
    seed,
    workbooks: 0,
    perfect: 0,
    score: { ...EMPTY_SCORE },
    perRule: {},
    categories: {},
    ms: { generate: 0, read: 0, check: 0 },
  };
}

export function mergeTotals(a: CorpusTotals, b: CorpusTotals): CorpusTotals {
  const out: CorpusTotals = {
    seed: a.seed,
    workbooks: a.workbooks + b.workbooks,
    perfect: a.perfect + b.perfect,
    score: addScores(a.score, b.score),
    perRule: { ...a.perRule },
    categories: { ...a.categories },
    ms: {
      generate: a.ms.generate + b.ms.generate,
      read: a.ms.read + b.ms.read,
      check: a.ms.check + b.ms.check,
    },
  };
  for (const [rule, r] of Object.entries(b.perRule)) {
    const o = (out.perRule[rule] ??= { planted: 0, found: 0 });
    out.perRule[rule] = { planted: o.planted + r.planted, found: o.found + r.found };
  }
  for (const [cat, c] of Object.entries(b.categories)) {
    const o = out.categories[cat];
    out.categories[cat] = o
      ? {
          count: o.count + c.count,
          workbooks: o.workbooks + c.workbooks,
          example: o.example.index <= c.example.index ? o.example : c.example,
        }
      : c;
  }
  return out;
}

export interface RunOptions {
  /** Called for every workbook with a failure (to dump it). */
  onFailure?: (w: CorpusWorkbook, score: WorkbookScore, index: number) => void;
}

/** Scores one workbook; a crash of the reader or the engine is a failure of its own. */
export function runOne(
  seed: number,
  index: number,
  totals: CorpusTotals,
  opts: RunOptions = {},
): WorkbookScore {
  const now = () => performance.now();
  let t = now();
  const w = corpusWorkbook(seed, index);
  totals.ms.generate += now() - t;
  let score: WorkbookScore;
  try {
    t = now();
    const snapshot = readXlsx(w.bytes);
    totals.ms.read += now() - t;
    t = now();
    const { report } = checkWorkbook(snapshot);
    totals.ms.check += now() - t;
    score = scoreReport(report, w.key);
  } catch (e) {
    score = {
      ...EMPTY_SCORE,
      defects: w.key.defects.length,
      tables: w.key.tables.length,
      years: w.key.ratings.length,
      meetings: w.key.meetings.length,
      logMeetings: w.key.logMeetings.length,
      failures: [{ category: `crash: ${String(e).slice(0, 80)}`, detail: String(e) }],
    };
  }
  totals.workbooks++;
  if (score.failures.length === 0) totals.perfect++;
  totals.score = addScores(totals.score, score);
  for (const d of w.key.defects) {
    const r = (totals.perRule[d.rule] ??= { planted: 0, found: 0 });
    r.planted++;
  }
  // Found per rule: planted minus the misses of that rule.
  const missed = new Map<string, number>();
  for (const f of score.failures) {
    const m = /^missed (\S+)/.exec(f.category);
    if (m) missed.set(m[1]!, (missed.get(m[1]!) ?? 0) + 1);
  }
  const planted = new Map<string, number>();
  for (const d of w.key.defects) planted.set(d.rule, (planted.get(d.rule) ?? 0) + 1);
  for (const [rule, n] of planted) totals.perRule[rule]!.found += n - (missed.get(rule) ?? 0);
  const seen = new Set<string>();
  for (const f of score.failures) {
    const c = (totals.categories[f.category] ??= {
      count: 0,
      workbooks: 0,
      example: { index, detail: f.detail },
    });
    c.count++;
    if (!seen.has(f.category)) c.workbooks++;
    seen.add(f.category);
  }
  if (score.failures.length && opts.onFailure) opts.onFailure(w, score, index);
  return score;
}

export function runCorpus(
  seed: number,
  indices: Iterable<number>,
  opts: RunOptions = {},
): CorpusTotals {
  const totals = emptyTotals(seed);
  for (const i of indices) runOne(seed, i, totals, opts);
  return totals;
}

export function ratio(n: number, of: number): number {
  return of === 0 ? 1 : n / of;
}
