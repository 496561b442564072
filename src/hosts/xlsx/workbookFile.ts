import { readFile, stat } from 'node:fs/promises';
import { Failure } from '../../core/failures';
import { DEFAULT_MAX_UNCOMPRESSED_BYTES } from './read/readXlsx';

/** "3.2 GB", "1 GB": sizes as a person reads them. */
export function formatSize(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let n = bytes;
  let u = 0;
  while (n >= 1024 && u < units.length - 1) {
    n /= 1024;
    u++;
  }
  return `${u === 0 ? n : n.toFixed(n < 10 && n % 1 !== 0 ? 1 : 0)} ${units[u]}`;
}

/**
 * Node only: a workbook file's bytes, the one way every Node caller reads them. A folder, a file
 * too large to read, a missing or unreadable path each become the catalogue's failure for it.
 */
export async function readWorkbookFile(file: string): Promise<Uint8Array> {
  const limit = formatSize(DEFAULT_MAX_UNCOMPRESSED_BYTES);
  try {
    const st = await stat(file);
    if (st.isDirectory()) throw new Failure('folder');
    // No workbook bigger than the reader's limit inflates within it: say so before reading.
    if (st.size > DEFAULT_MAX_UNCOMPRESSED_BYTES) {
      throw new Failure('file-too-large', { size: formatSize(st.size), limit });
    }
    return await readFile(file);
  } catch (e) {
    if (e instanceof Failure) throw e;
    const errno = (e as NodeJS.ErrnoException).code;
    const options = { cause: e, detail: `${file}: ${errno ?? 'unreadable'}` };
    if (errno === 'ENOENT' || errno === 'ENOTDIR') throw new Failure('not-found', {}, options);
    if (errno === 'EISDIR') throw new Failure('folder', {}, options);
    if (errno === 'EACCES' || errno === 'EPERM') throw new Failure('no-access', {}, options);
    if (errno === 'ERR_FS_FILE_TOO_LARGE') {
      throw new Failure('file-too-large', { size: '> 2 GB', limit }, options);
    }
    throw new Failure('unreadable', { errno: errno ?? String(e) }, options);
  }
}
