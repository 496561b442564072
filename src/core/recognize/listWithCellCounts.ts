import type { Level } from '../report/types';
import { labelKey } from '../text/normalize';
import type { SheetView } from '../view/sheetView';
import { gradeShare, numberShare, support, textShare, type ColumnContent } from './content';
import type { HeaderBand } from './headerBand';
import { percent, reason } from './reasons';
import type {
  RatingListTable,
  RatingSummaryTable,
  SummaryLevelColumns,
  TableColumn,
} from './tables';
import type { ColumnMeaning } from './vocabulary';

/** "Số chi bộ trực thuộc", "Tổng số chi bộ", "SL TCĐ": how many party cells a row's unit has. */
const CELL_COUNT =
  /^(tong )?(so|sl|so luong)( luong)? (chi bo|cb|tcd|to chuc dang|tccsd|tccs|co so dang)( truc thuoc)?$/;

interface Typed {
  meaning: ColumnMeaning;
}

/** What recognizeSheet hands over: the band, its columns typed, the list it would build. */
export interface ListWithCountsInput {
  view: SheetView;
  band: HeaderBand;
  typed: Map<number, Typed>;
  content: Map<number, ColumnContent>;
  /** The rating list over the band's rows, its grade columns still to be set. */
  list: Omit<RatingListTable, 'gradeCols'>;
  /** Sets a table's confidence and finds its body's end and totals (recognizeSheet `settle`). */
  settle: (table: RatingListTable | RatingSummaryTable, share: number) => void;
}

/**
 * A row that is both a unit and a summary: a đảng bộ's own grade, then the number of its party
 * cells and their counts per grade ("Xếp loại chi bộ trực thuộc" over HTXSNV, HTTNV…). Two
 * tables over the same rows: the list of units with their grades, and the summary of their cells
 * (a line per unit and the "Tổng cộng" line), whose subject is the cells, so its total is never
 * held against the list. Null when the band is not that: no column of grades, or no counts.
 */
export function listWithCellCounts(
  input: ListWithCountsInput,
): [RatingListTable, RatingSummaryTable] | null {
  const { view, band, typed, content, list } = input;
  const role = (r: string) => [...typed].filter(([, t]) => t.meaning.role === r).map(([c]) => c);
  const grades = role('grade');
  const counts = role('levelCount');
  const shares = role('levelPercent');
  if (grades.length !== 1 || counts.length < 2) return null;
  const grade = content.get(grades[0]!);
  if (!grade || grade.filled < 2 || gradeShare(grade) < 0.6) return null;
  if (textShare(content.get(list.nameCol)) < 0.5) return null;
  const figures = [...counts, ...shares];
  if (figures.some((c) => numberShare(content.get(c)) < 0.6)) return null;
  // The counts are of one year's cells, not a year per block (a summary over years).
  if (figures.some((c) => typed.get(c)!.meaning.year !== undefined)) return null;
  const levels: SummaryLevelColumns[] = [];
  for (const c of [...figures].sort((a, b) => a - b)) {
    const level = typed.get(c)!.meaning.level as Level;
    let entry = levels.find((l) => l.level === level);
    if (!entry) levels.push((entry = { level }));
    if (typed.get(c)!.meaning.role === 'levelCount') entry.countCol ??= c;
    else entry.percentCol ??= c;
  }
  if (levels.filter((l) => l.countCol !== undefined).length < 2) return null;
  const totalCol = role('total')[0] ?? cellCountCol(band, typed, content);

  const roles = list.roles;
  const summaryCols = new Set([
    list.nameCol,
    ...figures,
    ...(totalCol !== undefined ? [totalCol] : []),
  ]);
  const listRoles = roles.filter((r) => !summaryCols.has(r.col) || r.col === list.nameCol);
  const summaryRoles: TableColumn[] = roles.filter((r) => summaryCols.has(r.col));
  if (totalCol !== undefined && !summaryRoles.some((r) => r.col === totalCol)) {
    summaryRoles.push({
      col: totalCol,
      role: 'total',
      label: view.headerText(band.bottom, totalCol),
      from: 'content',
    });
    summaryRoles.sort((a, b) => a.col - b.col);
  }
  const span = (rs: TableColumn[]) => ({
    firstCol: Math.min(...rs.map((r) => r.col)),
    lastCol: Math.max(...rs.map((r) => r.col)),
  });

  const ratingList: RatingListTable = {
    ...list,
    ...span(listRoles),
    roles: listRoles,
    reasons: [...list.reasons],
    totalRows: [],
    gradeCols: [{ col: grades[0]!, year: typed.get(grades[0]!)!.meaning.year ?? null }],
  };
  const share = support(grade.grades + grade.exempt + grade.nearGrades, grade.filled, 1);
  ratingList.reasons.push(reason('gradeCells', { share: percent(share) }));
  ratingList.reasons.push(reason('listWithCellCounts'));
  input.settle(ratingList, share);

  const summary: RatingSummaryTable = {
    view,
    band,
    firstDataRow: list.firstDataRow,
    lastDataRow: list.lastDataRow,
    ...span(summaryRoles),
    titleYear: list.titleYear,
    sheetYear: list.sheetYear,
    totalRows: [],
    roles: summaryRoles,
    confidence: 1,
    reasons: [],
    kind: 'rating-summary',
    subject: 'cell',
    labelCol: list.nameCol,
    totalCol,
    levels,
  };
  const numbers =
    figures.reduce((s, c) => s + numberShare(content.get(c)), 0) / Math.max(1, figures.length);
  summary.reasons.push(reason('countNumbers', { share: percent(numbers) }));
  summary.reasons.push(reason('cellCountsOfList'));
  input.settle(summary, numbers);
  return [ratingList, summary];
}

/** The band's column of each row's number of party cells, known by its header and its figures. */
function cellCountCol(
  band: HeaderBand,
  typed: Map<number, Typed>,
  content: Map<number, ColumnContent>,
): number | undefined {
  for (const c of band.columns) {
    if (typed.has(c.col)) continue;
    if (!CELL_COUNT.test(labelKey(c.raw.join(' ')))) continue;
    if (numberShare(content.get(c.col)) >= 0.6) return c.col;
  }
  return undefined;
}
