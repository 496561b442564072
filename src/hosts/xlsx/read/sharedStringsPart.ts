import { parseRichText } from './richText';

export interface SharedStrings {
  text: string[];
  /** Run font by index, only for items whose runs name a font; sparse. */
  runFont: (string | undefined)[];
}

/** Parses sharedStrings.xml whole: it is one entry per distinct text, small beside the sheets. */
export function parseSharedStrings(xml: string): SharedStrings {
  const text: string[] = [];
  const runFont: (string | undefined)[] = [];
  let p = 0;
  for (;;) {
    const open = xml.indexOf('<si', p);
    if (open < 0) break;
    const gt = xml.indexOf('>', open);
    if (gt < 0) break;
    if (xml[gt - 1] === '/') {
      text.push('');
      p = gt + 1;
      continue;
    }
    const close = xml.indexOf('</si>', gt);
    if (close < 0) break;
    const rich = parseRichText(xml.slice(gt + 1, close));
    if (rich.runFont) runFont[text.length] = rich.runFont;
    text.push(rich.text);
    p = close + 5;
  }
  return { text, runFont };
}
