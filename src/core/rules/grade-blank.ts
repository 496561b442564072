import type { Rule } from './rule';

export const gradeBlank: Rule = {
  meta: {
    id: 'grade.blank',
    severity: 'warning',
    title: { vi: 'Chưa ghi xếp loại', en: 'Blank grade' },
    description: {
      vi: 'Một đơn vị có tên trong danh sách nhưng ô xếp loại để trống, và ghi chú không nêu lý do (miễn đánh giá, chưa xếp loại, mới thành lập, chuyển sinh hoạt, từ trần, sáp nhập, giải thể: khi đó đơn vị không được tính, không cảnh báo).',
      en: 'A unit is listed with no grade, and its note gives no reason (exempt, not rated, new, moved away, deceased, merged, dissolved: such a unit is left out of the counts with no warning).',
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
