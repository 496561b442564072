/**
 * Office.js errors, told to the user plainly, in Vietnamese and English. The codes are
 * OfficeExtension.Error codes (see Excel's "error codes" documentation).
 */

export interface HostMessage {
  code: string;
  vi: string;
  en: string;
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

export function isPayloadError(err: unknown): boolean {
  return PAYLOAD_CODES.has(officeErrorCode(err));
}

function messageOf(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (err && typeof err === 'object' && 'message' in err) return String(err.message);
  return String(err);
}

/**
 * A message a user can act on. `where` names what was being done ("sheet 'Năm 2020', cell B7"),
 * so the message says where the problem is.
 */
export function describeOfficeError(err: unknown, where?: string): HostMessage {
  const code = officeErrorCode(err);
  const text = messageOf(err);
  const atVi = where ? ` (${where})` : '';
  const atEn = where ? ` (${where})` : '';
  switch (code) {
    case 'InvalidOperationInCellEditMode':
      return {
        code,
        vi: `Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc để thoát rồi chạy lại${atVi}.`,
        en: `Excel is in cell-edit mode. Press Enter or Esc to leave it, then run again${atEn}.`,
      };
    case 'InvalidOperation':
      if (/protect/i.test(text)) {
        return {
          code,
          vi: `Trang tính hoặc sổ làm việc đang được bảo vệ. Bỏ bảo vệ rồi chạy lại${atVi}.`,
          en: `The sheet or workbook is protected. Unprotect it, then run again${atEn}.`,
        };
      }
      return {
        code,
        vi: `Excel không cho phép thao tác này${atVi}: ${text}`,
        en: `Excel does not allow this operation${atEn}: ${text}`,
      };
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return {
        code,
        vi: `Dữ liệu gửi tới Excel quá lớn cho một lần (giới hạn 5 MB của Excel trên web)${atVi}.`,
        en: `Too much data for one request to Excel (Excel on the web's 5 MB limit)${atEn}.`,
      };
    case 'ItemNotFound':
      return {
        code,
        vi: `Không tìm thấy trang tính, ô hoặc tên cần dùng; có thể nó vừa bị đổi tên hoặc xóa${atVi}.`,
        en: `A sheet, cell or name was not found; it may have just been renamed or deleted${atEn}.`,
      };
    case 'ApiNotFound':
      return {
        code,
        vi: `Phiên bản Excel này thiếu một chức năng cần dùng${atVi}.`,
        en: `This version of Excel lacks a feature that is needed${atEn}.`,
      };
    case 'GeneralException':
      return {
        code,
        vi: `Excel báo lỗi chung khi thực hiện yêu cầu. Lưu sổ làm việc rồi thử lại${atVi}.`,
        en: `Excel reported a general error. Save the workbook and try again${atEn}.`,
      };
    default:
      return {
        code,
        vi: `Lỗi từ Excel${atVi}: ${text}`,
        en: `Error from Excel${atEn}: ${text}`,
      };
  }
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

export function hostError(err: unknown, where?: string): ExcelHostError {
  if (err instanceof ExcelHostError) return err;
  return new ExcelHostError(describeOfficeError(err, where), err);
}
