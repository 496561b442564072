import { quoteSheetName } from '../../../core/model/address';
import {
  escapeXml,
  findElement,
  findElements,
  findTags,
  getAttr,
  setAttr,
  unescapeXml,
} from './xmlText';

export const WORKBOOK_PART = 'xl/workbook.xml';

export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  state: string;
  /** The <sheet .../> tag as written. */
  tag: string;
}

export interface DefinedNameEntry {
  name: string;
  localSheetId: number | null;
  /** The formula, unescaped. */
  value: string;
  /** The whole <definedName> element as written. */
  xml: string;
}

export function listSheets(xml: string): SheetEntry[] {
  const sheets = findElement(xml, 'sheets');
  if (!sheets) throw new Error('Broken xl/workbook.xml: no <sheets>');
  return findTags(xml.slice(sheets.start, sheets.end), 'sheet').map(({ tag }) => ({
    name: getAttr(tag, 'name') ?? '',
    sheetId: Number(getAttr(tag, 'sheetId')),
    relId: getAttr(tag, 'r:id') ?? '',
    state: getAttr(tag, 'state') ?? 'visible',
    tag,
  }));
}

export function listDefinedNames(xml: string): DefinedNameEntry[] {
  const names = findElement(xml, 'definedNames');
  if (!names || names.selfClosing) return [];
  return findElements(xml.slice(names.start, names.end), 'definedName').map(({ xml: el }) => {
    const lsid = getAttr(el, 'localSheetId');
    const body = /^<[^>]*>([\s\S]*)<\/definedName>$/.exec(el)?.[1] ?? '';
    return {
      name: getAttr(el, 'name') ?? '',
      localSheetId: lsid === null ? null : Number(lsid),
      value: unescapeXml(body),
      xml: el,
    };
  });
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
): string {
  if (positions.size === 0 && workbookNames.size === 0) return xml;
  const sheets = listSheets(xml);
  const removedNames = sheets.filter((_s, i) => positions.has(i)).map((s) => s.name);
  const newIndex = (old: number) => old - [...positions].filter((p) => p < old).length;

  let out = xml;
  for (const s of sheets.filter((_s, i) => positions.has(i))) out = out.replace(s.tag, '');

  const names = listDefinedNames(out);
  for (const n of names) {
    let replacement: string | null = n.xml;
    if (n.localSheetId !== null) {
      if (positions.has(n.localSheetId)) replacement = null;
      else if (newIndex(n.localSheetId) !== n.localSheetId) {
        replacement = n.xml.replace(/^<[^>]*>/, (tag) =>
          setAttr(tag, 'localSheetId', String(newIndex(n.localSheetId!))),
        );
      }
    } else if (
      workbookNames.has(n.name.toLowerCase()) ||
      removedNames.some((sheet) => refersToSheet(n.value, sheet))
    ) {
      replacement = null;
    }
    if (replacement !== n.xml) out = out.replace(n.xml, () => replacement ?? '');
  }
  const dn = findElement(out, 'definedNames');
  if (
    dn &&
    !dn.selfClosing &&
    findElements(out.slice(dn.start, dn.end), 'definedName').length === 0
  ) {
    out = out.slice(0, dn.start) + out.slice(dn.end);
  }
  return fixBookViews(out, sheets.length - positions.size, newIndex, positions);
}

/** Keeps activeTab and firstSheet on a sheet that still exists. */
function fixBookViews(
  xml: string,
  count: number,
  newIndex: (old: number) => number,
  removed: Set<number>,
): string {
  return xml.replace(/<workbookView(?=[\s/>])[^>]*>/g, (tag) => {
    let out = tag;
    for (const attr of ['activeTab', 'firstSheet']) {
      const v = getAttr(out, attr);
      if (v === null) continue;
      const old = Number(v);
      const now = removed.has(old) ? 0 : Math.min(newIndex(old), Math.max(0, count - 1));
      if (now !== old) out = setAttr(out, attr, String(now));
    }
    return out;
  });
}

export function appendSheet(xml: string, tag: string): string {
  const sheets = findElement(xml, 'sheets');
  if (!sheets || sheets.selfClosing) throw new Error('Broken xl/workbook.xml: no <sheets>');
  const at = sheets.end - '</sheets>'.length;
  return xml.slice(0, at) + tag + xml.slice(at);
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

function insertBeforeFirst(
  xml: string,
  elements: string[],
  text: string,
  fallbackEnd: string,
): string {
  const starts = elements
    .map((e) => findElement(xml, e)?.start)
    .filter((i): i is number => i !== undefined);
  const at = starts.length ? Math.min(...starts) : xml.lastIndexOf(fallbackEnd);
  return xml.slice(0, at) + text + xml.slice(at);
}

export function appendDefinedNames(xml: string, namesXml: string[]): string {
  if (namesXml.length === 0) return xml;
  const dn = findElement(xml, 'definedNames');
  if (!dn) {
    return insertBeforeFirst(
      xml,
      AFTER_DEFINED_NAMES,
      `<definedNames>${namesXml.join('')}</definedNames>`,
      '</workbook>',
    );
  }
  if (dn.selfClosing) {
    return (
      xml.slice(0, dn.start) +
      `<definedNames>${namesXml.join('')}</definedNames>` +
      xml.slice(dn.end)
    );
  }
  const at = dn.end - '</definedNames>'.length;
  return xml.slice(0, at) + namesXml.join('') + xml.slice(at);
}

/**
 * A hidden name holding the workbook's calcPr as it was before Bảng Kiểm asked for a full
 * recalculation on load, so removing what Bảng Kiểm added gives workbook.xml back as it was.
 */
export const CALC_MARKER = 'BangKiem.CalcPr';

/** The calcPr element as written, or '' when the workbook has none. */
export function calcPrTag(xml: string): string {
  return findTags(xml, 'calcPr')[0]?.tag ?? '';
}

/** Puts back a calcPr element recorded by calcPrTag ('' removes it). */
export function restoreCalcPr(xml: string, original: string): string {
  const calc = findTags(xml, 'calcPr')[0];
  if (calc) return xml.replace(calc.tag, () => original);
  if (!original) return xml;
  return insertBeforeFirst(xml, AFTER_DEFINED_NAMES.slice(1), original, '</workbook>');
}

/** Asks the application to recalculate every formula when it opens the file. */
export function setFullCalcOnLoad(xml: string): string {
  const calc = findTags(xml, 'calcPr')[0];
  if (calc) return xml.replace(calc.tag, () => setAttr(calc.tag, 'fullCalcOnLoad', '1'));
  return insertBeforeFirst(
    xml,
    AFTER_DEFINED_NAMES.slice(1),
    '<calcPr fullCalcOnLoad="1"/>',
    '</workbook>',
  );
}
