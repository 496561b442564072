import { basename, extname } from 'node:path';
import { Failure } from '../core/failures';
import type { FileReport } from '../core/report/types';
import type { Lang } from '../core/words';
import { runJob, type WorkbookHost } from '../hosts/host';
import { readXlsxAsync } from '../hosts/xlsx/read/readXlsx';
import { readWorkbookFile } from '../hosts/xlsx/workbookFile';
import { applyPlan } from '../hosts/xlsx/write/applyPlan';
import { outputExtension } from '../hosts/xlsx/write/outputExtension';
import { CliFileError, toFileError, type FileError } from './fileErrors';
import { nativeInflate } from './nativeInflate';
import { writeAtomic } from './writeAtomic';

export type FileOutcome =
  { file: string; report: FileReport; output?: string } | { file: string; error: FileError };

/** What every file of a batch shares; plain data, so it crosses to a worker thread as it is. */
export interface RunOptions {
  /** Settings from the command line (a settings file), over the workbook's own. */
  overrides?: unknown;
  lang?: Lang;
  /** When the batch started: its local day is stamped on the report sheet of a written workbook. */
  at?: Date;
}

/** One file of a batch: where to read it and, with --out, where its checked copy goes. */
export interface FileJob {
  file: string;
  output?: string;
}

/**
 * A workbook file as the one job's host: read from disk, and with --out written to its output
 * path, named by what the package is (.xlsm for a macro-enabled workbook).
 */
function fileHost(job: FileJob, onRows?: (rows: number) => void): WorkbookHost<string> {
  let bytes: Uint8Array | null = null;
  const output = job.output;
  return {
    name: basename(job.file),
    read: async () => {
      const file = await readWorkbookFile(job.file);
      // Kept for --out alone: otherwise the file's bytes (27 MB at a million rows) are let go
      // once read, not held through the check.
      if (output) bytes = file;
      // Node's zlib inflates on its thread pool while this thread scans (see docs/performance.md).
      return readXlsxAsync(file, nativeInflate, onRows ? { onRows } : {});
    },
    ...(output && {
      write: async (plan) => {
        const written = applyPlan(bytes!, plan);
        const path = withExtension(output, outputExtension(written));
        await writeAtomic(path, written);
        return path;
      },
    }),
  };
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
    const done = await runJob(fileHost(job, onRows), {
      overrides: options.overrides,
      ...(options.lang ? { lang: options.lang } : {}),
      ...(options.at ? { at: options.at } : {}),
      // A workbook the writer refuses by name (Strict, locked structure, damaged) or a disk
      // that refuses the file says why; otherwise the check is done and the writer met a
      // structure it does not handle.
      onWriteFailure: (e) =>
        e instanceof Failure && e.severity === 'error'
          ? e
          : new CliFileError('cannot-write-workbook', {}, { cause: e }),
    });
    return done.wrote
      ? { file, report: done.check.report, output: done.written }
      : { file, report: done.check.report };
  } catch (e) {
    return { file, error: toFileError(e, options.lang ?? 'vi') };
  }
}

/** The planned output path with the extension the written package needs. */
function withExtension(output: string, ext: string): string {
  const now = extname(output);
  return now.toLowerCase() === ext ? output : output.slice(0, output.length - now.length) + ext;
}
