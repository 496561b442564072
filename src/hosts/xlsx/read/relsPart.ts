import { decodeXml, elements, getAttr } from './xmlText';

export interface Relationship {
  id: string;
  /** Last segment of the relationship type URI: "worksheet", "sharedStrings", "officeDocument"... */
  type: string;
  /** Zip path, resolved against the source part's folder, without a leading "/". */
  target: string;
  external: boolean;
}

/** "xl/_rels/workbook.xml.rels" → "xl/workbook.xml". */
export function relsPathFor(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target (relative or absolute) to a zip path. */
export function resolveTarget(sourcePart: string, target: string): string {
  const parts = target.startsWith('/')
    ? []
    : sourcePart
        .split('/')
        .slice(0, -1)
        .filter((s) => s !== '');
  for (const seg of target.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return parts.join('/');
}

export function parseRels(xml: string, sourcePart: string): Relationship[] {
  const out: Relationship[] = [];
  for (const [attrs] of elements(xml, 'Relationship')) {
    const id = getAttr(attrs, 'Id');
    const type = getAttr(attrs, 'Type') ?? '';
    const target = decodeXml(getAttr(attrs, 'Target') ?? '');
    if (!id) continue;
    const external = getAttr(attrs, 'TargetMode') === 'External';
    out.push({
      id,
      type: type.slice(type.lastIndexOf('/') + 1),
      target: external ? target : resolveTarget(sourcePart, target),
      external,
    });
  }
  return out;
}
