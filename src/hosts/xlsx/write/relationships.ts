import { escapeXml, findTags, getAttr } from './xmlText';

export interface Relationship {
  id: string;
  type: string;
  /** Part name the relationship points to (resolved, no leading "/"); null for external targets. */
  part: string | null;
  /** The whole <Relationship .../> element as written. */
  xml: string;
}

export const REL = {
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
};

export const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/** xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the part that owns the relationship. */
export function resolveTarget(sourcePart: string, target: string): string {
  const parts = target.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const seg of target.replace(/^\//, '').split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

export function parseRelationships(relsXml: string, sourcePart: string): Relationship[] {
  return findTags(relsXml, 'Relationship').map(({ tag }) => {
    const external = getAttr(tag, 'TargetMode') === 'External';
    const target = getAttr(tag, 'Target') ?? '';
    return {
      id: getAttr(tag, 'Id') ?? '',
      type: getAttr(tag, 'Type') ?? '',
      part: external ? null : resolveTarget(sourcePart, target),
      xml: tag,
    };
  });
}

/** The first "rIdN" not used in this rels part. */
export function freeRelId(relsXml: string): string {
  const used = new Set(findTags(relsXml, 'Relationship').map(({ tag }) => getAttr(tag, 'Id')));
  let n = 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}

export function appendRelationship(
  relsXml: string,
  id: string,
  type: string,
  target: string,
): string {
  const rel = `<Relationship Id="${escapeXml(id)}" Type="${type}" Target="${escapeXml(target)}"/>`;
  const at = relsXml.lastIndexOf('</Relationships>');
  if (at < 0) throw new Error('Broken relationships part: no </Relationships>');
  return relsXml.slice(0, at) + rel + relsXml.slice(at);
}

export function removeRelationship(relsXml: string, id: string): string {
  const found = findTags(relsXml, 'Relationship').find(({ tag }) => getAttr(tag, 'Id') === id);
  if (!found) return relsXml;
  return relsXml.slice(0, found.index) + relsXml.slice(found.index + found.tag.length);
}
