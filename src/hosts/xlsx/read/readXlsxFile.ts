import { readFile } from 'node:fs/promises';
import type { WorkbookSnapshot } from '../../../core/model/snapshot';
import { UnusableInputError } from '../errors';
import { readXlsx, type ReadXlsxOptions } from './readXlsx';

/** Node-only: reads an .xlsx file from disk. A missing or unreadable path is 'not-found'. */
export async function readXlsxFile(
  path: string,
  opts?: ReadXlsxOptions,
): Promise<WorkbookSnapshot> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ERR_FS_FILE_TOO_LARGE') {
      throw new UnusableInputError('too-large', `${path}: over 2 GiB`, { cause: e });
    }
    throw new UnusableInputError('not-found', `${path}: ${code ?? 'unreadable'}`, { cause: e });
  }
  return readXlsx(bytes, opts);
}
