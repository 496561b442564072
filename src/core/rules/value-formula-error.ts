import type { Rule } from './rule';
import { usedCells } from './usedCells';

export const valueFormulaError: Rule = {
  meta: {
    id: 'value.formula-error',
    severity: 'error',
    title: { vi: 'Ô báo lỗi công thức', en: 'Formula error' },
    description: {
      vi: 'Một ô trong bảng đã nhận ra đang báo lỗi (#DIV/0!, #REF!, #N/A...), dù phép kiểm tra có đọc ô đó hay không.',
      en: 'A cell inside a recognized table holds an error (#DIV/0!, #REF!, #N/A...), whether or not a check reads it.',
    },
    message: {
      vi: 'Ô báo lỗi {value}; giá trị của nó không được dùng.',
      en: 'The cell shows {value}; its value is not used.',
    },
  },
  check({ model, report }) {
    const seen = new Set<string>();
    for (const c of usedCells(model)) {
      if (c.status !== 'error') continue;
      seen.add(`${c.sheet}!${c.row}:${c.col}`);
      report({
        sheet: c.sheet,
        row: c.row,
        col: c.col,
        value: c.raw,
        params: { value: String(c.raw) },
      });
    }
    // Anywhere else inside a recognized table: a column no check reads is still the user's
    // figure ("Tỷ lệ dự" dividing by a member count of 0).
    for (const t of model.tables) {
      const sheet = t.view.name;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const errors = t.view.sheet.rows[r]?.e;
        if (!errors) continue;
        for (const col of [...errors].sort((a, b) => a - b)) {
          if (col < t.firstCol || col > t.lastCol || seen.has(`${sheet}!${r}:${col}`)) continue;
          seen.add(`${sheet}!${r}:${col}`);
          const raw = t.view.cell(r, col).value;
          report({ sheet, row: r, col, value: raw, params: { value: String(raw) } });
        }
      }
    }
  },
};
