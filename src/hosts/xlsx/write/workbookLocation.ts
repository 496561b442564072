import { parseRelationships, relsPartOf } from './relationships';
import type { XlsxPackage } from './xlsxPackage';
import { WORKBOOK_PART } from './workbookXml';

const OFFICE_DOCUMENT = /\/officeDocument$/;

/** Where the workbook part and its relationships live (xl/workbook.xml nearly always). */
export function workbookLocation(pkg: XlsxPackage): { part: string; rels: string } {
  const root = pkg.text('_rels/.rels');
  const rel = root
    ? parseRelationships(root, '').find((r) => OFFICE_DOCUMENT.test(r.type))
    : undefined;
  const part = rel?.part ?? WORKBOOK_PART;
  if (!pkg.has(part)) throw new Error('Not a readable .xlsx file: the workbook part is missing');
  if (pkg.text(part)!.includes('http://purl.oclc.org/ooxml/spreadsheetml/main')) {
    throw new Error(
      'This file is saved as "Strict Open XML", which Bảng Kiểm cannot write to; save it as an Excel Workbook (.xlsx)',
    );
  }
  return { part, rels: relsPartOf(part) };
}
