import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { PlanChart } from '../../../src/core/plan/outputPlan';
import { chartXml } from '../../../src/hosts/xlsx/write/chartXml';
import { drawingXml } from '../../../src/hosts/xlsx/write/drawingXml';

const base: PlanChart = {
  id: 'c',
  type: 'columnClustered',
  title: 'Xếp loại & "tỷ lệ"',
  categories: "'Bảng Kiểm''s'!$A$2:$A$5",
  series: [
    { name: 'Xuất sắc', values: "'Bảng Kiểm''s'!$B$2:$B$5", color: '1f4e79' },
    { name: 'Tốt', values: "'Bảng Kiểm''s'!$C$2:$C$5", color: '70AD47' },
  ],
  legend: 'bottom',
  anchor: { r0: 1, c0: 1, r1: 10, c1: 6 },
};

type Node = Record<string, unknown>;
const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false });

/** Child element names of the first element found at this path (preserveOrder tree). */
function children(xml: string, pathNames: string[]): string[] {
  let nodes = parser.parse(xml) as Node[];
  for (const name of pathNames) {
    const next = nodes.find((n) => name in n);
    if (!next) throw new Error(`no ${name}`);
    nodes = next[name] as Node[];
  }
  return nodes.map((n) => Object.keys(n).find((k) => k !== ':@')!).filter((k) => k !== '#text');
}

