/** Small text helpers for scanning XML without a DOM. */

/** Characters a JSON string must escape; a text holding one is copied the slower way. */
// eslint-disable-next-line no-control-regex -- the control characters JSON escapes
const JSON_ESCAPED = /["\\\u0000-\u001f]/;

/**
 * A copy of s that does not point into the text it was cut from. V8 keeps a long slice (13
 * characters or more) as a view of its parent, so one kept cell text would keep a whole decoded
 * megabyte of sheet XML alive. JSON.parse of the quoted text makes one flat string; slicing a
 * padded copy would keep a 32-byte view beside the copy, 40 MB more for a million member names.
 */
export function detach(s: string): string {
  if (s.length < 13) return s;
  return JSON_ESCAPED.test(s) ? (' ' + s).slice(1) : (JSON.parse(`"${s}"`) as string);
}

/** detach() of a text known to hold no character JSON escapes (no quote, backslash or control). */
export function detachQuotable(s: string): string {
  return s.length < 13 ? s : (JSON.parse(`"${s}"`) as string);
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const ENTITY = /&(?:#x([0-9A-Fa-f]+)|#([0-9]+)|(lt|gt|amp|quot|apos));/g;

function codePoint(n: number, raw: string): string {
  return n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : raw;
}

const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/g;

/**
 * XML's five named entities and numeric character references; nothing else (no DTD is read).
 * CDATA sections, which Excel never writes but other generators do, are taken literally.
 */
export function decodeXml(s: string): string {
  if (s.includes('<![CDATA[')) {
    let out = '';
    let last = 0;
    CDATA.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CDATA.exec(s))) {
      out += decodeEntities(s.slice(last, m.index)) + m[1]!;
      last = m.index + m[0].length;
    }
    return out + decodeEntities(s.slice(last));
  }
  return decodeEntities(s);
}

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (raw, hex?: string, dec?: string, name?: string) => {
    if (hex) return codePoint(parseInt(hex, 16), raw);
    if (dec) return codePoint(parseInt(dec, 10), raw);
    return NAMED[name!]!;
  });
}

const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/**
 * OOXML writes characters XML cannot hold (control characters) as _xHHHH_, and a literal
 * "_xHHHH_" as _x005F_xHHHH_; a left-to-right pass decodes both right.
 */
export function unescapeOoxml(s: string): string {
  if (!s.includes('_x')) return s;
  return s.replace(OOXML_ESCAPE, (_raw, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Text of a cell string (entities, then OOXML escapes), detached from the XML it came from. */
export function decodeCellText(raw: string): string {
  return finishCellText(decodeXml(raw));
}

/** OOXML escapes of text whose entities are already decoded, detached from its source. */
export function finishCellText(decoded: string): string {
  const out = unescapeOoxml(decoded);
  return out === decoded ? detach(decoded) : out;
}

const attrPatterns = new Map<string, RegExp>();

/**
 * An attribute's raw value from a start tag's attribute text, or undefined. The fast path covers
 * what writers emit (name="value" after a space); the pattern covers quotes and spaces XML allows.
 */
export function getAttr(attrs: string, name: string): string | undefined {
  const key = `${name}="`;
  let i = attrs.indexOf(key);
  while (i > 0) {
    const before = attrs.charCodeAt(i - 1);
    if (before === 32 || before === 9 || before === 10 || before === 13) {
      const start = i + key.length;
      const end = attrs.indexOf('"', start);
      return end < 0 ? undefined : attrs.slice(start, end);
    }
    i = attrs.indexOf(key, i + 1);
  }
  if (!attrs.includes(name)) return undefined;
  let re = attrPatterns.get(name);
  if (!re) {
    re = new RegExp(`(?:^|\\s)${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attrPatterns.set(name, re);
  }
  const m = re.exec(attrs);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** "1" and "true" are XML Schema's two spellings of true. */
export function isTrue(v: string | undefined): boolean {
  return v === '1' || v === 'true';
}

const PREFIXED_ROOT = /^\s*(?:<\?[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<[A-Za-z_][\w.-]*:/;
const ELEMENT_PREFIX = /<(\/?)[A-Za-z_][\w.-]*:/g;

/** Some writers (the Open XML SDK) prefix every element, "<x:c>"; the scanners expect none. */
export function hasPrefixedRoot(xmlStart: string): boolean {
  return PREFIXED_ROOT.test(xmlStart);
}

/** Removes element prefixes; safe to apply twice and to text that starts mid-document. */
export function stripElementPrefixes(xml: string): string {
  return xml.replace(ELEMENT_PREFIX, '<$1');
}

/** Every element named tag (without prefix), as [attributes, inner text or null when empty]. */
export function* elements(xml: string, tag: string): Generator<[string, string | null]> {
  const re = new RegExp(`<${tag}(?=[\\s/>])([^>]*?)(/?)>`, 'g');
  const close = `</${tag}>`;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    if (m[2] === '/') {
      yield [m[1]!, null];
      continue;
    }
    const start = re.lastIndex;
    const end = xml.indexOf(close, start);
    if (end < 0) return;
    yield [m[1]!, xml.slice(start, end)];
    re.lastIndex = end + close.length;
  }
}

/** The inner text of the first element named tag, or null. */
export function firstElement(xml: string, tag: string): [string, string | null] | null {
  for (const el of elements(xml, tag)) return el;
  return null;
}
