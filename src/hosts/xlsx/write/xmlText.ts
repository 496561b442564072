/**
 * Drops what XML 1.0 forbids: C0 controls except tab, LF and CR, U+FFFE/U+FFFF and lone
 * surrogates. Written as a loop rather than a regex with lookbehind, which older Safari (the
 * webview of Excel on Mac) cannot parse.
 */
export function stripIllegalXmlChars(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text[i]! + text[i + 1]!;
        i++;
      }
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffe || c === 0xffff)
      continue;
    out += text[i]!;
  }
  return out;
}

/** Escapes text for element content and attribute values alike. */
export function escapeXml(text: string): string {
  return stripIllegalXmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_m, e: string) => {
    switch (e) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default:
        return String.fromCodePoint(
          e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10),
        );
    }
  });
}

/** The value of an attribute in one start tag, unescaped; null when absent. */
export function getAttr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(
    tag,
  );
  if (!m) return null;
  return unescapeXml(m[1] ?? m[2] ?? '');
}

/** Sets (or adds) an attribute in one start tag. */
export function setAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  const quoted = `"${escapeXml(value)}"`;
  if (re.test(tag)) return tag.replace(re, (_m, pre: string) => `${pre}${quoted}`);
  return tag.replace(/\s*(\/?>)$/, (_m, end: string) => ` ${name}=${quoted}${end}`);
}

export function removeAttr(tag: string, name: string): string {
  return tag.replace(
    new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"[^"]*"|'[^']*')`),
    '',
  );
}

/** Attributes of a start tag, read so that a ">" inside a quoted value does not end the tag. */
const ATTRS = `(?:\\s+[\\w:.-]+\\s*=\\s*(?:"[^"]*"|'[^']*'))*\\s*\\/?>`;

function escapeName(element: string): string {
  return element.replace(/[.:]/g, '\\$&');
}

/** Every start (or empty) tag of an element, with its position. */
export function findTags(xml: string, element: string): { tag: string; index: number }[] {
  const re = new RegExp(`<${escapeName(element)}${ATTRS}`, 'g');
  const out: { tag: string; index: number }[] = [];
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push({ tag: m[0], index: m.index });
  return out;
}

/**
 * The span of the first element with this name: start of its start tag to the end of its end tag
 * (or of the empty tag). Does not handle an element nested in itself, which the parts edited here
 * never have.
 */
export function findElement(
  xml: string,
  element: string,
  from = 0,
): { start: number; end: number; openEnd: number; selfClosing: boolean } | null {
  const re = new RegExp(`<${escapeName(element)}${ATTRS}`, 'g');
  re.lastIndex = from;
  const m = re.exec(xml);
  if (!m) return null;
  const openEnd = m.index + m[0].length;
  if (m[0].endsWith('/>')) return { start: m.index, end: openEnd, openEnd, selfClosing: true };
  const close = `</${element}>`;
  const closeAt = xml.indexOf(close, openEnd);
  if (closeAt < 0) throw new Error(`Broken XML: <${element}> is not closed`);
  return { start: m.index, end: closeAt + close.length, openEnd, selfClosing: false };
}

/** Every whole element (start tag to end tag, or empty tag) with this name, in order. */
export function findElements(xml: string, element: string): { xml: string; index: number }[] {
  const name = escapeName(element);
  const re = new RegExp(
    `<${name}(?:\\s+[\\w:.-]+\\s*=\\s*(?:"[^"]*"|'[^']*'))*\\s*(?:\\/>|>[\\s\\S]*?<\\/${name}>)`,
    'g',
  );
  const out: { xml: string; index: number }[] = [];
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push({ xml: m[0], index: m.index });
  return out;
}
