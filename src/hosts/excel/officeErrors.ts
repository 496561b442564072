/**
 * Office.js errors, told to the user plainly, in Vietnamese and English. The codes are
 * OfficeExtension.Error codes (see Excel's "error codes" documentation). Office's own message
 * text is in the language of the Office installation and is never read or shown: what the user
 * sees comes from the code, where the error happened (debugInfo.errorLocation, an API name such
 * as "Worksheet.delete") and what the host was doing.
 */
import {
  Failure,
  type FailureId,
  type FailureOptions,
  type FailureParam,
} from '../../core/failures';

export interface HostMessage {
  code: string;
  vi: string;
  en: string;
}

/** What the host was doing, in both languages ("đọc các ô" / "reading cells"). */
export interface Step {
  vi: string;
  en: string;
}

/** The steps the Excel host names in its messages. */
export const STEPS = {
  sheetList: { vi: 'khi đọc danh sách trang tính', en: 'while reading the sheet list' },
  usedRanges: { vi: 'khi đọc vùng dữ liệu của các trang', en: 'while reading the used ranges' },
  findData: { vi: 'khi tìm dữ liệu trong trang lớn', en: 'while finding the data in large sheets' },
  cells: { vi: 'khi đọc các ô', en: 'while reading cells' },
  marks: { vi: 'khi tìm các trang của Bảng Kiểm', en: "while looking for Bảng Kiểm's sheets" },
  writing: { vi: 'khi ghi các trang kết quả', en: 'while writing the output sheets' },
  recalc: { vi: 'khi tính lại công thức', en: 'while recalculating the formulas' },
  showing: { vi: 'khi mở trang báo cáo', en: 'while showing the report sheet' },
} satisfies Record<string, Step>;

/** A cell, as a step: "tại trang 'Năm 2020', ô B7". */
export function atCell(sheet: string, address: string): Step {
  return { vi: `tại trang '${sheet}', ô ${address}`, en: `at sheet '${sheet}', cell ${address}` };
}

/** A row, as a step: "tại trang 'Năm 2020', hàng 7". */
export function atRow(sheet: string, row: number): Step {
  return { vi: `tại trang '${sheet}', hàng ${row}`, en: `at sheet '${sheet}', row ${row}` };
}

/** Error codes that mean "this request was too big": retrying with less data can succeed. */
const PAYLOAD_CODES = new Set([
  'RequestPayloadSizeLimitExceeded',
  'ResponsePayloadSizeLimitExceeded',
  'RangeExceedsLimit',
  'OperationCellsExceedLimit',
  'MemoryLimitReached',
  'ActivityLimitReached',
]);

export function officeErrorCode(err: unknown): string {
  if (err && typeof err === 'object' && 'code' in err && typeof err.code === 'string') {
    return err.code;
  }
  return 'Unknown';
}

/** debugInfo.errorLocation: the API that failed, e.g. "WorksheetCollection.add". */
function errorLocation(err: unknown): string {
  const info = err && typeof err === 'object' && 'debugInfo' in err ? err.debugInfo : undefined;
  const at = info && typeof info === 'object' && 'errorLocation' in info ? info.errorLocation : '';
  return typeof at === 'string' ? at : '';
}

export function isPayloadError(err: unknown): boolean {
  return PAYLOAD_CODES.has(officeErrorCode(err));
}

/** Sheet-level operations refused by a protected workbook structure. */
const STRUCTURE_API = /^Worksheet(Collection)?\.(add|delete|name|visibility|position)\b/;

/** The catalogue entry (core/failures/catalogue.ts) that says what an Office code means. */
function entryFor(code: string, location: string): FailureId {
  switch (code) {
    case 'InvalidOperationInCellEditMode':
      return 'excel-edit-mode';
    case 'AccessDenied':
    case 'InvalidOperation':
      return STRUCTURE_API.test(location) ? 'excel-structure-protected' : 'excel-refused';
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return 'excel-payload';
    case 'ItemNotFound':
      return 'excel-not-found';
    case 'ItemAlreadyExists':
      return 'excel-exists';
    case 'ApiNotFound':
    case 'ApiNotAvailable':
      return 'excel-api-missing';
    case 'GeneralException':
      return 'excel-general';
    case 'ActivityLimitReached':
    case 'MemoryLimitReached':
    case 'OperationCellsExceedLimit':
    case 'RangeExceedsLimit':
      return 'excel-too-large';
    default:
      return 'excel-other';
  }
}

/** " (khi ghi các trang kết quả)": where it happened, as the end of a message. */
function whereText(where?: Step): FailureParam {
  return where ? { vi: ` (${where.vi})`, en: ` (${where.en})` } : '';
}

/**
 * An error carrying both messages, thrown by the Excel host: a catalogued Failure whose code is
 * Office's own (or the host's, for a plan it cannot write).
 */
export class ExcelHostError extends Failure {
  constructor(id: FailureId, params: Record<string, FailureParam>, options: FailureOptions = {}) {
    super(id, params, options);
    this.name = 'ExcelHostError';
  }
}

/** An Office error as the catalogue says it, with where it happened. */
export function hostError(err: unknown, where?: Step): ExcelHostError {
  if (err instanceof ExcelHostError) return err;
  const code = officeErrorCode(err);
  return new ExcelHostError(
    entryFor(code, errorLocation(err)),
    { code, where: whereText(where) },
    { code, cause: err },
  );
}

/**
 * A message a user can act on, with where it happened ("khi ghi các trang kết quả", "at sheet
 * 'Năm 2020', cell B7"), in each language.
 */
export function describeOfficeError(err: unknown, where?: Step): HostMessage {
  const f = hostError(err, where);
  return { code: f.code, vi: f.vi, en: f.en };
}
