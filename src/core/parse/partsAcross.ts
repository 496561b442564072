import type { NumberCell } from './numbers';
import type { RatingSummary, SummaryLine } from './ratingSummary';

/** A row where a summary's total column is not what its parts across add up to. */
export interface PartsMismatch {
  total: NumberCell;
  typed: number;
  /** The row's own label ("Hoàn thành tốt nhiệm vụ", "Tổng số"). */
  rowLabel: string;
  parts: string[];
  added: number;
}

/** "Trong đó …" columns are part of a part (Biểu 7A's "Trong đó 100% vốn NN"), not a part. */
const OF_WHICH = /^\s*trong\s+(đó|do)\b/i;

/**
 * A summary on its side with parts across (kinds of organization, communes) and a total column:
 * on each grade row and the total row, the parts should add up to the total. The parts are
 * taken for parts only where they do add up on at least two rows and on most of them; a table
 * whose columns never add up (overlapping groups, "of which" columns) says nothing.
 */
export function partsAcrossMismatches(s: RatingSummary): PartsMismatch[] {
  const byYear = new Map<number | null, SummaryLine[]>();
  for (const line of s.lines) {
    if (!line.measure) continue;
    byYear.set(line.year, [...(byYear.get(line.year) ?? []), line]);
  }
  const out: PartsMismatch[] = [];
  for (const lines of byYear.values()) {
    const totals = lines.filter((l) => l.measure!.isTotal);
    const parts = lines.filter((l) => !l.measure!.isTotal && !OF_WHICH.test(l.measure!.label));
    if (totals.length !== 1 || parts.length < 2) continue;
    const total = totals[0]!;
    const rows: { cell: NumberCell | null; parts: (NumberCell | null)[] }[] = total.levels.map(
      (l, i) => ({ cell: l.count, parts: parts.map((p) => p.levels[i]?.count ?? null) }),
    );
    if (total.total) rows.push({ cell: total.total, parts: parts.map((p) => p.total) });
    // A blank part is none of that grade; an unreadable one leaves its row unchecked.
    const valueOf = (p: NumberCell | null) => p?.value ?? (p?.status === 'blank' ? 0 : null);
    const checked = rows
      .filter((r) => r.cell && r.cell.value !== null && r.parts.every((p) => valueOf(p) !== null))
      .map((r) => ({ ...r, added: r.parts.reduce((sum, p) => sum + valueOf(p)!, 0) }));
    const wrong = checked.filter((r) => Math.abs(r.added - r.cell!.value!) >= 1e-9);
    const right = checked.length - wrong.length;
    if (right < 2 || right <= wrong.length) continue;
    for (const r of wrong) {
      out.push({
        total: r.cell!,
        typed: r.cell!.value!,
        rowLabel: s.table.view.text(r.cell!.row, s.table.labelCol),
        parts: parts.map((p) => p.measure!.label),
        added: r.added,
      });
    }
  }
  return out;
}
