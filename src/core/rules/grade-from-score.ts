import type { Rule } from './rule';

export const gradeFromScore: Rule = {
  meta: {
    id: 'grade.from-score',
    severity: 'info',
    title: { vi: 'Xếp loại suy ra từ điểm', en: 'Grades derived from scores' },
    description: {
      vi: 'Danh sách từ năm 2025 chỉ có điểm (thang 100), không có cột xếp loại: Bảng Kiểm xếp loại từng đơn vị theo khung điểm của Quy định 366-QĐ/TW (từ 90 xuất sắc, 70 đến dưới 90 tốt, 50 đến dưới 70 hoàn thành, dưới 50 không hoàn thành; các mốc là cài đặt) và đếm theo đó; công thức ghi ra cũng đếm theo khung điểm.',
      en: 'A list of the 2025 rating on holds only a 100-point score and no grade column: Bảng Kiểm grades each unit by the score bands of Quy định 366-QĐ/TW (90+ excellent, 70 to under 90 good, 50 to under 70 pass, under 50 fail; the bands are settings) and counts those grades; the written formulas count by the same bands.',
    },
    message: {
      vi: 'Bảng ở hàng {row} không có cột xếp loại: xếp loại {count} đơn vị theo điểm ở cột {column} (từ {excellent} xuất sắc, từ {good} tốt, từ {pass} hoàn thành).',
      en: 'The table on row {row} has no grade column: {count} units graded by their scores in column {column} ({excellent}+ excellent, {good}+ good, {pass}+ pass).',
    },
  },
  check({ model, report }) {
    for (const list of model.lists) {
      const bands = list.scoreBands;
      if (!bands) continue;
      const t = list.table;
      const header = t.band.columns.find((c) => c.col === list.gradeCol);
      report({
        sheet: t.view.name,
        row: t.band.top,
        col: list.gradeCol,
        params: {
          row: t.band.top + 1,
          count: list.entries.filter((e) => e.status === 'ok').length,
          column: header?.raw.join(' / ') ?? '',
          excellent: bands.excellent,
          good: bands.good,
          pass: bands.pass,
        },
      });
    }
  },
};
