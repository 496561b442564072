import type { Level } from '../report/types';
import { recognizeGrade } from '../text/grades';
import type { SheetView } from '../view/sheetView';
import type { HeaderBand } from './headerBand';

/** What each grade code on a sheet stands for: "1" → excellent, "B" → good. */
export type GradeCodes = Record<string, Level>;

/** A code as boards type it in place of a grade: a digit 1–4 or a letter A–D. */
const CODE = /^([1-4]|[a-d])$/i;

/**
 * One legend item: a code, a sign ("=", "-", ":", "–", "."), and the grade it stands for up to the
 * next item. The code stands alone (after the start, a space, "(" or a separator).
 */
const ITEM = /(?:^|[\s;,:(])\(?([1-4]|[A-Da-d])\)?\s*(?:=|:|-|–|—|\)|\.)\s*/g;

/** Cells longer than this are prose, not a legend. */
const MAX_LEGEND = 400;

const legends = new WeakMap<SheetView, GradeCodes | null>();

/** The sheet's grade-code legend, or null (read once per sheet). */
export function gradeLegend(view: SheetView): GradeCodes | null {
  if (legends.has(view)) return legends.get(view)!;
  const codes = readLegend(view);
  legends.set(view, codes);
  return codes;
}

/** The code of a cell's text ("A", "1", " b "), upper-cased, or null. */
export function codeOf(text: string): string | null {
  const t = text.trim();
  return CODE.test(t) ? t.toUpperCase() : null;
}

/**
 * Every legend item on the sheet, anywhere (above, under or beside the table, in one cell or
 * a line each): "Ghi chú: 1 = HTXSNV; 2 = HTTNV…", "A - Hoàn thành xuất sắc nhiệm vụ". A code
 * two items give different grades is no code; a legend needs two codes of one kind (digits or
 * letters) naming two levels.
 */
function readLegend(view: SheetView): GradeCodes | null {
  const found = new Map<string, Level | null>();
  const note = (code: string, level: Level) => {
    const before = found.get(code);
    found.set(code, before === undefined || before === level ? level : null);
  };
  for (let r = 0; r < view.rowCount; r++) {
    const cols = view.columns(r);
    cols.forEach((c, i) => {
      const v = view.sheet.rows[r]?.v[c];
      if (typeof v === 'number' || (typeof v === 'string' && v.length <= 2)) {
        // A legend laid out as a small table: the code, its grade in the next cell, and nothing
        // right after (a summary's "1 | HTXSNV | 5" is a numbered line, not a code).
        const code = codeOf(String(v));
        if (!code || cols[i + 1] !== c + 1 || cols[i + 2] === c + 2) return;
        const next = view.text(r, c + 1);
        const grade = next ? recognizeGrade(next) : null;
        if (grade) note(code, grade.level);
        return;
      }
      if (typeof v !== 'string' || v.length > MAX_LEGEND || !/[=:\-–—).]/.test(v)) return;
      for (const [code, level] of legendItems(view.text(r, c))) note(code, level);
    });
  }
  const digits: GradeCodes = {};
  const letters: GradeCodes = {};
  for (const [code, level] of found) {
    if (level) (/\d/.test(code) ? digits : letters)[code] = level;
  }
  const best = [digits, letters]
    .filter((m) => new Set(Object.values(m)).size >= 2)
    .sort((a, b) => Object.keys(b).length - Object.keys(a).length)[0];
  return best ?? null;
}

/** The code → level items one text holds. */
function legendItems(text: string): [string, Level][] {
  const marks = [...text.matchAll(ITEM)];
  const out: [string, Level][] = [];
  marks.forEach((m, i) => {
    const start = m.index + m[0].length;
    const end = marks[i + 1]?.index ?? text.length;
    const name = text
      .slice(start, end)
      .replace(/[\s;,.)]+$/, '')
      .trim();
    const grade = name ? recognizeGrade(name) : null;
    if (grade) out.push([m[1]!.toUpperCase(), grade.level]);
  });
  return out;
}

/** A column of grade codes, and the legend that explains them (null: none on the sheet). */
export interface CodedColumn {
  col: number;
  codes: GradeCodes | null;
  /** Filled cells the legend explains, of those filled. */
  known: number;
  filled: number;
}

/**
 * The column of a list whose cells are grade codes, when no column of the band holds grades
 * themselves: a column the header calls a grade (or does not name), most of its filled cells
 * codes, enough of them to be the list's column. Without a legend on the sheet the column is
 * still returned, with `codes` null: bare codes are never guessed, but said to be codes.
 */
export function codedColumn(
  view: SheetView,
  band: HeaderBand,
  taken: ReadonlySet<number>,
  top: number,
  bottom: number,
  first: number,
  last: number,
): CodedColumn | null {
  const stats = new Map<number, { filled: number; values: string[] }>();
  for (let c = first; c <= last; c++) {
    const meaning = band.columns.find((x) => x.col === c)?.meaning;
    if (taken.has(c) || (meaning && meaning.role !== 'grade')) continue;
    stats.set(c, { filled: 0, values: [] });
  }
  if (!stats.size) return null;
  let rows = 0;
  for (let r = top; r <= bottom && rows < 200; r++) {
    if (view.lastColumn(r) < 0) continue;
    rows++;
    for (const [c, s] of stats) {
      const text = view.bodyText(r, c);
      if (!text) continue;
      s.filled++;
      const code = codeOf(text);
      if (code) s.values.push(code);
    }
  }
  let best: CodedColumn | null = null;
  for (const [col, s] of stats) {
    const n = s.values.length;
    if (n < 3 || n < s.filled * 0.6 || s.filled < rows * 0.3) continue;
    // Only now is the legend worth looking for: a sheet without code columns never reads it.
    const codes = gradeLegend(view);
    const known = codes ? s.values.filter((v) => codes[v] !== undefined).length : 0;
    if (codes && known < s.filled * 0.6) continue;
    const score = codes ? known : n;
    if (!best || score > (best.codes ? best.known : best.filled))
      best = { col, codes, known, filled: s.filled };
  }
  return best;
}
