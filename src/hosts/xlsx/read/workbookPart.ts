import type { SheetState } from '../../../core/model/snapshot';
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

export function parseWorkbook(xml: string): WorkbookInfo {
  const sheets: WorkbookSheetEntry[] = [];
  for (const [attrs] of elements(xml, 'sheet')) {
    sheets.push({
      name: decodeXml(getAttr(attrs, 'name') ?? ''),
      state: sheetState(getAttr(attrs, 'state')),
      rid: getAttr(attrs, 'r:id') ?? getAttr(attrs, 'id') ?? '',
    });
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
