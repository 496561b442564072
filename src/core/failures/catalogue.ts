import type { Bilingual } from '../words';

/**
 * Every way a run can fail short of a finding, in one catalogue like the rules' (docs/errors.md
 * is generated from it: `npm run docs:errors`). A failure is not a finding: the workbook was not
 * read, checked or written, and the message says why and what to do.
 *
 * - `error`: something the user can put right (the file, a setting, Excel's state, the disk);
 * - `internal`: a fault of Bảng Kiểm's own (a plan it built that cannot be written); the user
 *   can only report it.
 */
export type FailureSeverity = 'error' | 'internal';

/** Which part of Bảng Kiểm says it, for the catalogue's sections. */
export type FailureSource = 'file' | 'settings' | 'excel' | 'plan' | 'cli' | 'pane' | 'ribbon';

export interface FailureSpec {
  /**
   * The stable code programs see (the CLI's JSON, the ribbon's outcome) when it is not the id:
   * two entries can share one ("too-large" before and after reading), and an Excel failure
   * carries Office's own code.
   */
  code?: string;
  source: FailureSource;
  severity: FailureSeverity;
  /** The one-line message; {name} is a parameter, given as a text or a text per language. */
  vi: string;
  en: string;
  /** What the user can do about it, for the catalogue (the messages say it briefly too). */
  todo: Bilingual;
}

const REPORT: Bilingual = {
  vi: 'Lỗi của Bảng Kiểm: gửi tệp và thông báo cho người bảo trì.',
  en: "A fault of Bảng Kiểm's: send the file and the message to its maintainers.",
};
const RESAVE: Bilingual = {
  vi: 'Mở tệp bằng Excel, lưu lại thành .xlsx rồi chạy lại.',
  en: 'Open the file in Excel, save it as .xlsx and run again.',
};
const RERUN: Bilingual = { vi: 'Chạy lại.', en: 'Run again.' };
/** Failures of a plan checked before writing: a message naming the sheet and cell at fault. */
const PLAN = (code: string): FailureSpec => ({
  code,
  source: 'plan',
  severity: 'internal',
  vi: '{problem}',
  en: '{problem}',
  todo: REPORT,
});

