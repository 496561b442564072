/** One measured run of the whole check on one file, in its own process so peak memory is its own. */
import { readFileSync } from 'node:fs';
import { checkWorkbook } from '../src/core/engine';
import { settingsForWorkbook } from '../src/core/plan/settingCells';
import { buildPlan } from '../src/core/plan/buildPlan';
import { readXlsx } from '../src/hosts/xlsx/read/readXlsx';
import { applyPlan } from '../src/hosts/xlsx/write/applyPlan';

const file = process.argv[2]!;
// CPU time beside wall time: on a shared machine wall time follows the load, CPU time much less.
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const c0 = cpu();
const t0 = performance.now();
const bytes = readFileSync(file);
const snapshot = readXlsx(bytes);
const t1 = performance.now();
const c1 = cpu();
const settings = settingsForWorkbook(snapshot);
const check = checkWorkbook(snapshot, settings);
const { report } = check;
const t2 = performance.now();
const c2 = cpu();
// The --out job too: the plan and the new parts added to the file.
const written = applyPlan(bytes, buildPlan(check, snapshot, settings));
const t3 = performance.now();
process.stdout.write(
  JSON.stringify({
    readMs: t1 - t0,
    readCpuMs: c1 - c0,
    checkCpuMs: c2 - c1,
    checkMs: t2 - t1,
    totalMs: t2 - t0,
    writeMs: t3 - t2,
    writtenMb: written.length / 1e6,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    rows: report.results.ratings.reduce((n, r) => n + r.total, 0),
    findings: report.issues.length,
  }),
);
