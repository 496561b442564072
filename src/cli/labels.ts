import type { Severity, TableKind } from '../core/report/types';
import { LEVEL_SHORT, type Lang } from '../core/words';

/** Words of the command line's text report, in both languages. */
export const LABELS = {
  vi: {
    file: 'Tệp',
    tables: 'Bảng nhận ra',
    noTables: 'Không nhận ra bảng nào.',
    issues: 'Kết quả kiểm tra',
    noIssues: 'Không có vấn đề nào.',
    ratings: 'Kết quả xếp loại theo năm',
    meetings: 'Sinh hoạt chi bộ',
    compliant: 'đạt',
    notCompliant: 'không đạt',
    unknown: 'chưa đủ dữ liệu',
    rows: 'dòng',
    header: 'tiêu đề hàng',
    unusable: 'Không dùng được',
    totals: (e: number, w: number, i: number) => `${e} lỗi, ${w} cảnh báo, ${i} thông tin`,
    fromList: 'danh sách',
    fromSummary: 'bảng tổng hợp',
    written: 'Đã ghi',
    workbook: 'sổ tính',
    year: 'Năm',
    members: 'đảng viên',
    cells: 'chi bộ trực thuộc',
  },
  en: {
    file: 'File',
    tables: 'Tables recognized',
    noTables: 'No table recognized.',
    issues: 'Findings',
    noIssues: 'No findings.',
    ratings: 'Ratings by year',
    meetings: 'Party cell meetings',
    compliant: 'compliant',
    notCompliant: 'not compliant',
    unknown: 'not enough data',
    rows: 'rows',
    header: 'header row',
    unusable: 'Unusable',
    totals: (e: number, w: number, i: number) => `${e} errors, ${w} warnings, ${i} info`,
    fromList: 'list',
    fromSummary: 'summary',
    written: 'Wrote',
    workbook: 'workbook',
    year: 'Year',
    members: 'members',
    cells: 'subordinate party cells',
  },
} as const;

export const SEVERITY: Record<Lang, Record<Severity, string>> = {
  vi: { error: 'LỖI', warning: 'CẢNH BÁO', info: 'THÔNG TIN' },
  en: { error: 'ERROR', warning: 'WARNING', info: 'INFO' },
};

export const KIND: Record<Lang, Record<TableKind, string>> = {
  vi: {
    'rating-list': 'danh sách xếp loại',
    'rating-summary': 'bảng tổng hợp xếp loại',
    'meeting-register': 'sổ theo dõi sinh hoạt chi bộ',
    'meeting-log': 'nhật ký sinh hoạt chi bộ',
  },
  en: {
    'rating-list': 'rating list',
    'rating-summary': 'rating summary',
    'meeting-register': 'meeting register',
    'meeting-log': 'meeting log',
  },
};

export { LEVEL_SHORT };
