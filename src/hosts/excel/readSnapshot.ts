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
import { atRow, hostError, isPayloadError, STEPS, type Step } from './officeErrors';
import { decideOwnership, queueMarks } from './ownership';
import { API, supportsExcelApi } from './requirements';
import { StyleTable } from './styleTable';

export interface ReadOptions {
  /** Cells per row block; a block is the unit that is split and retried when too big. */
  maxCellsPerBlock?: number;
  /** Estimated response bytes allowed per context.sync(); Excel on the web refuses over 5 MB. */
  syncBudgetBytes?: number;
  /**
   * Asked before each batch of cells: true when the time for reading is up. Sheets not read
   * completely by then are left out (reported in `unread`), never half read.
   */
  outOfTime?: () => boolean;
}

/** What was read, and what was not. */
export interface WorkbookRead {
  snapshot: WorkbookSnapshot;
  /** Sheets that carry Bảng Kiểm's marker but are not ones it wrote: read as the user's. */
  foreignMarked: string[];
  /** Sheets left unread because the time for reading ran out. */
  unread: string[];
}

export const DEFAULT_MAX_CELLS_PER_BLOCK = 100_000;
export const DEFAULT_SYNC_BUDGET_BYTES = 4_000_000;
/**
 * First guess of response bytes per cell for values + formulas + numberFormat + valueTypes (a
 * short text twice, "General", "String"). It is replaced by the measured figure after the first
 * batch, and a batch that still proves too big is split and retried.
 */
const INITIAL_BYTES_PER_CELL = 48;
const FONT_BYTES_PER_CELL = 48;
/**
 * A used range bigger than this, or wider than PROBE_WIDE_COLS, is looked at tile by tile first
 * (the used range inside each tile, ExcelApi 1.4), and only the tiles' data is read: a stray
 * cell at XFD1 or row 1,048,576 must not make the host read millions of empty cells.
 */
const PROBE_CELLS = 1_000_000;
const PROBE_WIDE_COLS = 64;
const MAX_TILES_PER_SHEET = 2048;
/** Owned sheets whose rows hold settings (bk: keys); the other owned sheets are not read. */
const OWNED_SHEETS_READ = new Set(['settings', 'meetings']);

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
  /** Used range of values, or null when the sheet is empty or not read. */
  used: CellRange | null;
  /** Used range including formatting only, where merged areas are looked for. */
  formatted: CellRange | null;
  merges: CellRange[];
  mergesRead: boolean;
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

/** The snapshot alone (the task pane's read). */
export async function readSnapshot(
  context: Excel.RequestContext,
  opts: ReadOptions = {},
): Promise<WorkbookSnapshot> {
  return (await readWorkbook(context, opts)).snapshot;
}

/**
 * Reads the workbook into a snapshot in 2 + B syncs: one for the sheet list, one for each
 * sheet's used range and ownership marker, then B batches of row blocks, B being the number of
 * byte budgets the cells fill (1 for anything up to roughly 100k short cells). A sheet with a
 * huge or very wide used range costs one more sync, to find where its data is. Bảng Kiểm's own
 * sheets are not read, except the rows that hold settings.
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  opts: ReadOptions = {},
): Promise<WorkbookRead> {
  const maxCells = Math.max(1, opts.maxCellsPerBlock ?? DEFAULT_MAX_CELLS_PER_BLOCK);
  const budget = Math.max(1, opts.syncBudgetBytes ?? DEFAULT_SYNC_BUDGET_BYTES);
  const canMerges = supportsExcelApi(API.mergedAreas);
  const canFonts = supportsExcelApi(API.cellProperties);

  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  await syncOrExplain(context, STEPS.sheetList);

  const probes = worksheets.items.map((ws) => {
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    const formatted = canMerges ? ws.getUsedRangeOrNullObject(false) : null;
    formatted?.load('rowIndex,columnIndex,rowCount,columnCount');
    return { ws, used, formatted };
  });
  const marks = queueMarks(worksheets.items);
  await syncOrExplain(context, STEPS.usedRanges);

  const ownership = decideOwnership(
    probes.map(({ ws }, i) => ({ name: ws.name, mark: marks[i]!() })),
  );
  const sheets: SheetInfo[] = probes.map(({ ws, used, formatted }, i) => {
    const key = ownership.owned.get(i);
    const read = key === undefined || OWNED_SHEETS_READ.has(key);
    return {
      name: ws.name,
      state: STATE[ws.visibility] ?? 'visible',
      owned: key !== undefined,
      ws,
      used: read ? rangeOf(used) : null,
      formatted: read && formatted ? rangeOf(formatted) : null,
      merges: [],
      mergesRead: !canMerges || key !== undefined,
    };
  });

  const queue = await spansToRead(context, sheets);
  const styles = new StyleTable();
  const rows: (RowData | undefined)[][] = sheets.map(() => []);
  let bytesPerCell = INITIAL_BYTES_PER_CELL + (canFonts ? FONT_BYTES_PER_CELL : 0);
  const unread = new Set<number>();

  while (queue.length > 0) {
    if (opts.outOfTime?.()) {
      for (const b of queue) unread.add(b.sheet);
      break;
    }
    const batch = nextBatch(queue, { maxCells, budget, bytesPerCell });
    const pending = batch.map((block) => queueBlock(sheets[block.sheet]!, block, canFonts));
    const mergeReads = queueMerges(sheets, batch);
    try {
      await context.sync();
    } catch (err) {
      if (!isPayloadError(err)) throw hostError(err, STEPS.cells);
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
    for (const { block, read } of pending) {
      const loaded = loadedBlock(read, block.row0, block.col0);
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
    const gone = unread.has(i);
    const snap: SheetSnapshot = {
      name: s.name,
      state: s.state,
      rows: gone ? [] : rows[i]!,
      merges: gone ? [] : s.merges,
    };
    if (s.owned) snap.owned = true;
    return snap;
  });
  return {
    snapshot: { sheets: out, styles: styles.styles },
    foreignMarked: ownership.foreign,
    unread: [...unread].sort((a, b) => a - b).map((i) => sheets[i]!.name),
  };
}

function cells(b: Block): number {
  return b.rows * b.cols;
}

/**
 * The spans of rows to read, sheet by sheet. An ordinary used range is one span. A huge or very
 * wide one is cut into tiles whose own used ranges are asked for in one sync, so the blocks read
 * follow the data and skip the empty expanse between a table and a stray cell.
 */
