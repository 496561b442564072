import { OWNER_NAME } from '../../core/model/plan';
import type {
  CellRange,
  RowData,
  SheetSnapshot,
  SheetState,
  WorkbookSnapshot,
} from '../../core/model/snapshot';
import { parseAreaList } from './areaList';
import { loadedBlock, queueBlockRead } from './blockRead';
import { blockToRows } from './blockRows';
import { hostError, isPayloadError } from './officeErrors';
import { API, supportsExcelApi } from './requirements';
import { StyleTable } from './styleTable';

export interface ReadOptions {
  /** Cells per row block; a block is the unit that is split and retried when too big. */
  maxCellsPerBlock?: number;
  /** Estimated response bytes allowed per context.sync(); Excel on the web refuses over 5 MB. */
  syncBudgetBytes?: number;
}

export const DEFAULT_MAX_CELLS_PER_BLOCK = 100_000;
export const DEFAULT_SYNC_BUDGET_BYTES = 4_000_000;
/**
 * First guess of response bytes per cell for values + formulas + numberFormat + valueTypes
 * (a short text twice, "General", "String") and a share of the visible-row addresses. It is replaced by the measured figure after the
 * first batch, and a batch that still proves too big is split and retried.
 */
const INITIAL_BYTES_PER_CELL = 48;
const FONT_BYTES_PER_CELL = 48;

interface Block {
  sheet: number;
  row0: number;
  col0: number;
  rows: number;
  cols: number;
}

interface SheetInfo {
  name: string;
  state: SheetState;
  owned: boolean;
  ws: Excel.Worksheet;
  /** Used range of values, or null when the sheet is empty. */
  used: CellRange | null;
  /** Used range including formatting only, where merged areas are looked for. */
  formatted: CellRange | null;
  merges: CellRange[];
  mergesRead: boolean;
  hiddenRows: number[];
}

const STATE: Record<string, SheetState> = {
  Visible: 'visible',
  Hidden: 'hidden',
  VeryHidden: 'veryHidden',
};

function rangeOf(r: Excel.Range): CellRange | null {
  if (r.isNullObject) return null;
  return {
    r0: r.rowIndex,
    c0: r.columnIndex,
    r1: r.rowIndex + r.rowCount - 1,
    c1: r.columnIndex + r.columnCount - 1,
  };
}

/**
 * Reads the whole workbook into a snapshot in 2 + B syncs: one for the sheet list, one for each
 * sheet's used range and ownership marker, then B batches of row blocks, B being the number of
 * byte budgets the cells fill (1 for anything up to roughly 100k short cells).
 */
