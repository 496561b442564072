import type { RatingListTable } from '../recognize/tables';
import { yearIn } from '../recognize/vocabulary';
import { nameKey } from '../text/normalize';
import { gradeOf, settleList, type ListEntry, type RatingList } from './ratingList';

/**
 * The lists of a table on its side (units across, a row per year): one list per row, an entry
 * per unit column, the unit named by the header cell above it. Each entry's cell is its grade
 * cell (the row's year, the unit's column).
 */
export function parseAcrossLists(table: RatingListTable): RatingList[] {
  const { view, across } = table;
  if (!across) return [];
  const names = across.unitCols.map((c) => {
    const name = view.headerText(across.headerRow, c);
    return { col: c, name, key: nameKey(name) };
  });
  const lists: RatingList[] = [];
  for (let r = table.firstDataRow; r <= table.lastDataRow; r++) {
    const year = table.correctedYear ?? yearIn(view.text(r, table.yearCol ?? table.nameCol));
    const entries: ListEntry[] = names.map((u) => {
      const gradeText = view.bodyText(r, u.col);
      const isError = view.sheet.rows[r]?.e?.includes(u.col) ?? false;
      const grade: Pick<ListEntry, 'status' | 'level' | 'gradeScheme'> = isError
        ? { status: 'error' }
        : gradeText
          ? gradeOf(gradeText)
          : { status: 'blank' };
      return {
        row: r,
        rawName: u.name,
        name: u.name,
        nameKey: u.key,
        gradeCol: u.col,
        gradeText,
        ...grade,
      };
    });
    const list: RatingList = {
      table,
      year,
      gradeCol: across.unitCols[0]!,
      scheme: '2018',
      schemeOutliers: [],
      entries,
    };
    settleList(list);
    lists.push(list);
  }
  return lists;
}
