import { escapeXml, unescapeXml } from './xmlText';

export const APP_PART = 'docProps/app.xml';

const WORKSHEET_LABELS = new Set(['worksheets', 'trang tính']);

/**
 * Makes the worksheet titles in docProps/app.xml list the workbook's sheets. Left as it is when
 * the part has no such list or one this code does not recognise: applications treat it as a hint.
 */
export function syncSheetTitles(xml: string, sheetNames: string[]): string {
  const pairsMatch = /<HeadingPairs>([\s\S]*?)<\/HeadingPairs>/.exec(xml);
  const titlesMatch =
    /(<TitlesOfParts>\s*<vt:vector\b[^>]*>)([\s\S]*?)(<\/vt:vector>\s*<\/TitlesOfParts>)/.exec(xml);
  if (!pairsMatch || !titlesMatch) return xml;
  const pairRe =
    /<vt:variant>\s*<vt:lpstr>([^<]*)<\/vt:lpstr>\s*<\/vt:variant>\s*<vt:variant>\s*<vt:i4>(\d+)<\/vt:i4>\s*<\/vt:variant>/g;
  const pairs = [...pairsMatch[1]!.matchAll(pairRe)];
  const at = pairs.findIndex((p) => WORKSHEET_LABELS.has(unescapeXml(p[1]!).toLowerCase()));
  if (at < 0) return xml;
  const offset = pairs.slice(0, at).reduce((sum, p) => sum + Number(p[2]), 0);
  const count = Number(pairs[at]![2]);
  const titles = [...titlesMatch[2]!.matchAll(/<vt:lpstr>[^<]*<\/vt:lpstr>|<vt:lpstr\/>/g)].map(
    (m) => m[0],
  );
  if (titles.length < offset + count) return xml;
  const newTitles = [
    ...titles.slice(0, offset),
    ...sheetNames.map((n) => `<vt:lpstr>${escapeXml(n)}</vt:lpstr>`),
    ...titles.slice(offset + count),
  ];
  if (newTitles.join('') === titles.join('')) return xml;
  const pair = pairs[at]!;
  const newPair = pair[0].replace(/<vt:i4>\d+<\/vt:i4>/, `<vt:i4>${sheetNames.length}</vt:i4>`);
  const pairsBody = pairsMatch[1]!.replace(pair[0], () => newPair);
  const open = titlesMatch[1]!.replace(/size="\d+"/, `size="${newTitles.length}"`);
  return xml
    .replace(pairsMatch[0], () => `<HeadingPairs>${pairsBody}</HeadingPairs>`)
    .replace(titlesMatch[0], () => `${open}${newTitles.join('')}${titlesMatch[3]}`);
}
