import type { Rule } from './rule';

export const sheetUnrecognized: Rule = {
  meta: {
    id: 'sheet.unrecognized',
    severity: 'info',
    title: { vi: 'Trang không nhận ra', en: 'Sheet not recognized' },
    description: {
      vi: 'Trang có dữ liệu nhưng không có bảng xếp loại, bảng tổng hợp hay sổ theo dõi sinh hoạt nào Bảng Kiểm nhận ra, nên không được kiểm tra.',
      en: 'A sheet with content but no rating list, rating summary or meeting register the engine knows; it is not checked.',
    },
    message: {
      vi: 'Trang "{sheet}" không có bảng nào Bảng Kiểm nhận ra; trang này không được kiểm tra.',
      en: 'Sheet "{sheet}" has no table Bảng Kiểm knows; it was not checked.',
    },
  },
  check({ model, report }) {
    for (const view of model.unrecognized)
      report({ sheet: view.name, params: { sheet: view.name } });
  },
};
