import { rangeA1 } from '../model/address';
import type { RatingList } from '../parse/ratingList';
import type { Rule } from './rule';

const where = (l: RatingList): string => {
  const t = l.table;
  const range = rangeA1({ r0: t.band.top, c0: t.firstCol, r1: t.lastDataRow, c1: t.lastCol });
  return `${t.view.name}!${range}`;
};

export const tableCopy: Rule = {
  meta: {
    id: 'table.copy',
    severity: 'info',
    title: { vi: 'Bảng sao', en: 'A copied table' },
    description: {
      vi: 'Một danh sách lặp lại đúng một danh sách khác của cùng năm, từng đơn vị và từng mức xếp loại (thường là bản sao để in cạnh bản gốc). Bảng sao chỉ được tính một lần, theo bản gốc; các vấn đề trong bảng sao không được báo lại.',
      en: 'A list repeats another list of the same year unit for unit and grade for grade (usually a copy laid out for printing beside the original). The copy is counted once, as the original; findings in it are not reported again.',
    },
    message: {
      vi: 'Danh sách ở {copy} giống hệt danh sách ở {original} (năm {year}, {count} đơn vị): chỉ tính một lần.',
      en: 'The list at {copy} repeats the one at {original} ({year}, {count} units): counted once.',
    },
  },
  check({ model, report }) {
    for (const { list, of } of model.copies) {
      const first = list.entries[0]!;
      report({
        sheet: list.table.view.name,
        row: first.row,
        col: list.gradeCol,
        params: {
          copy: where(list),
          original: where(of),
          year: list.year ?? '?',
          count: list.entries.length,
        },
      });
    }
  },
};
