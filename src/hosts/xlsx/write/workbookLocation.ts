import { UnusableInputError } from '../errors';
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
  // The reader falls back to xl/workbook.xml; an output whose root relationship points nowhere
  // would not open, so the writer calls the file damaged.
  if (!pkg.has(part))
    throw new UnusableInputError('corrupt', `the workbook part ${part} is missing`);
  if (pkg.text(part)!.includes('http://purl.oclc.org/ooxml/spreadsheetml/main')) {
    throw new UnusableInputError('strict', `${part} is Strict Open XML`);
  }
  return { part, rels: relsPartOf(part) };
}
