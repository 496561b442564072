/**
 * A file the xlsx host cannot read as a workbook. It carries a stable code for programs and a
 * one-line message in each UI language for people; it never carries a stack trace to the user.
 */
export type UnusableInputCode =
  | 'not-found'
  | 'not-zip'
  | 'encrypted'
  | 'legacy-xls'
  | 'xlsb'
  | 'corrupt'
  | 'not-workbook'
  | 'too-large'
  | 'unsafe-xml'
  | 'strict-open-xml'
  | 'structure-locked'
  | 'duplicate-entry'
  | 'overlapping-entries'
  | 'sheet-name'
  | 'unwritable';

const MESSAGES: Record<UnusableInputCode, { vi: string; en: string }> = {
  'not-found': {
    vi: 'Không tìm thấy tệp.',
    en: 'The file was not found.',
  },
  'not-zip': {
    vi: 'Tệp không phải là sổ tính Excel (.xlsx).',
    en: 'The file is not an Excel workbook (.xlsx).',
  },
  encrypted: {
    vi: 'Sổ tính được bảo vệ bằng mật khẩu: hãy mở bằng Excel, gỡ mật khẩu rồi lưu lại.',
    en: 'The workbook is password-protected: open it in Excel, remove the password and save it again.',
  },
  'legacy-xls': {
    vi: 'Đây là tệp Excel cũ (.xls): hãy mở bằng Excel và lưu lại dưới dạng .xlsx.',
    en: 'This is an old Excel file (.xls): open it in Excel and save it as .xlsx.',
  },
  xlsb: {
    vi: 'Đây là sổ tính nhị phân (.xlsb): hãy mở bằng Excel và lưu lại dưới dạng .xlsx.',
    en: 'This is a binary workbook (.xlsb): open it in Excel and save it as .xlsx.',
  },
  corrupt: {
    vi: 'Tệp bị hỏng hoặc không đầy đủ: hãy mở bằng Excel và lưu lại.',
    en: 'The file is damaged or incomplete: open it in Excel and save it again.',
  },
  'not-workbook': {
    vi: 'Tệp nén này không phải là sổ tính Excel (có thể là tài liệu Word hoặc PowerPoint).',
    en: 'This archive is not an Excel workbook (it may be a Word or PowerPoint document).',
  },
  'too-large': {
    vi: 'Tệp quá lớn khi giải nén, không thể đọc an toàn.',
    en: 'The file is too large once uncompressed to be read safely.',
  },
  'unsafe-xml': {
    vi: 'Tệp chứa khai báo XML không an toàn (DOCTYPE/ENTITY) nên không được đọc.',
    en: 'The file contains unsafe XML declarations (DOCTYPE/ENTITY) and was not read.',
  },
  'strict-open-xml': {
    vi: 'Sổ tính được lưu dạng "Strict Open XML" nên không ghi được kết quả vào: hãy mở bằng Excel và lưu lại thành Sổ làm việc Excel (.xlsx) thông thường trước.',
    en: 'The workbook is saved as "Strict Open XML", so results cannot be written into it: open it in Excel and save it as an ordinary Excel Workbook (.xlsx) first.',
  },
  'structure-locked': {
    vi: 'Cấu trúc sổ tính đang được bảo vệ nên không thể thêm trang tính: hãy bỏ bảo vệ (Xem lại > Bảo vệ Sổ làm việc) rồi chạy lại; chưa ghi gì.',
    en: "The workbook's structure is protected, so no sheet can be added: unprotect it (Review > Protect Workbook) and run again; nothing was written.",
  },
  'duplicate-entry': {
    vi: 'Tệp chứa hai phần cùng tên nên không biết phần nào là thật: hãy mở bằng Excel và lưu lại.',
    en: 'The file holds two parts with the same name, so which one is real is unknown: open it in Excel and save it again.',
  },
  'overlapping-entries': {
    vi: 'Các phần trong tệp chồng lên nhau (tệp hỏng hoặc bị làm giả): hãy mở bằng Excel và lưu lại.',
    en: 'Parts of the file overlap one another (a damaged or crafted file): open it in Excel and save it again.',
  },
  'sheet-name': {
    vi: 'Có trang tính mang tên Excel không cho phép (chứa [ ] : * ? / \\ hoặc dài quá 31 ký tự), nên không ghi được công thức trỏ tới nó: hãy đổi tên trang rồi chạy lại.',
    en: 'A sheet has a name Excel does not allow (with [ ] : * ? / \\ or over 31 characters), so no formula can point at it: rename the sheet and run again.',
  },
  unwritable: {
    vi: 'Không ghi được kết quả vào sổ tính này: hãy mở bằng Excel, lưu lại rồi chạy lại.',
    en: 'Bảng Kiểm could not write its sheets into this workbook: open it in Excel, save it again and run again.',
  },
};

/** Every code, for a catalogue of messages. */
export function unusableInputCodes(): UnusableInputCode[] {
  return Object.keys(MESSAGES) as UnusableInputCode[];
}

export class UnusableInputError extends Error {
  readonly code: UnusableInputCode;
  readonly messageVi: string;
  readonly messageEn: string;
  /** Technical detail for logs (the part or entry at fault); never shown in place of the message. */
  readonly detail: string | undefined;
  /** Where in the workbook, when known: "'Năm 2020'!XFE7"; the messages end with it. */
  readonly location: string | undefined;

  constructor(
    code: UnusableInputCode,
    detail?: string,
    options?: { cause?: unknown; location?: string },
  ) {
    const m = MESSAGES[code];
    const at = options?.location ? ` (${options.location})` : '';
    super(m.en + at, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'UnusableInputError';
    this.code = code;
    this.messageVi = m.vi + at;
    this.messageEn = m.en + at;
    this.detail = detail;
    this.location = options?.location;
  }
}

export function isUnusableInputError(e: unknown): e is UnusableInputError {
  return e instanceof UnusableInputError;
}
