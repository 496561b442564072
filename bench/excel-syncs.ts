/**
 * Round trips and request bytes of the Excel host's applyPlan against a naive writer that syncs
 * once per row, both run on the strict Excel double (no Excel here). Run: npx tsx bench/excel-syncs.ts
 */
import { OWNER_NAME, type OutputPlan } from '../src/core/plan/outputPlan';
import { applyPlan } from '../src/hosts/excel/applyPlan';
import { toCellInput } from '../src/hosts/excel/cellInput';
import { applyRangeFormat } from '../src/hosts/excel/rangeFormat';
import { createExcelDouble } from '../tests/helpers/excelDouble';
import { samplePlan } from '../tests/unit/excel-host/plans';

interface Figures {
  syncs: number;
  requestBytes: number;
  maxRequestBytes: number;
  ms: number;
}

function userWorkbook() {
  return createExcelDouble({
    maxApi: '1.16',
    snapshot: {
      styles: [{ numFmt: 'General', font: null }],
      sheets: [{ name: 'Năm 2020', state: 'visible', merges: [], rows: [{ v: ['STT'] }] }],
    },
  });
}

async function measure(write: (ctx: Excel.RequestContext) => Promise<void>): Promise<Figures> {
  const double = userWorkbook();
  const restore = double.installOffice();
  const t0 = performance.now();
  try {
    await write(double.context);
  } finally {
    restore();
  }
  const s = double.stats;
  return {
    syncs: s.syncs,
    requestBytes: s.requestBytes,
    maxRequestBytes: Math.max(...s.perSync.map((p) => p.requestBytes)),
    ms: Math.round(performance.now() - t0),
  };
}

/** What a first attempt often looks like: each row written and formatted, then synced. */
async function naive(ctx: Excel.RequestContext, plan: OutputPlan): Promise<void> {
  for (const sheet of plan.sheets) {
    const ws = ctx.workbook.worksheets.add(sheet.name);
    ws.names.add(OWNER_NAME, `="${sheet.key}"`);
    await ctx.sync();
    const rows = new Map<number, typeof sheet.cells>();
    for (const c of sheet.cells) rows.set(c.row, [...(rows.get(c.row) ?? []), c]);
    for (const [row, cells] of [...rows].sort((a, b) => a[0] - b[0])) {
      for (const c of cells) {
        const range = ws.getRangeByIndexes(row, c.col, 1, 1);
        range.formulas = [[toCellInput(c, sheet.name)]];
        const style = plan.styles[c.style ?? 0];
        if (style?.numFmt) range.numberFormat = [[style.numFmt]];
        if (style) applyRangeFormat(range, style, 1, 1);
      }
      await ctx.sync();
    }
  }
}

function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(2)} MB`;
}

async function main(): Promise<void> {
  console.log(
    'rows    | applyPlan syncs / bytes / max per sync / ms | naive syncs / bytes / ms | sync ratio | byte ratio',
  );
  for (const n of [1_000, 10_000, 50_000]) {
    const plan = samplePlan(n);
    const host = await measure(async (ctx) => {
      await applyPlan(ctx, plan);
    });
    const slow = await measure((ctx) => naive(ctx, plan));
    console.log(
      [
        String(n).padEnd(7),
        `${host.syncs} / ${mb(host.requestBytes)} / ${mb(host.maxRequestBytes)} / ${host.ms}`,
        `${slow.syncs} / ${mb(slow.requestBytes)} / ${slow.ms}`,
        `${(slow.syncs / host.syncs).toFixed(0)}x`,
        `${(slow.requestBytes / host.requestBytes).toFixed(1)}x`,
      ].join(' | '),
    );
  }
  // Past one budget of request bytes the writes take a second packet: 2 + P syncs, P = packets.
  const big = await measure(async (ctx) => {
    await applyPlan(ctx, samplePlan(120_000));
  });
  console.log(
    `120000  | ${big.syncs} / ${mb(big.requestBytes)} / ${mb(big.maxRequestBytes)} / ${big.ms} | (naive not run)`,
  );
}

void main();
