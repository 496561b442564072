import type { Level } from '../report/types';
import { numberFromText } from '../parse/numbers';
import { isTotalLabel } from '../parse/rows';
import { recognizeGrade, suggestGrade } from '../text/grades';
import { LETTERS } from '../text/charClasses';
import { labelKey } from '../text/normalize';
import type { SheetView } from '../view/sheetView';
import { isChangeLabel } from './changeWords';
import { isGradeVocabulary } from './gradeVocabulary';
import { isRatingWord } from './ratingWords';

/**
 * What a column's cells hold, counted over a sample of the body: the header says what a column
 * should be, the cells say what it is. Counts are of filled cells.
 */
export interface ColumnContent {
  col: number;
  filled: number;
  /** Texts that name a grade of either scheme (any spelling, legacy text decoded). */
  grades: number;
  /** "Miễn đánh giá" and the like. */
  exempt: number;
  /** Texts one typo away from a grade ("HTTVN"): a grade column's defects, not another column's. */
  nearGrades: number;
  /** Ratings of another system ("Khá", "Tiên tiến", "Loại A"): see ratingWords.ts. */
  otherRatings: number;
  /** Tick marks: x, ✓, v… */
  marks: number;
  /** Numbers, also when stored as text ("12", "18,9%"). */
  numbers: number;
  /** Names of organizations or cells: "Đảng bộ xã…", "Chi bộ…". */
  orgNames: number;
  /** Other text. */
  texts: number;
  /** Texts with words in them (names, notes), not running numbers typed as text ("3."). */
  worded: number;
  levels: Set<Level>;
  /**
   * The grades' own names, each once in order: a summary's line labels when counts stand beside
   * them, a drop-down's source ("Danh mục") when nothing does, never a list's grades.
   */
  vocabulary?: true;
}

/** Marks a tick column may hold; the written formulas count exactly these (TRIM, any case). */
export const TICK_MARKS = ['x', '✓', '✔', '√', 'v', '☑'];
const TICKS = new Set(TICK_MARKS);

export function isTickMark(text: string): boolean {
  return TICKS.has(text.trim().toLowerCase());
}

/**
 * Units exempt or not yet rated: in a total, under no grade. A unit dissolved, merged or moved
 * away during the year keeps its row with the word in its grade cell ("Giải thể", "Đã sáp
 * nhập", "Chuyển đi"): it was not rated that year either.
 */
const EXEMPT =
  /^(mien|mien danh gia|mien xep loai|mien dg|khong danh gia|khong xep loai|chua danh gia|chua xep loai|chua dg|chua xl|moi thanh lap|chua thanh lap|chua hinh thanh|(da )?(giai the|sap nhap|hop nhat)|chuyen (di|ra|ve|sinh hoat|shd))\b/;
const ORG_NAME = /^(dang bo|chi bo|dang uy|xa|thi tran|phuong|dbcs|cbcs|db|cb)\b/;

/** "Đảng bộ xã …", "Chi bộ …", "ĐB xã …": a text naming an organization. */
export function isOrgName(text: string): boolean {
  return ORG_NAME.test(labelKey(text));
}

export function isExemptText(text: string): boolean {
  return EXEMPT.test(labelKey(text));
}

const TWO_LETTERS = new RegExp(`[${LETTERS}]{2}`);

/** Rows sampled per column: enough to tell a grade column, few enough for a million-row list. */
const SAMPLE_ROWS = 200;

/**
 * Profiles the columns first..last over the body rows from `top` down to `bottom`, at most
 * SAMPLE_ROWS filled rows.
 */
