import { Failure, type FailureParam } from './failures';
import type { Lang } from './words';

/**
 * Every threshold the checks use. The defaults are the rules in force (domain.md); a board can
 * change them per workbook, from a JSON settings file (CLI) or from the task pane.
 */
export interface Settings {
  lang: Lang;
  meetings: {
    /** Regular meetings a year (Điều lệ Đảng, Điều 24: once a month). */
    regularPerYear: number;
    /** Thematic meetings required in each quarter (Hướng dẫn 12-HD/BTCTW). */
    thematicPerQuarter: number;
    /** Attendance at or below this share of the cell's members is flagged. */
    attendanceMin: number;
  };
  excellentCap: {
    /** Excellent may not exceed this share of the base (Hướng dẫn 21-HD/BTCTW: 20%). */
    ratio: number;
    /** The base: members graded good, or good and above. */
    base: 'good' | 'goodAndAbove';
    /** Check member lists per organization. */
    members: boolean;
    /** Check organization lists (no such limit is confirmed for organizations). */
    organizations: boolean;
  };
  /** Score bands of Quy định 366-QĐ/TW (2025 on): lower bounds, inclusive. */
  scoreBands: { excellent: number; good: number; pass: number };
  /** Base of the shares in results: units with a grade, or all units listed. */
  percentBase: 'rated' | 'total';
  /** Pilot units by year ("đơn vị điểm"); when empty they are read from the workbook's notes. */
  pilots: { year: number; unit: string }[];
  /** Corrections of what the engine recognized, by sheet. */
  tables: TableCorrection[];
}

/**
 * The type of a setting's value, which says what is accepted from a settings file (JSON types,
 * strictly) and from a workbook cell (also a number or TRUE/FALSE typed as text).
 */
export type SettingType =
  | { kind: 'number'; min: number; max: number; integer?: boolean }
  | { kind: 'oneOf'; values: readonly string[] }
  | { kind: 'boolean' }
  | { kind: 'text' };

const number = (min: number, max: number): SettingType => ({ kind: 'number', min, max });
const integer = (min: number, max: number) =>
  ({ kind: 'number', min, max, integer: true }) as const;
const oneOf = <const V extends readonly string[]>(...values: V) =>
  ({ kind: 'oneOf', values }) as const;
const BOOLEAN: SettingType = { kind: 'boolean' };
const TEXT = { kind: 'text' } as const;

/**
 * Every setting a workbook's settings cells or a settings file may set, by its path, with the
 * type of its value: one entry per setting. Nothing else is ever set: a key a workbook or a file
 * writes is looked up here, never used to build an object, so "__proto__" or "outDir" is only
 * an unknown key. (Output folders and file names come from the command line alone.)
 */
export const SETTING_KEYS: ReadonlyMap<string, SettingType> = new Map<string, SettingType>([
  ['lang', oneOf('vi', 'en')],
  ['meetings.regularPerYear', number(0, 12)],
  ['meetings.thematicPerQuarter', number(0, 3)],
  ['meetings.attendanceMin', number(0, 1)],
  ['excellentCap.ratio', number(0, 1)],
  ['excellentCap.base', oneOf('good', 'goodAndAbove')],
  ['excellentCap.members', BOOLEAN],
  ['excellentCap.organizations', BOOLEAN],
  ['scoreBands.excellent', number(0, 100)],
  ['scoreBands.good', number(0, 100)],
  ['scoreBands.pass', number(0, 100)],
  ['percentBase', oneOf('rated', 'total')],
]);

/**
 * The fields of a correction of one sheet's table (settings "tables"; on the settings sheet one
 * row each, the field in `column`, headed by `label`): one entry per field, its type included, so
 * adding a kind of correction is one entry here.
 */
export const TABLE_CORRECTION_FIELDS = {
  sheet: { type: TEXT, column: 1, label: { vi: 'Trang', en: 'Sheet' } },
  /** 1-based first header row. */
  headerRow: {
    type: integer(1, 1048576),
    column: 2,
    label: { vi: 'Hàng tiêu đề', en: 'Header row' },
  },
  kind: {
    type: oneOf('rating-list', 'rating-summary', 'meeting-register', 'meeting-log', 'ignore'),
    column: 3,
    label: { vi: 'Loại bảng', en: 'Table kind' },
  },
  year: { type: integer(1900, 2100), column: 4, label: { vi: 'Năm', en: 'Year' } },
} as const;

