import { BUILTIN_NUM_FMTS } from './builtinNumFmts';
import { decodeXml, elements, firstElement, getAttr, isTrue } from './xmlText';

/** What the snapshot keeps of one cellXfs entry. */
export interface CellXf {
  numFmt: string;
  font: string | null;
  /** The workbook's default font (fonts[0]): a rich-text run font may then speak for the cell. */
  defaultFont: boolean;
  /** The font is struck through (<strike/>, not <strike val="0"/>). */
  strike?: boolean;
}

export interface Styles {
  xfs: CellXf[];
}

function section(xml: string, tag: string): string {
  const el = firstElement(xml, tag);
  return el?.[1] ?? '';
}

export function parseStyles(xml: string): Styles {
  const numFmts = new Map<number, string>();
  for (const [attrs] of elements(section(xml, 'numFmts'), 'numFmt')) {
    const id = Number(getAttr(attrs, 'numFmtId'));
    const code = getAttr(attrs, 'formatCode');
    if (Number.isInteger(id) && code !== undefined) numFmts.set(id, decodeXml(code));
  }

  const fonts: (string | null)[] = [];
  const struck: boolean[] = [];
  for (const [, inner] of elements(section(xml, 'fonts'), 'font')) {
    const name = inner ? firstElement(inner, 'name') : null;
    const val = name ? getAttr(name[0], 'val') : undefined;
    fonts.push(val ? decodeXml(val) : null);
    const strike = inner ? firstElement(inner, 'strike') : null;
    // A boolean property: present means on, unless its val says 0 or false.
    const on = strike ? getAttr(strike[0], 'val') : undefined;
    struck.push(!!strike && (on === undefined || isTrue(on)));
  }
  const defaultFontName = fonts[0] ?? null;

  const xfs: CellXf[] = [];
  for (const [attrs] of elements(section(xml, 'cellXfs'), 'xf')) {
    const numFmtId = Number(getAttr(attrs, 'numFmtId') ?? 0);
    const fontId = Number(getAttr(attrs, 'fontId') ?? 0);
    const font = fonts[fontId] ?? null;
    xfs.push({
      numFmt: numFmts.get(numFmtId) ?? BUILTIN_NUM_FMTS[numFmtId] ?? 'General',
      font,
      defaultFont: fontId === 0 || font === defaultFontName,
      strike: struck[fontId] ?? false,
    });
  }
  return { xfs };
}