export function profileColumns(
  view: SheetView,
  top: number,
  bottom: number,
  first: number,
  last: number,
): Map<number, ColumnContent> {
  const out = new Map<number, ColumnContent>();
  for (let c = first; c <= last; c++) {
    out.set(c, {
      col: c,
      filled: 0,
      grades: 0,
      exempt: 0,
      nearGrades: 0,
      otherRatings: 0,
      marks: 0,
      numbers: 0,
      orgNames: 0,
      texts: 0,
      worded: 0,
      levels: new Set(),
    });
  }
  // Each column's first grades, in row order: a column listing the grades themselves.
  const firstLevels = new Map<number, Level[]>();
  const gradeRows = new Map<number, { first: number; last: number }>();
  const lastWorded = new Map<number, number>();
  // "Tốt" beside "Khá", "Trung bình", "Kém": the four-level quality scale of a cell's meetings,
  // not grades (where "Tốt" alone would be "Hoàn thành tốt nhiệm vụ").
  const bareGood = new Map<number, number>();
  const scaleWords = new Map<number, number>();
  let rows = 0;
  for (let r = top; r <= bottom && rows < SAMPLE_ROWS; r++) {
    const data = view.sheet.rows[r];
    if (!data) continue;
    // Total lines ("Cộng" under tick columns) hold counts, not what the column holds.
    if (isTotalRow(view, r, last)) continue;
    rows++;
    for (let c = first; c <= last; c++) {
      let v = data.v[c];
      // A cell merged down from above holds its merge's value (a grade typed once for the units
      // under it): it counts as what that value is.
      let at = r;
      if (v === null || v === undefined || v === '') {
        const top = view.mergedDownFrom(r, c);
        if (top === null) continue;
        v = view.sheet.rows[top]?.v[c];
        if (v === null || v === undefined || v === '') continue;
        at = top;
      }
      // A formula showing an error (#N/A from a lookup) says nothing about what the column holds.
      if ((at === r ? data : view.sheet.rows[at])?.e?.includes(c)) continue;
      const p = out.get(c)!;
      p.filled++;
      if (typeof v === 'number') {
        p.numbers++;
        continue;
      }
      // A form check box's linked cell: TRUE is a tick, FALSE an empty box.
      if (typeof v === 'boolean') {
        if (v) p.marks++;
        else p.filled--;
        continue;
      }
      const text = view.text(at, c);
      if (!text) {
        p.filled--;
        continue;
      }
      if (isTickMark(text)) {
        p.marks++;
        continue;
      }
      if (numberFromText(text) !== null) {
        p.numbers++;
        continue;
      }
      const grade = recognizeGrade(text);
      if (grade) {
        p.grades++;
        p.levels.add(grade.level);
        if (p.grades <= VOCABULARY_SAMPLE) {
          const seen = firstLevels.get(c);
          if (seen) seen.push(grade.level);
          else firstLevels.set(c, [grade.level]);
          const span = gradeRows.get(c);
          if (span) span.last = r;
          else gradeRows.set(c, { first: r, last: r });
        }
        if (text.length <= 5 && labelKey(text) === 'tot')
          bareGood.set(c, (bareGood.get(c) ?? 0) + 1);
        continue;
      }
      const label = labelKey(text);
      if (QUALITY_SCALE.test(label)) scaleWords.set(c, (scaleWords.get(c) ?? 0) + 1);
      // "Tăng 2", "Không đổi": a comparison, neither a name nor free text.
      if (isChangeLabel(label)) continue;
      if (TWO_LETTERS.test(text)) {
        p.worded++;
        lastWorded.set(c, r);
      }
      if (EXEMPT.test(label)) p.exempt++;
      else if (ORG_NAME.test(label)) p.orgNames++;
      else {
        p.texts++;
        if (text.length <= 50 && suggestGrade(text) !== null) p.nearGrades++;
        else if (isRatingWord(text)) p.otherRatings++;
      }
    }
  }
  for (const [c, levels] of firstLevels) {
    const p = out.get(c)!;
    if (p.grades !== p.filled || !isGradeVocabulary(levels)) continue;
    // A drop-down's source stands alone or beside a longer list of names (the units to pick
    // for); names that stop with the grades are a short list graded one of each.
    const span = gradeRows.get(c)!;
    if (span.last - span.first + 1 !== levels.length) continue;
    const others = [...lastWorded].filter(([col]) => col !== c);
    if (others.length && !others.some(([, last]) => last >= span.last + 2)) continue;
    p.vocabulary = true;
  }
  for (const [c, good] of bareGood) {
    const p = out.get(c)!;
    if (good === p.grades && (scaleWords.get(c) ?? 0) > 0) {
      p.texts += p.grades;
      p.grades = 0;
      p.levels.clear();
    }
  }
  return out;
}

/** Enough grades to hold both schemes' names once each, and one more to tell a list. */
const VOCABULARY_SAMPLE = 9;

/** The quality scale's other words: "Khá", "Trung bình", "Kém", "Yếu". */
const QUALITY_SCALE = /^(kha|trung binh|tb|kem|yeu)$/;

function isTotalRow(view: SheetView, r: number, last: number): boolean {
  for (let c = 0; c <= Math.min(last, 3); c++) {
    const t = view.text(r, c);
    if (t) return isTotalLabel(t);
  }
  return false;
}

/**
 * How well a column's cells bear out its role: the share of cells that fit, pulled towards the
 * header's word when there are few cells to judge by (two cells' worth of prior). A column headed
 * "Xếp loại" with three cells, one a typo, is still a grade column; fifty free-text comments
 * under "Đánh giá" are not.
 */
export function support(fit: number, filled: number, headerPrior: number): number {
  return (fit + 2 * headerPrior) / (filled + 2);
}

/** Share of filled cells that are grades (exempt words count as grades here). */
export function gradeShare(p: ColumnContent | undefined): number {
  return p && p.filled ? (p.grades + p.exempt) / p.filled : 0;
}

export function markShare(p: ColumnContent | undefined): number {
  return p && p.filled ? p.marks / p.filled : 0;
}

export function numberShare(p: ColumnContent | undefined): number {
  return p && p.filled ? p.numbers / p.filled : 0;
}

export function textShare(p: ColumnContent | undefined): number {
  return p && p.filled ? (p.texts + p.orgNames) / p.filled : 0;
}
