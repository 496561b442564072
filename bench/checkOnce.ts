/** One measured run of the whole check on one file, in its own process so peak memory is its own. */
import { readFileSync } from 'node:fs';
import { checkWorkbook } from '../src/core/engine';
import { settingsForWorkbook } from '../src/core/plan/settingCells';
import { readXlsx } from '../src/hosts/xlsx/read/readXlsx';

const file = process.argv[2]!;
const t0 = performance.now();
const snapshot = readXlsx(readFileSync(file));
const t1 = performance.now();
const { report } = checkWorkbook(snapshot, settingsForWorkbook(snapshot));
const t2 = performance.now();
process.stdout.write(
  JSON.stringify({
    readMs: t1 - t0,
    checkMs: t2 - t1,
    totalMs: t2 - t0,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    rows: report.results.ratings.reduce((n, r) => n + r.total, 0),
    findings: report.issues.length,
  }),
);
