import { UnusableInputError } from '../errors';
import { readRelationships, relsPartOf } from './relationships';
import type { XlsxPackage } from './xlsxPackage';
import { WORKBOOK_PART } from './workbookXml';

const OFFICE_DOCUMENT = /\/officeDocument$/;

/** Where the workbook part and its relationships live (xl/workbook.xml nearly always). */
export function workbookLocation(pkg: XlsxPackage): { part: string; rels: string } {
  const root = pkg.text('_rels/.rels');
  const rel = root
    ? readRelationships(root, '').find((r) => OFFICE_DOCUMENT.test(r.type) && r.part)
    : undefined;
  const part = rel?.part && pkg.has(rel.part) ? rel.part : WORKBOOK_PART;
  if (!pkg.has(part)) throw new UnusableInputError('not-workbook', 'the workbook part is missing');
  return { part, rels: relsPartOf(part) };
}
