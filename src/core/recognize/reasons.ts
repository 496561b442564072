import type { Bilingual } from '../words';

/**
 * Why recognition is as sure of a table as it is, in both languages (the rules' catalogue style):
 * table.uncertain quotes these in its message, so a Vietnamese message never carries English.
 * {name} is a number.
 */
export const REASONS = {
  monthCells: {
    vi: '{share}% ô tháng đọc được',
    en: '{share}% of month cells readable',
  },
  yearCounts: {
    vi: '{share}% ô số buổi sinh hoạt thường kỳ cả năm đọc được, chuyên đề ghi theo quý',
    en: '{share}% of yearly regular-meeting counts readable, thematic meetings by quarter',
  },
  yearCountsBoth: {
    vi: '{share}% ô số buổi sinh hoạt thường kỳ cả năm đọc được, chuyên đề ghi số buổi cả năm',
    en: '{share}% of yearly regular-meeting counts readable, thematic meetings as a yearly count',
  },
  tickMarks: {
    vi: '{cols} cột đánh dấu, {share}% ô là dấu',
    en: 'tick columns {cols}, {share}% marks',
  },
  countNumbers: {
    vi: '{share}% ô số lượng là số',
    en: '{share}% of count cells are numbers',
  },
  gradeCells: {
    vi: '{share}% ô xếp loại là mức xếp loại',
    en: '{share}% of grade cells are grades',
  },
  gradeColumnByCells: {
    vi: 'cột xếp loại nhận ra theo nội dung ô',
    en: 'grade column known by its cells',
  },
  gradesByLegend: {
    vi: 'xếp loại ghi bằng mã, đọc theo phần chú thích trên trang',
    en: 'grades typed as codes, read by the legend on the sheet',
  },
  gradeCodesNoLegend: {
    vi: 'xếp loại ghi bằng mã nhưng trên trang không có chú thích cho biết mã nghĩa là gì',
    en: 'grades typed as codes and no legend on the sheet says what they stand for',
  },
  unitsAcross: {
    vi: 'đơn vị theo cột, mỗi năm một hàng: {share}% ô xếp loại là mức xếp loại',
    en: 'units across, a row per year: {share}% of grade cells are grades',
  },
  ratingsInTitle: {
    vi: 'tiêu đề hoặc tên trang nói đây là kết quả xếp loại',
    en: 'ratings named in the title or the sheet name',
  },
  numberedUnits: {
    vi: 'các hàng đánh số thứ tự từ 1, tên là tổ chức đảng',
    en: 'rows numbered from 1, named as party organizations',
  },
  gradesDown: {
    vi: 'các mức xếp loại theo hàng, số lượng theo cột',
    en: 'grades down, counts across',
  },
  gradeGroups: {
    vi: 'xếp loại theo {groups} dòng nhóm ghi tên mức',
    en: 'grades from {groups} group lines naming a grade',
  },
  gradesFromScores: {
    vi: 'không có cột xếp loại: xếp loại theo điểm',
    en: 'no grade column: grades from the scores',
  },
  nameColumnByCells: {
    vi: 'cột tên nhận ra theo nội dung ô',
    en: 'name column known by its cells',
  },
  headerIncomplete: {
    vi: 'hàng tiêu đề thiếu cột: nhận ra theo tên và mức xếp loại',
    en: 'header incomplete: known by its names and grades',
  },
  noHeader: {
    vi: 'không có hàng tiêu đề: nhận ra theo tên và mức xếp loại',
    en: 'no header row: known by its names and grades',
  },
  listWithCellCounts: {
    vi: 'mỗi hàng là một đơn vị với xếp loại của mình, bên cạnh số lượng chi bộ trực thuộc theo mức: đọc thành danh sách và bảng tổng hợp chi bộ',
    en: "each row a unit with its own grade beside its cells' counts per grade: read as a list and a summary of the cells",
  },
  cellCountsOfList: {
    vi: 'số lượng chi bộ trực thuộc theo mức, mỗi hàng của danh sách một dòng',
    en: "the cells' counts per grade, a line per row of the list",
  },
  logByKinds: {
    vi: 'nhật ký sinh hoạt nhận ra theo nội dung ô: {dates}% ô ngày, {kinds}% ô loại buổi đọc được',
    en: 'meeting log by its cells: {dates}% dates, {kinds}% kinds',
  },
  logByTopics: {
    vi: 'nhật ký sinh hoạt nhận ra theo nội dung ô: {dates}% ô ngày, loại buổi theo nội dung sinh hoạt',
    en: 'meeting log by its cells: {dates}% dates, kinds from topics',
  },
  logOneCell: {
    vi: 'nhật ký của một chi bộ: tên chi bộ lấy từ tiêu đề hoặc tên trang',
    en: "one cell's log: the cell named by the title or the sheet's name",
  },
} satisfies Record<string, Bilingual>;

export type ReasonId = keyof typeof REASONS;

/** A reason with its numbers filled in. */
export function reason(id: ReasonId, params: Record<string, number> = {}): Bilingual {
  const fill = (template: string): string =>
    template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
  return { vi: fill(REASONS[id].vi), en: fill(REASONS[id].en) };
}

/** A share as the reasons state it: 0.934 → 93. */
export function percent(share: number): number {
  return Math.round(share * 100);
}
