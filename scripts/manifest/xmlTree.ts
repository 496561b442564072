import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** One XML element, in document order, names as written (prefix included: "bt:Image"). */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'XmlSyntaxError';
  }
}

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, unknown> };

/** "bt:Image" → "Image": the schema's names, whatever prefix a manifest binds. */
export function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

function toElement(node: OrderedNode): XmlElement | null {
  const name = Object.keys(node).find((k) => k !== ':@');
  if (!name || name === '#text' || name === '#comment' || name.startsWith('?')) return null;
  const attrs: Record<string, string> = {};
  for (const [k, v] of Object.entries(node[':@'] ?? {})) attrs[k] = String(v);
  const children: XmlElement[] = [];
  let text = '';
  for (const child of node[name] as OrderedNode[]) {
    if ('#text' in child) text += String(child['#text']);
    else {
      const el = toElement(child);
      if (el) children.push(el);
    }
  }
  return { name, attrs, children, text: text.trim() };
}

/** Parses a manifest; throws XmlSyntaxError (with its line) when the XML is not well formed. */
export function parseXml(xml: string): XmlElement {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new XmlSyntaxError(valid.err.msg, valid.err.line);
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
  });
  const top = (parser.parse(xml) as OrderedNode[]).map(toElement).filter((e) => e !== null);
  if (top.length !== 1) throw new XmlSyntaxError('expected exactly one root element', 1);
  return top[0]!;
}

/** Every element below `root` (root included), depth first, in document order. */
export function* walk(root: XmlElement): Generator<XmlElement> {
  yield root;
  for (const child of root.children) yield* walk(child);
}

export function child(el: XmlElement, local: string): XmlElement | undefined {
  return el.children.find((c) => localName(c.name) === local);
}

export function childrenNamed(el: XmlElement, local: string): XmlElement[] {
  return el.children.filter((c) => localName(c.name) === local);
}

/** The element a path of local names leads to, e.g. ["VersionOverrides", "Resources"]. */
export function at(el: XmlElement, path: string[]): XmlElement | undefined {
  let cur: XmlElement | undefined = el;
  for (const step of path) cur = cur && child(cur, step);
  return cur;
}
