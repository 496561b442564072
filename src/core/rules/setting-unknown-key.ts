import type { Rule } from './rule';

export const settingUnknownKey: Rule = {
  meta: {
    id: 'setting.unknown-key',
    severity: 'warning',
    title: { vi: 'Khóa cài đặt lạ', en: 'Unknown setting key' },
    description: {
      vi: 'Một ô khóa (cột ẩn Z) trên trang cài đặt của Bảng Kiểm ghi một khóa không có trong danh sách cài đặt. Bảng Kiểm bỏ qua dòng đó: chỉ các cài đặt đã biết, đúng kiểu, mới được đọc từ sổ tính, và không cài đặt nào trong sổ tính quyết định nơi ghi tệp.',
      en: 'A key cell (hidden column Z) on one of Bảng Kiểm’s settings sheets holds a key that is not a setting. The row is ignored: only known settings of the right type are read from a workbook, and no setting in a workbook decides where files are written.',
    },
    message: {
      vi: 'Ô {cell} trên trang "{sheet}" ghi khóa cài đặt "{key}" mà Bảng Kiểm không có; dòng này bị bỏ qua.',
      en: 'Cell {cell} on sheet "{sheet}" holds the setting key "{key}", which Bảng Kiểm does not have; the row is ignored.',
    },
  },
  check({ model, report }) {
    for (const p of model.settingProblems) {
      if (p.problem !== 'unknown-key') continue;
      report({ sheet: p.sheet, row: p.row, col: p.col, value: p.key, params: { key: p.key } });
    }
  },
};
