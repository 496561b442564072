import { OWNER_NAME, type OutputPlan, type PlanSheet } from '../../core/plan/outputPlan';
import { PlanError, validatePlan } from '../../core/plan/validatePlan';
import { parseQualifiedRange } from './areaList';
import { makeResolver, queueChart } from './chartOps';
import { ExcelHostError, hostError, STEPS, type Step } from './officeErrors';
import { decideOwnership, queueMarks } from './ownership';
import { planBlocks, type CellBlock } from './planBlocks';
import { applyRangeFormat, hasRangeFormat, widthToPoints } from './rangeFormat';
import { API, supportsExcelApi } from './requirements';
import { styleAreas } from './styleAreas';

export interface ApplyOptions {
  /** Estimated request bytes per context.sync(); Excel on the web refuses requests over 5 MB. */
  requestBudgetBytes?: number;
  /** Cells per written rectangle. */
  maxCellsPerBlock?: number;
  /**
   * Asked before each packet after the first: true when the time is up. The packets written so
   * far stay (the first one always replaces the owned sheets), the rest are left out.
   */
  outOfTime?: () => boolean;
  /**
   * Formulas written with calculation suspended must be recalculated. 'now' spends one more
   * sync on it; 'caller' leaves it to the caller's next sync (queueRecalculation), as the ribbon
   * command does together with showing the report.
   */
  recalculate?: 'now' | 'caller';
}

export interface ApplyResult {
  syncs: number;
  /** Plan features left out because this Excel lacks the API (e.g. autofilter before 1.9). */
  skipped: string[];
  /** Write packets done and planned; done < planned when the time ran out. */
  packets: { done: number; planned: number };
  /** Calculation was suspended while writing: the caller must queue a recalculation. */
  needsRecalculation: boolean;
  /** Sheets carrying Bảng Kiểm's marker whose names say they are a user's copies: kept. */
  foreignMarked: string[];
}

/** Recalculates the formulas written while calculation was suspended (ExcelApi 1.1). */
export function queueRecalculation(context: Excel.RequestContext): void {
  context.application.calculate('Recalculate' as Excel.CalculationType);
}

export const DEFAULT_REQUEST_BUDGET_BYTES = 4_000_000;
const DEFAULT_MAX_CELLS = 100_000;
/** A rough size of one queued action with small arguments, as Office.js serializes it. */
const OP_BYTES = 150;

interface Op {
  bytes: number;
  run: () => void;
}

const STATE = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

/**
 * Replaces Bảng Kiểm's own sheets with the plan's, in 2 + P syncs: one for the sheet list (and
 * the plan's workbook names), one for the ownership markers, then P packets of queued writes, P =
 * the number of requestBudgetBytes the plan's writes fill, in order (1 for any plan under about
 * 4 MB of cell text: some 100k short cells). Rows never cost a sync of their own: a block of rows
 * is one 2-D array, a style is one range per rectangle.
 */
