import { appendInside, applySplices, NS, qualify, type Splice, type XmlElement } from '../xmlTree';
import { requireRoot } from './parsePart';
import { escapeXml } from './xmlText';

export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  calcChain: 'application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml',
};

export const CONTENT_TYPES_PART = '[Content_Types].xml';

function types(xml: string): XmlElement {
  return requireRoot(xml, CONTENT_TYPES_PART, 'Types', NS.types);
}

export function addOverride(xml: string, part: string, contentType: string): string {
  const root = types(xml);
  const override = `<Override PartName="/${escapeXml(part)}" ContentType="${contentType}"/>`;
  return applySplices(xml, [appendInside(root, qualify(override, root, NS.types))]);
}

const RELS_TYPE = 'application/vnd.openxmlformats-package.relationships+xml';

/**
 * Content type for a new relationships part: nearly every package has a Default for ".rels";
 * one that lists each rels part as an Override instead gets an Override for this one too.
 */
export function addRelsPart(xml: string, part: string): string {
  const hasDefault = types(xml)
    .childrenNamed('Default', NS.types)
    .some((el) => (el.attr('Extension') ?? '').toLowerCase() === 'rels');
  return hasDefault ? xml : addOverride(xml, part, RELS_TYPE);
}

/** The content type a part has: its Override, else the Default for its extension; null if none. */
export function contentTypeOf(xml: string, part: string): string | null {
  const root = types(xml);
  const name = `/${part}`.toLowerCase();
  for (const el of root.childrenNamed('Override', NS.types))
    if ((el.attr('PartName') ?? '').toLowerCase() === name) return el.attr('ContentType');
  const ext = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
  for (const el of root.childrenNamed('Default', NS.types))
    if ((el.attr('Extension') ?? '').toLowerCase() === ext) return el.attr('ContentType');
  return null;
}

/** The parts an Override gives this content type (names without the leading "/"). */
export function partsOfType(xml: string, contentType: string): string[] {
  return types(xml)
    .childrenNamed('Override', NS.types)
    .filter((el) => (el.attr('ContentType') ?? '').trim() === contentType)
    .map((el) => (el.attr('PartName') ?? '').trim().replace(/^\//, ''))
    .filter(Boolean);
}

/** Removes the Overrides of these parts (part names compare without regard to case). */
export function removeOverrides(xml: string, parts: Set<string>): string {
  if (parts.size === 0) return xml;
  const names = new Set([...parts].map((p) => p.toLowerCase()));
  const splices: Splice[] = types(xml)
    .childrenNamed('Override', NS.types)
    .filter((el) => names.has((el.attr('PartName') ?? '').trim().replace(/^\//, '').toLowerCase()))
    .map((el) => ({ start: el.start, end: el.end, text: '' }));
  return splices.length ? applySplices(xml, splices) : xml;
}
