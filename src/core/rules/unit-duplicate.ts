import { a1 } from '../model/address';
import type { ListEntry } from '../parse/ratingList';
import type { Rule } from './rule';

/** The first row of a repeated unit, on another sheet when the list went on from there. */
function firstAt(e: ListEntry, nameCol: number): string {
  const at = a1(e.duplicateOf!, e.duplicateAt?.col ?? nameCol);
  const sheet = e.duplicateAt?.sheet;
  return sheet ? `'${sheet.replace(/'/g, "''")}'!${at}` : at;
}

export const unitDuplicate: Rule = {
  meta: {
    id: 'unit.duplicate',
    severity: 'error',
    title: { vi: 'Đơn vị bị lặp', en: 'Duplicate unit' },
    description: {
      vi: 'Cùng một tổ chức có hai dòng trong danh sách của một năm (sau khi chuẩn hóa cách viết tên). Kết quả của mọi năm chỉ tính dòng đầu tiên; mỗi dòng lặp được nêu một lần.',
      en: 'The same organization has two rows in one year (after normalizing its name). Every year counts its first row only; each repeated row is reported once.',
    },
    message: {
      vi: '{name} đã có ở ô {first}; dòng này không được tính lần nữa.',
      en: '{name} is already listed at {first}; this row is not counted again.',
    },
  },
  check({ model, report }) {
    // A table with a column per year holds the row in every year's list: one finding a row.
    const seen = new Set<string>();
    for (const list of model.lists) {
      for (const e of list.entries) {
        if (e.duplicateOf === undefined) continue;
        const col = e.nameCol ?? list.table.nameCol;
        const key = `${list.table.view.name}!${e.row}!${col}`;
        if (seen.has(key)) continue;
        seen.add(key);
        report({
          sheet: list.table.view.name,
          row: e.row,
          col,
          value: e.name,
          params: { name: e.name, first: firstAt(e, list.table.nameCol) },
        });
      }
    }
  },
};
