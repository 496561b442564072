import type { Rule } from './rule';
import {
  collapsesTextNumbers,
  numericCellsByTable,
  textNumbersByTable,
  usedCells,
  type UsedCell,
} from './usedCells';

export const valueNotNumber: Rule = {
  meta: {
    id: 'value.not-number',
    severity: 'error',
    title: { vi: 'Số lưu dạng chữ', en: 'Number stored as text' },
    description: {
      vi: 'Một ô số lượng hoặc tỷ lệ được lưu dạng chữ (công thức SUM bỏ qua nó) hoặc không đọc được thành số.',
      en: 'A count or percentage is stored as text (SUM skips it) or cannot be read as a number.',
    },
    message: {
      vi: '"{value}" {how}.',
      en: '"{value}" {howEn}.',
    },
  },
  check({ model, report }) {
    // Tables with many are said once, by value.numbers-as-text.
    const key = (c: UsedCell) => `${c.sheet}!${c.row}:${c.col}`;
    const collapsed = new Set<string>();
    const numeric = numericCellsByTable(model);
    for (const [table, cells] of textNumbersByTable(model)) {
      if (collapsesTextNumbers(table, cells, (cols) => numeric(table, cols)))
        for (const c of cells) collapsed.add(key(c));
    }
    const isCollapsed = (c: UsedCell) => collapsed.has(key(c));
    for (const c of usedCells(model)) {
      if (!c.numeric || (c.status !== 'text' && c.status !== 'unreadable')) continue;
      if (c.status === 'text' && collapsed.size && isCollapsed(c)) continue;
      const readable = c.status === 'text';
      report({
        sheet: c.sheet,
        row: c.row,
        col: c.col,
        value: c.raw,
        params: {
          value: String(c.raw),
          how: readable
            ? 'là số nhưng được lưu dạng chữ; hãy chuyển thành số để công thức tính được'
            : 'không phải là số; ô này không được tính',
          howEn: readable
            ? 'is a number stored as text; convert it so formulas count it'
            : 'is not a number; this cell is left out',
        },
      });
    }
  },
};
