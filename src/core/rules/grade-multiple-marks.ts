import type { Rule } from './rule';

export const gradeMultipleMarks: Rule = {
  meta: {
    id: 'grade.multiple-marks',
    severity: 'error',
    title: { vi: 'Đánh dấu nhiều mức', en: 'Marked under several grades' },
    description: {
      vi: 'Trong bảng đánh dấu "x" vào cột của mức xếp loại, một đơn vị có dấu ở hai cột trở lên. Đơn vị này không được tính vào mức nào.',
      en: 'In a list that marks the grade with an "x" under its column, a unit is marked under two or more grades. It is left out of the counts.',
    },
    message: {
      vi: '{name} có dấu ở cả {columns}; đơn vị này không được tính.',
      en: '{name} is marked under {columns}; it is left out of the counts.',
    },
  },
  check({ model, report }) {
    for (const list of model.lists) {
      const t = list.table;
      for (const e of list.entries) {
        if (e.status !== 'multiple' || !e.marked) continue;
        const names = e.marked.map((c) => headerLabel(t.band.columns, c));
        report({
          sheet: t.view.name,
          row: e.row,
          col: e.marked[0]!,
          range: { r0: e.row, c0: e.marked[0]!, r1: e.row, c1: e.marked[e.marked.length - 1]! },
          params: { name: e.name, columns: names.join(', ') },
        });
      }
    }
  },
};

function headerLabel(columns: { col: number; raw: string[] }[], col: number): string {
  const raw = columns.find((c) => c.col === col)?.raw;
  return raw?.[raw.length - 1] ?? String(col);
}
