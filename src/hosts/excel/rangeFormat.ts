import type { PlanStyle } from '../../core/plan/outputPlan';

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', center: 'Center', bottom: 'Bottom' } as const;

/** True when a style sets anything besides the number format (which goes with the cells). */
export function hasRangeFormat(style: PlanStyle | undefined): boolean {
  if (!style) return false;
  return Object.entries(style).some(([k, v]) => k !== 'numFmt' && v !== undefined);
}

/** Queues a style's font, fill, border and alignment on a range (all ExcelApi 1.1). */
export function applyRangeFormat(range: Excel.Range, style: PlanStyle, rows: number, cols: number) {
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.underline !== undefined) format.font.underline = style.underline ? 'Single' : 'None';
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor) format.font.color = `#${style.fontColor}`;
  if (style.fill) format.fill.color = `#${style.fill}`;
  if (style.hAlign) format.horizontalAlignment = H_ALIGN[style.hAlign];
  if (style.vAlign) format.verticalAlignment = V_ALIGN[style.vAlign];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.border) {
    const edges: BorderName[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
    // Inside edges on a single row or column are not borders Excel has.
    if (rows > 1) edges.push('InsideHorizontal');
    if (cols > 1) edges.push('InsideVertical');
    for (const edge of edges) {
      const b = format.borders.getItem(edge);
      b.style = style.border === 'thin' ? 'Continuous' : 'None';
      if (style.border === 'thin') b.weight = 'Thin';
    }
  }
}

type BorderName =
  'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';

/** Excel's column width in characters → Range.format.columnWidth in points (Calibri 11 digits). */
export function widthToPoints(chars: number): number {
  const px = Math.round(chars * 7 + 5);
  return px * 0.75;
}
