import { boundingRange } from '../model/address';
import type { Rule } from './rule';

const FONT_NAMES = { tcvn3: 'TCVN3 (ABC, .VnTime)', vni: 'VNI (VNI-Times)' };

export const encodingLegacy: Rule = {
  meta: {
    id: 'encoding.legacy',
    severity: 'info',
    title: { vi: 'Chữ mã cũ đã được đọc', en: 'Legacy text decoded' },
    description: {
      vi: 'Chữ gõ bằng bảng mã cũ TCVN3 (phông .VnTime) hoặc VNI hiện thành ký tự lạ trong phông Unicode. Bảng Kiểm tự chuyển sang Unicode để kiểm tra; ô gốc không bị sửa.',
      en: 'Text typed in the legacy TCVN3 (.VnTime fonts) or VNI encodings shows as garbage in Unicode fonts. Bảng Kiểm decodes it to check it; the cells are not changed.',
    },
    message: {
      vi: '{count} ô gõ bằng mã {encoding}, ví dụ "{original}" đọc là "{decoded}".',
      en: '{count} cells typed in {encoding}, e.g. "{original}" reads "{decoded}".',
    },
  },
  check({ model, report }) {
    for (const view of model.views) {
      for (const encoding of ['tcvn3', 'vni'] as const) {
        const cells = view.legacy.filter((l) => l.encoding === encoding);
        if (cells.length === 0) continue;
        const { range, first } = boundingRange(cells);
        report({
          sheet: view.name,
          row: first.row,
          col: first.col,
          range,
          value: first.original,
          params: {
            count: cells.length,
            encoding: FONT_NAMES[encoding],
            original: first.original,
            decoded: first.decoded,
          },
        });
      }
    }
  },
};
