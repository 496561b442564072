import { refusePlan } from './planRefusal';
import { a1, columnLetters, rangeA1 } from '../../../core/model/address';
import type { PlanCell, PlanSheet } from '../../../core/plan/outputPlan';
import type { CellRange } from '../../../core/model/snapshot';
import { MAX_COLS, MAX_ROWS, PlanCellError, cellXml } from './cellXml';
import { argb } from './stylesXml';
import { escapeXml } from './xmlText';

export interface SheetXmlContext {
  /** cellXfs index for each plan style index. */
  xfIds: number[];
  /** dxfs index for each conditional format of this sheet, in order. */
  dxfIds: number[];
  /** Relationship id of the sheet's drawing, when it has charts. */
  drawingRelId?: string;
}

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** "$A$4:$F$20" */
export function absoluteRange(r: CellRange): string {
  return `$${columnLetters(r.c0)}$${r.r0 + 1}:$${columnLetters(r.c1)}$${r.r1 + 1}`;
}

function checkRange(sheet: string, r: CellRange, what: string): void {
  const ok =
    Number.isInteger(r.r0) &&
    Number.isInteger(r.r1) &&
    Number.isInteger(r.c0) &&
    Number.isInteger(r.c1) &&
    r.r0 >= 0 &&
    r.c0 >= 0 &&
    r.r1 >= r.r0 &&
    r.c1 >= r.c0 &&
    r.r1 < MAX_ROWS &&
    r.c1 < MAX_COLS;
  if (!ok) throw refusePlan(`Sheet "${sheet}": ${what} ${JSON.stringify(r)} is not a valid range`);
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

/**
 * The worksheet part of one owned sheet. Child elements follow the order of CT_Worksheet, which
 * Excel enforces: sheetPr, dimension, sheetViews, sheetFormatPr, cols, sheetData, autoFilter,
 * mergeCells, conditionalFormatting, pageMargins, pageSetup, drawing.
 */
export function sheetXml(sheet: PlanSheet, ctx: SheetXmlContext): string {
  const name = sheet.name;
  const rows = new Map<number, PlanCell[]>();
  const seen = new Set<string>();
  let maxRow = 0;
  let maxCol = 0;
  for (const cell of sheet.cells) {
    const { row, col } = cell;
    if (
      !Number.isInteger(row) ||
      !Number.isInteger(col) ||
      row < 0 ||
      col < 0 ||
      row >= MAX_ROWS ||
      col >= MAX_COLS
    ) {
      throw new PlanCellError(name, row, col, 'is outside the sheet');
    }
    const key = `${row}:${col}`;
    if (seen.has(key)) throw new PlanCellError(name, row, col, 'is written twice');
    seen.add(key);
    if (cell.style !== undefined && ctx.xfIds[cell.style] === undefined) {
      throw new PlanCellError(
        name,
        row,
        col,
        `uses style ${cell.style}, which the plan does not define`,
      );
    }
    const list = rows.get(row) ?? [];
    list.push(cell);
    rows.set(row, list);
    maxRow = Math.max(maxRow, row);
    maxCol = Math.max(maxCol, col);
  }
  const heights = new Map<number, number>();
  for (const { row, height } of sheet.rowHeights ?? []) {
    if (!Number.isInteger(row) || row < 0 || row >= MAX_ROWS || !(height >= 0 && height <= 409)) {
      throw refusePlan(`Sheet "${name}": row height ${height} for row ${row + 1} is not valid`);
    }
    heights.set(row, height);
    if (!rows.has(row)) rows.set(row, []);
  }

  const merges = sheet.merges ?? [];
  merges.forEach((m, i) => {
    checkRange(name, m, 'merge');
    const other = merges.slice(0, i).find((o) => overlaps(o, m));
    if (other)
      throw refusePlan(`Sheet "${name}": merges ${rangeA1(other)} and ${rangeA1(m)} overlap`);
    maxRow = Math.max(maxRow, m.r1);
    maxCol = Math.max(maxCol, m.c1);
  });

  const out: string[] = [];
  out.push(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`);
  out.push(`<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">`);
  out.push(sheetPr(sheet));
  out.push(`<dimension ref="${rangeA1({ r0: 0, c0: 0, r1: maxRow, c1: maxCol })}"/>`);
  out.push(`<sheetViews><sheetView workbookViewId="0">${pane(sheet)}</sheetView></sheetViews>`);
  out.push('<sheetFormatPr defaultRowHeight="15"/>');
  out.push(cols(sheet));
  out.push('<sheetData>');
  for (const row of [...rows.keys()].sort((a, b) => a - b)) {
    const h = heights.get(row);
    const attrs = h === undefined ? '' : ` ht="${h}" customHeight="1"`;
    const cells = rows.get(row)!.sort((a, b) => a.col - b.col);
    const body = cells.map((c) => cellXml(name, c, ctx.xfIds[c.style ?? 0])).join('');
    out.push(body ? `<row r="${row + 1}"${attrs}>${body}</row>` : `<row r="${row + 1}"${attrs}/>`);
  }
  out.push('</sheetData>');
  if (sheet.autoFilter) {
    checkRange(name, sheet.autoFilter, 'autoFilter');
    out.push(`<autoFilter ref="${rangeA1(sheet.autoFilter)}"/>`);
  }
  if (merges.length) {
    out.push(`<mergeCells count="${merges.length}">`);
    for (const m of merges) out.push(`<mergeCell ref="${rangeA1(m)}"/>`);
    out.push('</mergeCells>');
  }
  (sheet.conditionalFormats ?? []).forEach((cf, i) => {
    checkRange(name, cf.range, 'conditional format');
    const formula = cf.formula.replace(/^=/, '');
    if (!formula.trim())
      throw refusePlan(
        `Sheet "${name}": conditional format on ${rangeA1(cf.range)} has no formula`,
      );
    out.push(
      `<conditionalFormatting sqref="${rangeA1(cf.range)}">` +
        `<cfRule type="expression" dxfId="${ctx.dxfIds[i]}" priority="${i + 1}">` +
        `<formula>${escapeXml(formula)}</formula></cfRule></conditionalFormatting>`,
    );
  });
  out.push(
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
  );
  if (sheet.page) {
    const fit = sheet.page.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : '';
    out.push(`<pageSetup paperSize="9" orientation="${sheet.page.orientation}"${fit}/>`);
  }
  if (ctx.drawingRelId) out.push(`<drawing r:id="${ctx.drawingRelId}"/>`);
  out.push('</worksheet>');
  return out.join('');
}

function sheetPr(sheet: PlanSheet): string {
  const tab = sheet.tabColor ? `<tabColor rgb="${argb(sheet.tabColor)}"/>` : '';
  const fit = sheet.page?.fitToWidth ? '<pageSetUpPr fitToPage="1"/>' : '';
  return tab || fit ? `<sheetPr>${tab}${fit}</sheetPr>` : '';
}

function pane(sheet: PlanSheet): string {
  const rows = Math.max(0, Math.floor(sheet.freeze?.rows ?? 0));
  const cols = Math.max(0, Math.floor(sheet.freeze?.cols ?? 0));
  if (rows === 0 && cols === 0) return '<selection activeCell="A1" sqref="A1"/>';
  const active = rows && cols ? 'bottomRight' : rows ? 'bottomLeft' : 'topRight';
  const topLeft = a1(rows, cols);
  return (
    `<pane${cols ? ` xSplit="${cols}"` : ''}${rows ? ` ySplit="${rows}"` : ''} topLeftCell="${topLeft}"` +
    ` activePane="${active}" state="frozen"/>` +
    `<selection pane="${active}" activeCell="${topLeft}" sqref="${topLeft}"/>`
  );
}

function cols(sheet: PlanSheet): string {
  const columns = [...(sheet.columns ?? [])].sort((a, b) => a.col - b.col);
  if (!columns.length) return '';
  const parts = columns.map((c, i) => {
    if (!Number.isInteger(c.col) || c.col < 0 || c.col >= MAX_COLS) {
      throw refusePlan(`Sheet "${sheet.name}": column ${c.col} is outside the sheet`);
    }
    if (i > 0 && columns[i - 1]!.col === c.col) {
      throw refusePlan(`Sheet "${sheet.name}": column ${columnLetters(c.col)} has two widths`);
    }
    if (!(c.width >= 0 && c.width <= 255)) {
      throw refusePlan(
        `Sheet "${sheet.name}": column ${columnLetters(c.col)} width ${c.width} is not valid`,
      );
    }
    return `<col min="${c.col + 1}" max="${c.col + 1}" width="${c.width}" customWidth="1"${c.hidden ? ' hidden="1"' : ''}/>`;
  });
  return `<cols>${parts.join('')}</cols>`;
}