async function spansToRead(context: Excel.RequestContext, sheets: SheetInfo[]): Promise<Block[]> {
  const spans: Block[] = [];
  const tiles: { sheet: number; range: Excel.Range }[] = [];
  sheets.forEach((s, sheet) => {
    const u = s.used;
    if (!u) return;
    const rows = u.r1 - u.r0 + 1;
    const cols = u.c1 - u.c0 + 1;
    if (rows * cols <= PROBE_CELLS && cols <= PROBE_WIDE_COLS) {
      spans.push({ sheet, row0: u.r0, col0: u.c0, rows, cols });
      return;
    }
    const width = Math.max(PROBE_WIDE_COLS, Math.ceil(cols / 32));
    const across = Math.ceil(cols / width);
    const height = Math.max(1000, Math.ceil(rows / Math.floor(MAX_TILES_PER_SHEET / across)));
    for (let r = u.r0; r <= u.r1; r += height) {
      for (let c = u.c0; c <= u.c1; c += width) {
        const h = Math.min(height, u.r1 - r + 1);
        const w = Math.min(width, u.c1 - c + 1);
        const range = s.ws.getRangeByIndexes(r, c, h, w).getUsedRangeOrNullObject(true);
        range.load('rowIndex,columnIndex,rowCount,columnCount');
        tiles.push({ sheet, range });
      }
    }
  });
  if (tiles.length > 0) {
    await syncOrExplain(context, STEPS.findData);
    for (const t of tiles) {
      const r = rangeOf(t.range);
      if (!r) continue;
      const rows = r.r1 - r.r0 + 1;
      spans.push({ sheet: t.sheet, row0: r.r0, col0: r.c0, rows, cols: r.c1 - r.c0 + 1 });
    }
  }
  // Sheet order, then top to bottom: the snapshot's rows fill in order and a sheet's blocks stay
  // together, so a sheet left unread for lack of time is left out whole.
  return spans.sort((a, b) => a.sheet - b.sheet || a.row0 - b.row0 || a.col0 - b.col0);
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

/** A block's grids (and fonts where the API allows). */
function queueBlock(info: SheetInfo, block: Block, canFonts: boolean) {
  const range = info.ws.getRangeByIndexes(block.row0, block.col0, block.rows, block.cols);
  return { block, read: queueBlockRead(range, canFonts) };
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

/** Halves a batch that was too big; a lone block is split by rows, a lone row cannot be. */
function splitBatch(batch: Block[], sheets: SheetInfo[]): Block[] {
  if (batch.length > 1) return batch;
  const b = batch[0]!;
  if (b.rows < 2) {
    const where = atRow(sheets[b.sheet]!.name, b.row0 + 1);
    throw hostError({ code: 'ResponsePayloadSizeLimitExceeded' }, where);
  }
  const half = Math.floor(b.rows / 2);
  return [
    { ...b, rows: half },
    { ...b, row0: b.row0 + half, rows: b.rows - half },
  ];
}

async function syncOrExplain(context: Excel.RequestContext, what: Step): Promise<void> {
  try {
    await context.sync();
  } catch (err) {
    throw hostError(err, what);
  }
}
