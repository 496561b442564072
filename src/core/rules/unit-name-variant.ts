import { a1 } from '../model/address';
import type { Rule } from './rule';

export const unitNameVariant: Rule = {
  meta: {
    id: 'unit.name-variant',
    severity: 'info',
    title: { vi: 'Tên đơn vị viết khác nhau', en: 'Name spelled differently' },
    description: {
      vi: 'Một tổ chức được viết tên khác nhau giữa các trang hoặc các năm (dấu thanh, tiền tố "xã", khoảng trắng). Bảng Kiểm vẫn nhận ra đó là một đơn vị.',
      en: 'One organization is spelled differently across sheets or years (tone marks, a "xã" prefix, spacing). Bảng Kiểm still treats it as one unit.',
    },
    message: {
      vi: '"{name}" là cách viết khác của "{usual}" (như ở {where}).',
      en: '"{name}" is another spelling of "{usual}" (as at {where}).',
    },
  },
  check({ model, report }) {
    // The most used spelling of a unit is taken as its usual name; others are reported once each.
    const spellings = new Map<
      string,
      Map<string, { count: number; sheet: string; row: number; col: number }>
    >();
    for (const list of model.lists) {
      const t = list.table;
      if (t.subject !== 'organization') continue;
      for (const e of list.entries) {
        // A party cell's name is one only within its commune (a column of its own, or the
        // committee it is numbered under): namesakes are not spellings.
        const key = `${e.parentKey ?? ''}|${e.nameKey}`;
        const forms = spellings.get(key) ?? new Map();
        // Spellings as typed: a double space or a decomposed letter breaks lookups just the same.
        const seen = forms.get(e.rawName);
        if (seen) seen.count++;
        else
          forms.set(e.rawName, {
            count: 1,
            sheet: list.table.view.name,
            row: e.row,
            col: list.table.nameCol,
          });
        spellings.set(key, forms);
      }
    }
    for (const forms of spellings.values()) {
      if (forms.size < 2) continue;
      const ranked = [...forms.entries()].sort((a, b) => b[1].count - a[1].count);
      const [usual, at] = ranked[0]!;
      for (const [typed, where] of ranked.slice(1)) {
        const name = visible(typed);
        report({
          sheet: where.sheet,
          row: where.row,
          col: where.col,
          value: name,
          params: { name, usual, where: `'${at.sheet}'!${a1(at.row, at.col)}` },
        });
      }
    }
  },
};

/** Shows what makes a spelling differ when it cannot be seen: doubled spaces, decomposed marks. */
function visible(typed: string): string {
  const shown = typed.replace(/ {2,}/g, (m) => '·'.repeat(m.length)).replace(/^\s+|\s+$/g, '·');
  return typed.normalize('NFC') !== typed ? `${shown} (Unicode NFD)` : shown;
}
