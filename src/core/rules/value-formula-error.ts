import type { Rule } from './rule';
import { usedCells } from './usedCells';

export const valueFormulaError: Rule = {
  meta: {
    id: 'value.formula-error',
    severity: 'error',
    title: { vi: 'Ô báo lỗi công thức', en: 'Formula error' },
    description: {
      vi: 'Một ô mà phép kiểm tra cần đọc đang báo lỗi (#DIV/0!, #REF!, #N/A...).',
      en: 'A cell the checks read holds an error (#DIV/0!, #REF!, #N/A...).',
    },
    message: {
      vi: 'Ô báo lỗi {value}; giá trị của nó không được dùng.',
      en: 'The cell shows {value}; its value is not used.',
    },
  },
  check({ model, report }) {
    for (const c of usedCells(model)) {
      if (c.status !== 'error') continue;
      report({
        sheet: c.sheet,
        row: c.row,
        col: c.col,
        value: c.raw,
        params: { value: String(c.raw) },
      });
    }
  },
};
