/**
 * A namespace-aware view of a small XML part that keeps its text exactly as it is. Each element
 * knows where it starts and ends in the source and which namespaces are in scope there, so an
 * edit finds elements by namespace and local name (whatever prefix the producer chose: `<x:sheet>`
 * from the .NET Open XML SDK, `<sheet>` under a default namespace, `xmlns:r` declared on each
 * element by openpyxl) and splices new text in, leaving every other byte alone.
 *
 * It reads what the parts of a package hold: elements, attributes, character data, comments,
 * processing instructions, CDATA and a DOCTYPE (skipped, never expanded). Text that is not
 * well-formed raises XmlSyntaxError.
 */

export const NS = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  pkgRel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  types: 'http://schemas.openxmlformats.org/package/2006/content-types',
  extended: 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties',
  vt: 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes',
  strictMain: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
  strictRel: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
  xml: 'http://www.w3.org/XML/1998/namespace',
} as const;

export class XmlSyntaxError extends Error {
  constructor(message: string, at: number) {
    super(`${message} at character ${at}`);
    this.name = 'XmlSyntaxError';
  }
}

export interface XmlAttr {
  /** As written: "r:id". */
  qname: string;
  prefix: string;
  local: string;
  /** '' for an attribute without prefix (attributes do not take the default namespace). */
  ns: string;
  /** Entities decoded. */
  value: string;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (raw, e: string) => {
    if (e[0] !== '#') return NAMED[e]!;
    const n = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : raw;
  });
}

export class XmlElement {
  readonly children: XmlElement[] = [];
  /** Where its start tag ends (after ">" or "/>"); its content begins here. */
  openEnd = 0;
  /** After its end tag (or its empty tag). */
  end = 0;
  /** Where its end tag begins ("</"); equals end for an empty tag. */
  closeStart = 0;
  selfClosing = false;

  constructor(
    readonly qname: string,
    readonly prefix: string,
    readonly local: string,
    /** Namespace of the element ('' when none is in scope). */
    readonly ns: string,
    readonly attrs: XmlAttr[],
    /** Declarations on this element: prefix ('' for the default namespace) → namespace. */
    readonly decls: Map<string, string> | null,
    readonly parent: XmlElement | null,
    /** Where "<" of its start tag is. */
    readonly start: number,
    /** The text parsed. */
    readonly source: string,
  ) {}

  /** The start tag as written. */
  openTag(): string {
    return this.source.slice(this.start, this.openEnd);
  }

  /** The whole element as written. */
  text(): string {
    return this.source.slice(this.start, this.end);
  }

  /** The namespace a prefix ('' = default) stands for here; undefined when unbound. */
  lookup(prefix: string): string | undefined {
    if (prefix === 'xml') return NS.xml;
    const own = this.decls?.get(prefix);
    if (own !== undefined) return own;
    if (this.parent) return this.parent.lookup(prefix);
    return prefix === '' ? '' : undefined;
  }

  /**
   * A prefix bound to ns here and not shadowed below its declaration: '' when ns is the default
   * namespace (usable for elements only), undefined when none. Prefixes declared nearer win.
   */
  prefixFor(ns: string, forAttribute = false): string | undefined {
    if (!forAttribute && this.lookup('') === ns) return '';
    const scopes: XmlElement[] = [];
    for (let el = this.parent; el; el = el.parent) scopes.push(el);
    for (const el of [this as XmlElement, ...scopes]) {
      for (const [p, uri] of el.decls ?? []) {
        if (p !== '' && uri === ns && this.lookup(p) === ns) return p;
      }
    }
    return undefined;
  }

  is(local: string, ns: string): boolean {
    return this.local === local && this.ns === ns;
  }

  /** Attribute value (decoded) by local name and namespace ('' = no namespace); null if absent. */
  attr(local: string, ns = ''): string | null {
    for (const a of this.attrs) if (a.local === local && a.ns === ns) return a.value;
    return null;
  }

  attrNode(local: string, ns = ''): XmlAttr | undefined {
    return this.attrs.find((a) => a.local === local && a.ns === ns);
  }

  child(local: string, ns: string): XmlElement | undefined {
    return this.children.find((c) => c.is(local, ns));
  }

  childrenNamed(local: string, ns: string): XmlElement[] {
    return this.children.filter((c) => c.is(local, ns));
  }

