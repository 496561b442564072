import { MAX_CELL_TEXT } from '../view/sheetView';
import type { Rule } from './rule';

/**
 * The limit with its thousands grouped, by hand: toLocaleString here would load ICU's locale data
 * at every start of the command line (about 9 ms).
 */
const limit = (sep: string) => String(MAX_CELL_TEXT).replace(/\B(?=(\d{3})+$)/g, sep);

export const valueTextTooLong: Rule = {
  meta: {
    id: 'value.text-too-long',
    severity: 'info',
    title: { vi: 'Ô chữ dài quá mức Excel', en: 'Text longer than Excel holds' },
    description: {
      vi: `Một ô Excel chứa tối đa ${limit('.')} ký tự. Ô dài hơn (do chương trình khác ghi ra, hoặc tệp bị làm giả) chỉ được đọc phần đầu ${limit('.')} ký tự để đối chiếu; ô gốc không bị sửa. Mỗi trang được báo một lần.`,
      en: `An Excel cell holds at most ${limit(',')} characters. A longer text (written by another program, or a crafted file) is matched on its first ${limit(',')} characters; the cell is not changed. Reported once per sheet.`,
    },
    message: {
      vi: '{count} ô dài quá {limit} ký tự (ô {cell}: {length} ký tự); Bảng Kiểm chỉ đọc {limit} ký tự đầu của mỗi ô.',
      en: '{count} cells hold more than {limit} characters ({cell}: {length}); Bảng Kiểm reads the first {limit} of each.',
    },
  },
  check({ model, report }) {
    for (const view of model.views) {
      if (view.long.length === 0) continue;
      const first = view.long.reduce((a, b) =>
        b.row < a.row || (b.row === a.row && b.col < a.col) ? b : a,
      );
      report({
        sheet: view.name,
        row: first.row,
        col: first.col,
        params: { count: view.long.length, length: first.length, limit: MAX_CELL_TEXT },
      });
    }
  },
};
