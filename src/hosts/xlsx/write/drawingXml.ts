import { refusePlan } from './planRefusal';
import type { CellRange } from '../../../core/model/snapshot';
import { escapeXml } from './xmlText';

export interface DrawingChart {
  /** Relationship id of the chart part, from the drawing. */
  relId: string;
  name: string;
  /** Cells the chart covers, 0-based and inclusive. */
  anchor: CellRange;
}

function marker(tag: 'from' | 'to', row: number, col: number): string {
  return (
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`
  );
}

/** The drawing part of a sheet: one two-cell anchor holding a chart frame per chart. */
export function drawingXml(charts: DrawingChart[]): string {
  const anchors = charts.map(({ relId, name, anchor }, i) => {
    if (!(anchor.r1 >= anchor.r0 && anchor.c1 >= anchor.c0 && anchor.r0 >= 0 && anchor.c0 >= 0)) {
      throw refusePlan(`Chart "${name}": anchor ${JSON.stringify(anchor)} is not a valid range`);
    }
    return (
      '<xdr:twoCellAnchor editAs="oneCell">' +
      marker('from', anchor.r0, anchor.c0) +
      marker('to', anchor.r1 + 1, anchor.c1 + 1) +
      '<xdr:graphicFrame macro="">' +
      `<xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
      '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
      `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${relId}"/>` +
      '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ' +
    `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">${anchors.join('')}</xdr:wsDr>`
  );
}