export const FAILURES = {
  // The workbook file itself (hosts/xlsx): every host that reads or writes .xlsx bytes.
  'not-found': {
    source: 'file',
    severity: 'error',
    vi: 'Không tìm thấy tệp.',
    en: 'The file was not found.',
    todo: { vi: 'Kiểm tra đường dẫn và tên tệp.', en: 'Check the path and the file name.' },
  },
  'not-zip': {
    source: 'file',
    severity: 'error',
    vi: 'Tệp không phải là sổ tính Excel (.xlsx).',
    en: 'The file is not an Excel workbook (.xlsx).',
    todo: { vi: 'Chọn một tệp .xlsx.', en: 'Choose an .xlsx file.' },
  },
  encrypted: {
    source: 'file',
    severity: 'error',
    vi: 'Sổ tính được bảo vệ bằng mật khẩu: hãy mở bằng Excel, gỡ mật khẩu rồi lưu lại.',
    en: 'The workbook is password-protected: open it in Excel, remove the password and save it again.',
    todo: {
      vi: 'Gỡ mật khẩu trong Excel (Tệp > Thông tin > Bảo vệ Sổ làm việc) rồi lưu lại.',
      en: 'Remove the password in Excel (File > Info > Protect Workbook) and save.',
    },
  },
  'legacy-xls': {
    source: 'file',
    severity: 'error',
    vi: 'Đây là tệp Excel cũ (.xls): hãy mở bằng Excel và lưu lại dưới dạng .xlsx.',
    en: 'This is an old Excel file (.xls): open it in Excel and save it as .xlsx.',
    todo: RESAVE,
  },
  xlsb: {
    source: 'file',
    severity: 'error',
    vi: 'Đây là sổ tính nhị phân (.xlsb): hãy mở bằng Excel và lưu lại dưới dạng .xlsx.',
    en: 'This is a binary workbook (.xlsb): open it in Excel and save it as .xlsx.',
    todo: RESAVE,
  },
  corrupt: {
    source: 'file',
    severity: 'error',
    vi: 'Tệp bị hỏng hoặc không đầy đủ: hãy mở bằng Excel và lưu lại.',
    en: 'The file is damaged or incomplete: open it in Excel and save it again.',
    todo: RESAVE,
  },
  'not-workbook': {
    source: 'file',
    severity: 'error',
    vi: 'Tệp nén này không phải là sổ tính Excel (có thể là tài liệu Word hoặc PowerPoint).',
    en: 'This archive is not an Excel workbook (it may be a Word or PowerPoint document).',
    todo: { vi: 'Chọn đúng tệp sổ tính.', en: 'Choose the workbook file.' },
  },
  'too-large': {
    source: 'file',
    severity: 'error',
    vi: 'Tệp quá lớn khi giải nén, không thể đọc an toàn.',
    en: 'The file is too large once uncompressed to be read safely.',
    todo: {
      vi: 'Tách sổ tính thành nhiều tệp nhỏ hơn.',
      en: 'Split the workbook into smaller files.',
    },
  },
  'unsafe-xml': {
    source: 'file',
    severity: 'error',
    vi: 'Tệp chứa khai báo XML không an toàn (DOCTYPE/ENTITY) nên không được đọc.',
    en: 'The file contains unsafe XML declarations (DOCTYPE/ENTITY) and was not read.',
    todo: RESAVE,
  },
  'strict-open-xml': {
    source: 'file',
    severity: 'error',
    vi: 'Sổ tính được lưu dạng "Strict Open XML" nên không ghi được kết quả vào: hãy mở bằng Excel và lưu lại thành Sổ làm việc Excel (.xlsx) thông thường trước.',
    en: 'The workbook is saved as "Strict Open XML", so results cannot be written into it: open it in Excel and save it as an ordinary Excel Workbook (.xlsx) first.',
    todo: RESAVE,
  },
  'structure-locked': {
    source: 'file',
    severity: 'error',
    vi: 'Cấu trúc sổ tính đang được bảo vệ nên không thể thêm trang tính: hãy bỏ bảo vệ (Xem lại > Bảo vệ Sổ làm việc) rồi chạy lại; chưa ghi gì.',
    en: "The workbook's structure is protected, so no sheet can be added: unprotect it (Review > Protect Workbook) and run again; nothing was written.",
    todo: {
      vi: 'Bỏ bảo vệ cấu trúc (Xem lại > Bảo vệ Sổ làm việc) rồi chạy lại.',
      en: 'Unprotect the structure (Review > Protect Workbook) and run again.',
    },
  },
  'duplicate-entry': {
    source: 'file',
    severity: 'error',
    vi: 'Tệp chứa hai phần cùng tên nên không biết phần nào là thật: hãy mở bằng Excel và lưu lại.',
    en: 'The file holds two parts with the same name, so which one is real is unknown: open it in Excel and save it again.',
    todo: RESAVE,
  },
  'overlapping-entries': {
    source: 'file',
    severity: 'error',
    vi: 'Các phần trong tệp chồng lên nhau (tệp hỏng hoặc bị làm giả): hãy mở bằng Excel và lưu lại.',
    en: 'Parts of the file overlap one another (a damaged or crafted file): open it in Excel and save it again.',
    todo: RESAVE,
  },
  'sheet-name': {
    source: 'file',
    severity: 'error',
    vi: 'Có trang tính mang tên Excel không cho phép (chứa [ ] : * ? / \\ hoặc dài quá 31 ký tự), nên không ghi được công thức trỏ tới nó: hãy đổi tên trang rồi chạy lại.',
    en: 'A sheet has a name Excel does not allow (with [ ] : * ? / \\ or over 31 characters), so no formula can point at it: rename the sheet and run again.',
    todo: { vi: 'Đổi tên trang tính đó.', en: 'Rename that sheet.' },
  },
  unwritable: {
    source: 'file',
    severity: 'error',
    vi: 'Không ghi được kết quả vào sổ tính này: hãy mở bằng Excel, lưu lại rồi chạy lại.',
    en: 'Bảng Kiểm could not write its sheets into this workbook: open it in Excel, save it again and run again.',
    todo: RESAVE,
  },

  // Settings (core/settings.ts): from the settings sheet, a settings file or the pane.
  'settings-unknown': {
    code: 'settings',
    source: 'settings',
    severity: 'error',
    vi: 'Cài đặt không có mục "{path}".',
    en: 'Unknown setting "{path}".',
    todo: {
      vi: 'Xóa hoặc sửa mục đó (docs/settings.md liệt kê các mục).',
      en: 'Remove or correct that entry (docs/settings.md lists them).',
    },
  },
  'settings-range': {
    code: 'settings',
    source: 'settings',
    severity: 'error',
    vi: 'Cài đặt "{path}" phải từ {min} đến {max} (đang là {value}).',
    en: 'Setting "{path}" must be between {min} and {max} (it is {value}).',
    todo: { vi: 'Nhập một số trong khoảng đó.', en: 'Enter a number within that range.' },
  },
  'settings-type': {
    code: 'settings',
    source: 'settings',
    severity: 'error',
    vi: 'Cài đặt {where}phải là {expected}.',
    en: 'Setting {where}must be {expected}.',
    todo: { vi: 'Nhập giá trị đúng kiểu đã nêu.', en: 'Enter a value of the kind named.' },
  },
  'settings-bands': {
    code: 'settings',
    source: 'settings',
    severity: 'error',
    vi: 'Các mức điểm phải tăng dần: đạt {pass} ≤ tốt {good} ≤ xuất sắc {excellent}.',
    en: 'Score bands must rise: pass {pass} ≤ good {good} ≤ excellent {excellent}.',
    todo: {
      vi: 'Sửa các mức điểm để mức sau không thấp hơn mức trước.',
      en: 'Correct the bands so that none is below the one before.',
    },
  },

  'settings-file': {
    code: 'settings',
    source: 'settings',
    severity: 'error',
    vi: 'Không đọc được tệp cài đặt {file}.',
    en: 'Cannot read the settings file {file}.',
    todo: {
      vi: 'Kiểm tra đường dẫn, và tệp là JSON hợp lệ (docs/settings.md).',
      en: 'Check the path, and that the file is valid JSON (docs/settings.md).',
    },
  },

  // The workbook open in Excel (hosts/excel): Office.js error codes, told by what they mean.
  'excel-edit-mode': {
    code: 'InvalidOperationInCellEditMode',
    source: 'excel',
    severity: 'error',
    vi: 'Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc để thoát rồi chạy lại{where}.',
    en: 'Excel is in cell-edit mode. Press Enter or Esc to leave it, then run again{where}.',
    todo: { vi: 'Nhấn Enter hoặc Esc rồi chạy lại.', en: 'Press Enter or Esc and run again.' },
  },
  'excel-structure-protected': {
    source: 'excel',
    severity: 'error',
    vi: 'Cấu trúc sổ làm việc đang được bảo vệ nên không thể thêm, đổi tên hay xóa trang tính (mã {code}). Vào Xem lại → Bảo vệ sổ làm việc để bỏ bảo vệ, rồi chạy lại{where}.',
    en: "The workbook's structure is protected, so sheets cannot be added, renamed or deleted (code {code}). Turn it off under Review → Protect Workbook, then run again{where}.",
    todo: {
      vi: 'Bỏ bảo vệ cấu trúc sổ làm việc rồi chạy lại.',
      en: "Turn off the workbook's structure protection and run again.",
    },
  },
  'excel-refused': {
    source: 'excel',
    severity: 'error',
    vi: 'Excel từ chối thao tác; trang tính hoặc sổ làm việc có thể đang được bảo vệ hoặc chỉ được đọc (mã {code}). Bỏ bảo vệ (Xem lại → Bỏ bảo vệ trang tính) hoặc lưu một bản có quyền sửa, rồi chạy lại{where}.',
    en: 'Excel refused the operation; the sheet or workbook may be protected or read-only (code {code}). Unprotect it (Review → Unprotect Sheet) or save a copy you can edit, then run again{where}.',
    todo: {
      vi: 'Bỏ bảo vệ trang tính hoặc lưu một bản có quyền sửa.',
      en: 'Unprotect the sheet or save a copy you can edit.',
    },
  },
  'excel-payload': {
    source: 'excel',
    severity: 'error',
    vi: 'Dữ liệu gửi tới Excel quá lớn cho một lần (giới hạn 5 MB của Excel trên web){where}.',
    en: "Too much data for one request to Excel (Excel on the web's 5 MB limit){where}.",
    todo: {
      vi: 'Dùng trang web Bảng Kiểm với tệp .xlsx.',
      en: 'Use the Bảng Kiểm web page with the .xlsx file.',
    },
  },
  'excel-not-found': {
    code: 'ItemNotFound',
    source: 'excel',
    severity: 'error',
    vi: 'Không tìm thấy trang tính, ô hoặc tên cần dùng; có thể nó vừa bị đổi tên hoặc xóa{where}.',
    en: 'A sheet, cell or name was not found; it may have just been renamed or deleted{where}.',
    todo: RERUN,
  },
  'excel-sheet-hidden': {
    code: 'SheetHidden',
    source: 'excel',
    severity: 'error',
    vi: "Trang '{sheet}' đang ẩn nên không mở được ô {cell}. Bỏ ẩn trang (nhấp chuột phải vào một thẻ trang → Bỏ ẩn) rồi chọn lại phát hiện này.",
    en: "Sheet '{sheet}' is hidden, so cell {cell} cannot be shown. Unhide it (right-click a sheet tab → Unhide), then pick the finding again.",
    todo: {
      vi: 'Bỏ ẩn trang rồi chọn lại phát hiện.',
      en: 'Unhide the sheet and pick the finding again.',
    },
  },
  'excel-exists': {
    code: 'ItemAlreadyExists',
    source: 'excel',
    severity: 'error',
    vi: 'Một trang tính hoặc tên cùng tên đã có sẵn; có thể sổ làm việc vừa được sửa trong lúc chạy. Chạy lại{where}.',
    en: 'A sheet or name of that name already exists; the workbook may have changed meanwhile. Run again{where}.',
    todo: RERUN,
  },
  'excel-api-missing': {
    source: 'excel',
    severity: 'error',
    vi: 'Phiên bản Excel này thiếu một chức năng cần dùng{where}.',
    en: 'This version of Excel lacks a feature that is needed{where}.',
    todo: {
      vi: 'Cập nhật Excel, hoặc dùng trang web Bảng Kiểm với tệp .xlsx.',
      en: 'Update Excel, or use the Bảng Kiểm web page with the .xlsx file.',
    },
  },
  'excel-general': {
    code: 'GeneralException',
    source: 'excel',
    severity: 'error',
    vi: 'Excel báo lỗi chung khi thực hiện yêu cầu. Lưu sổ làm việc rồi thử lại{where}.',
    en: 'Excel reported a general error. Save the workbook and try again{where}.',
    todo: { vi: 'Lưu sổ làm việc rồi chạy lại.', en: 'Save the workbook and run again.' },
  },
  'excel-too-large': {
    source: 'excel',
    severity: 'error',
    vi: 'Sổ làm việc quá lớn cho Excel xử lý trong một lần (mã {code}). Hãy dùng trang web Bảng Kiểm với tệp .xlsx{where}.',
    en: 'The workbook is too large for Excel to handle at once (code {code}). Use the Bảng Kiểm web page with the .xlsx file{where}.',
    todo: {
      vi: 'Dùng trang web Bảng Kiểm với tệp .xlsx.',
      en: 'Use the Bảng Kiểm web page with the .xlsx file.',
    },
  },
  'excel-other': {
    source: 'excel',
    severity: 'error',
    vi: 'Excel báo lỗi mã {code}{where}.',
    en: 'Excel reported error code {code}{where}.',
    todo: RERUN,
  },
  'excel-sheet-taken': {
    code: 'SheetNameTaken',
    source: 'excel',
    severity: 'error',
    vi: "Trang tính '{sheet}' là của người dùng; Bảng Kiểm không ghi đè lên nó.",
    en: "Sheet '{sheet}' belongs to the user; Bảng Kiểm does not overwrite it.",
    todo: {
      vi: 'Đổi tên trang tính đó rồi chạy lại.',
      en: 'Rename that sheet and run again.',
    },
  },
  'excel-cell': {
    code: 'InvalidPlanCell',
    source: 'excel',
    severity: 'internal',
    vi: 'Không ghi được ô {where}: {problem}.',
    en: 'Cannot write the cell {where}: {problem}.',
    todo: REPORT,
  },
  'excel-range': {
    code: 'InvalidPlanRange',
    source: 'excel',
    severity: 'internal',
    vi: '{problem}',
    en: '{problem}',
    todo: REPORT,
  },

  // The output plan, checked by core/plan/validatePlan.ts before either host writes it.
  'plan-unsupported': PLAN('UnsupportedPlan'),
  'plan-sheet-name': PLAN('InvalidPlanSheetName'),
  'plan-sheet-taken': PLAN('SheetNameTaken'),
  'plan-cell': PLAN('InvalidPlanCell'),
  'plan-range': PLAN('InvalidPlanRange'),
  'plan-formula': PLAN('InvalidPlanFormula'),
  'plan-style': PLAN('InvalidPlanStyle'),
  'plan-chart': PLAN('InvalidPlanChart'),
  'plan-name': PLAN('InvalidPlanName'),
  /** What the xlsx writer itself refuses in a plan (its checks say it in English only). */
  'plan-unwritable': {
    code: 'InvalidPlan',
    source: 'plan',
    severity: 'internal',
    vi: 'Bảng Kiểm lập kế hoạch ghi sai (lỗi của chương trình): {problem}',
    en: '{problem}',
    todo: REPORT,
  },

  // The command line's own work with files (src/cli).
  folder: {
    source: 'cli',
    severity: 'error',
    vi: 'Đây là một thư mục, không phải tệp: hãy chỉ ra các tệp .xlsx trong đó.',
    en: 'This is a folder, not a file: name the .xlsx files in it.',
    todo: { vi: 'Ghi ra các tệp, ví dụ thumuc/*.xlsx.', en: 'Name the files, e.g. folder/*.xlsx.' },
  },
  'file-too-large': {
    code: 'too-large',
    source: 'cli',
    severity: 'error',
    vi: 'Tệp quá lớn ({size}); Bảng Kiểm đọc tệp đến {limit}.',
    en: 'The file is too large ({size}); Bảng Kiểm reads files up to {limit}.',
    todo: {
      vi: 'Tách sổ tính thành nhiều tệp nhỏ hơn.',
      en: 'Split the workbook into smaller files.',
    },
  },
  'no-access': {
    source: 'cli',
    severity: 'error',
    vi: 'Không có quyền đọc tệp.',
    en: 'No permission to read the file.',
    todo: { vi: 'Xin quyền đọc tệp.', en: 'Get permission to read the file.' },
  },
  unreadable: {
    source: 'cli',
    severity: 'error',
    vi: 'Không đọc được tệp ({errno}).',
    en: 'The file could not be read ({errno}).',
    todo: {
      vi: 'Mã lỗi của hệ điều hành nói lý do; chép tệp sang chỗ khác rồi thử lại.',
      en: "The operating system's code says why; copy the file elsewhere and retry.",
    },
  },
  'write-denied': {
    source: 'cli',
    severity: 'error',
    vi: 'Không có quyền ghi {output}.',
    en: 'No permission to write {output}.',
    todo: { vi: 'Chọn thư mục ra khác (--out).', en: 'Choose another output folder (--out).' },
  },
  'output-is-folder': {
    source: 'cli',
    severity: 'error',
    vi: 'Không ghi được {output}: đã có một thư mục trùng tên.',
    en: 'Cannot write {output}: a folder of that name is in the way.',
    todo: { vi: 'Đổi tên hoặc dời thư mục đó.', en: 'Rename or move that folder.' },
  },
  'output-symlink': {
    source: 'cli',
    severity: 'error',
    vi: 'Không ghi được {output}: đó là một liên kết tượng trưng (symlink), Bảng Kiểm không ghi theo liên kết.',
    en: 'Cannot write {output}: it is a symbolic link, and Bảng Kiểm does not write through links.',
    todo: {
      vi: 'Xóa liên kết hoặc chọn thư mục ra khác.',
      en: 'Remove the link or choose another output folder.',
    },
  },
  'out-dir-not-folder': {
    source: 'cli',
    severity: 'error',
    vi: 'Không ghi được {output}: thư mục ra là một tệp, không phải thư mục.',
    en: 'Cannot write {output}: the output folder is a file, not a folder.',
    todo: { vi: 'Chọn thư mục ra khác (--out).', en: 'Choose another output folder (--out).' },
  },
  'no-space': {
    source: 'cli',
    severity: 'error',
    vi: 'Không ghi được {output}: hết chỗ trên đĩa.',
    en: 'Cannot write {output}: the disk is full.',
    todo: { vi: 'Giải phóng chỗ trên đĩa.', en: 'Free some disk space.' },
  },
  'file-too-big': {
    source: 'cli',
    severity: 'error',
    vi: 'Không ghi được {output}: vượt quá kích thước tệp cho phép trên máy này.',
    en: 'Cannot write {output}: it passes the largest file size allowed here.',
    todo: { vi: 'Ghi ra ổ đĩa khác.', en: 'Write to another drive.' },
  },
  'write-failed': {
    source: 'cli',
    severity: 'error',
    vi: 'Không ghi được {output} ({errno}).',
    en: 'Cannot write {output} ({errno}).',
    todo: {
      vi: 'Mã lỗi của hệ điều hành nói lý do.',
      en: "The operating system's code says why.",
    },
  },
  'cannot-write-workbook': {
    source: 'cli',
    severity: 'error',
    vi: 'Đã kiểm tra nhưng không ghi được sổ tính kết quả: cấu trúc của tệp này Bảng Kiểm chưa ghi được. Hãy mở bằng Excel, lưu lại rồi thử lại.',
    en: 'Checked, but the checked workbook could not be written: Bảng Kiểm cannot yet write this file’s structure. Open it in Excel, save it again and retry.',
    todo: RESAVE,
  },
  'out-of-memory': {
    source: 'cli',
    severity: 'error',
    vi: 'Tệp cần nhiều bộ nhớ hơn máy này cho phép.',
    en: 'The file needs more memory than this machine allows.',
    todo: {
      vi: 'Chạy với ít luồng hơn (--workers 1) hoặc trên máy nhiều bộ nhớ hơn.',
      en: 'Run with fewer workers (--workers 1) or on a machine with more memory.',
    },
  },
  internal: {
    source: 'cli',
    severity: 'internal',
    vi: 'Bảng Kiểm gặp sự cố với tệp này (lỗi của chương trình, không phải của tệp); các tệp khác vẫn được kiểm tra.',
    en: 'Bảng Kiểm hit a problem with this file (a fault of the program, not of the file); the other files are still checked.',
    todo: REPORT,
  },
  stdout: {
    source: 'cli',
    severity: 'error',
    vi: 'Không ghi được báo cáo ra đầu ra chuẩn ({errno}).',
    en: 'Cannot write the report to standard output ({errno}).',
    todo: {
      vi: 'Kiểm tra nơi nhận đầu ra (tệp, ống dẫn).',
      en: 'Check where the output goes (a file, a pipe).',
    },
  },

  // The pane and the ribbon: what reaches them already worded, or not foreseen at all.
  worded: {
    code: 'host',
    source: 'pane',
    severity: 'error',
    vi: '{text}',
    en: '{text}',
    todo: {
      vi: 'Thông báo nói cách xử lý.',
      en: 'The message says what to do.',
    },
  },
  'work-failed': {
    code: 'host',
    source: 'pane',
    severity: 'internal',
    vi: 'Lỗi khi xử lý: {text}',
    en: 'Failed while working on it: {text}',
    todo: REPORT,
  },
  unexpected: {
    code: 'Unexpected',
    source: 'ribbon',
    severity: 'internal',
    vi: 'Bảng Kiểm gặp lỗi không mong đợi: {text}',
    en: 'Bảng Kiểm hit an unexpected error: {text}',
    todo: REPORT,
  },
} satisfies Record<string, FailureSpec>;

export type FailureId = keyof typeof FAILURES;

/** Every entry, with its id, in the catalogue's order. */
export function failureSpecs(): (FailureSpec & { id: FailureId })[] {
  return (Object.keys(FAILURES) as FailureId[]).map((id) => ({ id, ...FAILURES[id] }));
}
