/**
 * npm run wild -- --seed S --count N [--family NAME[,NAME...]] [--out DIR] [--show N]
 * Generates N workbooks in layouts made independently of the engine and its own generator,
 * checks each through the public path, and prints per family: yearly counts right, planted
 * defects found, meeting rows right, false errors (error-level findings on rows with no planted
 * defect) and crashes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkBytes } from './check';
import { FAMILIES } from './families';
import { generateCase } from './generate';
import { scoreReport } from './score';
import { tallyScores, zeroTotals, type FamilyTotals } from './totals';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  return Number.isFinite(v) ? v : fallback;
}

async function main(): Promise<void> {
  const seed = arg('seed', 1);
  const count = arg('count', FAMILIES.length * 10);
  const show = arg('show', 2);
  const outAt = process.argv.indexOf('--out');
  const out = outAt >= 0 ? process.argv[outAt + 1] : undefined;
  if (out) mkdirSync(out, { recursive: true });
  const totals = new Map<string, FamilyTotals>();
  const examples: string[] = [];
  // --family NAME[,NAME...]: only those families' cases (the same ones a full run holds), in turn.
  const familyAt = process.argv.indexOf('--family');
  const only =
    familyAt >= 0
      ? (process.argv[familyAt + 1] ?? '')
          .split(',')
          .map((name) => FAMILIES.findIndex((f) => f.name === name))
          .filter((i) => i >= 0)
      : [];
  for (let n = 0; n < count; n++) {
    const i =
      only.length > 0
        ? (only[n % only.length] as number) + Math.floor(n / only.length) * FAMILIES.length
        : n;
    const c = await generateCase(seed, i);
    if (out) {
      writeFileSync(join(out, c.name), c.bytes);
      writeFileSync(
        join(out, c.name.replace(/\.xlsx$/, '.key.json')),
        JSON.stringify(c.key, null, 2),
      );
    }
    let score;
    try {
      score = scoreReport(c.key, checkBytes(c.bytes, c.name));
    } catch (e) {
      score = null;
      examples.push(`${c.name}: CRASH ${e instanceof Error ? e.message : String(e)}`);
    }
    const t = tallyScores(totals, c.key.family, score);
    if (score && score.failures.length > 0 && t.shown < show) {
      t.shown++;
      examples.push(`${c.name} [${c.key.variant}]: ${score.failures.slice(0, 4).join('; ')}`);
    }
  }
  const rows = [...totals.entries()];
  const pct = (a: number, b: number) =>
    b === 0 ? '   -  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`;
  console.log(`wild set: seed ${seed}, ${count} workbooks, ${FAMILIES.length} families`);
  console.log(
    'family                 files  years right      defects found    meetings right   false errors (files)  crashes',
  );
  const all: FamilyTotals = zeroTotals();
  for (const [name, t] of rows) {
    for (const k of Object.keys(all) as (keyof FamilyTotals)[]) all[k] += t[k];
    console.log(
      `${name.padEnd(22)} ${String(t.files).padStart(5)}  ${`${t.yearsRight}/${t.yearsKeyed}`.padStart(7)} ${pct(t.yearsRight, t.yearsKeyed)}  ${`${t.defectsFound}/${t.defectsKeyed}`.padStart(7)} ${pct(t.defectsFound, t.defectsKeyed)}  ${`${t.meetingsRight}/${t.meetingsKeyed}`.padStart(7)} ${pct(t.meetingsRight, t.meetingsKeyed)}  ${String(t.falseErrors).padStart(8)} (${t.filesWithFalseErrors})  ${String(t.crashes).padStart(7)}`,
    );
  }
  console.log(
    `${'ALL'.padEnd(22)} ${String(all.files).padStart(5)}  ${`${all.yearsRight}/${all.yearsKeyed}`.padStart(7)} ${pct(all.yearsRight, all.yearsKeyed)}  ${`${all.defectsFound}/${all.defectsKeyed}`.padStart(7)} ${pct(all.defectsFound, all.defectsKeyed)}  ${`${all.meetingsRight}/${all.meetingsKeyed}`.padStart(7)} ${pct(all.meetingsRight, all.meetingsKeyed)}  ${String(all.falseErrors).padStart(8)} (${all.filesWithFalseErrors})  ${String(all.crashes).padStart(7)}`,
  );
  if (examples.length > 0) {
    console.log('\nfirst failures:');
    for (const e of examples) console.log(`  ${e}`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(2);
});
