import { gradeSubtotals } from '../parse/gradeSubtotals';
import { readNumber } from '../parse/numbers';
import { partsAcrossMismatches } from '../parse/partsAcross';
import { isExemptText, isTickMark } from '../recognize/content';
import type { RatingSummary, SummaryLine } from '../parse/ratingSummary';
import type { NumberCell } from '../parse/numbers';
import type { Rule, RuleContext } from './rule';

export const totalMismatch: Rule = {
  meta: {
    id: 'total.mismatch',
    severity: 'error',
    title: { vi: 'Cộng các mức không bằng tổng số', en: 'Counts do not add up' },
    description: {
      vi: 'Trong bảng tổng hợp, số lượng các mức xếp loại cộng lại khác tổng số ghi ở dòng đó (số miễn đánh giá, không xếp loại ghi ở cột riêng được cộng vào), hoặc khác số đã được xếp loại khi bảng có cột riêng cho số này; trong danh sách đánh dấu "x" theo cột mức, số ghi ở dòng "Cộng" khác số dấu ở trên; trong danh sách chia nhóm theo mức ("I. Hoàn thành xuất sắc nhiệm vụ (05 TCCSĐ)"), số ghi ở dòng nhóm khác số đơn vị dưới nó; trong danh sách xếp theo mức, số ghi ở dòng "Cộng HTXSNV: 05" khác số đơn vị mức đó ở trên; trong bảng tổng hợp có các mức theo dòng, các loại hình hoặc các xã theo cột và một cột "Tổng số" (Biểu 7A), cột tổng số khác các cột cộng lại ở một dòng (khi các cột cộng lại đúng ở phần lớn các dòng khác).',
      en: 'In a rating summary, the counts per grade do not add up to the total stated on the line (units exempt from rating, in a column of their own, are added in), or differ from the number rated where the table has a column for it; in a list that marks grades with an "x" per level column, the "Cộng" line differs from the marks above it; in a list grouped by grade ("I. Hoàn thành xuất sắc nhiệm vụ (05 TCCSĐ)"), the count a group line states differs from the units under it; in a list sorted by grade, the count a "Cộng HTXSNV: 05" line states differs from the units of that grade above it; in a summary with the grades down, kinds of organization or communes across and a "Tổng số" column (Biểu 7A), the total column differs on a row from what the columns add up to (where they add up on most other rows).',
    },
    message: {
      vi: 'Dòng {label}: các mức cộng lại được {actual}, nhưng tổng số ghi {expected}.',
      en: 'Line {label}: the grades add up to {actual}, but the total says {expected}.',
    },
  },
  check({ model, report }) {
    // A tick list's "Cộng" line: each level's typed count against the marks above it.
    for (const t of model.tables) {
      if (t.kind !== 'rating-list' || !t.tickCols) continue;
      const { view } = t;
      let top = t.firstDataRow;
      for (const total of t.totalRows) {
        for (const tick of t.tickCols) {
          const typed = readNumber(view, total, tick.col);
          if (typed.value === null) continue;
          let marks = 0;
          for (let r = top; r < total; r++) {
            if (t.totalRows.includes(r)) continue;
            if (view.cell(r, tick.col).value === true || isTickMark(view.text(r, tick.col)))
              marks++;
          }
          if (marks === typed.value) continue;
          const label = `${view.rowTexts(total)[0]?.text ?? ''} (${view.headerText(t.band.bottom, tick.col)})`;
          report({
            sheet: view.name,
            row: total,
            col: tick.col,
            value: typed.raw,
            expected: typed.value,
            actual: marks,
            params: { label, actual: marks, expected: typed.value },
          });
        }
        top = total + 1;
      }
    }
    // A list grouped by grade: the count a group line states against the units under it.
    for (const list of model.lists) {
      for (const g of list.table.gradeGroups ?? []) {
        if (g.stated === null) continue;
        let units = 0;
        for (const e of list.entries) if (e.gradeRow === g.row) units++;
        if (units === g.stated) continue;
        report({
          sheet: list.table.view.name,
          row: g.row,
          col: g.col,
          value: g.text,
          expected: g.stated,
          actual: units,
          params: { label: g.text, actual: units, expected: g.stated },
        });
      }
    }
    // A summary on its side with parts across: each row's total column against its parts.
    for (const s of model.summaries) {
      for (const m of partsAcrossMismatches(s)) {
        const parts = m.parts.length > 3 ? [m.parts[0], '…', m.parts[m.parts.length - 1]] : m.parts;
        const label = `${m.rowLabel} (${parts.join(' + ')})`;
        report({
          sheet: s.table.view.name,
          row: m.total.row,
          col: m.total.col,
          value: m.typed,
          expected: m.typed,
          actual: m.added,
          params: { label, actual: m.added, expected: m.typed },
        });
      }
    }
    // A summary of each row's party cells: its total line, column by column, against the rows.
    for (const s of model.summaries) if (s.subject === 'cell') columnTotals(s, report);
    // A list sorted by grade: each block's typed "Cộng HTXSNV: 05" against the rows above it.
    for (const list of model.lists) {
      for (const g of gradeSubtotals(list)) {
        if (g.units === g.stated) continue;
        report({
          sheet: list.table.view.name,
          row: g.row,
          col: g.col,
          value: g.label,
          expected: g.stated,
          actual: g.units,
          params: { label: g.label, actual: g.units, expected: g.stated },
        });
      }
    }
    for (const s of model.summaries) {
      const { view } = s.table;
      const unrated = unratedCols(s);
      for (const line of s.lines) {
        const total = line.total;
        if (
          line.levels.some((l) => l.count && l.count.value === null && l.count.status !== 'blank')
        )
          continue;
        const added = line.levels.reduce((sum, l) => sum + (l.count?.value ?? 0), 0);
        const rated = line.rated;
        // Beside a column of the units rated, "Tổng số" also holds the units left unrated (just
        // founded, dissolved): the grades answer to the rated column, and the total is wrong only
        // where it is smaller than the units rated or than the grades added up.
        const totalWrong =
          rated && rated.value !== null
            ? total !== null &&
              total.value !== null &&
              (total.value < rated.value - 1e-9 || added > total.value + 1e-9)
            : total !== null &&
              total.value !== null &&
              !addsUp(s, line, unrated, added, total.value);
        if (total && total.value !== null && totalWrong) {
          report({
            sheet: s.table.view.name,
            row: total.row,
            col: total.col,
            value: total.value,
            expected: total.value,
            actual: added,
            params: { label: line.label, actual: added, expected: total.value },
          });
          continue;
        }
        // A column of the units rated is what the grades add up to, even where they reach
        // "Tổng số" (which holds the units left unrated as well).
        if (rated && rated.value !== null && Math.abs(added - rated.value) >= 1e-9) {
          report({
            sheet: s.table.view.name,
            row: rated.row,
            col: rated.col,
            value: rated.value,
            expected: rated.value,
            actual: added,
            params: {
              label: `${line.label} (${view.headerText(s.table.band.bottom, rated.col)})`,
              actual: added,
              expected: rated.value,
            },
          });
        }
      }
    }
  },
};