export async function readSnapshot(
  context: Excel.RequestContext,
  opts: ReadOptions = {},
): Promise<WorkbookSnapshot> {
  const maxCells = Math.max(1, opts.maxCellsPerBlock ?? DEFAULT_MAX_CELLS_PER_BLOCK);
  const budget = Math.max(1, opts.syncBudgetBytes ?? DEFAULT_SYNC_BUDGET_BYTES);
  const canMerges = supportsExcelApi(API.mergedAreas);
  const canFonts = supportsExcelApi(API.cellProperties);

  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  await syncOrExplain(context, 'reading the sheet list');

  const probes = worksheets.items.map((ws) => {
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    const formatted = canMerges ? ws.getUsedRangeOrNullObject(false) : null;
    formatted?.load('rowIndex,columnIndex,rowCount,columnCount');
    const marker = ws.names.getItemOrNullObject(OWNER_NAME);
    marker.load('name');
    return { ws, used, formatted, marker };
  });
  await syncOrExplain(context, 'reading the used ranges');

  const sheets: SheetInfo[] = probes.map(({ ws, used, formatted, marker }) => ({
    name: ws.name,
    state: STATE[ws.visibility] ?? 'visible',
    owned: !marker.isNullObject,
    ws,
    used: rangeOf(used),
    formatted: formatted ? rangeOf(formatted) : null,
    merges: [],
    mergesRead: !canMerges,
    hiddenRows: [],
  }));

  // Spans of rows still to read; each batch cuts blocks off their heads to fill the budget.
  let queue: Block[] = [];
  sheets.forEach((s, sheet) => {
    if (!s.used) return;
    const cols = s.used.c1 - s.used.c0 + 1;
    queue.push({ sheet, row0: s.used.r0, col0: s.used.c0, rows: s.used.r1 - s.used.r0 + 1, cols });
  });
  queue = await narrowWideSpans(context, sheets, queue);

  const styles = new StyleTable();
  const rows: (RowData | undefined)[][] = sheets.map(() => []);
  let bytesPerCell = INITIAL_BYTES_PER_CELL + (canFonts ? FONT_BYTES_PER_CELL : 0);

  while (queue.length > 0) {
    const batch = nextBatch(queue, { maxCells, budget, bytesPerCell });
    const pending = batch.map((block) => queueBlock(sheets[block.sheet]!, block, canFonts));
    const mergeReads = queueMerges(sheets, batch);
    try {
      await context.sync();
    } catch (err) {
      if (!isPayloadError(err)) throw hostError(err, 'reading cells');
      for (const s of mergeReads) s.info.mergesRead = false;
      queue.unshift(...splitBatch(batch, sheets));
      // The guess was wrong by at least this much; the next batch is cut to half the cells.
      bytesPerCell *= 2;
      continue;
    }
    for (const m of mergeReads) {
      m.info.merges = m.areas.isNullObject ? [] : parseAreaList(m.areas.address);
    }
    let measured = 0;
    let count = 0;
    for (const { block, read, view } of pending) {
      const loaded = loadedBlock(read, block.row0, block.col0);
      const addresses = view.cellAddresses;
      measured += JSON.stringify(addresses).length;
      sheets[block.sheet]!.hiddenRows.push(...hiddenRowsOf(block, addresses));
      measured += JSON.stringify(loaded.values).length + JSON.stringify(loaded.formulas).length;
      measured += JSON.stringify(loaded.numberFormat).length;
      measured += JSON.stringify(loaded.valueTypes).length;
      if (read.fonts) measured += JSON.stringify(read.fonts.value).length;
      count += cells(block);
      blockToRows(loaded, styles, rows[block.sheet]!);
    }
    // Learn the real size of a cell in this workbook, with a margin, for the next batches.
    bytesPerCell = Math.max(8, Math.ceil((measured / Math.max(1, count)) * 1.25));
  }

  const out: SheetSnapshot[] = sheets.map((s, i) => {
    const snap: SheetSnapshot = { name: s.name, state: s.state, rows: rows[i]!, merges: s.merges };
    if (s.owned) snap.owned = true;
    // Column bands of one sheet report the same rows: each hidden row once.
    if (s.hiddenRows.length > 0) snap.hiddenRows = [...new Set(s.hiddenRows)].sort((a, b) => a - b);
    return snap;
  });
  return { sheets: out, styles: styles.styles };
}

function cells(b: Block): number {
  return b.rows * b.cols;
}

/** A span wider than this with more cells than WIDE_CELLS is looked at band by band. */
const WIDE_COLS = 256;
const WIDE_CELLS = 1_000_000;
/** Bands a wide span is cut into at each look, and looks at most (16,384 → 256 → 4 → 1). */
const BANDS = 64;
const LOOKS = 3;

/**
 * A used range can be far bigger than what it holds: one value in A1 and one in XFD150000 make
 * it 2.4 billion cells. Reading it whole would take hours, so a wide span of many cells is cut
 * into column bands, and each band is narrowed to its own used range (one sync per look, ExcelApi
 * 1.4); empty bands go. Rows then cost what they hold here as in the xlsx reader.
 */
async function narrowWideSpans(
  context: Excel.RequestContext,
  sheets: SheetInfo[],
  spans: Block[],
): Promise<Block[]> {
  let out = spans;
  for (let look = 0; look < LOOKS; look++) {
    const wide = out.filter((b) => b.cols > WIDE_COLS / 4 ** look && cells(b) > WIDE_CELLS);
    if (wide.length === 0) return out;
    const probes = wide.map((b) => {
      const width = Math.ceil(b.cols / BANDS);
      const bands: Excel.Range[] = [];
      for (let c = b.col0; c < b.col0 + b.cols; c += width) {
        const cols = Math.min(width, b.col0 + b.cols - c);
        const band = sheets[b.sheet]!.ws.getRangeByIndexes(b.row0, c, b.rows, cols);
        const used = band.getUsedRangeOrNullObject(true);
        used.load('rowIndex,columnIndex,rowCount,columnCount');
        bands.push(used);
      }
      return { span: b, bands };
    });
    await syncOrExplain(context, 'finding the used columns of a wide sheet');
    const narrowed = new Map<Block, Block[]>();
    for (const { span, bands } of probes) {
      narrowed.set(
        span,
        bands.flatMap((u) => {
          const r = rangeOf(u);
          if (!r) return [];
          const block: Block = {
            sheet: span.sheet,
            row0: r.r0,
            col0: r.c0,
            rows: r.r1 - r.r0 + 1,
            cols: r.c1 - r.c0 + 1,
          };
          return [block];
        }),
      );
    }
    out = out.flatMap((b) => narrowed.get(b) ?? [b]);
  }
  return out;
}

