import type { PlanConditionalFormat, PlanStyle } from '../../../core/model/plan';
import { escapeXml, findElement, findElements, getAttr, setAttr } from './xmlText';
import { PlanError } from './planError';

export const STYLES_PART = 'xl/styles.xml';

/** Collections of styles.xml in schema order; a new collection is inserted at its place. */
const ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
] as const;
type Collection = (typeof ORDER)[number];
const CHILD: Partial<Record<Collection, string>> = {
  numFmts: 'numFmt',
  fonts: 'font',
  fills: 'fill',
  borders: 'border',
  cellXfs: 'xf',
  dxfs: 'dxf',
};

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  `<styleSheet xmlns="${NS}">` +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/** Excel's built-in number formats that need no numFmt entry. */
const BUILTIN_NUMFMTS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  '# ?/?': 12,
  '# ??/??': 13,
  'mm-dd-yy': 14,
  'd-mmm-yy': 15,
  'd-mmm': 16,
  'mmm-yy': 17,
  'h:mm AM/PM': 18,
  'h:mm:ss AM/PM': 19,
  'h:mm': 20,
  'h:mm:ss': 21,
  'm/d/yy h:mm': 22,
  '@': 49,
};

/**
 * What styles.xml looked like before Bảng Kiểm appended to it, kept in an XML comment in the part
 * so removing the owned sheets can give the part back as it was. When an application re-saves
 * the file the comment is gone; appending then reuses identical entries, so runs do not pile up.
 */
interface StylesMarker {
  created?: boolean;
  /** Per touched collection: its original start tag (null when absent) and child count. */
  c: Partial<Record<Collection, { open: string | null; selfClosing: boolean; n: number }>>;
}
const MARKER_RE = /<!--BangKiem\.Styles ([^-]*)-->/;

export function readStylesMarker(xml: string): StylesMarker | null {
  const m = MARKER_RE.exec(xml);
  if (!m) return null;
  try {
    return JSON.parse(decodeURIComponent(m[1]!)) as StylesMarker;
  } catch {
    return null;
  }
}

/** Gives back styles.xml as it was before the marker's appends; null when the part was created. */
export function restoreStyles(xml: string): string | null {
  const marker = readStylesMarker(xml);
  if (!marker) return xml;
  if (marker.created) return null;
  let out = xml.replace(MARKER_RE, '');
  for (const name of ORDER) {
    const was = marker.c[name];
    if (!was) continue;
    const el = findElement(out, name);
    if (!el) continue;
    if (was.open === null) {
      out = out.slice(0, el.start) + out.slice(el.end);
      continue;
    }
    const child = CHILD[name]!;
    const kids = findElements(out.slice(el.openEnd, el.end), child);
    if (was.selfClosing) {
      out = out.slice(0, el.start) + was.open + out.slice(el.end);
    } else {
      const keepEnd = was.n === 0 ? 0 : kids[was.n - 1]!.index + kids[was.n - 1]!.xml.length;
      const cutFrom = el.openEnd + keepEnd;
      const closeAt = el.end - `</${name}>`.length;
      out = out.slice(0, el.start) + was.open + out.slice(el.openEnd, cutFrom) + out.slice(closeAt);
    }
  }
  return out;
}

/** Appends the entries a plan needs to styles.xml, reusing identical entries already there. */
export class StylesEditor {
  private xml: string;
  private readonly marker: StylesMarker;
  private readonly defaultFont: { name: string; size: number };