export async function applyPlan(
  context: Excel.RequestContext,
  plan: OutputPlan,
  opts: ApplyOptions = {},
): Promise<ApplyResult> {
  // The same check of the plan as the file host's, before the workbook is touched.
  try {
    validatePlan(plan);
  } catch (e) {
    // Already a catalogued failure; the Excel host's kind, so its callers need know one.
    if (e instanceof PlanError) {
      throw new ExcelHostError(e.id, e.params, { code: e.code, cause: e });
    }
    throw e;
  }
  const budget = Math.max(1, opts.requestBudgetBytes ?? DEFAULT_REQUEST_BUDGET_BYTES);
  const limits = { maxCells: opts.maxCellsPerBlock ?? DEFAULT_MAX_CELLS, maxBytes: budget };
  // Everything that can be wrong with the plan is found before the workbook is touched.
  const blocks = new Map<PlanSheet, CellBlock[]>();
  for (const sheet of plan.sheets) blocks.set(sheet, planBlocks(sheet, plan.styles, limits));
  checkChartRefs(plan);

  let syncs = 0;
  const sync = async (what: Step) => {
    syncs++;
    try {
      await context.sync();
    } catch (err) {
      throw hostError(err, what);
    }
  };

  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  const existingNames = (plan.names ?? []).map((n) => {
    const item = context.workbook.names.getItemOrNullObject(n.name);
    item.load('name');
    return item;
  });
  await sync(STEPS.sheetList);

  const all = worksheets.items;
  const marks = queueMarks(all);
  await sync(STEPS.marks);

  const ownership = decideOwnership(all.map((ws, i) => ({ name: ws.name, mark: marks[i]!() })));
  const owned = all.filter((_ws, i) => ownership.owned.has(i));
  const taken = new Set(all.map((ws) => ws.name.toLowerCase()));
  for (const [i, ws] of all.entries()) {
    if (ownership.owned.has(i)) continue;
    const clash = plan.sheets.find((s) => s.name.toLowerCase() === ws.name.toLowerCase());
    if (clash) {
      throw new ExcelHostError('excel-sheet-taken', { sheet: ws.name });
    }
  }

  const skipped: string[] = [];
  const added = new Map<string, Excel.Worksheet>();
  const ops: Op[] = [];
  const op = (run: () => void, bytes = OP_BYTES) => ops.push({ bytes, run });

  // Old output sheets step aside first and go last, so the workbook always keeps a visible sheet
  // and a failure half-way leaves sheets that still carry the marker (removed on the next run).
  owned.forEach((ws, i) => {
    const temp = freeName(taken, i);
    op(() => {
      ws.name = temp;
    });
  });
  for (const sheet of plan.sheets) {
    op(() => {
      const ws = worksheets.add(sheet.name);
      added.set(sheet.name, ws);
      const marker = ws.names.add(OWNER_NAME, `="${sheet.key}"`);
      marker.visible = false;
      if (sheet.tabColor) ws.tabColor = `#${sheet.tabColor}`;
    });
  }
  for (const ws of owned) {
    op(() => {
      // Excel refuses to delete a very hidden sheet: it is shown first, in the same request.
      if (ws.visibility !== 'Visible') ws.visibility = 'Visible' as Excel.SheetVisibility;
      ws.delete();
    });
  }

  for (const sheet of plan.sheets) {
    const ws = () => added.get(sheet.name)!;
    queueSheetLayout(sheet, ws, op);
    for (const block of blocks.get(sheet)!) {
      op(() => {
        const rows = block.formulas.length;
        const cols = block.formulas[0]!.length;
        const range = ws().getRangeByIndexes(block.row0, block.col0, rows, cols);
        if (block.numberFormat) range.numberFormat = block.numberFormat;
        range.formulas = block.formulas;
      }, block.bytes);
    }
    for (const [style, rects] of styleAreas(sheet.cells)) {
      const ps = plan.styles[style];
      if (!ps || !hasRangeFormat(ps)) continue;
      for (const r of rects) {
        const rows = r.r1 - r.r0 + 1;
        const cols = r.c1 - r.c0 + 1;
        op(
          () => applyRangeFormat(ws().getRangeByIndexes(r.r0, r.c0, rows, cols), ps, rows, cols),
          300,
        );
      }
    }
    for (const m of sheet.merges ?? []) {
      op(() =>
        ws()
          .getRangeByIndexes(m.r0, m.c0, m.r1 - m.r0 + 1, m.c1 - m.c0 + 1)
          .merge(false),
      );
    }
    queueSheetViews(sheet, ws, op, skipped);
  }

  for (const [i, n] of (plan.names ?? []).entries()) {
    op(() => {
      const existing = existingNames[i]!;
      if (!existing.isNullObject) existing.delete();
      const item = context.workbook.names.add(n.name, `=${n.ref}`);
      if (n.hidden) item.visible = false;
    });
  }
  for (const sheet of plan.sheets) {
    for (const chart of sheet.charts ?? []) {
      op(() => {
        const resolve = makeResolver(context, added);
        skipped.push(...queueChart(added.get(sheet.name)!, chart, resolve));
      }, 3000);
    }
  }
  // Hidden last: hiding is refused while the sheet would be the only visible one.
  for (const sheet of plan.sheets) {
    if (sheet.state && sheet.state !== 'visible') {
      op(() => {
        added.get(sheet.name)!.visibility = STATE[sheet.state!];
      });
    }
  }

  const canSuspend = supportsExcelApi(API.suspendCalculation);
  const planned = packets(ops, budget);
  let done = 0;
  for (const packet of planned) {
    if (done > 0 && opts.outOfTime?.()) break;
    // Recalculating after every write would cost more than the writes; it lasts until the sync,
    // and what was written meanwhile is recalculated once at the end.
    if (canSuspend) context.application.suspendApiCalculationUntilNextSync();
    for (const o of packet) o.run();
    await sync(STEPS.writing);
    done++;
  }
  const needsRecalculation = canSuspend && done > 0;
  if (needsRecalculation && (opts.recalculate ?? 'now') === 'now') {
    queueRecalculation(context);
    await sync(STEPS.recalc);
  }
  return {
    syncs,
    skipped,
    packets: { done, planned: planned.length },
    needsRecalculation: needsRecalculation && opts.recalculate === 'caller',
    foreignMarked: ownership.foreign,
  };
}