/**
 * Cuts the next batch off the head of the queue: row blocks of at most maxCells cells, as many as
 * the estimated bytes allow, never fewer than one row.
 */
function nextBatch(
  queue: Block[],
  limits: { maxCells: number; budget: number; bytesPerCell: number },
): Block[] {
  const batch: Block[] = [];
  let left = limits.budget;
  while (queue.length > 0) {
    const span = queue[0]!;
    const byCells = Math.floor(limits.maxCells / span.cols);
    const byBytes = Math.floor(left / (limits.bytesPerCell * span.cols));
    let n = Math.min(span.rows, byCells, byBytes);
    if (n < 1) {
      if (batch.length > 0) break;
      n = 1;
    }
    batch.push({ ...span, rows: n });
    left -= n * span.cols * limits.bytesPerCell;
    if (n === span.rows) queue.shift();
    else queue[0] = { ...span, row0: span.row0 + n, rows: span.rows - n };
  }
  return batch;
}

/**
 * A block's grids, and its hidden rows: the visible view (ExcelApi 1.3) of the block's first
 * column lists the rows shown, one short address each, so the rest are hidden. One range per row
 * would cost a request the size of the sheet.
 */
function queueBlock(info: SheetInfo, block: Block, canFonts: boolean) {
  const range = info.ws.getRangeByIndexes(block.row0, block.col0, block.rows, block.cols);
  const view = info.ws.getRangeByIndexes(block.row0, block.col0, block.rows, 1).getVisibleView();
  view.load('cellAddresses');
  return { block, read: queueBlockRead(range, canFonts), view };
}

/** Merged areas are read once per sheet, in the first batch that reads the sheet. */
function queueMerges(sheets: SheetInfo[], batch: Block[]) {
  const out: { info: SheetInfo; areas: Excel.RangeAreas }[] = [];
  for (const block of batch) {
    const info = sheets[block.sheet]!;
    if (info.mergesRead) continue;
    info.mergesRead = true;
    const f = info.formatted ?? info.used!;
    const scope = info.ws.getRangeByIndexes(f.r0, f.c0, f.r1 - f.r0 + 1, f.c1 - f.c0 + 1);
    const areas = scope.getMergedAreasOrNullObject();
    areas.load('address');
    out.push({ info, areas });
  }
  return out;
}

function hiddenRowsOf(block: Block, addresses: unknown[][]): number[] {
  const shown = new Set<number>();
  for (const row of addresses) {
    const m = /(\d+)$/.exec(String(row[0] ?? ''));
    if (m) shown.add(Number(m[1]) - 1);
  }
  const hidden: number[] = [];
  for (let r = block.row0; r < block.row0 + block.rows; r++) if (!shown.has(r)) hidden.push(r);
  return hidden;
}

/** Halves a batch that was too big; a lone block is split by rows, a lone row cannot be. */
function splitBatch(batch: Block[], sheets: SheetInfo[]): Block[] {
  if (batch.length > 1) return batch;
  const b = batch[0]!;
  if (b.rows < 2) {
    const where = `sheet '${sheets[b.sheet]!.name}', row ${b.row0 + 1}`;
    throw hostError({ code: 'ResponsePayloadSizeLimitExceeded', message: where }, where);
  }
  const half = Math.floor(b.rows / 2);
  return [
    { ...b, rows: half },
    { ...b, row0: b.row0 + half, rows: b.rows - half },
  ];
}

async function syncOrExplain(context: Excel.RequestContext, what: string): Promise<void> {
  try {
    await context.sync();
  } catch (err) {
    throw hostError(err, what);
  }
}