describe('chartXml', () => {
  it('writes a well-formed clustered column chart with explicit fills and references', () => {
    const xml = chartXml(base);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(children(xml, ['c:chartSpace', 'c:chart'])).toEqual([
      'c:title',
      'c:autoTitleDeleted',
      'c:plotArea',
      'c:legend',
      'c:plotVisOnly',
      'c:dispBlanksAs',
    ]);
    expect(children(xml, ['c:chartSpace', 'c:chart', 'c:plotArea'])).toEqual([
      'c:layout',
      'c:barChart',
      'c:catAx',
      'c:valAx',
    ]);
    expect(children(xml, ['c:chartSpace', 'c:chart', 'c:plotArea', 'c:barChart'])).toEqual([
      'c:barDir',
      'c:grouping',
      'c:varyColors',
      'c:ser',
      'c:ser',
      'c:gapWidth',
      'c:axId',
      'c:axId',
    ]);
    expect(children(xml, ['c:chartSpace', 'c:chart', 'c:plotArea', 'c:barChart', 'c:ser'])).toEqual(
      ['c:idx', 'c:order', 'c:tx', 'c:spPr', 'c:invertIfNegative', 'c:cat', 'c:val'],
    );
    expect(xml).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
    expect(xml).toContain('<c:spPr><a:solidFill><a:srgbClr val="1F4E79"/></a:solidFill>');
    expect(xml).toContain('<a:srgbClr val="70AD47"/>');
    expect(xml).toContain(
      '<c:cat><c:strRef><c:f>&apos;Bảng Kiểm&apos;&apos;s&apos;!$A$2:$A$5</c:f></c:strRef></c:cat>',
    );
    expect(xml).toContain(
      '<c:val><c:numRef><c:f>&apos;Bảng Kiểm&apos;&apos;s&apos;!$B$2:$B$5</c:f></c:numRef></c:val>',
    );
    expect(xml).toContain('<a:t>Xếp loại &amp; &quot;tỷ lệ&quot;</a:t>');
    expect(xml).toContain('<c:legendPos val="b"/>');
  });

  it('stacks columns with full overlap, and shows 100% stacks as percentages', () => {
    const stacked = chartXml({ ...base, type: 'columnStacked' });
    expect(stacked).toContain('<c:grouping val="stacked"/>');
    expect(stacked).toContain('<c:overlap val="100"/>');
    const pct = chartXml({ ...base, type: 'columnStacked100' });
    expect(pct).toContain('<c:grouping val="percentStacked"/>');
    expect(pct).toContain('<c:numFmt formatCode="0%" sourceLinked="0"/>');
  });

  it('draws horizontal bars with categories top-down', () => {
    const xml = chartXml({ ...base, type: 'barClustered' });
    expect(xml).toContain('<c:barDir val="bar"/>');
    expect(xml).toMatch(/<c:catAx>.*<c:orientation val="maxMin"\/>.*<c:axPos val="l"\/>/);
    expect(xml).toMatch(/<c:valAx>.*<c:axPos val="b"\/>.*<c:crosses val="max"\/>/);
  });

  it('writes line charts with and without markers', () => {
    const line = chartXml({ ...base, type: 'line' });
    expect(line).not.toContain('<c:barChart>');
    expect(line).toContain('<c:marker><c:symbol val="none"/></c:marker>');
    expect(line).toContain('<a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="1F4E79"/>');
    const markers = chartXml({ ...base, type: 'lineMarkers' });
    expect(markers).toContain('<c:symbol val="circle"/>');
    expect(
      children(markers, ['c:chartSpace', 'c:chart', 'c:plotArea', 'c:lineChart', 'c:ser']),
    ).toEqual(['c:idx', 'c:order', 'c:tx', 'c:spPr', 'c:marker', 'c:cat', 'c:val', 'c:smooth']);
  });

  it('combines columns with a dashed line on the same axes', () => {
    const xml = chartXml({
      ...base,
      series: [base.series[0]!, { ...base.series[1]!, asLine: true, dashed: true }],
    });
    expect(children(xml, ['c:chartSpace', 'c:chart', 'c:plotArea'])).toEqual([
      'c:layout',
      'c:barChart',
      'c:lineChart',
      'c:catAx',
      'c:valAx',
    ]);
    const bar = /<c:barChart>.*<\/c:barChart>/.exec(xml)![0];
    const line = /<c:lineChart>.*<\/c:lineChart>/.exec(xml)![0];
    expect(bar).toContain('<c:idx val="0"/>');
    expect(bar).not.toContain('<c:idx val="1"/>');
    expect(line).toContain('<c:idx val="1"/>');
    expect(line).toContain('<a:prstDash val="dash"/>');
    expect(bar.match(/<c:axId val="(\d+)"\/>/g)).toEqual(line.match(/<c:axId val="(\d+)"\/>/g));
  });

  it('writes subtitle, axis titles, number format, bounds, data labels and legend position', () => {
    const xml = chartXml({
      ...base,
      subtitle: 'Từ 2018',
      xAxisTitle: 'Năm',
      yAxisTitle: 'Tỷ lệ',
      yNumFmt: '0%',
      yMin: 0,
      yMax: 1,
      dataLabels: true,
      legend: 'right',
    });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toMatch(/<a:t>Xếp loại.*<\/a:t><\/a:r><\/a:p><a:p>.*<a:t>Từ 2018<\/a:t>/);
    expect(xml).toContain(
      '<c:scaling><c:orientation val="minMax"/><c:max val="1"/><c:min val="0"/></c:scaling>',
    );
    expect(xml).toMatch(
      /<c:valAx>.*<a:t>Tỷ lệ<\/a:t>.*<c:numFmt formatCode="0%" sourceLinked="0"\/>/,
    );
    expect(xml).toMatch(/<c:catAx>.*<a:t>Năm<\/a:t>/);
    expect(xml.match(/<c:showVal val="1"\/>/g)).toHaveLength(2);
    expect(xml).toContain('<c:legendPos val="r"/>');
    expect(chartXml({ ...base, legend: 'none' })).not.toContain('<c:legend>');
  });

  it('refuses a chart it cannot draw, naming it', () => {
    expect(() => chartXml({ ...base, series: [] })).toThrow('Chart "c" has no series');
    expect(() => chartXml({ ...base, series: [{ ...base.series[0]!, color: 'blue' }] })).toThrow(
      /Invalid colour "blue"/,
    );
    expect(() => chartXml({ ...base, categories: '$A$1:$A$4' })).toThrow(
      /categories must name their sheet/,
    );
    expect(() => chartXml({ ...base, yMax: Number.NaN })).toThrow(/yMax/);
  });
});

describe('drawingXml', () => {
  it('anchors each chart over its cells, inclusive', () => {
    const xml = drawingXml([
      { relId: 'rId1', name: 'A & B', anchor: { r0: 1, c0: 2, r1: 10, c1: 7 } },
      { relId: 'rId2', name: 'C', anchor: { r0: 12, c0: 0, r1: 20, c1: 3 } },
    ]);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml.match(/<xdr:twoCellAnchor /g)).toHaveLength(2);
    expect(xml).toContain(
      '<xdr:from><xdr:col>2</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>',
    );
    expect(xml).toContain(
      '<xdr:to><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>11</xdr:row>',
    );
    expect(xml).toContain('r:id="rId2"');
    expect(xml).toContain('name="A &amp; B"');
    expect(xml).toContain('<xdr:cNvPr id="3" name="C"/>');
  });
});
