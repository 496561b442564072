import { escapeXml, findTags, getAttr } from './xmlText';

export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
};

export const CONTENT_TYPES_PART = '[Content_Types].xml';

export function addOverride(xml: string, part: string, contentType: string): string {
  const override = `<Override PartName="/${escapeXml(part)}" ContentType="${contentType}"/>`;
  const at = xml.lastIndexOf('</Types>');
  if (at < 0) throw new Error('Broken [Content_Types].xml: no </Types>');
  return xml.slice(0, at) + override + xml.slice(at);
}

export function removeOverrides(xml: string, parts: Set<string>): string {
  let out = xml;
  for (const { tag } of findTags(xml, 'Override').reverse()) {
    const name = (getAttr(tag, 'PartName') ?? '').replace(/^\//, '');
    if (parts.has(name)) out = out.replace(tag, '');
  }
  return out;
}
