/**
 * Office.js errors, told to the user plainly, in Vietnamese and English. The codes are
 * OfficeExtension.Error codes (see Excel's "error codes" documentation). Office's own message
 * text is in the language of the Office installation and is never read or shown: what the user
 * sees comes from the code, where the error happened (debugInfo.errorLocation, an API name such
 * as "Worksheet.delete") and what the host was doing.
 */

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

function protectedMessage(code: string, structure: boolean): Omit<HostMessage, 'code'> {
  return structure
    ? {
        vi: `Cấu trúc sổ làm việc đang được bảo vệ nên không thể thêm, đổi tên hay xóa trang tính (mã ${code}). Vào Xem lại → Bảo vệ sổ làm việc để bỏ bảo vệ, rồi chạy lại`,
        en: `The workbook's structure is protected, so sheets cannot be added, renamed or deleted (code ${code}). Turn it off under Review → Protect Workbook, then run again`,
      }
    : {
        vi: `Excel từ chối thao tác; trang tính hoặc sổ làm việc có thể đang được bảo vệ hoặc chỉ được đọc (mã ${code}). Bỏ bảo vệ (Xem lại → Bỏ bảo vệ trang tính) hoặc lưu một bản có quyền sửa, rồi chạy lại`,
        en: `Excel refused the operation; the sheet or workbook may be protected or read-only (code ${code}). Unprotect it (Review → Unprotect Sheet) or save a copy you can edit, then run again`,
      };
}

function body(code: string, location: string): Omit<HostMessage, 'code'> {
  switch (code) {
    case 'InvalidOperationInCellEditMode':
      return {
        vi: 'Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc để thoát rồi chạy lại',
        en: 'Excel is in cell-edit mode. Press Enter or Esc to leave it, then run again',
      };
    case 'AccessDenied':
      return protectedMessage(code, STRUCTURE_API.test(location));
    case 'InvalidOperation':
      return protectedMessage(code, STRUCTURE_API.test(location));
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return {
        vi: 'Dữ liệu gửi tới Excel quá lớn cho một lần (giới hạn 5 MB của Excel trên web)',
        en: "Too much data for one request to Excel (Excel on the web's 5 MB limit)",
      };
    case 'ItemNotFound':
      return {
        vi: 'Không tìm thấy trang tính, ô hoặc tên cần dùng; có thể nó vừa bị đổi tên hoặc xóa',
        en: 'A sheet, cell or name was not found; it may have just been renamed or deleted',
      };
    case 'ItemAlreadyExists':
      return {
        vi: 'Một trang tính hoặc tên cùng tên đã có sẵn; có thể sổ làm việc vừa được sửa trong lúc chạy. Chạy lại',
        en: 'A sheet or name of that name already exists; the workbook may have changed meanwhile. Run again',
      };
    case 'ApiNotFound':
    case 'ApiNotAvailable':
      return {
        vi: 'Phiên bản Excel này thiếu một chức năng cần dùng',
        en: 'This version of Excel lacks a feature that is needed',
      };
    case 'GeneralException':
      return {
        vi: 'Excel báo lỗi chung khi thực hiện yêu cầu. Lưu sổ làm việc rồi thử lại',
        en: 'Excel reported a general error. Save the workbook and try again',
      };
    case 'ActivityLimitReached':
    case 'MemoryLimitReached':
    case 'OperationCellsExceedLimit':
    case 'RangeExceedsLimit':
      return {
        vi: `Sổ làm việc quá lớn cho Excel xử lý trong một lần (mã ${code}). Hãy dùng trang web Bảng Kiểm với tệp .xlsx`,
        en: `The workbook is too large for Excel to handle at once (code ${code}). Use the Bảng Kiểm web page with the .xlsx file`,
      };
    default:
      return {
        vi: `Excel báo lỗi mã ${code}`,
        en: `Excel reported error code ${code}`,
      };
  }
}

/**
 * A message a user can act on, with where it happened ("khi ghi các trang kết quả", "at sheet
 * 'Năm 2020', cell B7"), in each language.
 */
export function describeOfficeError(err: unknown, where?: Step): HostMessage {
  const code = officeErrorCode(err);
  const b = body(code, errorLocation(err));
  return {
    code,
    vi: where ? `${b.vi} (${where.vi}).` : `${b.vi}.`,
    en: where ? `${b.en} (${where.en}).` : `${b.en}.`,
  };
}

/** An error carrying both messages, thrown by the Excel host. */
export class ExcelHostError extends Error {
  readonly code: string;
  readonly vi: string;
  readonly en: string;
  override readonly cause: unknown;
  constructor(msg: HostMessage, cause?: unknown) {
    super(msg.en);
    this.name = 'ExcelHostError';
    this.code = msg.code;
    this.vi = msg.vi;
    this.en = msg.en;
    this.cause = cause;
  }
}

export function hostError(err: unknown, where?: Step): ExcelHostError {
  if (err instanceof ExcelHostError) return err;
  return new ExcelHostError(describeOfficeError(err, where), err);
}
