import type { SheetView } from '../view/sheetView';
import { classifyHeader, monthOf, quarterOf, type ColumnMeaning } from './vocabulary';

export interface HeaderColumn {
  col: number;
  /** Texts from the top of the band to the bottom, repeated merged texts once. */
  raw: string[];
  labels: string[];
  meaning: ColumnMeaning | null;
}

export interface HeaderBand {
  /** 0-based first and last header rows. */
  top: number;
  bottom: number;
  columns: HeaderColumn[];
  score: number;
}

/** How far down a header may start: title blocks are a handful of rows, never dozens. */
const MAX_HEADER_ROW = 60;

/**
 * Finds the header of the table on a sheet: the row (or two rows, for a merged group label over
 * sub-labels) whose cells read most like column names the engine knows. Titles (one text across
 * a merged row) and data rows never score, since a header needs two or more known labels.
 */
export function findHeaderBand(view: SheetView): HeaderBand | null {
  return findHeaderBands(view)[0] ?? null;
}

/**
 * Every plausible header, best first (highest score, then the higher row). With `atRow`
 * (0-based), only headers starting on that row: a user's correction.
 */
export function findHeaderBands(view: SheetView, atRow?: number): HeaderBand[] {
  const bands: HeaderBand[] = [];
  const first = atRow ?? 0;
  const last = atRow ?? Math.min(view.rowCount - 1, MAX_HEADER_ROW);
  for (let r = first; r <= last; r++) {
    if (atRow === undefined && distinctTexts(view, r) < 2) continue;
    let best: HeaderBand | null = null;
    for (const depth of [1, 2, 3]) {
      const bottom = r + depth - 1;
      if (bottom > r && !isSubHeaderRow(view, bottom, r)) break;
      const band = buildBand(view, r, bottom);
      // A deeper band wins ties: its sub-labels (SL, %, T1) are header, not data.
      if (band.score >= (atRow === undefined ? 2 : 1) && (!best || band.score >= best.score))
        best = band;
    }
    if (best) bands.push(best);
  }
  return bands.sort((a, b) => b.score - a.score || a.top - b.top);
}

function distinctTexts(view: SheetView, row: number): number {
  const seen = new Set<string>();
  for (const c of view.columns(row)) {
    const t = view.headerText(row, c);
    if (t) seen.add(t);
  }
  return seen.size;
}

/**
 * A row belongs to the header above it when it holds sub-labels (SL, %, T1, Quý I, a year) or
 * continues merged cells from above; a row of names and grades does not.
 */
function isSubHeaderRow(view: SheetView, row: number, top: number): boolean {
  if (row >= view.rowCount) return false;
  let sub = 0;
  let data = 0;
  for (const c of view.columns(row, top)) {
    if (view.isMergedTail(row, c)) {
      sub++;
      continue;
    }
    const raw = view.text(row, c);
    if (!raw) continue;
    const label = view.labelOf(raw);
    if (
      raw.includes('%') ||
      /^(sl|so luong|ty le|ti le|so|diem|tu cham|cap tren cham)$/.test(label) ||
      monthOf(label, true) !== null ||
      quarterOf(label) !== null ||
      /^(nam )?(19|20)\d{2}$/.test(label)
    ) {
      sub++;
    } else {
      data++;
    }
  }
  return sub > 0 && sub >= data;
}

function isSubLabel(view: SheetView, text: string): boolean {
  const label = view.labelOf(text);
  return (
    text.includes('%') || /^(sl|so luong|ty le|ti le)$/.test(label) || quarterOf(label) !== null
  );
}

function buildBand(view: SheetView, top: number, bottom: number): HeaderBand {
  const rows: number[] = [];
  for (let r = top; r <= bottom; r++) rows.push(r);
  const columns: HeaderColumn[] = [];
  const seen = new Set<string>();
  let score = 0;
  // The last group label seen on each header row but the bottom one: a group label merged over
  // several columns reads as blank past its first column when the host cannot report merges
  // (Office.js before ExcelApi 1.13), so a blank under-labelled cell takes the label on its left.
  const group: string[] = [];
  for (const c of view.columns(...rows)) {
    const raw: string[] = [];
    const below = view.headerText(bottom, c);
    for (let r = top; r <= bottom; r++) {
      let t = view.headerText(r, c);
      if (r < bottom) {
        if (t) group[r - top] = t;
        else if (below && bottom > top && isSubLabel(view, below)) t = group[r - top] ?? '';
      }
      if (t && raw[raw.length - 1] !== t) raw.push(t);
    }
    if (raw.length === 0) continue;
    const labels = raw.map((t) => view.labelOf(t));
    const meaning = classifyHeader(raw, labels);
    columns.push({ col: c, raw, labels, meaning });
    if (meaning) {
      const id = `${meaning.role}/${meaning.year ?? ''}/${meaning.level ?? ''}/${meaning.index ?? ''}`;
      if (!seen.has(id)) {
        seen.add(id);
        score++;
      }
    }
  }
  return { top, bottom, columns, score };
}
