import { refusePlan } from './planRefusal';
import type { PlanConditionalFormat, PlanStyle } from '../../../core/plan/outputPlan';
import { UnusableInputError } from '../errors';
import { applySplices, NS, qualify, type Splice, type XmlElement } from '../xmlTree';
import { brokenPart, parsePart } from './parsePart';
import { escapeXml, setAttr } from './xmlText';

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

export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  `<styleSheet xmlns="${NS.main}">` +
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
  /** The part did not exist: removing the owned sheets removes it. */
  created?: boolean;
  /** The part held no element (this text): it is given back as it was. */
  empty?: string;
  /** The root was an empty tag (this one, as written): it is given back as it was. */
  rootOpen?: string;
  /** Per touched collection: its original start tag (null when absent) and entry count. */
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

function stylesRoot(xml: string): XmlElement | null {
  const root = parsePart(xml, STYLES_PART);
  if (root?.ns === NS.strictMain) throw new UnusableInputError('strict-open-xml', STYLES_PART);
  if (root && !root.is('styleSheet', NS.main))
    throw brokenPart(STYLES_PART, 'the root is not <styleSheet>');
  return root;
}

/** Gives back styles.xml as it was before the marker's appends; null when the part was created. */
export function restoreStyles(xml: string): string | null {
  const marker = readStylesMarker(xml);
  if (!marker) return xml;
  if (marker.empty !== undefined) return marker.empty;
  if (marker.created) return null;
  const root = stylesRoot(xml);
  if (!root) return xml;
  if (marker.rootOpen !== undefined)
    return xml.slice(0, root.start) + marker.rootOpen + xml.slice(root.end);
  const splices: Splice[] = [];
  const comment = MARKER_RE.exec(xml)!;
  splices.push({ start: comment.index, end: comment.index + comment[0].length, text: '' });
  for (const name of ORDER) {
    const was = marker.c[name];
    const el = was && root.child(name, NS.main);
    if (!was || !el) continue;
    if (was.open === null || was.selfClosing) {
      splices.push({ start: el.start, end: el.end, text: was.open ?? '' });
      continue;
    }
    // From the first appended entry on: whitespace the producer left before its end tag stays.
    const firstAdded = el.children[was.n];
    splices.push({ start: el.start, end: el.openEnd, text: was.open });
    if (firstAdded) splices.push({ start: firstAdded.start, end: el.closeStart, text: '' });
  }
  return applySplices(xml, splices);
}

/** The entries an empty or missing collection starts with: Excel's defaults, at index 0 (and 1). */
const SEED: Partial<Record<Collection, string[]>> = {
  fonts: ['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'],
  fills: [
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ],
  borders: ['<border><left/><right/><top/><bottom/><diagonal/></border>'],
  cellStyleXfs: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'],
  cellXfs: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'],
};

interface CollectionState {
  el: XmlElement | undefined;
  /** Entries as written (each element child is one entry, an mc:AlternateContent included). */
  existing: string[];
  /** Entries appended here, qualified for where they go. */
  added: string[];
}

/**
 * Appends the entries a plan needs to styles.xml, reusing identical entries already there. The
 * part is parsed once; entries are written with the prefix the part binds to SpreadsheetML.
 */
export class StylesEditor {
  private readonly source: string;
  private readonly root: XmlElement;
  private readonly marker: StylesMarker;
  private readonly collections = new Map<Collection, CollectionState>();
  private readonly defaultFont: { name: string; size: number };

  constructor(xml: string | null) {
    this.marker = { c: {} };
    let root = xml === null ? null : stylesRoot(xml);
    if (xml === null) this.marker.created = true;
    else if (!root) this.marker.empty = xml;
    this.source = root ? xml! : MINIMAL_STYLES;
    root ??= stylesRoot(MINIMAL_STYLES)!;
    this.root = root;
    if (root.selfClosing) this.marker.rootOpen = root.openTag();
    const font0 = root.child('fonts', NS.main)?.children[0];
    const name = font0?.child('name', NS.main)?.attr('val');
    const size = Number(font0?.child('sz', NS.main)?.attr('val'));
    this.defaultFont = {
      name: name ?? 'Calibri',
      size: Number.isFinite(size) && size > 0 ? size : 11,
    };
  }

  private state(name: Collection): CollectionState {
    let st = this.collections.get(name);
    if (!st) {
      const el = this.root.child(name, NS.main);
      st = { el, existing: el ? el.children.map((c) => c.text()) : [], added: [] };
      this.collections.set(name, st);
      if (st.existing.length === 0) for (const seed of SEED[name] ?? []) this.append(name, seed);
    }
    return st;
  }

