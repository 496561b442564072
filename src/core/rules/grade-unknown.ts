import { suggestGrade } from '../text/grades';
import type { Rule } from './rule';

export const gradeUnknown: Rule = {
  meta: {
    id: 'grade.unknown',
    severity: 'error',
    title: { vi: 'Xếp loại không hợp lệ', en: 'Unknown grade' },
    description: {
      vi: 'Ô xếp loại ghi một mức không thuộc các mức xếp loại (cả cách ghi trước 2018 và từ 2018).',
      en: 'A grade cell holds no known grade of either scheme (before 2018 or from 2018).',
    },
    message: {
      vi: '"{value}" không phải mức xếp loại{hint}; đơn vị này không được tính.',
      en: '"{value}" is not a known grade{hintEn}; this unit is left out of the counts.',
    },
  },
  check({ model, report }) {
    for (const list of model.lists) {
      for (const e of list.entries) {
        if (e.status !== 'unknown') continue;
        const suggestion = suggestGrade(e.gradeText);
        report({
          sheet: list.table.view.name,
          row: e.row,
          col: e.gradeCol,
          value: e.gradeText,
          params: {
            value: e.gradeText,
            hint: suggestion ? ` (có phải "${suggestion}"?)` : '',
            hintEn: suggestion ? ` (did you mean "${suggestion}"?)` : '',
          },
          ...(suggestion ? { suggestion } : {}),
        });
      }
    }
  },
};
