import { quoteSheetName } from '../../../core/model/address';
import { UnusableInputError } from '../errors';
import { appendInside, applySplices, NS, qualify, type Splice, type XmlElement } from '../xmlTree';
import { brokenPart, requireRoot, textContent } from './parsePart';
import { escapeXml, setAttr } from './xmlText';

export const WORKBOOK_PART = 'xl/workbook.xml';

/**
 * Edits of the workbook part, by namespace: the SpreadsheetML elements may carry any prefix
 * (`<x:sheet>`), and `r:id` is whatever attribute the relationships namespace binds, declared on
 * the root or on each element.
 */

export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  state: string;
  element: XmlElement;
}

export interface DefinedNameEntry {
  name: string;
  localSheetId: number | null;
  /** The formula, unescaped. */
  value: string;
  element: XmlElement;
}

function root(xml: string): XmlElement {
  return requireRoot(xml, WORKBOOK_PART, 'workbook', NS.main);
}

function sheetsElement(wb: XmlElement): XmlElement {
  const sheets = wb.child('sheets', NS.main);
  if (!sheets) throw brokenPart(WORKBOOK_PART, 'no <sheets>');
  return sheets;
}

export function listSheets(xml: string): SheetEntry[] {
  return sheetsElement(root(xml))
    .childrenNamed('sheet', NS.main)
    .map((el) => ({
      name: el.attr('name') ?? '',
      sheetId: Number(el.attr('sheetId')),
      relId: el.attr('id', NS.rel) ?? '',
      state: el.attr('state') ?? 'visible',
      element: el,
    }));
}

function definedNames(wb: XmlElement): DefinedNameEntry[] {
  const names = wb.child('definedNames', NS.main);
  if (!names) return [];
  return names.childrenNamed('definedName', NS.main).map((el) => {
    const lsid = el.attr('localSheetId');
    return {
      name: el.attr('name') ?? '',
      localSheetId: lsid === null || !/^\s*\d+\s*$/.test(lsid) ? null : Number(lsid),
      value: textContent(el),
      element: el,
    };
  });
}

export function listDefinedNames(xml: string): DefinedNameEntry[] {
  return definedNames(root(xml));
}

function isTrue(v: string | null): boolean {
  return v !== null && /^\s*(1|true)\s*$/.test(v);
}

/**
 * Refuses a workbook whose structure is protected: Excel would not let a user add a sheet to it,
 * and a file that has sheets added behind the protection's back is not what its owner locked.
 */
export function checkStructureUnlocked(xml: string): void {
  const protection = root(xml).child('workbookProtection', NS.main);
  if (protection && isTrue(protection.attr('lockStructure')))
    throw new UnusableInputError('structure-locked', WORKBOOK_PART);
}

export function definedNameXml(
  name: string,
  value: string,
  localSheetId?: number,
  hidden?: boolean,
): string {
  return (
    `<definedName name="${escapeXml(name)}"` +
    (localSheetId !== undefined ? ` localSheetId="${localSheetId}"` : '') +
    (hidden ? ' hidden="1"' : '') +
    `>${escapeXml(value)}</definedName>`
  );
}

/** Whether a formula refers to a sheet by name ("'Bảng Kiểm'!A1" or "Sheet1!A1"). */
export function refersToSheet(formula: string, sheetName: string): boolean {
  return (
    formula.includes(`${quoteSheetName(sheetName)}!`) ||
    formula.includes(`'${sheetName.replace(/'/g, "''")}'!`)
  );
}

/**
 * Removes sheets by position, with the names scoped to them and the workbook names that point
 * into them (or are listed in workbookNames, lower-cased), and renumbers the localSheetId of the
 * names that stay.
 */
export function removeSheets(
  xml: string,
  positions: Set<number>,
  workbookNames: Set<string> = new Set(),
  /** What an emptied definedNames becomes: '' (gone) or the empty tag it was (NAMES_MARKER). */
  emptyNames = '',
): string {
  if (positions.size === 0 && workbookNames.size === 0) return xml;
  const wb = root(xml);
  const sheets = listSheets(xml);
  const removedNames = sheets.filter((_s, i) => positions.has(i)).map((s) => s.name);
  const newIndex = (old: number) => old - [...positions].filter((p) => p < old).length;
  const splices: Splice[] = [];
  const cut = (el: XmlElement) => splices.push({ start: el.start, end: el.end, text: '' });

  sheets.filter((_s, i) => positions.has(i)).forEach((s) => cut(s.element));

  const names = definedNames(wb);
  const nameSplices: Splice[] = [];
  let kept = 0;
  for (const n of names) {
    const el = n.element;
    let remove = false;
    if (n.localSheetId !== null) {
      if (positions.has(n.localSheetId)) remove = true;
      else if (newIndex(n.localSheetId) !== n.localSheetId) {
        nameSplices.push({
          start: el.start,
          end: el.openEnd,
          text: setAttr(el.openTag(), 'localSheetId', String(newIndex(n.localSheetId))),
        });
      }
    } else if (
      workbookNames.has(n.name.toLowerCase()) ||
      removedNames.some((sheet) => refersToSheet(n.value, sheet))
    ) {
      remove = true;
    }
    if (remove) nameSplices.push({ start: el.start, end: el.end, text: '' });
    else kept++;
  }
  const dn = wb.child('definedNames', NS.main);
  if (dn && names.length > 0 && kept === 0 && dn.children.length === names.length)
    splices.push({ start: dn.start, end: dn.end, text: emptyNames });
  else splices.push(...nameSplices);
  splices.push(...fixBookViews(wb, sheets.length - positions.size, newIndex, positions));
  return applySplices(xml, splices);
}

