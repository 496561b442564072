/** Rows of one year's rating list, with defects planted and the key that follows from them. */
import { tally, type DefectKey, type YearKey } from './key';
import type { Rng } from '../random';
import { randomLevel, type Level } from './vocabulary';

export interface ListRow {
  name: string;
  /** The grade as typed; null for a blank cell. */
  text: string | null;
  /** The level a correct checker reads; null when the unit is not counted (blank, unknown). */
  level: Level | null;
  /** The rule a correct checker raises on this row, if a defect is planted here. */
  defect?: string;
  /** A repeated row: reported, not counted. */
  repeat?: boolean;
}

export interface PlantOpts {
  duplicate?: number;
  unknown?: number;
  blank?: number;
}

const NOT_GRADES = ['Khá', 'Trung bình', 'Đạt yêu cầu', 'Chưa đạt'];

export function plantRows(
  rng: Rng,
  names: readonly string[],
  style: Record<Level, string>,
  p: PlantOpts = {},
): ListRow[] {
  const rows: ListRow[] = names.map((name) => {
    const level = randomLevel(rng);
    return { name, text: style[level], level };
  });
  if (rows.length > 4 && rng.chance(p.unknown ?? 0)) {
    const r = rows[rng.int(1, rows.length - 1)] as ListRow;
    r.text = rng.pick(NOT_GRADES);
    r.level = null;
    r.defect = 'grade.unknown';
  }
  if (rows.length > 4 && rng.chance(p.blank ?? 0)) {
    const r = rows[rng.int(1, rows.length - 1)] as ListRow;
    if (!r.defect) {
      r.text = null;
      r.level = null;
      r.defect = 'grade.blank';
    }
  }
  if (rows.length > 4 && rng.chance(p.duplicate ?? 0)) {
    const src = rows[rng.int(0, rows.length - 3)] as ListRow;
    const at = rng.int(rows.indexOf(src) + 2, rows.length);
    const level = randomLevel(rng);
    rows.splice(at, 0, {
      name: src.name,
      text: style[level],
      level,
      defect: 'unit.duplicate',
      repeat: true,
    });
  }
  return rows;
}

export function yearKeyOf(year: number, rows: readonly ListRow[]): YearKey {
  return tally(
    year,
    rows.filter((r) => !r.repeat).map((r) => r.level),
  );
}

/** Turns the planted rows into key entries once the renderer knows their sheet rows. */
export function defectsOf(
  sheet: string,
  rows: readonly ListRow[],
  sheetRows: readonly number[],
  gradeCol: string,
  nameCol: string,
): DefectKey[] {
  const out: DefectKey[] = [];
  rows.forEach((r, i) => {
    if (!r.defect) return;
    const row = sheetRows[i] as number;
    const col = r.defect === 'unit.duplicate' ? nameCol : gradeCol;
    out.push({
      rule: r.defect,
      sheet,
      row,
      cell: `${col}${row}`,
      what: `${r.defect} ${r.name} "${r.text ?? ''}"`,
    });
  });
  return out;
}
