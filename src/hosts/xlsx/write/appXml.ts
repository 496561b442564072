import { applySplices, NS, parseXml, qualify, type Splice, type XmlElement } from '../xmlTree';
import { textContent } from './parsePart';
import { escapeXml, setAttr } from './xmlText';

export const APP_PART = 'docProps/app.xml';

const WORKSHEET_LABELS = new Set(['worksheets', 'trang tính']);

function vectorIn(parent: XmlElement | undefined): XmlElement | undefined {
  return parent?.child('vector', NS.vt);
}

/**
 * Makes the worksheet titles in docProps/app.xml list the workbook's sheets. Left as it is when
 * the part has no such list, one this code does not recognise, or is damaged: applications treat
 * it as a hint.
 */
export function syncSheetTitles(xml: string, sheetNames: string[]): string {
  let root: XmlElement | null;
  try {
    root = parseXml(xml);
  } catch {
    return xml;
  }
  if (!root?.is('Properties', NS.extended)) return xml;
  const pairsVector = vectorIn(root.child('HeadingPairs', NS.extended));
  const titlesVector = vectorIn(root.child('TitlesOfParts', NS.extended));
  if (!pairsVector || !titlesVector || titlesVector.selfClosing) return xml;

  const variants = pairsVector.childrenNamed('variant', NS.vt);
  const pairs: { label: string; count: number; countEl: XmlElement }[] = [];
  for (let i = 0; i + 1 < variants.length; i += 2) {
    const label = variants[i]!.child('lpstr', NS.vt);
    const count = variants[i + 1]!.child('i4', NS.vt);
    if (!label || !count) return xml;
    const n = Number(textContent(count));
    if (!Number.isInteger(n) || n < 0) return xml;
    pairs.push({ label: textContent(label), count: n, countEl: count });
  }
  const at = pairs.findIndex((p) => WORKSHEET_LABELS.has(p.label.trim().toLowerCase()));
  if (at < 0) return xml;
  const offset = pairs.slice(0, at).reduce((sum, p) => sum + p.count, 0);
  const count = pairs[at]!.count;
  const titles = titlesVector.childrenNamed('lpstr', NS.vt);
  if (titles.length !== titlesVector.children.length || titles.length < offset + count) return xml;
  const mine = titles.slice(offset, offset + count);
  if (mine.length === sheetNames.length && mine.every((t, i) => textContent(t) === sheetNames[i]))
    return xml;

  const newTitles = sheetNames
    .map((n) => qualify(`<lpstr>${escapeXml(n)}</lpstr>`, titlesVector, NS.vt))
    .join('');
  const splices: Splice[] = [];
  const countEl = pairs[at]!.countEl;
  if (countEl.selfClosing) return xml;
  splices.push({
    start: countEl.openEnd,
    end: countEl.closeStart,
    text: String(sheetNames.length),
  });
  const size = titles.length - count + sheetNames.length;
  splices.push({
    start: titlesVector.start,
    end: titlesVector.openEnd,
    text: setAttr(titlesVector.openTag(), 'size', String(size)),
  });
  if (mine.length)
    splices.push({ start: mine[0]!.start, end: mine[mine.length - 1]!.end, text: newTitles });
  else {
    const next = titles[offset];
    const where = next ? next.start : titlesVector.closeStart;
    splices.push({ start: where, end: where, text: newTitles });
  }
  return applySplices(xml, splices);
}
