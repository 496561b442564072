import { isPercentFormat, formatDecimals } from '../model/cells';
import type { Level, SchemeId } from '../report/types';
import type { GradesDownMeasure } from '../recognize/gradesDown';
import type { RatingSummaryTable } from '../recognize/tables';
import { isPercentLabel, yearIn } from '../recognize/vocabulary';
import { labelKey } from '../text/normalize';
import { gradesDownLines } from './gradesDownSummary';
import { readCount } from './countCell';
import { readNumber, typedDecimals, type NumberCell } from './numbers';
import { isTotalLabel } from './rows';

export interface PercentCell extends NumberCell {
  /** The share as shown, in the unit shown: percent points (18.9) or a fraction (0.19). */
  shown: number | null;
  /** Does the cell show percent points (typed 18.9, or 0.189 formatted 0.0%)? */
  inPoints: boolean;
  /** Decimals shown, which sets how far a typed share may be from the true one. */
  decimals: number;
}

export interface SummaryLine {
  row: number;
  label: string;
  year: number | null;
  /** Does the line stand for the whole year: labelled by its year, or the total of group lines? */
  wholeYear: boolean;
  isTotal: boolean;
  scheme: SchemeId;
  total: NumberCell | null;
  /** The units rated, where the table has a column of its own for them. */
  rated?: NumberCell | null;
  levels: { level: Level; count: NumberCell | null; percent: PercentCell | null }[];
  /** The column a summary on its side reads this line from (recognize/gradesDown.ts). */
  measure?: GradesDownMeasure;
  /** Shares of several grades together (recognize/nestedShares.ts). */
  shares?: { levels: Level[]; ofWhich: boolean; percent: PercentCell }[];
}

export interface RatingSummary {
  table: RatingSummaryTable;
  /** `cell`: the party cells under each line's unit, which no list of units speaks for. */
  subject: 'organization' | 'member' | 'cell';
  lines: SummaryLine[];
}

export function parseRatingSummary(table: RatingSummaryTable): RatingSummary {
  const { view } = table;
  const lines: SummaryLine[] = table.gradesDown ? gradesDownLines(table) : [];
  const repeated = new Set(table.repeatedHeaderRows);
  for (let r = table.firstDataRow; r <= table.lastDataRow && !table.gradesDown; r++) {
    if (repeated.has(r)) continue;
    const label = view.text(r, table.labelCol);
    if (!label) continue;
    const isTotal = isTotalLabel(label);
    const hasNumbers = table.levels.some(
      (l) => l.countCol !== undefined && view.cell(r, l.countCol).type !== 'blank',
    );
    if (!hasNumbers) continue;
    // A hand summary's "%" or "Tỷ lệ" line under its "SL" line: the shares of the line above.
    const previous = lines[lines.length - 1];
    if (previous && isPercentLabel(view.text(r, table.labelCol), labelKey(label))) {
      table.levels.forEach((l, i) => {
        if (l.countCol !== undefined && !previous.levels[i]!.percent)
          previous.levels[i]!.percent = readPercent(table, r, l.countCol);
      });
      continue;
    }
    const ownYear = yearIn(label);
    const year = ownYear ?? table.correctedYear ?? table.titleYear ?? table.sheetYear;
    lines.push({
      row: r,
      label,
      year,
      wholeYear: ownYear !== null,
      isTotal,
      scheme: year !== null && year < 2018 ? 'pre-2018' : '2018',
      total: table.totalCol !== undefined ? readCount(view, r, table.totalCol) : null,
      ...(table.ratedCol !== undefined ? { rated: readCount(view, r, table.ratedCol) } : {}),
      levels: table.levels.map((l) => ({
        level: l.level,
        count: l.countCol !== undefined ? readCount(view, r, l.countCol) : null,
        percent: l.percentCol !== undefined ? readPercent(table, r, l.percentCol) : null,
      })),
      ...(table.shareCols
        ? {
            shares: table.shareCols.map((s) => ({
              levels: s.levels,
              ofWhich: s.ofWhich,
              percent: readPercent(table, r, s.col),
            })),
          }
        : {}),
    });
  }
  // Lines by group ("I. Đảng bộ xã"): only their total speaks for the whole year.
  if (!lines.some((l) => l.wholeYear)) for (const l of lines) l.wholeYear = l.isTotal;
  settlePercentUnits(lines);
  const header = table.band.columns.map((c) => c.labels.join(' ')).join(' ');
  const subject =
    table.subject ??
    (/dang vien/.test(header) && !/tccsd|to chuc/.test(header) ? 'member' : 'organization');
  return { table, subject, lines };
}

export function readPercent(table: RatingSummaryTable, row: number, col: number): PercentCell {
  const n = readNumber(table.view, row, col);
  const formatted = isPercentFormat(n.numFmt);
  const decimals = formatDecimals(n.numFmt) ?? (n.value !== null ? typedDecimals(n.value) : 0);
  return {
    ...n,
    shown: n.value === null ? null : formatted ? n.value * 100 : n.value,
    inPoints: formatted,
    decimals: formatted ? (formatDecimals(n.numFmt) ?? 0) : decimals,
  };
}

/**
 * A "%" column without a percent format holds either points (18.9) or fractions (0.189). A
 * column with any value above 1 holds points; otherwise a line whose shares add up to about 100
 * does, and one that adds up to about 1 holds fractions.
 */
export function settlePercentUnits(lines: SummaryLine[]): void {
  const columns = new Map<number, PercentCell[]>();
  for (const line of lines) {
    for (const l of line.levels) {
      if (l.percent && !isPercentFormat(l.percent.numFmt)) {
        const list = columns.get(l.percent.col) ?? [];
        list.push(l.percent);
        columns.set(l.percent.col, list);
      }
    }
  }
  const pointColumns = new Set<number>();
  for (const [col, cells] of columns) {
    if (cells.some((c) => c.value !== null && Math.abs(c.value) > 1.0001)) pointColumns.add(col);
  }
  // A share of several grades stands alone: its column alone says points or fractions.
  const shares = lines.flatMap((l) => l.shares ?? []).map((s) => s.percent);
  for (const p of shares) {
    if (isPercentFormat(p.numFmt)) continue;
    p.inPoints = shares.some(
      (c) => c.col === p.col && c.value !== null && Math.abs(c.value) > 1.0001,
    );
  }
  for (const line of lines) {
    const sum = line.levels.reduce((s, l) => s + (l.percent?.value ?? 0), 0);
    const lineInPoints = sum > 1.5;
    for (const l of line.levels) {
      const p = l.percent;
      if (!p || isPercentFormat(p.numFmt)) continue;
      p.inPoints = pointColumns.has(p.col) || lineInPoints;
    }
  }
}
