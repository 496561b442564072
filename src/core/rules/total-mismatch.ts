import type { Rule } from './rule';

export const totalMismatch: Rule = {
  meta: {
    id: 'total.mismatch',
    severity: 'error',
    title: { vi: 'Cộng các mức không bằng tổng số', en: 'Counts do not add up' },
    description: {
      vi: 'Trong bảng tổng hợp, số lượng các mức xếp loại cộng lại khác tổng số ghi ở dòng đó.',
      en: 'In a rating summary, the counts per grade do not add up to the total stated on the line.',
    },
    message: {
      vi: 'Dòng {label}: các mức cộng lại được {actual}, nhưng tổng số ghi {expected}.',
      en: 'Line {label}: the grades add up to {actual}, but the total says {expected}.',
    },
  },
  check({ model, report }) {
    for (const s of model.summaries) {
      for (const line of s.lines) {
        const total = line.total;
        if (!total || total.value === null) continue;
        if (
          line.levels.some((l) => l.count && l.count.value === null && l.count.status !== 'blank')
        )
          continue;
        const added = line.levels.reduce((sum, l) => sum + (l.count?.value ?? 0), 0);
        if (Math.abs(added - total.value) < 1e-9) continue;
        report({
          sheet: s.table.view.name,
          row: line.row,
          col: total.col,
          value: total.value,
          expected: total.value,
          actual: added,
          params: { label: line.label, actual: added, expected: total.value },
        });
      }
    }
  },
};
