import { decodeCellText, decodeXml, finishCellText, getAttr } from './xmlText';

export interface RichText {
  text: string;
  /** Font named by a run's own properties (rPr/rFont), when any run with text has one. */
  runFont: string | null;
}

const PHONETIC = /<rPh\b[\s\S]*?<\/rPh>/g;
const TEXT = /<t(?:\s[^>]*)?(?:\/>|>((?:<!\[CDATA\[[\s\S]*?\]\]>|[^<])*)<\/t>)/g;
const RUN = /<r>([\s\S]*?)<\/r>/g;
const RUN_FONT = /<rFont\b([^>]*)\/?>/;

/**
 * The text of a shared string item (<si>) or an inline string (<is>): plain <t>, or rich-text
 * runs concatenated. Phonetic guides (<rPh>) are reading aids, not text, and are left out.
 */
export function parseRichText(inner: string): RichText {
  let xml = inner;
  if (xml.includes('<rPh')) xml = xml.replace(PHONETIC, '');
  // Common case: one plain <t>.
  if (xml.startsWith('<t') && !xml.includes('<r>')) {
    const close = xml.indexOf('</t>');
    const open = xml.indexOf('>');
    if (close > 0 && xml.indexOf('<', open) === close && xml[open - 1] !== '/') {
      return { text: decodeCellText(xml.slice(open + 1, close)), runFont: null };
    }
  }
  let text = '';
  TEXT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TEXT.exec(xml))) if (m[1]) text += decodeXml(m[1]);
  return { text: finishCellText(text), runFont: xml.includes('<rFont') ? firstRunFont(xml) : null };
}

/** Legacy Vietnamese text (.VnTime, VNI-Times) often sits in runs whose font differs from the cell's. */
function firstRunFont(xml: string): string | null {
  RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RUN.exec(xml))) {
    const run = m[1]!;
    const f = RUN_FONT.exec(run);
    const tIdx = run.indexOf('<t');
    const body = tIdx < 0 ? '' : run.slice(tIdx).replace(/<[^>]*>/g, '');
    if (body.trim() === '') continue;
    return f ? decodeXml(getAttr(f[1]!, 'val') ?? '') || null : null;
  }
  return null;
}