type Fields = typeof TABLE_CORRECTION_FIELDS;
type ValueOf<T> = T extends { kind: 'number' }
  ? number
  : T extends { kind: 'oneOf'; values: readonly (infer V)[] }
    ? V
    : T extends { kind: 'boolean' }
      ? boolean
      : string;

/** A user's correction of one sheet's table: where its header is, what it is, which year. */
export type TableCorrection = { sheet: string } & {
  -readonly [K in Exclude<keyof Fields, 'sheet'>]?: ValueOf<Fields[K]['type']>;
};

/** The correction fields as a list, in their sheet columns' order. */
export const TABLE_CORRECTION_KEYS = Object.keys(TABLE_CORRECTION_FIELDS) as (keyof Fields)[];

export const DEFAULT_SETTINGS: Settings = {
  lang: 'vi',
  meetings: { regularPerYear: 12, thematicPerQuarter: 1, attendanceMin: 0.85 },
  excellentCap: { ratio: 0.2, base: 'good', members: true, organizations: false },
  scoreBands: { excellent: 90, good: 70, pass: 50 },
  percentBase: 'rated',
  pilots: [],
  tables: [],
};

/** Settings that cannot be used, said by the catalogue's `settings` entries (code "settings"). */
export class SettingsError extends Failure {
  constructor(
    id: 'settings-unknown' | 'settings-range' | 'settings-type' | 'settings-bands',
    params: Record<string, FailureParam>,
  ) {
    super(id, params);
    this.name = 'SettingsError';
  }
}

type Json = unknown;

/** What a type accepts, said without words so it reads the same in both languages: "0–12". */
export function expectedText(t: SettingType): string {
  switch (t.kind) {
    case 'number':
      return `${t.min}–${t.max}`;
    case 'oneOf':
      return t.values.map((v) => `"${v}"`).join(' | ');
    case 'boolean':
      return 'TRUE | FALSE';
    case 'text':
      return '"…"';
  }
}

/**
 * A value checked against its type; `lenient` (a workbook cell) also takes a number or TRUE/FALSE
 * typed as text. undefined when it does not fit.
 */
export function settingValueOf(
  t: SettingType,
  raw: unknown,
  lenient = false,
): string | number | boolean | undefined {
  switch (t.kind) {
    case 'number': {
      let n = raw;
      if (lenient && typeof raw === 'string' && /^\s*-?\d+(?:[.,]\d+)?\s*$/.test(raw)) {
        n = Number(raw.trim().replace(',', '.'));
      }
      if (typeof n !== 'number' || !Number.isFinite(n) || n < t.min || n > t.max) return undefined;
      return t.integer && !Number.isInteger(n) ? undefined : n;
    }
    case 'oneOf':
      return typeof raw === 'string' && t.values.includes(raw) ? raw : undefined;
    case 'boolean':
      if (typeof raw === 'boolean') return raw;
      if (lenient && typeof raw === 'string' && /^\s*(true|false)\s*$/i.test(raw)) {
        return raw.trim().toLowerCase() === 'true';
      }
      return undefined;
    case 'text':
      return typeof raw === 'string' && raw.trim() ? raw.trim() : undefined;
  }
}

/** Sets a known setting; the path is always one of SETTING_KEYS, never text from a file. */
export function setSetting(settings: Settings, path: string, value: string | number | boolean) {
  if (!SETTING_KEYS.has(path)) throw new Error(`not a setting: ${path}`);
  const parts = path.split('.');
  let node = settings as unknown as Record<string, unknown>;
  for (const part of parts.slice(0, -1)) node = node[part] as Record<string, unknown>;
  node[parts[parts.length - 1]!] = value;
}

export function getSetting(settings: Settings, path: string): string | number | boolean {
  if (!SETTING_KEYS.has(path)) throw new Error(`not a setting: ${path}`);
  let node: unknown = settings;
  for (const part of path.split('.')) node = (node as Record<string, unknown>)[part];
  return node as string | number | boolean;
}

/** The groups of dotted keys ("meetings", "excellentCap"): objects in a settings file. */
const GROUPS = new Set(
  [...SETTING_KEYS.keys()].filter((k) => k.includes('.')).map((k) => k.split('.')[0]!),
);