  /** Every element below this one (not itself), in document order. */
  *descendants(): Generator<XmlElement> {
    for (const c of this.children) {
      yield c;
      yield* c.descendants();
    }
  }
}

const NAME_START = /[A-Za-z_:\u00C0-\uFFFF]/;
const NAME_CHAR = /[A-Za-z0-9_:.\-\u00B7\u00C0-\uFFFF]/;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function splitName(qname: string, at: number): [string, string] {
  const colon = qname.indexOf(':');
  if (colon < 0) return ['', qname];
  if (colon === 0 || colon === qname.length - 1 || qname.indexOf(':', colon + 1) >= 0)
    throw new XmlSyntaxError(`Bad name "${qname}"`, at);
  return [qname.slice(0, colon), qname.slice(colon + 1)];
}

/** The root element of an XML document; null when the text holds no element at all. */
export function parseXml(xml: string): XmlElement | null {
  let p = 0;
  const n = xml.length;
  let root: XmlElement | null = null;
  let current: XmlElement | null = null;

  const readName = (): string => {
    const s = p;
    if (p >= n || !NAME_START.test(xml[p]!)) throw new XmlSyntaxError('Name expected', p);
    p++;
    while (p < n && NAME_CHAR.test(xml[p]!)) p++;
    return xml.slice(s, p);
  };
  const skipSpace = () => {
    while (p < n && isSpace(xml.charCodeAt(p))) p++;
  };
  const skipTo = (close: string, what: string) => {
    const at = xml.indexOf(close, p);
    if (at < 0) throw new XmlSyntaxError(`Unclosed ${what}`, p);
    p = at + close.length;
  };

  while (p < n) {
    const lt = xml.indexOf('<', p);
    if (lt < 0) {
      if (current) throw new XmlSyntaxError(`<${current.qname}> is not closed`, n);
      if (xml.slice(p).trim()) throw new XmlSyntaxError('Text outside the root element', p);
      break;
    }
    if (
      !current &&
      xml
        .slice(p, lt)
        .replace(/^\uFEFF/, '')
        .trim()
    )
      throw new XmlSyntaxError('Text outside the root element', p);
    p = lt;
    if (xml.startsWith('<?', p)) {
      skipTo('?>', 'processing instruction');
    } else if (xml.startsWith('<!--', p)) {
      skipTo('-->', 'comment');
    } else if (xml.startsWith('<![CDATA[', p)) {
      if (!current) throw new XmlSyntaxError('CDATA outside the root element', p);
      skipTo(']]>', 'CDATA section');
    } else if (xml.startsWith('<!DOCTYPE', p)) {
      if (root) throw new XmlSyntaxError('DOCTYPE after the root element', p);
      // Skips the internal subset too; its declarations are never applied.
      let depth = 0;
      for (p += 9; p < n; p++) {
        const c = xml[p];
        if (c === '[') depth++;
        else if (c === ']') depth--;
        else if (c === '>' && depth <= 0) break;
      }
      if (p >= n) throw new XmlSyntaxError('Unclosed DOCTYPE', lt);
      p++;
    } else if (xml.startsWith('</', p)) {
      p += 2;
      const name = readName();
      skipSpace();
      if (xml[p] !== '>') throw new XmlSyntaxError(`Bad end tag </${name}`, lt);
      p++;
      if (!current || current.qname !== name)
        throw new XmlSyntaxError(
          `</${name}> does not close ${current ? `<${current.qname}>` : 'anything'}`,
          lt,
        );
      current.closeStart = lt;
      current.end = p;
      current = current.parent;
    } else {
      if (root && !current) throw new XmlSyntaxError('A second root element', p);
      p++;
      const qname = readName();
      const raw: { qname: string; value: string }[] = [];
      let selfClosing = false;
      for (;;) {
        const before = p;
        skipSpace();
        if (xml[p] === '>') {
          p++;
          break;
        }
        if (xml.startsWith('/>', p)) {
          p += 2;
          selfClosing = true;
          break;
        }
        if (p === before) throw new XmlSyntaxError(`Bad start tag <${qname}`, lt);
        const name = readName();
        skipSpace();
        if (xml[p] !== '=') throw new XmlSyntaxError(`"=" expected after ${name}`, p);
        p++;
        skipSpace();
        const q = xml[p];
        if (q !== '"' && q !== "'") throw new XmlSyntaxError(`Quote expected for ${name}`, p);
        const close = xml.indexOf(q, p + 1);
        if (close < 0) throw new XmlSyntaxError(`Unclosed value of ${name}`, p);
        const value = xml.slice(p + 1, close);
        if (value.includes('<')) throw new XmlSyntaxError(`"<" in the value of ${name}`, p);
        raw.push({ qname: name, value: decodeEntities(value) });
        p = close + 1;
      }
      let decls: Map<string, string> | null = null;
      for (const a of raw) {
        if (a.qname === 'xmlns') (decls ??= new Map()).set('', a.value);
        else if (a.qname.startsWith('xmlns:')) (decls ??= new Map()).set(a.qname.slice(6), a.value);
      }
      const [prefix, local] = splitName(qname, lt);
      const el: XmlElement = new XmlElement(qname, prefix, local, '', [], decls, current, lt, xml);
      const ns = el.lookup(prefix);
      if (ns === undefined) throw new XmlSyntaxError(`Prefix "${prefix}" is not declared`, lt);
      (el as { ns: string }).ns = ns;
      for (const a of raw) {
        if (a.qname === 'xmlns' || a.qname.startsWith('xmlns:')) continue;
        const [ap, al] = splitName(a.qname, lt);
        const ans = ap === '' ? '' : el.lookup(ap);
        if (ans === undefined) throw new XmlSyntaxError(`Prefix "${ap}" is not declared`, lt);
        el.attrs.push({ qname: a.qname, prefix: ap, local: al, ns: ans, value: a.value });
      }
      el.openEnd = p;
      if (current) current.children.push(el);
      else root = el;
      if (selfClosing) {
        el.selfClosing = true;
        el.closeStart = p;
        el.end = p;
      } else {
        current = el;
      }
    }
  }
  if (current) throw new XmlSyntaxError(`<${current.qname}> is not closed`, n);
  return root;
}

