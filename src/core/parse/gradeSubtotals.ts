import type { Level } from '../report/types';
import { recognizeGrade } from '../text/grades';
import { readNumber } from './numbers';
import type { RatingList } from './ratingList';

/*
 * A list sorted by grade, each grade's block closed by a typed line: "Cộng HTXSNV: 05 đơn vị",
 * or "Cộng Hoàn thành tốt nhiệm vụ:" with the count in the grade column. The count it states is
 * checked against the rows of that grade since the line before (a unit typed twice counts where
 * it stands, as the person counting did).
 */
export interface GradeSubtotal {
  row: number;
  col: number;
  label: string;
  level: Level;
  stated: number;
  units: number;
}

/** "Cộng", "Tổng cộng", "Tổng số", "Cộng:" before the grade a line names. */
const TOTAL_WORD = /^\s*(tổng cộng|tổng số|tổng|cộng)\s*[:-]?\s*/i;
/** The grade and the number after it in one part of the line ("HTXSNV: 05 đơn vị"). */
const GRADE_COUNT = /^(.+?)\s*[:=-]?\s*(\d{1,5})(?!\d|[.,]\d)/;

/** The level a line names and the count it states after it, if any. */
function statedCount(text: string): { level: Level; stated: number | null } | null {
  for (const part of text.split(/[;]/)) {
    const rest = part.replace(TOTAL_WORD, '').trim();
    const m = GRADE_COUNT.exec(rest);
    if (m) {
      const grade = recognizeGrade(m[1]!);
      if (grade) return { level: grade.level, stated: Number(m[2]) };
    }
    const alone = recognizeGrade(rest.replace(/[:\s]+$/, ''));
    if (alone) return { level: alone.level, stated: null };
  }
  return null;
}

export function gradeSubtotals(list: RatingList): GradeSubtotal[] {
  const t = list.table;
  if (t.tickCols || t.gradeGroups || t.gradeCols.length !== 1 || t.totalRows.length === 0)
    return [];
  const out: GradeSubtotal[] = [];
  let top = t.firstDataRow - 1;
  for (const row of [...t.totalRows].sort((a, b) => a - b)) {
    const first = t.view.rowTexts(row)[0];
    const named = first && /^\s*(tổng|cộng)/i.test(first.text) ? statedCount(first.text) : null;
    let stated = named?.stated ?? null;
    let col = first?.col ?? 0;
    if (named && stated === null) {
      // "Cộng Hoàn thành tốt nhiệm vụ:" with its count in the grade column.
      const n = readNumber(t.view, row, list.gradeCol).value;
      if (n !== null && Number.isInteger(n)) {
        stated = n;
        col = list.gradeCol;
      }
    }
    if (named && stated !== null) {
      let units = 0;
      for (const e of list.entries)
        if (e.row > top && e.row < row && e.level === named.level) units++;
      out.push({ row, col, label: first!.text, level: named.level, stated, units });
    }
    top = row;
  }
  return out;
}
