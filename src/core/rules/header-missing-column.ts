import type { Rule } from './rule';

const COLUMN_NAMES: Record<string, { vi: string; en: string }> = {
  name: { vi: 'tên đơn vị hoặc họ và tên', en: 'unit or member name' },
  grade: { vi: 'xếp loại', en: 'grade' },
  cell: { vi: 'tên chi bộ', en: 'party cell name' },
};

export const headerMissingColumn: Rule = {
  meta: {
    id: 'header.missing-column',
    severity: 'info',
    title: { vi: 'Thiếu cột cần thiết', en: 'Missing column' },
    description: {
      vi: 'Bảng có tiêu đề giống một bảng xếp loại hoặc sổ theo dõi sinh hoạt nhưng thiếu cột cần để kiểm tra.',
      en: 'A table whose header looks like a rating list or meeting register lacks a column the checks need.',
    },
    message: {
      vi: 'Bảng ở hàng {row} thiếu cột {column}; bảng này không được kiểm tra. Có thể chỉ hàng tiêu đề hoặc loại bảng trong ngăn "Bảng nhận ra".',
      en: 'The table with its header on row {row} has no {columnEn} column; it was not checked. Its header row or kind can be set in the pane\'s "Tables recognized".',
    },
  },
  check({ model, report }) {
    for (const t of model.incomplete) {
      for (const missing of t.missing) {
        const names = COLUMN_NAMES[missing] ?? { vi: missing, en: missing };
        report({
          sheet: t.view.name,
          row: t.band.top,
          col: t.band.columns[0]?.col ?? 0,
          wholeRow: true,
          params: { row: t.band.top + 1, column: names.vi, columnEn: names.en },
        });
      }
    }
  },
};
