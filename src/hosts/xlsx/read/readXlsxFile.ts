import type { WorkbookSnapshot } from '../../../core/model/snapshot';
import { readWorkbookFile } from '../workbookFile';
import { readXlsx, type ReadXlsxOptions } from './readXlsx';

/** Node-only: reads an .xlsx file from disk, refusing a path as the command line does. */
export async function readXlsxFile(
  path: string,
  opts?: ReadXlsxOptions,
): Promise<WorkbookSnapshot> {
  return readXlsx(await readWorkbookFile(path), opts);
}
