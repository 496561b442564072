/*
 * From 2025 a unit's grade follows its 100-point score, and some boards type both in the grade
 * cell: "74 - HTXSNV", "85đ/HTTNV", "HTTNV (85 điểm)", "Hoàn thành tốt nhiệm vụ - 78đ". The grade
 * counts, and the score is what it must agree with.
 */
const NUMBER = '(\\d{1,3}(?:[.,]\\d{1,2})?)';
const UNIT = '\\s*(điểm|đ)?';
const SCORE_FIRST = new RegExp(`^\\s*${NUMBER}${UNIT}\\s*[-\\u2013\\u2014/:]\\s*(\\S.*)$`, 'i');
const SCORE_LAST = new RegExp(
  `^(.*\\S)\\s*(?:[-\\u2013\\u2014/:]|\\()\\s*${NUMBER}${UNIT}\\s*\\)?\\s*$`,
  'i',
);

export interface ScoreAndGrade {
  /** The text left for the grade. */
  grade: string;
  score: number;
}

/**
 * A score of the 100-point scale. Without "điểm" or "đ" after it, a number under 10 is a
 * footnote's ("HTXSNV (1)"), not a score.
 */
function scoreOf(text: string, unit: string | undefined): number | null {
  const n = Number(text.replace(',', '.'));
  if (!Number.isFinite(n) || n < 0 || n > 100) return null;
  return unit || n >= 10 ? n : null;
}

/** The score and the grade's text of a cell typing both, or null when it types no score. */
export function scoreAndGrade(text: string): ScoreAndGrade | null {
  const first = SCORE_FIRST.exec(text);
  if (first) {
    const score = scoreOf(first[1]!, first[2]);
    if (score !== null) return { grade: first[3]!.trim(), score };
  }
  const last = SCORE_LAST.exec(text);
  if (last) {
    const score = scoreOf(last[2]!, last[3]);
    if (score !== null) return { grade: last[1]!.trim(), score };
  }
  return null;
}