  /** Index of an identical entry, or of the entry appended now. */
  private add(name: Collection, childXml: string): number {
    const st = this.state(name);
    const text = qualify(childXml, st.el ?? this.root, NS.main);
    const same = st.existing.indexOf(text);
    if (same >= 0) return same;
    const again = st.added.indexOf(text);
    if (again >= 0) return st.existing.length + again;
    return this.append(name, childXml);
  }

  private append(name: Collection, childXml: string): number {
    const st = this.collections.get(name)!;
    if (!this.marker.c[name]) {
      this.marker.c[name] = st.el
        ? { open: st.el.openTag(), selfClosing: st.el.selfClosing, n: st.existing.length }
        : { open: null, selfClosing: false, n: 0 };
    }
    // cellXfs refer to cellStyleXfs entry 0: a workbook without one gets Excel's default.
    if (name === 'cellXfs') this.state('cellStyleXfs');
    st.added.push(qualify(childXml, st.el ?? this.root, NS.main));
    return st.existing.length + st.added.length - 1;
  }

  private numFmtId(code: string | undefined): number {
    if (code === undefined) return 0;
    const builtin = BUILTIN_NUMFMTS[code];
    if (builtin !== undefined) return builtin;
    const el = this.root.child('numFmts', NS.main);
    const existing = (el?.childrenNamed('numFmt', NS.main) ?? []).map((f) => ({
      id: Number(f.attr('numFmtId')),
      code: f.attr('formatCode'),
    }));
    for (const f of existing) if (f.code === code) return f.id;
    const st = this.state('numFmts');
    for (const added of st.added) {
      if (added.includes(`formatCode="${escapeXml(code)}"`))
        return Number(/numFmtId="(\d+)"/.exec(added)![1]);
    }
    const used = [
      ...existing.map((f) => f.id),
      ...st.added.map((a) => Number(/numFmtId="(\d+)"/.exec(a)![1])),
    ];
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
    if (!style.fill) this.state('fills');
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
    const touched = ORDER.filter((n) => (this.collections.get(n)?.added.length ?? 0) > 0);
    if (!this.marker.created && this.marker.empty === undefined && touched.length === 0)
      return this.source;
    const root = this.root;
    const splices: Splice[] = [];
    const fresh: Splice[] = [];
    for (const name of touched) {
      const st = this.collections.get(name)!;
      const count = st.existing.length + st.added.length;
      const body = st.added.join('');
      if (st.el) {
        const open = setAttr(st.el.openTag().replace(/\s*\/>$/, '>'), 'count', String(count));
        if (st.el.selfClosing) {
          splices.push({
            start: st.el.start,
            end: st.el.end,
            text: `${open}${body}</${st.el.qname}>`,
          });
        } else {
          splices.push({ start: st.el.start, end: st.el.openEnd, text: open });
          splices.push({ start: st.el.closeStart, end: st.el.closeStart, text: body });
        }
        continue;
      }
      const text = qualify(`<${name} count="${count}"></${name}>`, root, NS.main).replace(
        /></,
        `>${body}<`,
      );
      const later = ORDER.slice(ORDER.indexOf(name) + 1);
      const next = root.children.find(
        (c) => c.ns === NS.main && later.includes(c.local as Collection),
      );
      const at = next ? next.start : root.closeStart;
      (root.selfClosing ? fresh : splices).push({ start: at, end: at, text });
    }
    const comment = `<!--BangKiem.Styles ${encodeURIComponent(JSON.stringify(this.marker)).replace(/-/g, '%2D')}-->`;
    if (root.selfClosing) {
      const open = root.openTag().replace(/\s*\/>$/, '>');
      const inner = fresh.map((f) => f.text).join('');
      splices.push({
        start: root.start,
        end: root.end,
        text: `${open}${comment}${inner}</${root.qname}>`,
      });
    } else {
      splices.push({ start: root.openEnd, end: root.openEnd, text: comment });
    }
    return applySplices(this.source, splices);
  }
}

/** "1F4E79" → "FF1F4E79"; anything that is not six hex digits is refused with a clear message. */
export function argb(hex: string): string {
  const clean = hex.replace(/^#/, '');
  if (!/^[0-9a-fA-F]{6}$/.test(clean))
    throw refusePlan(`Invalid colour "${hex}": expected six hex digits`);
  return `FF${clean.toUpperCase()}`;
}
