import type { Rule } from './rule';

export const tableYearConflict: Rule = {
  meta: {
    id: 'table.year-conflict',
    severity: 'info',
    title: { vi: 'Các nguồn ghi năm khác nhau', en: 'Year sources disagree' },
    description: {
      vi: 'Tiêu đề của bảng, tiêu đề cột xếp loại và tên trang ghi những năm khác nhau. Bảng Kiểm lấy năm theo thứ tự: tiêu đề bảng, tiêu đề cột, tên trang; ngày xuất, số quyết định và ngày ký không được tính là năm của bảng. Có thể sửa năm của bảng trong ngăn "Bảng nhận ra".',
      en: "The table's title, its grade column's header and the sheet name give different years. Bảng Kiểm takes the title first, then the header, then the sheet name; export dates, decision references and signature dates are never a table's year. The year can be corrected in the pane's \"Tables recognized\".",
    },
    message: {
      vi: 'Bảng ở hàng {row} được tính là năm {used} (theo {source}), dù {otherSource} ghi {other}.',
      en: 'The table on row {row} is taken as {used} (from {sourceEn}), though {otherSourceEn} says {other}.',
    },
  },
  check({ model, report }) {
    const NAMES = {
      title: { vi: 'tiêu đề bảng', en: 'its title' },
      header: { vi: 'tiêu đề cột', en: 'the column header' },
      sheet: { vi: 'tên trang', en: 'the sheet name' },
    } as const;
    for (const t of model.tables) {
      if (t.correctedYear !== undefined) continue;
      // Tables whose rows or columns carry their own years have no one year to disagree on.
      // A log's days carry the year of each meeting.
      if (t.kind === 'meeting-log') continue;
      if (t.kind !== 'rating-summary' && t.yearCol !== undefined) continue;
      if (t.kind === 'rating-list' && t.gradeCols.length > 1) continue;
      const header = t.kind === 'rating-list' ? t.gradeCols[0]!.year : null;
      const sources = [
        ['title', t.titleYear],
        ['header', header],
        ['sheet', t.sheetYear],
      ] as const;
      const given = sources.filter((s) => s[1] !== null);
      if (given.length < 2) continue;
      const [source, used] = given[0]!;
      const other = given.find((s) => s[1] !== used);
      if (!other) continue;
      report({
        sheet: t.view.name,
        row: t.band.top,
        col: t.firstCol,
        wholeRow: true,
        expected: used,
        actual: other[1],
        params: {
          row: t.band.top + 1,
          used: used!,
          other: other[1]!,
          source: NAMES[source].vi,
          sourceEn: NAMES[source].en,
          otherSource: NAMES[other[0]].vi,
          otherSourceEn: NAMES[other[0]].en,
        },
      });
    }
  },
};