/** Do the counts make the total, the units left unrated (in columns of their own) added in? */
function addsUp(
  s: RatingSummary,
  line: SummaryLine,
  unrated: number[],
  added: number,
  total: number,
): boolean {
  if (Math.abs(added - total) < 1e-9) return true;
  // Units exempt from rating count in the total but under no grade.
  const exempt = unrated.reduce(
    (sum, col) => sum + (readNumber(s.table.view, line.row, col).value ?? 0),
    0,
  );
  return exempt > 0 && Math.abs(added + exempt - total) < 1e-9;
}

/** A summary's columns of units left unrated ("Miễn đánh giá", "Không xếp loại"), if any. */
function unratedCols(s: RatingSummary): number[] {
  const t = s.table;
  const used = new Set<number | undefined>([
    t.labelCol,
    t.yearCol,
    t.totalCol,
    t.ratedCol,
    ...t.levels.flatMap((l) => [l.countCol, l.percentCol]),
  ]);
  return t.band.columns
    .filter((c) => c.col >= t.firstCol && c.col <= t.lastCol && !used.has(c.col))
    .filter((c) => c.raw.some(isExemptText))
    .map((c) => c.col);
}

/**
 * Each count (and the number of cells) on a total line against the sum of the lines above it,
 * up to the previous total line: every line of such a summary is a unit, none a subtotal. A
 * column with an unreadable cell is left to value.not-number.
 */
function columnTotals(s: RatingSummary, report: RuleContext['report']): void {
  const { view } = s.table;
  const columns: ((l: SummaryLine) => NumberCell | null)[] = [
    (l) => l.total,
    ...s.table.levels.map((_, i) => (l: SummaryLine) => l.levels[i]!.count),
  ];
  let above: SummaryLine[] = [];
  for (const line of s.lines) {
    if (!line.isTotal) {
      above.push(line);
      continue;
    }
    for (const cellOf of columns) {
      const typed = cellOf(line);
      if (!typed || typed.value === null || above.length === 0) continue;
      const cells = above.map(cellOf);
      if (cells.some((c) => c && c.value === null && c.status !== 'blank')) continue;
      const added = cells.reduce((sum, c) => sum + (c?.value ?? 0), 0);
      if (Math.abs(added - typed.value) < 1e-9) continue;
      const label = `${line.label} (${view.headerText(s.table.band.bottom, typed.col)})`;
      report({
        sheet: view.name,
        row: typed.row,
        col: typed.col,
        value: typed.value,
        expected: typed.value,
        actual: added,
        params: { label, actual: added, expected: typed.value },
      });
    }
    above = [];
  }
}
