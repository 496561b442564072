import { UnusableInputError } from '../errors';
import { decodeEntities, NS, parseXml, XmlSyntaxError, type XmlElement } from '../xmlTree';

/**
 * The root element of a package part the writer edits. A part that is not well-formed XML is a
 * damaged file (one line, exit 2), not a bug of ours; null when the part holds no element at all.
 */
export function parsePart(xml: string, part: string): XmlElement | null {
  try {
    return parseXml(xml);
  } catch (e) {
    if (e instanceof XmlSyntaxError)
      throw new UnusableInputError('corrupt', `${part}: ${e.message}`, { cause: e });
    throw e;
  }
}

/** Like parsePart, for a part that must hold an element `local` of namespace ns. */
export function requireRoot(xml: string, part: string, local: string, ns: string): XmlElement {
  const root = parsePart(xml, part);
  if (root?.ns === NS.strictMain || root?.ns === NS.strictRel)
    throw new UnusableInputError('strict-open-xml', part);
  if (!root || !root.is(local, ns))
    throw new UnusableInputError('corrupt', `${part}: no <${local}> in ${ns}`);
  return root;
}

/** A damaged part, found while editing it. */
export function brokenPart(part: string, what: string): UnusableInputError {
  return new UnusableInputError('corrupt', `${part}: ${what}`);
}

/** The text content of an element: entities decoded, CDATA taken literally, comments dropped. */
export function textContent(el: XmlElement): string {
  if (el.selfClosing) return '';
  const raw = el.source.slice(el.openEnd, el.closeStart);
  if (!raw.includes('<')) return decodeEntities(raw);
  let out = '';
  const re = /<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<[^>]*>/g;
  let last = 0;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    out += decodeEntities(raw.slice(last, m.index)) + (m[1] ?? '');
    last = m.index + m[0].length;
  }
  return out + decodeEntities(raw.slice(last));
}
