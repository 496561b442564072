import { CONFIDENT } from '../recognize/recognizeSheet';
import { rangeA1 } from '../model/address';
import type { Rule } from './rule';
import { tableRange } from './tableAt';

export const tableUncertain: Rule = {
  meta: {
    id: 'table.uncertain',
    severity: 'info',
    title: { vi: 'Bảng chưa hiểu chắc', en: 'Table not well understood' },
    description: {
      vi: 'Bảng Kiểm nhận ra một bảng nhưng nhiều ô không khớp với loại cột đã nhận (ví dụ cột xếp loại mà phần lớn ô không phải mức xếp loại). Khi đó không nêu lỗi từng ô của bảng, chỉ nêu một ghi chú này; hãy chỉnh hàng tiêu đề, loại bảng hoặc bỏ qua bảng trong ngăn "Bảng nhận ra".',
      en: 'Bảng Kiểm found a table but many of its cells do not fit the columns it recognized (a grade column whose cells are mostly not grades, say). It then raises no cell-by-cell errors there, only this note; correct the header row, the kind, or skip the table in the pane\'s "Tables recognized".',
    },
    message: {
      vi: 'Bảng {range} ({kind}) chỉ nhận ra được {share}% ({why}); các lỗi từng ô của bảng không được nêu. Hãy chỉnh bảng này trong ngăn "Bảng nhận ra".',
      en: 'Table {range} ({kindEn}) is only {share}% understood ({whyEn}); no cell-by-cell errors are raised for it. Correct it in the pane\'s "Tables recognized".',
    },
  },
  check({ model, report }) {
    const KINDS = {
      'rating-list': { vi: 'danh sách xếp loại', en: 'rating list' },
      'rating-summary': { vi: 'bảng tổng hợp', en: 'rating summary' },
      'meeting-register': { vi: 'sổ theo dõi sinh hoạt', en: 'meeting register' },
      'meeting-log': { vi: 'nhật ký sinh hoạt', en: 'meeting log' },
    };
    for (const t of model.tables) {
      if (t.confidence >= CONFIDENT) continue;
      const range = tableRange(t);
      report({
        sheet: t.view.name,
        row: range.r0,
        col: range.c0,
        range,
        params: {
          range: rangeA1(range),
          kind: KINDS[t.kind].vi,
          kindEn: KINDS[t.kind].en,
          share: Math.round(t.confidence * 100),
          why: t.reasons.map((r) => r.vi).join('; '),
          whyEn: t.reasons.map((r) => r.en).join('; '),
        },
      });
    }
  },
};
