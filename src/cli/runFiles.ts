import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { checkWorkbook } from '../core/engine';
import { buildPlan } from '../core/plan/buildPlan';
import { settingsForWorkbook } from '../core/plan/settingCells';
import type { FileReport } from '../core/report/types';
import { DEFAULT_MAX_UNCOMPRESSED_BYTES, readXlsxAsync } from '../hosts/xlsx/read/readXlsx';
import { applyPlan } from '../hosts/xlsx/write/applyPlan';
import { UnusableInputError } from '../hosts/xlsx/errors';
import { outputExtension } from '../hosts/xlsx/write/outputExtension';
import { CliFileError, formatSize, toFileError, type FileError } from './fileErrors';
import { nativeInflate } from './nativeInflate';
import { writeAtomic } from './writeAtomic';

export type FileOutcome =
  { file: string; report: FileReport; output?: string } | { file: string; error: FileError };

/** What every file of a batch shares; plain data, so it crosses to a worker thread as it is. */
export interface RunOptions {
  /** Settings from the command line (a settings file), over the workbook's own. */
  overrides?: unknown;
  lang?: 'vi' | 'en';
  /** Date shown on the report sheet of a written workbook. */
  checkedAt?: string;
}

/** One file of a batch: where to read it and, with --out, where its checked copy goes. */
export interface FileJob {
  file: string;
  output?: string;
}

/**
 * The whole job on one file. Never throws: whatever goes wrong, reading, checking or writing,
 * becomes this file's one-line error in the user's language, and the batch goes on.
 */
export async function checkFile(
  job: FileJob,
  options: RunOptions,
  onRows?: (rows: number) => void,
): Promise<FileOutcome> {
  const { file } = job;
  try {
    const bytes = await readBytes(file);
    const snapshot = await readXlsxAsync(bytes, nativeInflate, onRows ? { onRows } : {});
    const settings = settingsForWorkbook(snapshot, options.overrides);
    if (options.lang) settings.lang = options.lang;
    const check = checkWorkbook(snapshot, settings, basename(file));
    if (!job.output) return { file, report: check.report };
    let written: Uint8Array;
    try {
      const plan = buildPlan(
        check,
        snapshot,
        settings,
        options.checkedAt ? { checkedAt: options.checkedAt } : {},
      );
      written = applyPlan(bytes, plan);
    } catch (e) {
      // A workbook the writer refuses by name (Strict, locked structure, damaged) says why.
      if (e instanceof UnusableInputError) throw e;
      // Otherwise the check is done and the writer met a structure it does not handle.
      throw new CliFileError('cannot-write-workbook', {}, { cause: e });
    }
    // Named by what the package is (.xlsm for a macro-enabled workbook), not by what it was called.
    const output = withExtension(job.output, outputExtension(written));
    await writeAtomic(output, written);
    return { file, report: check.report, output };
  } catch (e) {
    return { file, error: toFileError(e, options.lang ?? 'vi') };
  }
}

/** The file's bytes; a folder, a file too large to read, or an unreadable path each say so. */
async function readBytes(file: string): Promise<Uint8Array> {
  try {
    const st = await stat(file);
    if (st.isDirectory()) throw new CliFileError('folder');
    // No workbook bigger than the reader's limit inflates within it: say so before reading.
    if (st.size > DEFAULT_MAX_UNCOMPRESSED_BYTES) {
      throw new CliFileError('too-large', {
        size: formatSize(st.size),
        limit: formatSize(DEFAULT_MAX_UNCOMPRESSED_BYTES),
      });
    }
    return await readFile(file);
  } catch (e) {
    if (e instanceof CliFileError) throw e;
    const errno = (e as NodeJS.ErrnoException).code;
    if (errno === 'ENOENT' || errno === 'ENOTDIR') throw new CliFileError('not-found');
    if (errno === 'EISDIR') throw new CliFileError('folder');
    if (errno === 'EACCES' || errno === 'EPERM') throw new CliFileError('no-access');
    if (errno === 'ERR_FS_FILE_TOO_LARGE') {
      throw new CliFileError('too-large', {
        size: '> 2 GB',
        limit: formatSize(DEFAULT_MAX_UNCOMPRESSED_BYTES),
      });
    }
    throw new CliFileError('unreadable', { errno: errno ?? String(e) }, { cause: e });
  }
}

/** The planned output path with the extension the written package needs. */
function withExtension(output: string, ext: string): string {
  const now = extname(output);
  return now.toLowerCase() === ext ? output : output.slice(0, output.length - now.length) + ext;
}
