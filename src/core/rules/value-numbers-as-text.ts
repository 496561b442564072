import { boundingRange } from '../model/address';
import { collapsesTextNumbers, numericCellsByTable, textNumbersByTable } from './usedCells';
import type { Rule } from './rule';

export const valueNumbersAsText: Rule = {
  meta: {
    id: 'value.numbers-as-text',
    severity: 'info',
    title: { vi: 'Cả bảng lưu số dạng chữ', en: 'Table stores its numbers as text' },
    description: {
      vi: 'Nhiều số lượng, tỷ lệ trong một bảng được lưu dạng chữ (thường gặp ở tệp xuất từ phần mềm). Bảng Kiểm vẫn đọc được các số đó (kể cả "18,9%"), nhưng công thức SUM trong bảng sẽ bỏ qua chúng. Một số lẻ loi lưu dạng chữ giữa các số là lỗi value.not-number.',
      en: 'Many counts and percentages of one table are stored as text (common in files exported by software). Bảng Kiểm reads them as numbers ("18,9%" included), but SUM formulas in the table skip them. A single number stored as text among numbers is value.not-number.',
    },
    message: {
      vi: '{count} ô số trong bảng được lưu dạng chữ (ví dụ "{value}"); đã đọc thành số.',
      en: '{count} cells of the table store numbers as text (e.g. "{value}"); they were read as numbers.',
    },
  },
  check({ model, report }) {
    const numeric = numericCellsByTable(model);
    for (const [table, cells] of textNumbersByTable(model)) {
      if (!table || !collapsesTextNumbers(table, cells, (cols) => numeric(table, cols))) continue;
      const { range, first } = boundingRange(cells);
      report({
        sheet: table.view.name,
        row: first.row,
        col: first.col,
        range,
        value: first.raw,
        params: { count: cells.length, value: String(first.raw) },
      });
    }
  },
};
