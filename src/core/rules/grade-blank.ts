import type { Rule } from './rule';

export const gradeBlank: Rule = {
  meta: {
    id: 'grade.blank',
    severity: 'warning',
    title: { vi: 'Chưa ghi xếp loại', en: 'Blank grade' },
    description: {
      vi: 'Một đơn vị có tên trong danh sách nhưng ô xếp loại để trống.',
      en: 'A unit is listed with no grade.',
    },
    message: {
      vi: '{name} chưa có xếp loại; đơn vị này không được tính.',
      en: '{name} has no grade; it is left out of the counts.',
    },
  },
  check({ model, report }) {
    for (const list of model.lists) {
      for (const e of list.entries) {
        if (e.status !== 'blank') continue;
        report({
          sheet: list.table.view.name,
          row: e.row,
          col: e.gradeCol,
          params: { name: e.name },
        });
      }
    }
  },
};
