import type { RegisterMark } from './monthMark';
import { isTypedDay, markWord, readMonthMark } from './monthMark';
import type { MeetingRegisterTable } from '../recognize/tables';
import { labelKey } from '../text/normalize';
import { readNumber, type NumberCell } from './numbers';
import { yearIn } from '../recognize/vocabulary';
import { isTotalLabel } from './rows';
import { isAggregateLine } from './aggregateLines';
import { readYearCount } from './yearCount';
import { readQuarterTopic } from './quarterTopic';
import { kindRowPairs } from './kindRowPairs';
import { absentColumns, withAbsent } from './absentColumns';
import { fractionColumns, readFractions } from './fractionMarks';
import { isTextDate } from './textDate';

export interface RegisterRow {
  row: number;
  year: number | null;
  commune: string;
  unit: string;
  /** Marks of months 1–12 (index 0 = January). */
  months: RegisterMark[];
  /** Thematic meetings per quarter as typed; null cell when the register has no such column. */
  quarters: (NumberCell | null)[];
  thematicCount: NumberCell | null;
  /** The year's regular meetings typed as one count ("12/12"), in a register without months. */
  regularCount?: NumberCell;
  members: number | null;
  note: string;
  /** Quarters (1–4) a note says are not yet compiled ("Chưa tổng hợp quý IV"). */
  pendingQuarters: number[];
  /** Two sheet rows per cell (parse/kindRowPairs.ts): the row marking thematic meetings by month. */
  thematicRow?: number;
  /**
   * That row's month marks, or the marks of the months' thematic columns on the row itself
   * (table.thematicMonthCols); index 0 = January. A held mark is a thematic meeting that month.
   */
  thematicMonths?: RegisterMark[];
}

export interface MeetingRegister {
  table: MeetingRegisterTable;
  rows: RegisterRow[];
  /**
   * The register has no thematic column, but its month cells record thematic meetings ("x+CĐ"):
   * a quarter's thematic meeting is then read from its three months.
   */
  thematicInMonths: boolean;
}

export function parseMeetingRegister(table: MeetingRegisterTable): MeetingRegister {
  const { view } = table;
  const rows: RegisterRow[] = [];
  const repeated = new Set(table.repeatedHeaderRows);
  const pairs = kindRowPairs(table);
  const absentCols = absentColumns(table);
  const partners = new Set(
    [...pairs.values()].map((p) => (p.regular === p.named ? p.thematic : p.regular)),
  );
  for (let r = table.firstDataRow; r <= table.lastDataRow; r++) {
    if (repeated.has(r) || partners.has(r)) continue;
    const pair = pairs.get(r);
    const markRow = pair?.regular ?? r;
    // Over several years (a "Năm" column) a cell's name is often typed once, merged down over
    // its years' rows.
    const unit =
      table.yearCol !== undefined ? view.bodyText(r, table.cellCol) : view.text(r, table.cellCol);
    if (!unit || isTotalLabel(unit) || isAggregateLine(unit)) continue;
    const hasMonth =
      [markRow, ...(pair ? [pair.thematic] : [])].some((at) =>
        table.monthCols.some((c) => c !== undefined && view.cell(at, c).type !== 'blank'),
      ) ||
      (table.thematicMonthCols ?? []).some(
        (c) => c !== undefined && view.cell(markRow, c).type !== 'blank',
      );
    const hasQuarter = table.quarterCols.some(
      (c) => c !== undefined && view.cell(r, c).type !== 'blank',
    );
    const yearText = table.yearCol !== undefined ? view.text(r, table.yearCol) : '';
    const countCol = table.regularCountCol;
    const regularCount = countCol !== undefined ? readYearCount(view, r, countCol) : undefined;
    const hasCount = regularCount !== undefined && regularCount.status !== 'blank';
    if (!hasMonth && !hasQuarter && !yearText && !hasCount) continue;
    const quarterOf = countCol !== undefined ? readQuarterTopic : readQuarter;
    const membersCell =
      table.membersCol !== undefined ? readNumber(view, r, table.membersCol) : null;
    const members = membersCell?.value ?? null;
    const note = table.noteCol !== undefined ? view.text(r, table.noteCol) : '';
    rows.push({
      row: markRow,
      year: yearIn(yearText) ?? table.correctedYear ?? table.titleYear ?? table.sheetYear,
      commune: table.communeCol !== undefined ? view.text(r, table.communeCol) : '',
      unit,
      months: table.monthCols.map((c, i) =>
        c === undefined
          ? absent()
          : withAbsent(readMonthMark(view, markRow, c), table, markRow, absentCols.get(i)),
      ),
      quarters: table.quarterCols.map((c) => (c === undefined ? null : quarterOf(view, r, c))),
      thematicCount:
        table.thematicCountCol !== undefined ? readNumber(view, r, table.thematicCountCol) : null,
      ...(regularCount ? { regularCount } : {}),
      members: members !== null && members > 0 ? members : null,
      note,
      pendingQuarters: pendingQuarters(note),
      ...(pair
        ? {
            thematicRow: pair.thematic,
            thematicMonths: table.monthCols.map((c) =>
              c === undefined ? absent() : readMonthMark(view, pair.thematic, c),
            ),
          }
        : table.thematicMonthCols
          ? {
              thematicMonths: table.thematicMonthCols.map((c) =>
                c === undefined ? absent() : readMonthMark(view, markRow, c),
              ),
            }
          : {}),
    });
  }
  // "9/12" is a day or 9 of 12 members: the register's other fractions tell.
  const fractions = fractionColumns(
    table,
    rows.map((row) => row.months),
  );
  for (const row of rows) row.months = readFractions(row.months, fractions);
  const thematicInMonths =
    !table.quarterCols.some((c) => c !== undefined) &&
    table.thematicCountCol === undefined &&
    table.thematicMonthCols === undefined &&
    rows.some((row) => row.months.some((m) => m.thematic));
  return { table, rows, thematicInMonths };
}

