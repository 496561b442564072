import { OWNER_NAME } from '../../../core/plan/outputPlan';
import type { SheetSnapshot, WorkbookSnapshot } from '../../../core/model/snapshot';
import { UnusableInputError } from '../errors';
import {
  checkDeclaredSize,
  DEFAULT_MAX_UNCOMPRESSED_BYTES,
  inflateXmlText,
  inflateXmlTextAsync,
  readXmlPart,
  type AsyncInflater,
  type InflateBudget,
} from './inflateEntry';
import { parseRels, relsPathFor, type Relationship } from './relsPart';
import { SharedStringsReader, type SharedStrings } from './sharedStringsPart';
import { SheetScanner } from './sheetScanner';
import { sniffContainer } from './sniffContainer';
import { StyleTable } from './styleTable';
import { parseStyles } from './stylesPart';
import { parseWorkbook } from './workbookPart';
import { hasPrefixedRoot, stripElementPrefixes } from './xmlText';
import { partKey, readZipDirectory, type ZipEntry } from './zipDirectory';

export interface ReadXlsxOptions {
  /** Most bytes the reader inflates in all, and the most the parts it reads may declare. */
  maxUncompressedBytes?: number;
  /** Called as a sheet streams in, with the rows read so far in the workbook (for progress). */
  onRows?: (rows: number) => void;
  /**
   * Told as the sheets inflate: sheet XML bytes read so far out of all the sheets declare, so a
   * page can move its progress bar with the reading of a large list.
   */
  onProgress?: (done: number, total: number) => void;
}

export { DEFAULT_MAX_UNCOMPRESSED_BYTES, type AsyncInflater };

type Entries = Map<string, ZipEntry>;

function entryFor(entries: Entries, path: string): ZipEntry | undefined {
  const found = entries.get(partKey(path));
  if (found || !path.includes('%')) return found;
  // Relationship targets are URIs: "sheet%201.xml" names the zip entry "sheet 1.xml".
  try {
    return entries.get(partKey(decodeURIComponent(path)));
  } catch {
    return undefined;
  }
}

/** A small part as text, element prefixes removed; null when the part is absent. */
function smallPart(
  b: Uint8Array,
  entries: Entries,
  path: string,
  budget: InflateBudget,
): string | null {
  const entry = entryFor(entries, path);
  if (!entry) return null;
  const xml = readXmlPart(b, entry, budget);
  return hasPrefixedRoot(xml.slice(0, 1024)) ? stripElementPrefixes(xml) : xml;
}

function relsOf(
  b: Uint8Array,
  entries: Entries,
  part: string,
  budget: InflateBudget,
): Relationship[] {
  const xml = smallPart(b, entries, relsPathFor(part), budget);
  return xml ? parseRels(xml, part) : [];
}

/**
 * A large part to stream: the reader hands the part's text pieces to onText, inflated here or
 * off this thread (readXlsxAsync).
 */
interface StreamPart {
  entry: ZipEntry;
  budget: InflateBudget;
  onText: (text: string) => void;
}

type ReadSteps = Generator<StreamPart, WorkbookSnapshot, void>;

function findWorkbookPart(b: Uint8Array, entries: Entries, budget: InflateBudget): string {
  const doc = relsOf(b, entries, '', budget).find(
    (r) => r.type === 'officeDocument' && !r.external,
  )?.target;
  if (entryFor(entries, 'xl/workbook.bin') || doc?.toLowerCase().endsWith('.bin')) {
    throw new UnusableInputError('xlsb', 'xl/workbook.bin');
  }
  for (const path of [doc, 'xl/workbook.xml']) {
    if (path && entryFor(entries, path)) return path;
  }
  throw new UnusableInputError('not-workbook', 'no xl/workbook.xml');
}

/**
 * Reads an .xlsx file's bytes into the core's snapshot. Runs in a browser worker as in Node: it
 * needs only fflate and TextDecoder. The small parts (workbook, rels, styles, shared strings)
 * are read whole first, wherever the zip stores them; each worksheet then streams through the
 * inflater and the scanner a piece at a time, so only the snapshot itself grows with the sheet.
 * A file that cannot be read raises UnusableInputError, never anything else.
 */
export function readXlsx(bytes: Uint8Array, opts: ReadXlsxOptions = {}): WorkbookSnapshot {
  try {
    const steps = readWorkbook(bytes, opts);
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) return step.value;
      const { entry, budget, onText } = step.value;
      inflateXmlText(bytes, entry, budget, onText);
    }
  } catch (e) {
    return unusable(e);
  }
}

/**
 * readXlsx with the shared strings and the sheets inflated by `inflate`, off this thread (in
 * the command line, Node's zlib on its thread pool): the same snapshot, the same refusals, and
 * the inflating no longer in the way of the scanning.
 */
export async function readXlsxAsync(
  bytes: Uint8Array,
  inflate: AsyncInflater,
  opts: ReadXlsxOptions = {},
): Promise<WorkbookSnapshot> {
  try {
    const steps = readWorkbook(bytes, opts);
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) return step.value;
      const { entry, budget, onText } = step.value;
      await inflateXmlTextAsync(bytes, entry, budget, onText, inflate);
    }
  } catch (e) {
    return unusable(e);
  }
}

