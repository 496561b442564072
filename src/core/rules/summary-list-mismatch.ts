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
        const lists = [...model.listRatings.values()].filter(
          (r) => r.year === line.year && r.subject === summary.subject,
        );
        if (lists.length === 0) continue;
        // A year's list may be one sheet, or split by kind of organization over several sheets
        // ("Xã, thị trấn", "Cơ quan"…): the line may agree with one list or with all together.
        const whole = { sheet: lists.map((l) => l.sheet).join('", "'), counts: sumCounts(lists) };
        const candidates = lists.length > 1 ? [...lists, whole] : lists;
        const differs = (c: { counts: Record<(typeof LEVELS)[number], number> }) =>
          line.levels.filter(
            (l) => l.count && l.count.value !== null && l.count.value !== c.counts[l.level],
          );
        if (candidates.some((c) => differs(c).length === 0)) continue;
        const list = lists.length > 1 ? whole : lists[0]!;
        const differing = differs(list);
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

function sumCounts(lists: { counts: Record<(typeof LEVELS)[number], number> }[]) {
  const out = Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<
    (typeof LEVELS)[number],
    number
  >;
  for (const list of lists) for (const l of LEVELS) out[l] += list.counts[l];
  return out;
}

const ABBR: Record<(typeof LEVELS)[number], string> = {
  excellent: 'HTXSNV',
  good: 'HTTNV',
  pass: 'HTNV',
  fail: 'KHTNV',
};
