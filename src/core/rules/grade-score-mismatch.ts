import { levelForScore, SCORES_FROM } from '../parse/scoreGrade';
import { levelLabel } from '../text/grades';
import type { Rule } from './rule';

export { levelForScore };

export const gradeScoreMismatch: Rule = {
  meta: {
    id: 'grade.score-mismatch',
    severity: 'error',
    title: { vi: 'Xếp loại không khớp điểm', en: 'Grade disagrees with score' },
    description: {
      vi: 'Từ năm 2025 (Quy định 366-QĐ/TW) xếp loại theo điểm (danh sách các năm trước và điểm ngoài thang 100 không bị kiểm tra): từ 90 xuất sắc, 70 đến dưới 90 tốt, 50 đến dưới 70 hoàn thành, dưới 50 không hoàn thành. Khi có cả điểm tự chấm và điểm cấp trên chấm, xếp loại theo điểm cấp trên.',
      en: "From 2025 (Quy định 366-QĐ/TW) grades follow a 100-point score (lists of earlier years, and scores off the 100-point scale, are not checked): 90+ excellent, 70 to under 90 good, 50 to under 70 pass, under 50 fail. With both the unit's own and the higher level's score, the grade follows the latter.",
    },
    message: {
      vi: 'Điểm {score} ứng với "{expected}", nhưng xếp loại ghi "{grade}".',
      en: 'A score of {score} means "{expectedEn}", but the grade says "{grade}".',
    },
  },
  check({ model, settings, report }) {
    for (const list of model.lists) {
      // Scores decide grades from the 2025 rating on; before, a score column is the unit's own
      // record and binds nothing.
      if (list.year === null || list.year < SCORES_FROM) continue;
      for (const e of list.entries) {
        const value = e.score ? e.score.value : (e.cellScore ?? null);
        if (value === null || e.status !== 'ok' || !e.level) continue;
        if (value < 0 || value > 100) continue;
        const expected = levelForScore(value, settings.scoreBands);
        if (expected === e.level) continue;
        report({
          sheet: list.table.view.name,
          row: e.row,
          col: e.gradeCol,
          value: e.gradeText,
          expected,
          actual: e.level,
          params: {
            score: value,
            grade: e.gradeText,
            expected: levelLabel(expected, '2018', 'vi'),
            expectedEn: levelLabel(expected, '2018', 'en'),
          },
        });
      }
    }
  },
};