/** The root element, or an XmlSyntaxError naming the part when it has none. */
export function parseRoot(xml: string, part: string): XmlElement {
  const root = parseXml(xml);
  if (!root) throw new XmlSyntaxError(`${part} holds no XML element`, 0);
  return root;
}

/** One replacement of source text: [start, end) becomes text. */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

/** Applies splices that do not overlap (insertions at one point keep their given order). */
export function applySplices(xml: string, splices: Splice[]): string {
  const sorted = splices
    .map((s, i) => ({ ...s, i }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
  let out = '';
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) throw new Error('Overlapping XML edits');
    out += xml.slice(at, s.start) + s.text;
    at = s.end;
  }
  return out + xml.slice(at);
}

/**
 * Writes an element of namespace `ns` (given unprefixed, "<sheet .../>" or "<a><b/></a>") so that
 * it means the same inside `parent`: element names take the prefix bound to ns there (or none
 * under a default namespace ns), else the element declares ns as its default namespace. An
 * attribute written "r:id" is in the relationships namespace `attrNs`: it takes the prefix bound
 * to that namespace, or declares one on the element.
 */
export function qualify(snippet: string, parent: XmlElement, ns: string, attrNs?: string): string {
  const prefix = parent.prefixFor(ns);
  let out = snippet;
  let declare = '';
  if (prefix === undefined) {
    declare = ` xmlns="${escapeAttr(ns)}"`;
  } else if (prefix !== '') {
    out = out.replace(/<(\/?)([A-Za-z_])/g, `<$1${prefix}:$2`);
  }
  if (attrNs !== undefined && /\sr:[A-Za-z]/.test(out)) {
    let rp = parent.prefixFor(attrNs, true);
    if (rp === undefined) {
      rp = prefix === 'r' ? 'rel' : 'r';
      declare += ` xmlns:${rp}="${escapeAttr(attrNs)}"`;
    }
    if (rp !== 'r') out = out.replace(/(\s)r:([A-Za-z])/g, `$1${rp}:$2`);
  }
  if (declare) out = out.replace(/^(<[^\s/>]+)/, `$1${declare}`);
  return out;
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** A splice that adds children at the end of an element, opening it first if it is empty. */
export function appendInside(el: XmlElement, childText: string): Splice {
  if (!el.selfClosing) return { start: el.closeStart, end: el.closeStart, text: childText };
  // <sheets/> → <sheets>…</sheets>: the start tag as written, less its "/".
  const open = el.openTag().replace(/\s*\/>$/, '>');
  return { start: el.start, end: el.end, text: `${open}${childText}</${el.qname}>` };
}
