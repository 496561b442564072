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

const RELS_TYPE = 'application/vnd.openxmlformats-package.relationships+xml';

/**
 * Content type for a new relationships part: nearly every package has a Default for ".rels";
 * one that lists each rels part as an Override instead gets an Override for this one too.
 */
export function addRelsPart(xml: string, part: string): string {
  const hasDefault = findTags(xml, 'Default').some(
    ({ tag }) => (getAttr(tag, 'Extension') ?? '').toLowerCase() === 'rels',
  );
  return hasDefault ? xml : addOverride(xml, part, RELS_TYPE);
}

export function removeOverrides(xml: string, parts: Set<string>): string {
  let out = xml;
  for (const { tag } of findTags(xml, 'Override').reverse()) {
    const name = (getAttr(tag, 'PartName') ?? '').replace(/^\//, '');
    if (parts.has(name)) out = out.replace(tag, '');
  }
  return out;
}
