/**
 * Every threshold the checks use. The defaults are the rules in force (domain.md); a board can
 * change them per workbook, from a JSON settings file (CLI) or from the task pane.
 */
export interface Settings {
  lang: 'vi' | 'en';
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

/** A user's correction of one sheet's table: where its header is, what it is, which year. */
export interface TableCorrection {
  sheet: string;
  /** 1-based first header row. */
  headerRow?: number;
  kind?: 'rating-list' | 'rating-summary' | 'meeting-register' | 'meeting-log' | 'ignore';
  year?: number;
}

export const DEFAULT_SETTINGS: Settings = {
  lang: 'vi',
  meetings: { regularPerYear: 12, thematicPerQuarter: 1, attendanceMin: 0.85 },
  excellentCap: { ratio: 0.2, base: 'good', members: true, organizations: false },
  scoreBands: { excellent: 90, good: 70, pass: 50 },
  percentBase: 'rated',
  pilots: [],
  tables: [],
};

export class SettingsError extends Error {
  constructor(
    readonly messageVi: string,
    readonly messageEn: string,
  ) {
    super(messageEn);
    this.name = 'SettingsError';
  }
}

type Json = unknown;

/** Merges user settings over the defaults, refusing unknown keys and wrong types by name. */
export function resolveSettings(input: Json, base: Settings = DEFAULT_SETTINGS): Settings {
  if (input === undefined || input === null) return structuredCloneSettings(base);
  if (!isObject(input)) throw bad('', 'một đối tượng JSON', 'a JSON object');
  const out = structuredCloneSettings(base);
  mergeInto(out as unknown as Record<string, Json>, input, '');
  validate(out);
  return out;
}

function mergeInto(target: Record<string, Json>, input: Record<string, Json>, path: string): void {
  for (const [key, value] of Object.entries(input)) {
    const here = path ? `${path}.${key}` : key;
    if (key === '$schema' || key === 'comment') continue;
    if (!(key in target)) {
      throw new SettingsError(`Cài đặt không có mục "${here}".`, `Unknown setting "${here}".`);
    }
    const current = target[key];
    if (Array.isArray(current)) {
      if (!Array.isArray(value)) throw bad(here, 'một danh sách', 'a list');
      target[key] = value;
    } else if (isObject(current)) {
      if (!isObject(value)) throw bad(here, 'một đối tượng', 'an object');
      mergeInto(current, value, here);
    } else {
      if (typeof value !== typeof current) {
        throw bad(here, kindVi(typeof current), kindEn(typeof current));
      }
      target[key] = value;
    }
  }
}

function validate(s: Settings): void {
  const within = (path: string, v: number, lo: number, hi: number) => {
    if (!Number.isFinite(v) || v < lo || v > hi) {
      throw new SettingsError(
        `Cài đặt "${path}" phải từ ${lo} đến ${hi} (đang là ${v}).`,
        `Setting "${path}" must be between ${lo} and ${hi} (it is ${v}).`,
      );
    }
  };
  if (s.lang !== 'vi' && s.lang !== 'en') throw bad('lang', '"vi" hoặc "en"', '"vi" or "en"');
  within('meetings.regularPerYear', s.meetings.regularPerYear, 0, 12);
  within('meetings.thematicPerQuarter', s.meetings.thematicPerQuarter, 0, 3);
  within('meetings.attendanceMin', s.meetings.attendanceMin, 0, 1);
  within('excellentCap.ratio', s.excellentCap.ratio, 0, 1);
  if (s.excellentCap.base !== 'good' && s.excellentCap.base !== 'goodAndAbove') {
    throw bad('excellentCap.base', '"good" hoặc "goodAndAbove"', '"good" or "goodAndAbove"');
  }
  if (s.percentBase !== 'rated' && s.percentBase !== 'total') {
    throw bad('percentBase', '"rated" hoặc "total"', '"rated" or "total"');
  }
  const b = s.scoreBands;
  within('scoreBands.pass', b.pass, 0, 100);
  within('scoreBands.good', b.good, b.pass, 100);
  within('scoreBands.excellent', b.excellent, b.good, 100);
  s.tables.forEach((t, i) => {
    const kinds = ['rating-list', 'rating-summary', 'meeting-register', 'meeting-log', 'ignore'];
    if (
      !isObject(t) ||
      typeof t.sheet !== 'string' ||
      (t.headerRow !== undefined && (typeof t.headerRow !== 'number' || t.headerRow < 1)) ||
      (t.kind !== undefined && !kinds.includes(t.kind)) ||
      (t.year !== undefined && typeof t.year !== 'number')
    ) {
      throw bad(
        `tables[${i}]`,
        '{"sheet": "tên trang", "headerRow": số, "kind": loại bảng, "year": số}',
        '{"sheet": "sheet name", "headerRow": number, "kind": table kind, "year": number}',
      );
    }
  });
  s.pilots.forEach((p, i) => {
    if (!isObject(p) || typeof p.year !== 'number' || typeof p.unit !== 'string') {
      throw bad(`pilots[${i}]`, '{"year": số, "unit": "tên"}', '{"year": number, "unit": "name"}');
    }
  });
}

function structuredCloneSettings(s: Settings): Settings {
  return JSON.parse(JSON.stringify(s)) as Settings;
}

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function bad(path: string, vi: string, en: string): SettingsError {
  const where = path ? `"${path}"` : '';
  return new SettingsError(
    `Cài đặt ${where} phải là ${vi}.`.replace('  ', ' '),
    `Setting ${where} must be ${en}.`.replace('  ', ' '),
  );
}

function kindVi(t: string): string {
  return t === 'number' ? 'một số' : t === 'boolean' ? 'true hoặc false' : 'một chuỗi';
}
function kindEn(t: string): string {
  return t === 'number' ? 'a number' : t === 'boolean' ? 'true or false' : 'a string';
}
