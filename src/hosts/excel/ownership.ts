import type { OwnedSheetKey } from '../../core/plan/outputPlan';
import { OWNER_NAME } from '../../core/plan/outputPlan';
import type { WorkbookSnapshot } from '../../core/model/snapshot';
import { chooseSheetNames } from '../../core/plan/sheetNames';

const KEYS: OwnedSheetKey[] = ['report', 'summary', 'meetings', 'charts', 'settings'];

/** What the ownership marker of one sheet says, once loaded (null: the sheet has none). */
export interface MarkedSheet {
  name: string;
  /** The key in the marker's formula (="report"), '' for a marker we cannot read, or null. */
  mark: string | null;
}

export interface Ownership {
  /** Indexes of the sheets Bảng Kiểm wrote, with their keys. */
  owned: Map<number, OwnedSheetKey>;
  /** Names of sheets that carry the marker but are not ones Bảng Kiểm wrote (a user's copy). */
  foreign: string[];
}

/** ="report" → report; anything else → ''. */
export function markKey(formula: unknown): string {
  const m = /^="?([A-Za-z]+)"?$/.exec(typeof formula === 'string' ? formula.trim() : '');
  return m ? m[1]! : '';
}

/**
 * Queues the marker read of each sheet (Office.js worksheet.names, ExcelApi 1.4; the formula is
 * 1.7); read `mark` after the sync.
 */
export function queueMarks(sheets: Excel.Worksheet[]): (() => string | null)[] {
  return sheets.map((ws) => {
    const item = ws.names.getItemOrNullObject(OWNER_NAME);
    item.load('formula');
    return () => (item.isNullObject ? null : markKey(item.formula));
  });
}

/**
 * A sheet counts as Bảng Kiểm's only when its marker and its name agree: the name is the one
 * the core gives that key (in Vietnamese or English) next to the user's own sheets. Excel copies
 * a sheet's names with the sheet, so a user's copy of "Bảng Kiểm - Báo cáo" carries the marker
 * too; it is called "Bảng Kiểm - Báo cáo (2)", which is not the name the core would choose, so
 * it is kept as the user's and reported, never deleted.
 */
export function decideOwnership(sheets: MarkedSheet[]): Ownership {
  const unmarked: WorkbookSnapshot = {
    styles: [],
    sheets: sheets
      .filter((s) => s.mark === null)
      .map((s) => ({ name: s.name, state: 'visible' as const, rows: [], merges: [] })),
  };
  const expected = [chooseSheetNames(unmarked, 'vi'), chooseSheetNames(unmarked, 'en')];
  const owned = new Map<number, OwnedSheetKey>();
  const foreign: string[] = [];
  const claimed = new Set<string>();
  sheets.forEach((s, i) => {
    if (s.mark === null) return;
    const key = KEYS.find((k) => k === s.mark);
    const lower = s.name.toLocaleLowerCase();
    const agrees =
      key !== undefined &&
      !claimed.has(lower) &&
      expected.some((names) => names[key].toLocaleLowerCase() === lower);
    if (agrees) {
      owned.set(i, key);
      claimed.add(lower);
    } else {
      foreign.push(s.name);
    }
  });
  return { owned, foreign };
}