/** What any failure of the reader becomes: an UnusableInputError, never anything else. */
function unusable(e: unknown): never {
  if (e instanceof UnusableInputError) throw e;
  // A string or array past the engine's size limits: the file is too big, not damaged.
  if (e instanceof RangeError && /invalid .*length|allocation failed/i.test(e.message)) {
    throw new UnusableInputError('too-large', e.message, { cause: e });
  }
  throw new UnusableInputError('corrupt', e instanceof Error ? e.message : String(e), {
    cause: e,
  });
}

/** The reading of a workbook, handing out each large part to be streamed in (StreamPart). */
function* readWorkbook(b: Uint8Array, opts: ReadXlsxOptions): ReadSteps {
  const { onRows, onProgress } = opts;
  const limit = opts.maxUncompressedBytes ?? DEFAULT_MAX_UNCOMPRESSED_BYTES;
  sniffContainer(b);
  const entries = readZipDirectory(b);
  const budget: InflateBudget = { limit, used: 0 };

  const wbPath = findWorkbookPart(b, entries, budget);
  const wbRels = relsOf(b, entries, wbPath, budget);
  const relById = new Map(wbRels.map((r) => [r.id, r]));
  const wbXml = smallPart(b, entries, wbPath, budget) ?? '';
  // The package's main part may be a Word or PowerPoint document: look at its root element.
  if (!/<workbook[\s>]/.test(wbXml)) {
    throw new UnusableInputError('not-workbook', `${wbPath} is not a workbook`);
  }
  const wb = parseWorkbook(wbXml);

  const sheetEntries = wb.sheets.map((s) => {
    const rel = relById.get(s.rid);
    if (!rel) throw new UnusableInputError('corrupt', `sheet ${s.name}: no relationship ${s.rid}`);
    const entry = rel.external ? undefined : entryFor(entries, rel.target);
    if (rel.type === 'worksheet' && !entry) {
      throw new UnusableInputError('corrupt', `sheet ${s.name}: part ${rel.target} is missing`);
    }
    // Chart sheets, dialog and macro sheets hold no cells: they keep their place, empty.
    return rel.type === 'worksheet' ? entry : undefined;
  });
  // Some writers forget these relationships; the parts are then where Excel puts them.
  const sstPath = wbRels.find((r) => r.type === 'sharedStrings')?.target ?? 'xl/sharedStrings.xml';
  const stylesPath = wbRels.find((r) => r.type === 'styles')?.target ?? 'xl/styles.xml';

  // Refuse a bomb by what the parts to be read declare, before inflating any of them.
  let declared = 0;
  for (const e of [...sheetEntries, entryFor(entries, sstPath), entryFor(entries, stylesPath)]) {
    if (e) {
      checkDeclaredSize(e, budget);
      declared += e.uncompressedSize;
    }
  }
  if (declared > limit - budget.used) {
    throw new UnusableInputError('too-large', `parts declare ${declared} bytes`);
  }

  // Streamed: the part is never held whole (see SharedStringsReader).
  const sstReader = new SharedStringsReader();
  const sstEntry = entryFor(entries, sstPath);
  if (sstEntry) yield { entry: sstEntry, budget, onText: (text) => sstReader.push(text) };
  const sharedStrings: SharedStrings = sstReader.finish();
  const stylesXml = smallPart(b, entries, stylesPath, budget);
  const styles = new StyleTable(stylesXml ? parseStyles(stylesXml).xfs : []);

  const owned = new Set(
    wb.definedNames
      // Excel compares defined names without regard to case.
      .filter((n) => n.name.toLowerCase() === OWNER_NAME.toLowerCase() && n.localSheetId !== null)
      .map((n) => n.localSheetId),
  );

  let rowsBefore = 0;
  const sheetTotal = sheetEntries.reduce((n, e) => n + (e?.uncompressedSize ?? 0), 0);
  let sheetDone = 0;
  const sheets: SheetSnapshot[] = [];
  for (let i = 0; i < wb.sheets.length; i++) {
    const s = wb.sheets[i]!;
    const sheet: SheetSnapshot = { name: s.name, state: s.state, rows: [], merges: [] };
    const entry = sheetEntries[i];
    if (entry) {
      const scanner = new SheetScanner({
        sheetName: s.name,
        sharedStrings,
        styles,
        date1904: wb.date1904,
      });
      yield {
        entry,
        budget,
        onText: (text) => {
          scanner.push(text);
          onRows?.(rowsBefore + scanner.rowsRead);
          if (onProgress) {
            // Characters, not bytes, but near enough for a progress bar.
            sheetDone += text.length;
            onProgress(Math.min(sheetDone, sheetTotal), sheetTotal);
          }
        },
      };
      const scanned = scanner.finish();
      rowsBefore += scanned.rows.length;
      sheet.rows = scanned.rows;
      sheet.merges = scanned.merges;
      if (scanned.hiddenRows.length > 0) sheet.hiddenRows = scanned.hiddenRows;
    }
    if (owned.has(i)) sheet.owned = true;
    sheets.push(sheet);
  }

  const snapshot: WorkbookSnapshot = { sheets, styles: styles.styles };
  if (wb.date1904) snapshot.date1904 = true;
  return snapshot;
}
