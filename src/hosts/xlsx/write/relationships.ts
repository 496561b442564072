import { appendInside, applySplices, NS, qualify, type XmlElement } from '../xmlTree';
import { brokenPart, parsePart } from './parsePart';
import { escapeXml, findTags, getAttr } from './xmlText';

export interface Relationship {
  id: string;
  type: string;
  /** Part name the relationship points to (resolved, no leading "/"); null for external targets. */
  part: string | null;
  /** Where the <Relationship> element is in the rels part (start, end). */
  span: [number, number];
}

export const REL = {
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
  calcChain: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain',
};

export const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  `<Relationships xmlns="${NS.pkgRel}"></Relationships>`;

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

const RELS_PART = 'relationships part';

/** The <Relationships> root of a rels part the writer edits; a damaged one is refused. */
function relsRoot(relsXml: string, name = RELS_PART): XmlElement | null {
  const root = parsePart(relsXml, name);
  if (root && !root.is('Relationships', NS.pkgRel))
    throw brokenPart(name, 'the root is not <Relationships>');
  return root;
}

function fromElement(el: XmlElement, sourcePart: string): Relationship {
  const external = el.attr('TargetMode') === 'External';
  const target = el.attr('Target') ?? '';
  return {
    id: el.attr('Id') ?? '',
    type: el.attr('Type') ?? '',
    part: external ? null : resolveTarget(sourcePart, target),
    span: [el.start, el.end],
  };
}

/** The relationships of a part the writer edits: parsed by namespace, refused when damaged. */
export function parseRelationships(relsXml: string, sourcePart: string): Relationship[] {
  const root = relsRoot(relsXml, relsPartOf(sourcePart));
  if (!root) return [];
  return root.childrenNamed('Relationship', NS.pkgRel).map((el) => fromElement(el, sourcePart));
}

/**
 * The relationships of a part the writer only follows (a user's drawing, say): the same when the
 * part is sound; a damaged part is still read as far as its tags go, since it is not edited.
 */
export function readRelationships(relsXml: string, sourcePart: string): Relationship[] {
  try {
    return parseRelationships(relsXml, sourcePart);
  } catch {
    return findTags(relsXml.replace(/<(\/?)[A-Za-z_][\w.-]*:/g, '<$1'), 'Relationship').map(
      ({ tag, index }) => {
        const external = getAttr(tag, 'TargetMode') === 'External';
        return {
          id: getAttr(tag, 'Id') ?? '',
          type: getAttr(tag, 'Type') ?? '',
          part: external ? null : resolveTarget(sourcePart, getAttr(tag, 'Target') ?? ''),
          span: [index, index],
        };
      },
    );
  }
}

/** The first "rIdN" not used in this rels part. */
export function freeRelId(relsXml: string): string {
  const root = relsRoot(relsXml);
  const used = new Set(
    root?.childrenNamed('Relationship', NS.pkgRel).map((el) => el.attr('Id')) ?? [],
  );
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
  const root = relsRoot(relsXml);
  // A part with no element at all: nothing to keep, so it becomes a proper one.
  if (!root) return appendRelationship(EMPTY_RELS, id, type, target);
  return applySplices(relsXml, [appendInside(root, qualify(rel, root, NS.pkgRel))]);
}

export function removeRelationship(relsXml: string, id: string): string {
  const root = relsRoot(relsXml);
  const found = root?.childrenNamed('Relationship', NS.pkgRel).find((el) => el.attr('Id') === id);
  if (!found) return relsXml;
  return applySplices(relsXml, [{ start: found.start, end: found.end, text: '' }]);
}
