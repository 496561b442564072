import { SettingsError } from '../core/settings';
import { UnusableInputError } from '../hosts/xlsx/errors';

type Lang = 'vi' | 'en';

/** What a file's line says when it could not be used; `code` is stable for programs. */
export interface FileError {
  code: string;
  message: string;
  /** Unexpected failures only: the technical cause, in English, for a bug report. */
  detail?: string;
}

/**
 * Failures of the command line's own work with files (finding, reading and writing them), in
 * both languages. The reader's own failures (not a zip, encrypted…) come typed from the xlsx host.
 */
const MESSAGES = {
  'not-found': {
    vi: 'Không tìm thấy tệp.',
    en: 'The file was not found.',
  },
  folder: {
    vi: 'Đây là một thư mục, không phải tệp: hãy chỉ ra các tệp .xlsx trong đó.',
    en: 'This is a folder, not a file: name the .xlsx files in it.',
  },
  'too-large': {
    vi: 'Tệp quá lớn ({size}); Bảng Kiểm đọc tệp đến {limit}.',
    en: 'The file is too large ({size}); Bảng Kiểm reads files up to {limit}.',
  },
  'no-access': {
    vi: 'Không có quyền đọc tệp.',
    en: 'No permission to read the file.',
  },
  unreadable: {
    vi: 'Không đọc được tệp ({errno}).',
    en: 'The file could not be read ({errno}).',
  },
  'write-denied': {
    vi: 'Không có quyền ghi {output}.',
    en: 'No permission to write {output}.',
  },
  'output-is-folder': {
    vi: 'Không ghi được {output}: đã có một thư mục trùng tên.',
    en: 'Cannot write {output}: a folder of that name is in the way.',
  },
  'output-symlink': {
    vi: 'Không ghi được {output}: đó là một liên kết tượng trưng (symlink), Bảng Kiểm không ghi theo liên kết.',
    en: 'Cannot write {output}: it is a symbolic link, and Bảng Kiểm does not write through links.',
  },
  'out-dir-not-folder': {
    vi: 'Không ghi được {output}: thư mục ra là một tệp, không phải thư mục.',
    en: 'Cannot write {output}: the output folder is a file, not a folder.',
  },
  'no-space': {
    vi: 'Không ghi được {output}: hết chỗ trên đĩa.',
    en: 'Cannot write {output}: the disk is full.',
  },
  'file-too-big': {
    vi: 'Không ghi được {output}: vượt quá kích thước tệp cho phép trên máy này.',
    en: 'Cannot write {output}: it passes the largest file size allowed here.',
  },
  'write-failed': {
    vi: 'Không ghi được {output} ({errno}).',
    en: 'Cannot write {output} ({errno}).',
  },
  'cannot-write-workbook': {
    vi: 'Đã kiểm tra nhưng không ghi được sổ tính kết quả: cấu trúc của tệp này Bảng Kiểm chưa ghi được. Hãy mở bằng Excel, lưu lại rồi thử lại.',
    en: 'Checked, but the checked workbook could not be written: Bảng Kiểm cannot yet write this file’s structure. Open it in Excel, save it again and retry.',
  },
  'out-of-memory': {
    vi: 'Tệp cần nhiều bộ nhớ hơn máy này cho phép.',
    en: 'The file needs more memory than this machine allows.',
  },
  internal: {
    vi: 'Bảng Kiểm gặp sự cố với tệp này (lỗi của chương trình, không phải của tệp); các tệp khác vẫn được kiểm tra.',
    en: 'Bảng Kiểm hit a problem with this file (a fault of the program, not of the file); the other files are still checked.',
  },
  stdout: {
    vi: 'Không ghi được báo cáo ra đầu ra chuẩn ({errno}).',
    en: 'Cannot write the report to standard output ({errno}).',
  },
} as const;

export type CliErrorCode = keyof typeof MESSAGES;

/** A failure of the command line's own file work, raised and caught within one file's run. */
export class CliFileError extends Error {
  constructor(
    readonly code: CliErrorCode,
    readonly params: Record<string, string> = {},
    options?: { cause?: unknown },
  ) {
    super(code, options);
    this.name = 'CliFileError';
  }
}

export function cliMessage(
  code: CliErrorCode,
  lang: Lang,
  params: Record<string, string> = {},
): string {
  return MESSAGES[code][lang].replace(/\{(\w+)\}/g, (raw, k: string) => params[k] ?? raw);
}

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

/** Any failure of one file's run, as that file's one line in the user's language. */
export function toFileError(e: unknown, lang: Lang): FileError {
  const en = lang === 'en';
  if (e instanceof UnusableInputError) {
    return { code: e.code, message: en ? e.messageEn : e.messageVi };
  }
  if (e instanceof SettingsError) {
    return { code: 'settings', message: en ? e.messageEn : e.messageVi };
  }
  if (e instanceof CliFileError) {
    return { code: e.code, message: cliMessage(e.code, lang, e.params) };
  }
  if (e instanceof RangeError && /allocation failed|invalid .*length|heap/i.test(e.message)) {
    return { code: 'out-of-memory', message: cliMessage('out-of-memory', lang) };
  }
  return {
    code: 'internal',
    message: cliMessage('internal', lang),
    detail: e instanceof Error ? e.message : String(e),
  };
}
