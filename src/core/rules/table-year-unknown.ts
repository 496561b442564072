import type { Rule } from './rule';

export const tableYearUnknown: Rule = {
  meta: {
    id: 'table.year-unknown',
    severity: 'warning',
    title: { vi: 'Không rõ năm', en: 'Year unknown' },
    description: {
      vi: 'Không tìm thấy năm của danh sách (không có cột năm, tên trang hay tiêu đề không ghi năm), nên kết quả không so được giữa các năm.',
      en: 'No year was found for a list (no year column, and neither the sheet name nor the title names one), so it cannot be compared across years.',
    },
    message: {
      vi: 'Không rõ danh sách ở trang "{sheet}" là của năm nào; hãy ghi năm vào tên trang hoặc tiêu đề.',
      en: 'The year of the list on sheet "{sheet}" is unknown; put the year in the sheet name or the title.',
    },
  },
  check({ model, report }) {
    for (const list of model.lists) {
      if (list.year !== null) continue;
      report({
        sheet: list.table.view.name,
        row: list.table.band.top,
        col: list.gradeCol,
        params: { sheet: list.table.view.name },
      });
    }
  },
};