  constructor(xml: string | null) {
    this.xml = xml ?? MINIMAL_STYLES;
    this.marker = { c: {} };
    if (xml === null) this.marker.created = true;
    const font0 = findElements(this.section('fonts') ?? '', 'font')[0]?.xml ?? '';
    const name = /<name\s+val="([^"]*)"/.exec(font0)?.[1];
    const size = Number(/<sz\s+val="([^"]*)"/.exec(font0)?.[1]);
    this.defaultFont = {
      name: name ?? 'Calibri',
      size: Number.isFinite(size) && size > 0 ? size : 11,
    };
  }

  private section(name: Collection): string | null {
    const el = findElement(this.xml, name);
    return el ? this.xml.slice(el.start, el.end) : null;
  }

  /** Index of an identical child, or of the child appended now. */
  private add(name: Collection, childXml: string): number {
    const child = CHILD[name]!;
    let el = findElement(this.xml, name);
    if (!el) {
      this.remember(name, null, false, 0);
      const at = this.insertionPoint(name);
      this.xml = `${this.xml.slice(0, at)}<${name} count="0"></${name}>${this.xml.slice(at)}`;
      el = findElement(this.xml, name)!;
    }
    const kids = el.selfClosing ? [] : findElements(this.xml.slice(el.openEnd, el.end), child);
    const same = kids.findIndex((k) => k.xml === childXml);
    if (same >= 0) return same;
    const open = this.xml.slice(el.start, el.openEnd);
    this.remember(name, open, el.selfClosing, kids.length);
    const newOpen = setAttr(open.replace(/\s*\/>$/, '>'), 'count', String(kids.length + 1));
    const body = el.selfClosing ? '' : this.xml.slice(el.openEnd, el.end - `</${name}>`.length);
    this.xml = `${this.xml.slice(0, el.start)}${newOpen}${body}${childXml}</${name}>${this.xml.slice(el.end)}`;
    return kids.length;
  }

  private remember(name: Collection, open: string | null, selfClosing: boolean, n: number): void {
    if (!this.marker.c[name]) this.marker.c[name] = { open, selfClosing, n };
  }

  private insertionPoint(name: Collection): number {
    for (const later of ORDER.slice(ORDER.indexOf(name) + 1)) {
      const el = findElement(this.xml, later);
      if (el) return el.start;
    }
    const end = this.xml.lastIndexOf('</styleSheet>');
    if (end < 0) throw new Error('Broken xl/styles.xml: no </styleSheet>');
    return end;
  }

  private numFmtId(code: string | undefined): number {
    if (code === undefined) return 0;
    const builtin = BUILTIN_NUMFMTS[code];
    if (builtin !== undefined) return builtin;
    const existing = findElements(this.section('numFmts') ?? '', 'numFmt');
    for (const { xml } of existing) {
      if (getAttr(xml, 'formatCode') === code) return Number(getAttr(xml, 'numFmtId'));
    }
    const used = existing.map(({ xml }) => Number(getAttr(xml, 'numFmtId')));
    const id = Math.max(163, ...used.filter(Number.isFinite)) + 1;
    this.add('numFmts', `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  /** Adds one cell style and returns its cellXfs index. */
  addCellStyle(style: PlanStyle): number {
    const numFmtId = this.numFmtId(style.numFmt);
    const font =
      '<font>' +
      (style.bold ? '<b/>' : '') +
      (style.italic ? '<i/>' : '') +
      (style.underline ? '<u/>' : '') +
      `<sz val="${style.fontSize ?? this.defaultFont.size}"/>` +
      (style.fontColor ? `<color rgb="${argb(style.fontColor)}"/>` : '') +
      `<name val="${escapeXml(this.defaultFont.name)}"/>` +
      '</font>';
    const fontId = this.add('fonts', font);
    const fillId = style.fill
      ? this.add(
          'fills',
          `<fill><patternFill patternType="solid"><fgColor rgb="${argb(style.fill)}"/><bgColor indexed="64"/></patternFill></fill>`,
        )
      : 0;
    const side = (s: string) =>
      style.border === 'thin' ? `<${s} style="thin"><color indexed="64"/></${s}>` : `<${s}/>`;
    const borderId = this.add(
      'borders',
      `<border>${side('left')}${side('right')}${side('top')}${side('bottom')}<diagonal/></border>`,
    );
    const align =
      (style.hAlign ? ` horizontal="${style.hAlign}"` : '') +
      (style.vAlign ? ` vertical="${style.vAlign}"` : '') +
      (style.wrap ? ' wrapText="1"' : '');
    const xf =
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
      ` applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">` +
      `<alignment${align}/></xf>`;
    return this.add('cellXfs', xf);
  }

  /** Adds the differential format of a conditional format and returns its dxfs index. */
  addDxf(style: PlanConditionalFormat['style']): number {
    const font =
      style.bold || style.fontColor
        ? `<font>${style.bold ? '<b/>' : ''}${style.fontColor ? `<color rgb="${argb(style.fontColor)}"/>` : ''}</font>`
        : '';
    const fill = style.fill
      ? `<fill><patternFill patternType="solid"><fgColor rgb="${argb(style.fill)}"/><bgColor rgb="${argb(style.fill)}"/></patternFill></fill>`
      : '';
    return this.add('dxfs', `<dxf>${font}${fill}</dxf>`);
  }

  /** The edited part, with the marker that lets removeOwned give the original back. */
  result(): string {
    if (!this.marker.created && Object.keys(this.marker.c).length === 0) return this.xml;
    const comment = `<!--BangKiem.Styles ${encodeURIComponent(JSON.stringify(this.marker)).replace(/-/g, '%2D')}-->`;
    const root = findElement(this.xml, 'styleSheet');
    if (!root) throw new Error('Broken xl/styles.xml: no <styleSheet>');
    return this.xml.slice(0, root.openEnd) + comment + this.xml.slice(root.openEnd);
  }
}

/** "1F4E79" → "FF1F4E79"; anything that is not six hex digits is refused with a clear message. */
export function argb(hex: string): string {
  const clean = hex.replace(/^#/, '');
  if (!/^[0-9a-fA-F]{6}$/.test(clean))
    throw new PlanError(`Invalid colour "${hex}": expected six hex digits`);
  return `FF${clean.toUpperCase()}`;
}
