import type { SheetState } from '../../../core/model/snapshot';
import { NS, parseXml, type XmlElement } from '../xmlTree';
import { decodeXml, elements, firstElement, getAttr, isTrue } from './xmlText';

export interface WorkbookSheetEntry {
  name: string;
  state: SheetState;
  /** Relationship id of the sheet's part in the workbook's rels. */
  rid: string;
}

export interface DefinedName {
  name: string;
  /** Index into the sheets list for a sheet-scoped name. */
  localSheetId: number | null;
  formula: string;
}

export interface WorkbookInfo {
  sheets: WorkbookSheetEntry[];
  date1904: boolean;
  definedNames: DefinedName[];
}

function sheetState(v: string | undefined): SheetState {
  return v === 'hidden' || v === 'veryHidden' ? v : 'visible';
}

/**
 * The sheets as the namespaces say: the relationship id is the attribute `id` in the
 * relationships namespace (Transitional or Strict), whatever its prefix and wherever it is
 * declared (on the root, or on each <sheet> as openpyxl writes it). null when the part is not
 * well-formed, for the lenient scan below.
 */
function sheetsByNamespace(xml: string): WorkbookSheetEntry[] | null {
  let root: XmlElement | null;
  try {
    root = parseXml(xml);
  } catch {
    return null;
  }
  if (!root) return null;
  const out: WorkbookSheetEntry[] = [];
  for (const list of root.children.filter((c) => c.local === 'sheets')) {
    for (const el of list.children.filter((c) => c.local === 'sheet')) {
      out.push({
        name: el.attr('name') ?? '',
        state: sheetState(el.attr('state') ?? undefined),
        rid: el.attr('id', NS.rel) ?? el.attr('id', NS.strictRel) ?? el.attr('id') ?? '',
      });
    }
  }
  return out;
}

export function parseWorkbook(xml: string): WorkbookInfo {
  let sheets = sheetsByNamespace(xml);
  if (!sheets) {
    sheets = [];
    for (const [attrs] of elements(xml, 'sheet')) {
      sheets.push({
        name: decodeXml(getAttr(attrs, 'name') ?? ''),
        state: sheetState(getAttr(attrs, 'state')),
        rid: getAttr(attrs, 'r:id') ?? getAttr(attrs, 'id') ?? '',
      });
    }
  }
  const pr = firstElement(xml, 'workbookPr');
  const definedNames: DefinedName[] = [];
  for (const [attrs, inner] of elements(xml, 'definedName')) {
    const local = getAttr(attrs, 'localSheetId');
    definedNames.push({
      name: decodeXml(getAttr(attrs, 'name') ?? ''),
      localSheetId: local !== undefined && /^\d+$/.test(local) ? Number(local) : null,
      formula: decodeXml(inner ?? ''),
    });
  }
  return { sheets, date1904: pr ? isTrue(getAttr(pr[0], 'date1904')) : false, definedNames };
}
