import { refusePlan } from './planRefusal';
import type { PlanChart, PlanChartSeries } from '../../../core/plan/outputPlan';
import type { Scalar } from '../../../core/model/snapshot';
import { argb } from './stylesXml';
import { escapeXml } from './xmlText';

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const CAT_AX = 500100;
const VAL_AX = 500200;

/** "1F4E79" → the srgbClr DrawingML wants (six hex digits, no alpha). */
function rgb(hex: string): string {
  return argb(hex).slice(2);
}

function solid(hex: string): string {
  return `<a:solidFill><a:srgbClr val="${rgb(hex)}"/></a:solidFill>`;
}

function run(text: string, size: number, bold: boolean, italic = false): string {
  const attrs = `sz="${size}" b="${bold ? 1 : 0}"${italic ? ' i="1"' : ''}`;
  return `<a:p><a:pPr><a:defRPr ${attrs}/></a:pPr><a:r><a:rPr ${attrs}/><a:t>${escapeXml(text)}</a:t></a:r></a:p>`;
}

/** A title with an optional second, smaller line (the chart's subtitle). */
interface TitleLine {
  text: string;
  size: number;
  bold: boolean;
  italic?: boolean;
}

function title(lines: TitleLine[], rotate = false): string {
  const body = rotate ? '<a:bodyPr rot="-5400000" vert="horz"/>' : '<a:bodyPr/>';
  return (
    `<c:title><c:tx><c:rich>${body}<a:lstStyle/>` +
    lines.map((l) => run(l.text, l.size, l.bold, l.italic)).join('') +
    '</c:rich></c:tx><c:overlay val="0"/></c:title>'
  );
}