/**
 * Merges user settings over the defaults, refusing unknown keys and wrong types by name. Only
 * own keys of the input are read, and each is looked up in SETTING_KEYS: nothing from the input
 * becomes a key of an object.
 */
export function resolveSettings(input: Json, base: Settings = DEFAULT_SETTINGS): Settings {
  if (input === undefined || input === null) return structuredCloneSettings(base);
  if (!isObject(input)) throw bad('', 'một đối tượng JSON', 'a JSON object');
  const out = structuredCloneSettings(base);
  for (const key of Object.keys(input)) {
    if (key === '$schema' || key === 'comment') continue;
    const value = input[key];
    if (key === 'pilots') out.pilots = pilotsOf(value);
    else if (key === 'tables') out.tables = tablesOf(value);
    else if (GROUPS.has(key)) {
      if (!isObject(value)) throw bad(key, 'một đối tượng', 'an object');
      for (const sub of Object.keys(value)) setChecked(out, `${key}.${sub}`, value[sub]);
    } else setChecked(out, key, value);
  }
  validate(out);
  return out;
}

function setChecked(out: Settings, path: string, value: Json): void {
  const type = SETTING_KEYS.get(path);
  if (!type) throw new SettingsError('settings-unknown', { path });
  const ok = settingValueOf(type, value);
  if (ok !== undefined) {
    setSetting(out, path, ok);
    return;
  }
  if (type.kind === 'number' && typeof value === 'number') {
    throw new SettingsError('settings-range', { path, min: type.min, max: type.max, value });
  }
  if (type.kind === 'oneOf') {
    const list = type.values.map((v) => `"${v}"`);
    const last = list.pop();
    throw bad(path, `${list.join(', ')} hoặc ${last}`, `${list.join(', ')} or ${last}`);
  }
  throw bad(path, kindVi(type.kind), kindEn(type.kind));
}

function pilotsOf(value: Json): Settings['pilots'] {
  if (!Array.isArray(value)) throw bad('pilots', 'một danh sách', 'a list');
  return value.map((p: Json, i) => {
    if (
      !isObject(p) ||
      typeof p.year !== 'number' ||
      typeof p.unit !== 'string' ||
      Object.keys(p).some((k) => k !== 'year' && k !== 'unit')
    ) {
      throw bad(`pilots[${i}]`, '{"year": số, "unit": "tên"}', '{"year": number, "unit": "name"}');
    }
    return { year: p.year, unit: p.unit };
  });
}

function tablesOf(value: Json): TableCorrection[] {
  if (!Array.isArray(value)) throw bad('tables', 'một danh sách', 'a list');
  return value.map((t: Json, i) => {
    const fail = () =>
      bad(
        `tables[${i}]`,
        '{"sheet": "tên trang", "headerRow": số, "kind": loại bảng, "year": số}',
        '{"sheet": "sheet name", "headerRow": number, "kind": table kind, "year": number}',
      );
    if (!isObject(t)) throw fail();
    const out: Record<string, string | number | boolean> = {};
    for (const key of Object.keys(t)) {
      const field = (TABLE_CORRECTION_FIELDS as Record<string, { type: SettingType }>)[key];
      if (!Object.prototype.hasOwnProperty.call(TABLE_CORRECTION_FIELDS, key) || !field)
        throw fail();
      const v = settingValueOf(field.type, t[key]);
      if (v === undefined) throw fail();
      out[key] = v;
    }
    if (typeof out.sheet !== 'string') throw fail();
    return out as TableCorrection;
  });
}

function validate(s: Settings): void {
  const b = s.scoreBands;
  if (!(b.pass <= b.good && b.good <= b.excellent)) {
    throw new SettingsError('settings-bands', { ...b });
  }
}

function structuredCloneSettings(s: Settings): Settings {
  return JSON.parse(JSON.stringify(s)) as Settings;
}

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function bad(path: string, vi: string, en: string): SettingsError {
  return new SettingsError('settings-type', {
    where: path ? `"${path}" ` : '',
    expected: { vi, en },
  });
}

function kindVi(t: SettingType['kind']): string {
  return t === 'number' ? 'một số' : t === 'boolean' ? 'true hoặc false' : 'một chuỗi';
}
function kindEn(t: SettingType['kind']): string {
  return t === 'number' ? 'a number' : t === 'boolean' ? 'true or false' : 'a string';
}