/** Keeps activeTab and firstSheet on a sheet that still exists. */
function fixBookViews(
  wb: XmlElement,
  count: number,
  newIndex: (old: number) => number,
  removed: Set<number>,
): Splice[] {
  const views = wb.child('bookViews', NS.main)?.childrenNamed('workbookView', NS.main) ?? [];
  const out: Splice[] = [];
  for (const view of views) {
    let tag = view.openTag();
    for (const attr of ['activeTab', 'firstSheet']) {
      const v = view.attr(attr);
      if (v === null) continue;
      const old = Number(v);
      const now = removed.has(old) ? 0 : Math.min(newIndex(old), Math.max(0, count - 1));
      if (now !== old) tag = setAttr(tag, attr, String(now));
    }
    if (tag !== view.openTag()) out.push({ start: view.start, end: view.openEnd, text: tag });
  }
  return out;
}

/** Appends sheets, each "<sheet name=… sheetId=… r:id=…/>" as the plan writes it. */
export function appendSheets(xml: string, tags: string[]): string {
  if (!tags.length) return xml;
  const sheets = sheetsElement(root(xml));
  const text = tags.map((t) => qualify(t, sheets, NS.main, NS.rel)).join('');
  return applySplices(xml, [appendInside(sheets, text)]);
}

/** Elements that follow definedNames in CT_Workbook: a new definedNames goes before the first. */
const AFTER_DEFINED_NAMES = [
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
];

/** A splice inserting text (an element of the root) before the first of `later`, else last. */
function insertInRoot(wb: XmlElement, later: string[], text: string): Splice {
  const next = wb.children.find((c) => c.ns === NS.main && later.includes(c.local));
  if (next) return { start: next.start, end: next.start, text };
  return appendInside(wb, text);
}

export function appendDefinedNames(xml: string, namesXml: string[]): string {
  if (namesXml.length === 0) return xml;
  const wb = root(xml);
  const dn = wb.child('definedNames', NS.main);
  if (!dn) {
    const text = qualify(`<definedNames>${namesXml.join('')}</definedNames>`, wb, NS.main);
    return applySplices(xml, [insertInRoot(wb, AFTER_DEFINED_NAMES, text)]);
  }
  const text = namesXml.map((n) => qualify(n, dn, NS.main)).join('');
  return applySplices(xml, [appendInside(dn, text)]);
}

/**
 * A hidden name holding the workbook's empty definedNames element as written (`<x:definedNames />`)
 * when Bảng Kiểm had to open it, so removing its names gives that element back rather than none.
 */
export const NAMES_MARKER = 'BangKiem.DefinedNames';

/** The definedNames element as written when it is an empty tag, else ''. */
export function emptyDefinedNamesTag(xml: string): string {
  const dn = root(xml).child('definedNames', NS.main);
  return dn?.selfClosing ? dn.text() : '';
}

/**
 * A hidden name holding the workbook's calcPr as it was before Bảng Kiểm asked for a full
 * recalculation on load, so removing what Bảng Kiểm added gives workbook.xml back as it was.
 */
export const CALC_MARKER = 'BangKiem.CalcPr';

/** The calcPr element as written, or '' when the workbook has none. */
export function calcPrTag(xml: string): string {
  return root(xml).child('calcPr', NS.main)?.text() ?? '';
}

/** Puts back a calcPr element recorded by calcPrTag ('' removes it). */
export function restoreCalcPr(xml: string, original: string): string {
  const wb = root(xml);
  const calc = wb.child('calcPr', NS.main);
  if (calc) return applySplices(xml, [{ start: calc.start, end: calc.end, text: original }]);
  if (!original) return xml;
  return applySplices(xml, [insertInRoot(wb, AFTER_DEFINED_NAMES.slice(1), original)]);
}

/** Asks the application to recalculate every formula when it opens the file. */
export function setFullCalcOnLoad(xml: string): string {
  const wb = root(xml);
  const calc = wb.child('calcPr', NS.main);
  if (calc) {
    if (calc.attr('fullCalcOnLoad') === '1') return xml;
    const tag = setAttr(calc.openTag(), 'fullCalcOnLoad', '1');
    return applySplices(xml, [{ start: calc.start, end: calc.openEnd, text: tag }]);
  }
  const text = qualify('<calcPr fullCalcOnLoad="1"/>', wb, NS.main);
  return applySplices(xml, [insertInRoot(wb, AFTER_DEFINED_NAMES.slice(1), text)]);
}
