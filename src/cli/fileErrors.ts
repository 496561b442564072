import { Failure, type FailureId, type FailureParam } from '../core/failures';
import type { Lang } from '../core/words';
import { formatSize } from '../hosts/xlsx/workbookFile';

export { formatSize };

/** What a file's line says when it could not be used; `code` is stable for programs. */
export interface FileError {
  code: string;
  message: string;
  /** Unexpected failures only: the technical cause, in English, for a bug report. */
  detail?: string;
}

/** The catalogue's entries for the command line's own work with files (core/failures). */
export type CliErrorCode = Extract<
  FailureId,
  | 'write-denied'
  | 'output-is-folder'
  | 'output-symlink'
  | 'out-dir-not-folder'
  | 'no-space'
  | 'file-too-big'
  | 'write-failed'
  | 'cannot-write-workbook'
  | 'out-of-memory'
  | 'internal'
  | 'stdout'
>;

/** A failure of the command line's own file work, raised and caught within one file's run. */
export class CliFileError extends Failure {
  constructor(
    code: CliErrorCode,
    params: Record<string, FailureParam> = {},
    options?: { cause?: unknown },
  ) {
    super(code, params, options);
    this.name = 'CliFileError';
  }
}

export function cliMessage(
  code: CliErrorCode,
  lang: Lang,
  params: Record<string, FailureParam> = {},
): string {
  return new Failure(code, params).text(lang);
}

/** An operating-system error met while writing the output, as the code its line is made from. */
export function writeErrorCode(errno: string | undefined): CliErrorCode {
  switch (errno) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'write-denied';
    case 'EISDIR':
      return 'output-is-folder';
    case 'EEXIST':
    case 'ENOTDIR':
      return 'out-dir-not-folder';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'no-space';
    case 'EFBIG':
      return 'file-too-big';
    default:
      return 'write-failed';
  }
}

/**
 * Any failure of one file's run, as that file's one line in the user's language: a catalogued
 * failure the user can act on by its own code and words; a fault of Bảng Kiểm's, or anything
 * not foreseen, as "internal" with the technical cause for a bug report.
 */
export function toFileError(e: unknown, lang: Lang): FileError {
  if (e instanceof Failure && e.severity === 'error')
    return { code: e.code, message: e.text(lang) };
  if (e instanceof RangeError && /allocation failed|invalid .*length|heap/i.test(e.message)) {
    return { code: 'out-of-memory', message: cliMessage('out-of-memory', lang) };
  }
  return {
    code: 'internal',
    message: cliMessage('internal', lang),
    detail: e instanceof Error ? e.message : String(e),
  };
}