function queueSheetLayout(
  sheet: PlanSheet,
  ws: () => Excel.Worksheet,
  op: (run: () => void, bytes?: number) => void,
): void {
  for (const c of sheet.columns ?? []) {
    op(() => {
      const col = ws().getRangeByIndexes(0, c.col, 1, 1).getEntireColumn();
      col.format.columnWidth = widthToPoints(c.width);
      if (c.hidden) col.columnHidden = true;
    });
  }
  for (const h of sheet.rowHeights ?? []) {
    op(() => {
      ws().getRangeByIndexes(h.row, 0, 1, 1).format.rowHeight = h.height;
    });
  }
}

function queueSheetViews(
  sheet: PlanSheet,
  ws: () => Excel.Worksheet,
  op: (run: () => void, bytes?: number) => void,
  skipped: string[],
): void {
  const f = sheet.freeze;
  if (f && (f.rows > 0 || f.cols > 0)) {
    op(() => {
      const panes = ws().freezePanes;
      if (f.rows > 0 && f.cols > 0) panes.freezeAt(ws().getRangeByIndexes(0, 0, f.rows, f.cols));
      else if (f.rows > 0) panes.freezeRows(f.rows);
      else panes.freezeColumns(f.cols);
    });
  }
  const af = sheet.autoFilter;
  if (af) {
    if (supportsExcelApi(API.autoFilter)) {
      op(() =>
        ws().autoFilter.apply(
          ws().getRangeByIndexes(af.r0, af.c0, af.r1 - af.r0 + 1, af.c1 - af.c0 + 1),
        ),
      );
    } else {
      skipped.push(`sheet '${sheet.name}': autofilter (ExcelApi 1.9)`);
    }
  }
  for (const cf of sheet.conditionalFormats ?? []) {
    op(() => {
      const r = cf.range;
      const range = ws().getRangeByIndexes(r.r0, r.c0, r.r1 - r.r0 + 1, r.c1 - r.c0 + 1);
      const format = range.conditionalFormats.add('Custom');
      format.custom.rule.formula = cf.formula.startsWith('=') ? cf.formula : `=${cf.formula}`;
      if (cf.style.fontColor) format.custom.format.font.color = `#${cf.style.fontColor}`;
      if (cf.style.bold !== undefined) format.custom.format.font.bold = cf.style.bold;
      if (cf.style.fill) format.custom.format.fill.color = `#${cf.style.fill}`;
    }, 300);
  }
  const page = sheet.page;
  if (page) {
    if (supportsExcelApi(API.pageLayout)) {
      op(() => {
        const layout = ws().pageLayout;
        layout.orientation = page.orientation === 'landscape' ? 'Landscape' : 'Portrait';
        layout.paperSize = 'A4';
        if (page.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        if (page.printTitleRows) {
          const [r0, r1] = page.printTitleRows;
          layout.setPrintTitleRows(`$${r0 + 1}:$${r1 + 1}`);
        }
      });
    } else {
      skipped.push(`sheet '${sheet.name}': page layout (ExcelApi 1.9)`);
    }
  }
}

/** Consecutive ops grouped so each group's estimated bytes stay within the budget. */
function packets(ops: Op[], budget: number): Op[][] {
  const out: Op[][] = [];
  let current: Op[] = [];
  let bytes = 0;
  for (const o of ops) {
    if (current.length > 0 && bytes + o.bytes > budget) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(o);
    bytes += o.bytes;
  }
  if (current.length > 0) out.push(current);
  return out;
}

function freeName(taken: Set<string>, i: number): string {
  let n = i;
  let name = `~BK old ${n}`;
  while (taken.has(name.toLowerCase())) name = `~BK old ${++n}`;
  taken.add(name.toLowerCase());
  return name;
}

function checkChartRefs(plan: OutputPlan): void {
  for (const sheet of plan.sheets) {
    for (const chart of sheet.charts ?? []) {
      const refs = [chart.categories, ...chart.series.map((s) => s.values)];
      const bad = refs.find((r) => !parseQualifiedRange(r));
      if (bad !== undefined) {
        throw new ExcelHostError('excel-range', {
          problem: {
            vi: `Biểu đồ '${chart.id}' trên trang '${sheet.name}' có vùng dữ liệu không hợp lệ: ${bad}`,
            en: `Chart '${chart.id}' on sheet '${sheet.name}' has an invalid range: ${bad}`,
          },
        });
      }
    }
  }
}