function dataLabels(chart: PlanChart): string {
  if (!chart.dataLabels) return '';
  const fmt = chart.yNumFmt
    ? `<c:numFmt formatCode="${escapeXml(chart.yNumFmt)}" sourceLinked="0"/>`
    : '';
  return (
    `<c:dLbls>${fmt}<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
    '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>' +
    '<c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>'
  );
}

function seriesHead(s: PlanChartSeries, index: number): string {
  return `<c:idx val="${index}"/><c:order val="${index}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>`;
}

/**
 * The values a range of the plan holds (a formula's cached result where it has one), cell by
 * cell, or null when the range is not the plan's to know (a user's sheet).
 */
export type RangeValues = (ref: string) => (Scalar | undefined)[] | null;

/** Cached labels: a chart shows them before anything recalculates (previews, viewers, mail). */
function strCache(values: (Scalar | undefined)[] | null): string {
  if (!values) return '';
  const pts = values
    .map((v, i) =>
      v === undefined || v === null || v === ''
        ? ''
        : `<c:pt idx="${i}"><c:v>${escapeXml(typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v))}</c:v></c:pt>`,
    )
    .join('');
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

/** Cached numbers; a point without a number (blank, text) is left out, as Excel does. */
function numCache(values: (Scalar | undefined)[] | null): string {
  if (!values) return '';
  const pts = values
    .map((v, i) =>
      typeof v === 'number' && Number.isFinite(v)
        ? `<c:pt idx="${i}"><c:v>${Object.is(v, -0) ? 0 : v}</c:v></c:pt>`
        : '',
    )
    .join('');
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

function seriesRefs(chart: PlanChart, s: PlanChartSeries, values: RangeValues): string {
  return (
    `<c:cat><c:strRef><c:f>${escapeXml(chart.categories)}</c:f>${strCache(values(chart.categories))}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(s.values)}</c:f>${numCache(values(s.values))}</c:numRef></c:val>`
  );
}

/** Explicit fills: LibreOffice draws no bars for a series without one in a file with no theme. */
function barSeries(
  chart: PlanChart,
  s: PlanChartSeries,
  index: number,
  values: RangeValues,
): string {
  return (
    `<c:ser>${seriesHead(s, index)}<c:spPr>${solid(s.color)}<a:ln><a:noFill/></a:ln></c:spPr>` +
    `<c:invertIfNegative val="0"/>${dataLabels(chart)}${seriesRefs(chart, s, values)}</c:ser>`
  );
}

function lineSeries(
  chart: PlanChart,
  s: PlanChartSeries,
  index: number,
  markers: boolean,
  values: RangeValues,
): string {
  const dash = s.dashed ? '<a:prstDash val="dash"/>' : '';
  const marker = markers
    ? `<c:marker><c:symbol val="circle"/><c:size val="6"/><c:spPr>${solid(s.color)}<a:ln>${solid(s.color)}</a:ln></c:spPr></c:marker>`
    : '<c:marker><c:symbol val="none"/></c:marker>';
  return (
    `<c:ser>${seriesHead(s, index)}<c:spPr><a:ln w="28575" cap="rnd">${solid(s.color)}${dash}<a:round/></a:ln></c:spPr>` +
    `${marker}${dataLabels(chart)}${seriesRefs(chart, s, values)}<c:smooth val="0"/></c:ser>`
  );
}

const AXES = `<c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/>`;

function barChart(
  chart: PlanChart,
  series: { s: PlanChartSeries; i: number }[],
  values: RangeValues,
): string {
  const dir = chart.type === 'barClustered' ? 'bar' : 'col';
  const grouping =
    chart.type === 'columnStacked'
      ? 'stacked'
      : chart.type === 'columnStacked100'
        ? 'percentStacked'
        : 'clustered';
  const overlap = grouping === 'clustered' ? '' : '<c:overlap val="100"/>';
  return (
    `<c:barChart><c:barDir val="${dir}"/><c:grouping val="${grouping}"/><c:varyColors val="0"/>` +
    series.map(({ s, i }) => barSeries(chart, s, i, values)).join('') +
    `<c:gapWidth val="80"/>${overlap}${AXES}</c:barChart>`
  );
}

function lineChart(
  chart: PlanChart,
  series: { s: PlanChartSeries; i: number }[],
  markers: boolean,
  values: RangeValues,
): string {
  return (
    '<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>' +
    series.map(({ s, i }) => lineSeries(chart, s, i, markers, values)).join('') +
    `<c:marker val="1"/>${AXES}</c:lineChart>`
  );
}

function axes(chart: PlanChart): string {
  const horizontal = chart.type === 'barClustered';
  const axisTitle = (text: string | undefined, rotate: boolean) =>
    text ? title([{ text, size: 1000, bold: false }], rotate) : '';
  const scaling =
    '<c:scaling><c:orientation val="minMax"/>' +
    (chart.yMax !== undefined ? `<c:max val="${chart.yMax}"/>` : '') +
    (chart.yMin !== undefined ? `<c:min val="${chart.yMin}"/>` : '') +
    '</c:scaling>';
  // A 100% stacked chart's axis runs 0..1: show it as percentages unless the plan says otherwise.
  const fmt = chart.yNumFmt ?? (chart.type === 'columnStacked100' ? '0%' : undefined);
  const valFmt = fmt
    ? `<c:numFmt formatCode="${escapeXml(fmt)}" sourceLinked="0"/>`
    : '<c:numFmt formatCode="General" sourceLinked="1"/>';
  const ticks =
    '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>';
  const cat =
    `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="${horizontal ? 'maxMin' : 'minMax'}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? 'l' : 'b'}"/>${axisTitle(chart.xAxisTitle, horizontal)}` +
    `<c:numFmt formatCode="General" sourceLinked="1"/>${ticks}<c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/>` +
    '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>';
  const val =
    `<c:valAx><c:axId val="${VAL_AX}"/>${scaling}<c:delete val="0"/><c:axPos val="${horizontal ? 'b' : 'l'}"/>` +
    `<c:majorGridlines><c:spPr><a:ln w="6350">${solid('D9D9D9')}</a:ln></c:spPr></c:majorGridlines>` +
    `${axisTitle(chart.yAxisTitle, !horizontal)}${valFmt}${ticks}<c:crossAx val="${CAT_AX}"/>` +
    // Bars list categories top-down (maxMin); the value axis then crosses at the last category
    // so that it stays at the bottom.
    `<c:crosses val="${horizontal ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>`;
  return cat + val;
}

function checkChart(chart: PlanChart): void {
  if (!chart.series.length) throw refusePlan(`Chart "${chart.id}" has no series`);
  for (const n of ['yMin', 'yMax'] as const) {
    const v = chart[n];
    if (v !== undefined && !Number.isFinite(v))
      throw refusePlan(`Chart "${chart.id}": ${n} ${v} is not a number`);
  }
  if (!chart.categories.includes('!'))
    throw refusePlan(`Chart "${chart.id}": categories must name their sheet`);
  for (const s of chart.series) {
    if (!s.values.includes('!'))
      throw refusePlan(`Chart "${chart.id}", series "${s.name}": values must name their sheet`);
  }
}

/** The chart part (xl/charts/chartN.xml) of one plan chart, as native DrawingML. */
export function chartXml(chart: PlanChart, values: RangeValues = () => null): string {
  checkChart(chart);
  const isLine = chart.type === 'line' || chart.type === 'lineMarkers';
  const isColumn = chart.type.startsWith('column');
  const indexed = chart.series.map((s, i) => ({ s, i }));
  let plot: string;
  if (isLine) {
    plot = lineChart(chart, indexed, chart.type === 'lineMarkers', values);
  } else {
    const lines = isColumn ? indexed.filter(({ s }) => s.asLine) : [];
    const bars = indexed.filter((x) => !lines.includes(x));
    plot =
      (bars.length ? barChart(chart, bars, values) : '') +
      (lines.length ? lineChart(chart, lines, false, values) : '');
  }
  const heading: TitleLine[] = [{ text: chart.title, size: 1400, bold: true }];
  if (chart.subtitle) heading.push({ text: chart.subtitle, size: 1000, bold: false, italic: true });
  const legendPos = { bottom: 'b', right: 'r', top: 't', none: '' }[chart.legend];
  const legend = legendPos
    ? `<c:legend><c:legendPos val="${legendPos}"/><c:overlay val="0"/></c:legend>`
    : '';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace ${NS}>` +
    '<c:roundedCorners val="0"/><c:chart>' +
    `${title(heading)}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${plot}${axes(chart)}</c:plotArea>` +
    `${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr>${solid('FFFFFF')}<a:ln><a:noFill/></a:ln></c:spPr>` +
    '</c:chartSpace>'
  );
}
