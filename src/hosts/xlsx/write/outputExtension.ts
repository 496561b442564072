import { CONTENT_TYPES_PART, contentTypeOf } from './contentTypes';
import { workbookLocation } from './workbookLocation';
import { XlsxPackage } from './xlsxPackage';

/**
 * The file extension a workbook package must carry, from its main part's content type: Excel
 * refuses to open a macro-enabled workbook (or a template) under a name that says otherwise.
 */
export function outputExtension(bytes: Uint8Array): '.xlsx' | '.xlsm' | '.xltx' | '.xltm' {
  const pkg = new XlsxPackage(bytes);
  const types = pkg.text(CONTENT_TYPES_PART);
  if (types === null) return '.xlsx';
  const type = (contentTypeOf(types, workbookLocation(pkg).part) ?? '').toLowerCase();
  const macro = type.includes('macroenabled');
  if (type.includes('template')) return macro ? '.xltm' : '.xltx';
  return macro ? '.xlsm' : '.xlsx';
}
