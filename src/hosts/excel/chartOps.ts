import { rangeA1 } from '../../core/model/address';
import type { PlanChart, PlanChartType } from '../../core/plan/outputPlan';
import { parseQualifiedRange } from './areaList';
import { ExcelHostError } from './officeErrors';
import { API, supportsExcelApi } from './requirements';

const CHART_TYPE: Record<PlanChartType, string> = {
  columnClustered: 'ColumnClustered',
  columnStacked: 'ColumnStacked',
  columnStacked100: 'ColumnStacked100',
  barClustered: 'BarClustered',
  line: 'Line',
  lineMarkers: 'LineMarkers',
};

const LEGEND = { bottom: 'Bottom', right: 'Right', top: 'Top' } as const;

/** Resolves "'Sheet'!$A$1:$B$2" to a Range proxy; throws a plain message when it is not one. */
export type RangeResolver = (ref: string, what: string) => Excel.Range;

export function makeResolver(
  context: Excel.RequestContext,
  planSheets: Map<string, Excel.Worksheet>,
): RangeResolver {
  return (ref, what) => {
    const q = parseQualifiedRange(ref);
    if (!q) {
      throw new ExcelHostError('excel-range', {
        problem: {
          vi: `Vùng dữ liệu không hợp lệ cho ${what}: ${ref}`,
          en: `Invalid range for ${what}: ${ref}`,
        },
      });
    }
    const ws = planSheets.get(q.sheet) ?? context.workbook.worksheets.getItem(q.sheet);
    return ws.getRange(rangeA1(q.range));
  };
}

/**
 * Queues one chart. The series are set explicitly (names, values, categories, colours) rather than
 * left to Excel's guess from the source range, so the chart says what the plan says. Returns the
 * names of features skipped because this Excel lacks them.
 */
export function queueChart(
  ws: Excel.Worksheet,
  chart: PlanChart,
  resolve: RangeResolver,
): string[] {
  const skipped: string[] = [];
  const first = chart.series[0];
  if (!first) return skipped;
  const what = (s: string) => `chart '${chart.id}' ${s}`;
  const categories = resolve(chart.categories, what('categories'));
  const c = ws.charts.add(
    CHART_TYPE[chart.type] as Excel.ChartType,
    resolve(first.values, what(`series '${first.name}'`)),
    'Columns',
  );
  c.name = chart.id;
  const isLineChart = chart.type === 'line' || chart.type === 'lineMarkers';
  chart.series.forEach((plan, i) => {
    const s = i === 0 ? c.series.getItemAt(0) : c.series.add(plan.name);
    s.name = plan.name;
    s.setValues(resolve(plan.values, what(`series '${plan.name}'`)));
    s.setXAxisValues(categories);
    const drawnAsLine = isLineChart || plan.asLine === true;
    if (plan.asLine && !isLineChart) s.chartType = 'Line';
    if (drawnAsLine) s.format.line.color = `#${plan.color}`;
    else s.format.fill.setSolidColor(`#${plan.color}`);
    if (plan.dashed) s.format.line.lineStyle = 'Dash';
  });
  // Office.js charts have no subtitle: it goes on the title's second line.
  c.title.text = chart.subtitle ? `${chart.title}\n${chart.subtitle}` : chart.title;
  if (chart.xAxisTitle) c.axes.categoryAxis.title.text = chart.xAxisTitle;
  if (chart.yAxisTitle) c.axes.valueAxis.title.text = chart.yAxisTitle;
  if (chart.yMin !== undefined) c.axes.valueAxis.minimum = chart.yMin;
  if (chart.yMax !== undefined) c.axes.valueAxis.maximum = chart.yMax;
  if (chart.yNumFmt) {
    if (supportsExcelApi(API.axisNumberFormat)) c.axes.valueAxis.numberFormat = chart.yNumFmt;
    else skipped.push(`chart '${chart.id}': value axis number format (ExcelApi 1.8)`);
  }
  if (chart.legend === 'none') {
    c.legend.visible = false;
  } else {
    c.legend.visible = true;
    c.legend.position = LEGEND[chart.legend];
  }
  if (chart.dataLabels) c.dataLabels.showValue = true;
  // Placed by its anchor cells: Excel turns them into top/left/width/height with the sheet's real
  // column widths and row heights, which a computation here could only guess.
  const a = chart.anchor;
  c.setPosition(ws.getRangeByIndexes(a.r0, a.c0, 1, 1), ws.getRangeByIndexes(a.r1, a.c1, 1, 1));
  return skipped;
}
