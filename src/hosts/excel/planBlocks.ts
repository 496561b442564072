import type { PlanCell, PlanSheet, PlanStyle } from '../../core/plan/outputPlan';
import { toCellInput, type CellInput } from './cellInput';

/** A rectangle of cells written with one Range.formulas (and one numberFormat) assignment. */
export interface CellBlock {
  row0: number;
  col0: number;
  formulas: CellInput[][];
  /** Null when every cell of the block is General: nothing to write. */
  numberFormat: string[][] | null;
  /** Estimated request bytes of this block's writes. */
  bytes: number;
}

export interface BlockLimits {
  maxCells: number;
  maxBytes: number;
}

/**
 * Splits a sheet's cells into rectangles: runs of consecutive non-empty rows (a blank row starts a
 * new run, so scattered cells do not make one huge sparse rectangle), each cut into row chunks of
 * at most maxCells cells and maxBytes estimated bytes.
 */
export function planBlocks(
  sheet: PlanSheet,
  styles: PlanStyle[],
  limits: BlockLimits,
): CellBlock[] {
  const byRow = new Map<number, PlanCell[]>();
  for (const cell of sheet.cells) {
    const list = byRow.get(cell.row);
    if (list) list.push(cell);
    else byRow.set(cell.row, [cell]);
  }
  const rowsSorted = [...byRow.keys()].sort((a, b) => a - b);
  const out: CellBlock[] = [];
  let run: number[] = [];
  const flush = () => {
    if (run.length > 0) out.push(...runBlocks(run, byRow, sheet, styles, limits));
    run = [];
  };
  for (const r of rowsSorted) {
    if (run.length > 0 && r !== run[run.length - 1]! + 1) flush();
    run.push(r);
  }
  flush();
  return out;
}

function runBlocks(
  rows: number[],
  byRow: Map<number, PlanCell[]>,
  sheet: PlanSheet,
  styles: PlanStyle[],
  limits: BlockLimits,
): CellBlock[] {
  let c0 = Infinity;
  let c1 = -1;
  for (const r of rows) {
    for (const cell of byRow.get(r)!) {
      c0 = Math.min(c0, cell.col);
      c1 = Math.max(c1, cell.col);
    }
  }
  const cols = c1 - c0 + 1;
  const rowsPerChunk = Math.max(1, Math.floor(limits.maxCells / cols));
  const out: CellBlock[] = [];
  for (let i = 0; i < rows.length; i += rowsPerChunk) {
    out.push(...fitBytes(rows.slice(i, i + rowsPerChunk), byRow, sheet, styles, c0, cols, limits));
  }
  return out;
}

function fitBytes(
  rows: number[],
  byRow: Map<number, PlanCell[]>,
  sheet: PlanSheet,
  styles: PlanStyle[],
  c0: number,
  cols: number,
  limits: BlockLimits,
): CellBlock[] {
  const block = buildBlock(rows, byRow, sheet, styles, c0, cols);
  if (block.bytes <= limits.maxBytes || rows.length < 2) return [block];
  const half = Math.floor(rows.length / 2);
  return [
    ...fitBytes(rows.slice(0, half), byRow, sheet, styles, c0, cols, limits),
    ...fitBytes(rows.slice(half), byRow, sheet, styles, c0, cols, limits),
  ];
}

function buildBlock(
  rows: number[],
  byRow: Map<number, PlanCell[]>,
  sheet: PlanSheet,
  styles: PlanStyle[],
  c0: number,
  cols: number,
): CellBlock {
  const formulas: CellInput[][] = [];
  const numberFormat: string[][] = [];
  let anyFormat = false;
  for (const r of rows) {
    const fRow: CellInput[] = new Array<CellInput>(cols).fill('');
    const nRow: string[] = new Array<string>(cols).fill('General');
    for (const cell of byRow.get(r)!) {
      fRow[cell.col - c0] = toCellInput(cell, sheet.name);
      const fmt = styles[cell.style ?? 0]?.numFmt;
      if (fmt && fmt !== 'General') {
        nRow[cell.col - c0] = fmt;
        anyFormat = true;
      }
    }
    formulas.push(fRow);
    numberFormat.push(nRow);
  }
  const nf = anyFormat ? numberFormat : null;
  const bytes = JSON.stringify(formulas).length + (nf ? JSON.stringify(nf).length : 0) + 200;
  return { row0: rows[0]!, col0: c0, formulas, numberFormat: nf, bytes };
}
