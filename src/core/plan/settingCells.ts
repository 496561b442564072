import type { WorkbookSnapshot } from '../model/snapshot';
import { resolveSettings, type Settings } from '../settings';

/**
 * Settings live in the workbook, on owned sheets, so Excel, the web page and the command line
 * all read the same ones. A setting row holds its label, its value in column C (the cell a user
 * edits) and, in a hidden column, its key ("bk:meetings.regularPerYear").
 */
export const SETTING_VALUE_COL = 2;
export const SETTING_KEY_COL = 25;
const KEY = /^bk:([\w.]+)$/;
export const PILOT_KEY = 'bk:pilot';
export const TABLE_KEY = 'bk:table';

/**
 * The settings stored in the workbook, as a partial settings object for resolveSettings().
 * Pilot rows ("bk:pilot": year in column B, unit in column C) become settings.pilots.
 */
export function readWorkbookSettings(wb: WorkbookSnapshot): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const pilots: { year: number; unit: string }[] = [];
  const tables: Record<string, unknown>[] = [];
  for (const sheet of wb.sheets) {
    if (!sheet.owned) continue;
    sheet.rows.forEach((row) => {
      const key = row?.v[SETTING_KEY_COL];
      if (typeof key !== 'string') return;
      const value = row!.v[SETTING_VALUE_COL];
      if (key === TABLE_KEY) {
        const t = tableRow(row!.v);
        if (t) tables.push(t);
        return;
      }
      if (key === PILOT_KEY) {
        const year = row!.v[SETTING_VALUE_COL - 1];
        if (typeof year === 'number' && typeof value === 'string' && value.trim()) {
          pilots.push({ year, unit: value.trim() });
        }
        return;
      }
      const m = KEY.exec(key);
      if (!m || value === null || value === undefined || value === '') return;
      setPath(out, m[1]!.split('.'), value);
    });
  }
  if (pilots.length) out.pilots = pilots;
  if (tables.length) out.tables = tables;
  return out;
}

/** A correction row: sheet in B, header row in C, kind in D, year in E; blanks mean "as found". */
function tableRow(v: unknown[]): Record<string, unknown> | null {
  const [sheet, headerRow, kind, year] = [v[1], v[2], v[3], v[4]];
  if (typeof sheet !== 'string' || !sheet.trim()) return null;
  const t: Record<string, unknown> = { sheet: sheet.trim() };
  if (typeof headerRow === 'number') t.headerRow = headerRow;
  if (typeof kind === 'string' && kind.trim()) t.kind = kind.trim();
  if (typeof year === 'number') t.year = year;
  return t;
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  for (const part of path.slice(0, -1)) {
    node[part] ??= {};
    node = node[part] as Record<string, unknown>;
  }
  node[path[path.length - 1]!] = value;
}

export function settingValue(settings: Settings, path: string): string | number | boolean {
  let node: unknown = settings;
  for (const part of path.split('.')) node = (node as Record<string, unknown>)[part];
  return node as string | number | boolean;
}

/**
 * The settings in force for a workbook: the defaults, then what the workbook's settings sheet
 * says, then what the caller passes (a command-line settings file, the task pane).
 */
export function settingsForWorkbook(wb: WorkbookSnapshot, overrides?: unknown): Settings {
  return resolveSettings(overrides, resolveSettings(readWorkbookSettings(wb)));
}
