import type { PlanChart } from '../../../core/plan/outputPlan';
import { chartXml, type RangeValues } from './chartXml';
import { CONTENT_TYPE, addOverride, addRelsPart } from './contentTypes';
import { drawingXml } from './drawingXml';
import { freePartName, relativeTarget } from './partNames';
import { EMPTY_RELS, REL, appendRelationship, relsPartOf } from './relationships';
import type { XlsxPackage } from './xlsxPackage';

/**
 * Writes the drawing and chart parts of one sheet, with their relationships, and returns the
 * updated [Content_Types].xml and the sheet's relationship id for its <drawing>.
 */
export function addSheetCharts(
  pkg: XlsxPackage,
  sheetPart: string,
  charts: PlanChart[],
  contentTypes: string,
  values: RangeValues,
): { types: string; drawingRelId: string } {
  let types = contentTypes;
  const drawingPart = freePartName(pkg, 'xl/drawings/drawing', '.xml');
  // Reserve the drawing's name before picking chart names (they live in another folder anyway).
  pkg.setText(drawingPart, '');
  let drawingRels = EMPTY_RELS;
  const frames = charts.map((chart, i) => {
    const chartPart = freePartName(pkg, 'xl/charts/chart', '.xml');
    pkg.setText(chartPart, chartXml(chart, values));
    types = addOverride(types, chartPart, CONTENT_TYPE.chart);
    const relId = `rId${i + 1}`;
    drawingRels = appendRelationship(
      drawingRels,
      relId,
      REL.chart,
      relativeTarget(drawingPart, chartPart),
    );
    return { relId, name: chart.title || chart.id, anchor: chart.anchor };
  });
  pkg.setText(drawingPart, drawingXml(frames));
  pkg.setText(relsPartOf(drawingPart), drawingRels);
  types = addRelsPart(types, relsPartOf(drawingPart));
  types = addOverride(types, drawingPart, CONTENT_TYPE.drawing);
  const drawingRelId = 'rId1';
  pkg.setText(
    relsPartOf(sheetPart),
    appendRelationship(
      EMPTY_RELS,
      drawingRelId,
      REL.drawing,
      relativeTarget(sheetPart, drawingPart),
    ),
  );
  types = addRelsPart(types, relsPartOf(sheetPart));
  return { types, drawingRelId };
}
