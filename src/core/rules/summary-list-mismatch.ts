import { LEVELS } from '../text/grades';
import type { Rule } from './rule';

export const summaryListMismatch: Rule = {
  meta: {
    id: 'summary.list-mismatch',
    severity: 'error',
    title: { vi: 'Bảng tổng hợp khác danh sách', en: 'Summary differs from the list' },
    description: {
      vi: 'Số lượng một mức xếp loại trong bảng tổng hợp của một năm khác số đếm được từ danh sách xếp loại năm đó.',
      en: "A summary's count for a year and grade differs from what that year's list gives.",
    },
    message: {
      vi: 'Năm {year}: bảng tổng hợp ghi {summary}, danh sách ở trang "{listSheet}" cho {list}.',
      en: 'Year {year}: the summary says {summary}; the list on sheet "{listSheet}" gives {list}.',
    },
  },
  check({ model, report }) {
    for (const summary of model.summaries) {
      for (const line of summary.lines) {
        if (line.year === null || !line.wholeYear) continue;
        const list = [...model.listRatings.values()].find(
          (r) => r.year === line.year && r.subject === summary.subject,
        );
        if (!list) continue;
        const differing = line.levels.filter(
          (l) => l.count && l.count.value !== null && l.count.value !== list.counts[l.level],
        );
        if (differing.length === 0) continue;
        const show = (get: (level: (typeof LEVELS)[number]) => number) =>
          line.levels.map((l) => `${ABBR[l.level]} ${get(l.level)}`).join(', ');
        const first = differing[0]!.count!;
        const summaryCounts = Object.fromEntries(
          line.levels.map((l) => [l.level, l.count?.value ?? null]),
        );
        report({
          sheet: summary.table.view.name,
          row: first.row,
          col: first.col,
          expected: list.counts,
          actual: summaryCounts,
          params: {
            year: line.year,
            summary: show((lv) => summaryCounts[lv] ?? 0),
            list: show((lv) => list.counts[lv]),
            listSheet: list.sheet,
          },
        });
      }
    }
  },
};

const ABBR: Record<(typeof LEVELS)[number], string> = {
  excellent: 'HTXSNV',
  good: 'HTTNV',
  pass: 'HTNV',
  fail: 'KHTNV',
};
