import type { PercentCell, SummaryLine } from '../parse/ratingSummary';
import type { Level } from '../report/types';
import type { Rule, RuleContext } from './rule';
import { formatShare } from './format';

export const percentMismatch: Rule = {
  meta: {
    id: 'percent.mismatch',
    severity: 'warning',
    title: { vi: 'Tỷ lệ gõ tay không khớp', en: 'Typed percentage is off' },
    description: {
      vi: 'Tỷ lệ gõ trong bảng khác số lượng chia tổng số (hoặc chia số được xếp loại) quá mức làm tròn đang hiển thị. Tỷ lệ gộp nhiều mức ("Tỷ lệ HTT trở lên", "Trong đó HTXS") lấy tổng số lượng các mức đó.',
      en: 'A typed percentage differs from count/total (or count/rated) by more than its display rounding. A share of several grades ("Tỷ lệ HTT trở lên", "Trong đó HTXS") adds their counts.',
    },
    message: {
      vi: 'Ghi {typed} nhưng {count}/{base} = {expected}.',
      en: 'Typed {typed} but {count}/{base} = {expected}.',
    },
  },
  check({ model, report }) {
    for (const s of model.summaries) {
      for (const line of s.lines) {
        const counts = line.levels.map((l) => l.count?.value ?? null);
        if (counts.some((c) => c === null)) continue;
        const rated = counts.reduce((a, b) => a! + b!, 0)!;
        const total = line.total?.value ?? rated;
        for (const l of line.levels) {
          const count = l.count?.value;
          if (!l.percent || count === null || count === undefined) continue;
          checkTyped(s.table.view.name, l.percent, count, total, [total, rated], report);
        }
        for (const share of line.shares ?? []) {
          checkShare(s.table.view.name, line, share, total, rated, report);
        }
      }
    }
  },
};

type Share = NonNullable<SummaryLine['shares']>[number];

/**
 * A share of several grades ("Tỷ lệ HTT trở lên"): their counts added, over the total or the
 * units rated; "of which" shares also over a wider share's count on the line.
 */
function checkShare(
  sheet: string,
  line: SummaryLine,
  share: Share,
  total: number,
  rated: number,
  report: RuleContext['report'],
): void {
  const countOf = (levels: Level[]) =>
    levels.reduce(
      (sum, level) => sum + (line.levels.find((l) => l.level === level)?.count?.value ?? NaN),
      0,
    );
  const count = countOf(share.levels);
  if (!Number.isFinite(count)) return;
  const wider = share.ofWhich
    ? (line.shares ?? [])
        .filter((s) => s.levels.length > share.levels.length)
        .filter((s) => share.levels.every((l) => s.levels.includes(l)))
        .map((s) => countOf(s.levels))
    : [];
  checkTyped(sheet, share.percent, count, total, [total, rated, ...wider], report);
}

/**
 * A typed share is right when count/base is what it shows, within its display rounding, for one
 * of the bases (the total, the units rated, a wider share's count); a finding says it over the
 * total.
 */
function checkTyped(
  sheet: string,
  p: PercentCell,
  count: number,
  total: number,
  bases: number[],
  report: RuleContext['report'],
): void {
  if (p.shown === null) return;
  const scale = p.inPoints ? 100 : 1;
  const shown = p.shown;
  const tolerance = 0.5 * 10 ** -p.decimals + 1e-9;
  const fits = (base: number) => base > 0 && Math.abs(shown - (count / base) * scale) <= tolerance;
  if (bases.some(fits) || (count === 0 && Math.abs(shown) <= tolerance)) return;
  const expected = total > 0 ? count / total : 0;
  report({
    sheet,
    row: p.row,
    col: p.col,
    value: p.raw,
    expected: Number((expected * scale).toFixed(p.decimals + 1)),
    actual: shown,
    params: {
      typed: p.inPoints ? `${shown}%` : String(shown),
      count,
      base: total,
      expected: formatShare(expected, Math.max(1, p.decimals)),
    },
  });
}
