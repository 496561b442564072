import type { Scalar, WorkbookSnapshot } from '../model/snapshot';
import {
  DEFAULT_SETTINGS,
  expectedText,
  getSetting,
  resolveSettings,
  SETTING_KEYS,
  setSetting,
  settingValueOf,
  TABLE_CORRECTION_FIELDS,
  TABLE_CORRECTION_KEYS,
  type Settings,
  type SettingType,
  type TableCorrection,
} from '../settings';

/**
 * Settings live in the workbook, on owned sheets, so Excel, the web page and the command line
 * all read the same ones. A setting row holds its label, its value in column C (the cell a user
 * edits) and, in a hidden column, its key ("bk:meetings.regularPerYear").
 */
export const SETTING_VALUE_COL = 2;
export const SETTING_KEY_COL = 25;
const PREFIX = 'bk:';
export const PILOT_KEY = 'bk:pilot';
export const TABLE_KEY = 'bk:table';

/** A settings cell the reader set aside, for a finding: the key is unknown, or its value wrong. */
export interface SettingProblem {
  sheet: string;
  /** 0-based cell at fault: the key's cell for an unknown key, else the value's. */
  row: number;
  col: number;
  problem: 'unknown-key' | 'invalid-value';
  /** The key as written (cut to a sensible length). */
  key: string;
  value: Scalar;
  /** What the setting takes ("0–12", "\"vi\" | \"en\""), for an invalid value. */
  expected?: string;
}

export interface WorkbookSettings {
  /** The workbook's own settings over the defaults (base for a settings file or the pane). */
  settings: Settings;
  problems: SettingProblem[];
}

/** Keys longer than this are someone's text, not a key: the finding quotes the start. */
const KEY_QUOTE = 80;

/**
 * The settings stored in the workbook, and the cells set aside. Every key is looked up in the
 * closed list of settings (SETTING_KEYS) and every value checked against its type: an unknown key
 * or a wrong value is a finding, never an error that stops the check, and never a property of
 * anything ("bk:__proto__.outDir" is an unknown key like any other). Pilot rows ("bk:pilot":
 * year in B, unit in C) become settings.pilots; correction rows ("bk:table") settings.tables.
 */
export function readWorkbookSettings(wb: WorkbookSnapshot): WorkbookSettings {
  const settings = resolveSettings(undefined);
  const problems: SettingProblem[] = [];
  const pilots: Settings['pilots'] = [];
  const tables: TableCorrection[] = [];
  const seen: { path: string; sheet: string; row: number }[] = [];
  for (const sheet of wb.sheets) {
    if (!sheet.owned) continue;
    sheet.rows.forEach((row, r) => {
      const key = row?.v[SETTING_KEY_COL];
      if (typeof key !== 'string' || !key.startsWith(PREFIX)) return;
      const v = row!.v;
      const value = cell(v, SETTING_VALUE_COL);
      const at = { sheet: sheet.name, row: r };
      if (key === TABLE_KEY) {
        const t = tableRow(v, at, problems);
        if (t) tables.push(t);
        return;
      }
      if (key === PILOT_KEY) {
        const year = cell(v, SETTING_VALUE_COL - 1);
        if (typeof year === 'number' && typeof value === 'string' && value.trim()) {
          pilots.push({ year, unit: value.trim() });
        }
        return;
      }
      const path = key.slice(PREFIX.length);
      const type = SETTING_KEYS.get(path);
      if (!type) {
        problems.push({
          ...at,
          col: SETTING_KEY_COL,
          problem: 'unknown-key',
          key: key.length > KEY_QUOTE ? `${key.slice(0, KEY_QUOTE - 1)}…` : key,
          value,
        });
        return;
      }
      if (value === null || value === '') return;
      const ok = settingValueOf(type, value, true);
      if (ok === undefined) {
        problems.push(invalid(at, SETTING_VALUE_COL, key, value, type));
        return;
      }
      setSetting(settings, path, ok);
      seen.push({ path, ...at });
    });
  }
  keepBandsInOrder(settings, seen, problems);
  if (pilots.length) settings.pilots = pilots;
  if (tables.length) settings.tables = tables;
  return { settings, problems };
}

function cell(v: Scalar[], col: number): Scalar {
  const x = v[col];
  return x === undefined ? null : x;
}

function invalid(
  at: { sheet: string; row: number },
  col: number,
  key: string,
  value: Scalar,
  type: SettingType,
): SettingProblem {
  return { ...at, col, problem: 'invalid-value', key, value, expected: expectedText(type) };
}

/** Score bands must rise (pass ≤ good ≤ excellent): bands read out of order are all set aside. */
function keepBandsInOrder(
  settings: Settings,
  seen: { path: string; sheet: string; row: number }[],
  problems: SettingProblem[],
): void {
  const b = settings.scoreBands;
  if (b.pass <= b.good && b.good <= b.excellent) return;
  for (const s of seen) {
    if (!s.path.startsWith('scoreBands.')) continue;
    problems.push({
      sheet: s.sheet,
      row: s.row,
      col: SETTING_VALUE_COL,
      problem: 'invalid-value',
      key: `${PREFIX}${s.path}`,
      value: getSetting(settings, s.path),
      expected: 'pass ≤ good ≤ excellent',
    });
    setSetting(settings, s.path, getSetting(DEFAULT_SETTINGS, s.path));
  }
}

/**
 * A correction row, each field in its column (TABLE_CORRECTION_FIELDS); blanks mean "as found".
 * A row without a sheet is an empty row; a field that does not fit its type sets the row aside.
 */
function tableRow(
  v: Scalar[],
  at: { sheet: string; row: number },
  problems: SettingProblem[],
): TableCorrection | null {
  const sheet = cell(v, TABLE_CORRECTION_FIELDS.sheet.column);
  if (typeof sheet !== 'string' || !sheet.trim()) return null;
  const out: Record<string, string | number | boolean> = {};
  for (const key of TABLE_CORRECTION_KEYS) {
    const field = TABLE_CORRECTION_FIELDS[key];
    const raw = cell(v, field.column);
    if (raw === null || (typeof raw === 'string' && !raw.trim())) continue;
    const ok = settingValueOf(field.type, typeof raw === 'string' ? raw.trim() : raw, true);
    if (ok === undefined) {
      problems.push(invalid(at, field.column, `${TABLE_KEY}.${key}`, raw, field.type));
      return null;
    }
    out[key] = ok;
  }
  return out as TableCorrection;
}

export function settingValue(settings: Settings, path: string): string | number | boolean {
  return getSetting(settings, path);
}

/**
 * The settings in force for a workbook: the defaults, then what the workbook's settings sheet
 * says, then what the caller passes (a command-line settings file, the task pane).
 */
export function settingsForWorkbook(wb: WorkbookSnapshot, overrides?: unknown): Settings {
  return resolveSettings(overrides, readWorkbookSettings(wb).settings);
}