function absent(): RegisterMark {
  return { state: 'absent', col: -1, row: -1, raw: null };
}

const QUARTER_WORD: Record<string, number> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
};

/** "Chưa tổng hợp quý IV", "chưa có số liệu quý 3, 4": quarters whose records are not in yet. */
export function pendingQuarters(note: string): number[] {
  const label = labelKey(note);
  if (!/chua (tong hop|co so lieu|bao cao|cap nhat|co bao cao|nhap)/.test(label)) return [];
  const out = new Set<number>();
  const words = label.split(' ');
  words.forEach((w, i) => {
    if (w !== 'quy') return;
    // "quý IV", "quý 3, 4", "quý III và IV": quarter words until something else.
    for (const next of words.slice(i + 1)) {
      if (next === 'va') continue;
      const q = QUARTER_WORD[next];
      if (!q) break;
      out.add(q);
    }
  });
  return [...out].sort((a, b) => a - b);
}

/**
 * A quarter's thematic meetings: a count, or the day one was held (a date, typed or as text as
 * "15/3", "15.3", "15.3 (sáng)", "ngày 15", ISO "2024-03-15", or a serial number in a General
 * cell): that is one meeting, not 45,000. A register that marks
 * months with "√" or "Có" marks its quarters the same way: a held mark is one meeting, a
 * not-held word none.
 */
function readQuarter(view: MeetingRegisterTable['view'], row: number, col: number): NumberCell {
  const n = readNumber(view, row, col);
  const cell = view.cell(row, col);
  // The text as decoded: a register typed in TCVN3 stores "cã" for "có".
  const text = cell.type === 'text' ? view.text(row, col) : '';
  const isDay =
    cell.type === 'date' ||
    (cell.type === 'number' && (cell.value as number) > 400) ||
    (cell.type === 'text' && (isTextDate(text) || isTypedDay(text)));
  if (isDay) return { ...n, value: 1, status: 'ok' };
  // A form check box's linked cell: TRUE the quarter's thematic meeting was held, FALSE not.
  if (cell.type === 'boolean') return { ...n, value: cell.value ? 1 : 0, status: 'ok' };
  const word = cell.type === 'text' ? markWord(text) : null;
  if (word) return { ...n, value: word === 'held' ? 1 : 0, status: 'ok' };
  return n;
}
