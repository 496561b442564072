import type { MeetingOutcome } from '../compute/meetings';
import { NOT_HELD_REASON_WORDS } from '../parse/monthMark';
import type { CellContent } from './columnTable';
import { hyperlinkTo, textArray } from './formulas';
import { a1, absArea, absRef, consecutiveRuns, onSheet, rowCells } from './grid';
import type { MeetingRow } from './meetingsColumns';
import { quarterTopicCount, yearCountHeld, yearCountUnknown } from './countRegisterFormulas';
import { heldWordsOrThematic, thematicCount, unreadableMarks } from './thematicMarkFormulas';
import { numberZeros, typedHeld, typedNotHeld } from './typedMarks';
import { HELD_SPELLINGS, NOT_HELD_SPELLINGS } from './markSpellings';
import { sheetEncoding } from './sheetEncoding';
import { withLegacySpellings } from '../text/legacyEncode';
import { MAX_FORMULA } from './validatePlan';
import { countOrDoubt, kindRowQuarterCell, kindRowRest, thematicMarkSite } from './kindRowFormulas';
import { dayOrCount, isTypedDayText } from './dayFormulas';

/**
 * One register row as live formulas over the register's cells: regular meetings held in the
 * months counted, months without records, thematic meetings per quarter (or the year's count).
 * Months of a quarter the register says is still to come count as without records.
 */
export function registerMeetingRow(o: MeetingOutcome): MeetingRow {
  const table = o.table;
  const src = table.view.name;
  const srcRow = o.row.row;
  const cell = (c: number) => absRef(src, srcRow, c);
  const cells = (c0: number, c1: number) => onSheet(src, absArea(rowCells(srcRow, c0, c1)));

  const pending = new Set(o.row.pendingQuarters.flatMap((q) => [q * 3 - 2, q * 3 - 1, q * 3]));
  const monthCols = table.monthCols;
  const counted = monthCols.filter((c, i): c is number => c !== undefined && !pending.has(i + 1));
  const ranges = consecutiveRuns(counted).map(([c0, c1]) => cells(c0, c1));
  // Marks such as "x, CĐ" are read by the longer formulas only where the register has them.
  const thematicMarks = o.thematicInMonths || o.row.months.some((m) => m.thematic);
  // A sheet typed in TCVN3 or VNI holds its words encoded ("cã" for "có"): the formulas look up
  // both spellings there.
  const encoding = sheetEncoding(table.view);
  const heldWords = textArray(withLegacySpellings(HELD_SPELLINGS, encoding));
  const notHeldWords = textArray(withLegacySpellings(NOT_HELD_SPELLINGS, encoding));
  const allWords = textArray(
    withLegacySpellings([...HELD_SPELLINGS, ...NOT_HELD_SPELLINGS], encoding),
  );
  const held = ranges.length
    ? ranges
        .map((g) =>
          thematicMarks
            ? `COUNTIF(${g},">0")+${heldWordsOrThematic(g)}+${typedHeld(g, true)}`
            : `COUNTIF(${g},">0")+SUMPRODUCT(--ISNUMBER(MATCH(LOWER(TRIM(${g})),${heldWords},0)))+${typedHeld(g, false)}`,
        )
        .join('+')
    : '0';

  const quarterCell = (q: number) =>
    table.quarterCols[q - 1] !== undefined ? cell(table.quarterCols[q - 1]!) : null;
  const hasQuarters = table.quarterCols.some((c) => c !== undefined);
  const lastMonth = lastDefined(monthCols);
  const fromMonth = (m: number) => {
    const c = monthCols[m - 1];
    return c === undefined || lastMonth === undefined ? null : cells(c, lastMonth);
  };
  // A month is without records while it and every month after it are blank, and no thematic
  // meeting is recorded in its quarter.
  const trailing: string[] = [];
  for (let m = 1; m <= 12; m++) {
    if (pending.has(m) || monthCols[m - 1] === undefined) continue;
    const rest = fromMonth(m)!;
    const q = quarterCell(Math.ceil(m / 3));
    const thematicBlank = q
      ? `*(${q}="")`
      : hasQuarters
        ? '*0'
        : table.thematicCountCol !== undefined
          ? `*(${cell(table.thematicCountCol)}="")`
          : '';
    // Two rows per cell: a thematic mark on the row below is a record of its month.
    const restBelow = kindRowRest(o, m);
    const counted = restBelow ? `COUNTA(${rest})+COUNTA(${restBelow})` : `COUNTA(${rest})`;
    trailing.push(`(${counted}=0)${thematicBlank}`);
  }
  const invalid = ranges.length
    ? ranges
        .map((g) =>
          thematicMarks
            ? `${unreadableMarks(g)}-(${typedHeld(g, true)})-${typedNotHeld(g)}-(${reasonNotHeld(g)})`
            : `COUNTA(${g})-COUNTIF(${g},">0")-${numberZeros(g)}-SUMPRODUCT(--ISNUMBER(MATCH(LOWER(TRIM(${g})),${allWords},0)))-(${typedHeld(g, false)})-${typedNotHeld(g)}-(${reasonNotHeld(g)})`,
        )
        .join('+')
    : '0';
  const unknownParts = [String(pending.size), ...trailing, invalid].filter((p) => p !== '0');

  if (table.regularCountCol !== undefined) return countRegisterRow(o, table.regularCountCol);

  const quarters: (CellContent | undefined)[] = [];
  const tc = table.thematicCountCol !== undefined ? cell(table.thematicCountCol) : null;
  if (hasQuarters) {
    for (let q = 1; q <= 4; q++) {
      const qc = quarterCell(q);
      const cached = o.result.thematicByQuarter[q - 1];
      if (!qc) {
        quarters.push(null);
        continue;
      }
      const m3 = fromMonth(q * 3);
      const noData = o.row.pendingQuarters.includes(q) ? 'TRUE' : m3 ? `COUNTA(${m3})=0` : 'FALSE';
      quarters.push({
        // A date, typed or as text ("15/3", "15.3 (sáng)", "ngày 15", ISO "2024-03-15 08:00"),
        // is the day the thematic meeting was held: one meeting.
        formula: `IF(${qc}="",IF(${noData},"",0),IF(ISNUMBER(${qc}),${dayOrCount(qc)},IF(ISNUMBER(MATCH(LOWER(TRIM(${qc})),${heldWords},0)),1,IF(ISNUMBER(MATCH(LOWER(TRIM(${qc})),${notHeldWords},0)),0,IF(${isTypedDayText(qc)},1,IFERROR(--${qc},"?"))))))`,
        cached: cached === null || cached === undefined ? '' : cached,
      });
    }
  } else if (thematicMarkSite(o)) {
    const read = {
      held: (g: string) => `COUNTIF(${g},">0")+${heldWordsOrThematic(g)}+${typedHeld(g, true)}`,
      unreadable: (g: string) =>
        `${unreadableMarks(g)}-(${typedHeld(g, true)})-${typedNotHeld(g)}-(${reasonNotHeld(g)})`,
    };
    for (let q = 1; q <= 4; q++) quarters.push(kindRowQuarterCell(o, q, fromMonth(q * 3), read));
  } else if (o.thematicInMonths) {
    for (let q = 1; q <= 4; q++) quarters.push(thematicInMonthsCell(o, q, fromMonth, cells));
  } else if (tc) {
    // One thematic count for the year, in the first quarter's cell.
    quarters.push({
      formula: `IF(${tc}="","",IFERROR(--${tc},"?"))`,
      cached: o.row.thematicCount?.value ?? '',
    });
  }

  // Months without a column count as without records where the engine weighs the regular
  // meetings (compute/meetings.ts), and are not in the months-without-records cell.
  const absentMonths = monthCols.filter((c, i) => c === undefined && !pending.has(i + 1)).length;
  return {
    ...rowHead(o),
    absentMonths,
    regular: withinExcel({ formula: held, cached: o.result.regular }),
    unknown: withinExcel({
      formula: unknownParts.join('+') || '0',
      cached: o.result.monthsWithoutData.length,
    }),
    quarters: quarters.map((q) => (q === undefined ? q : withinExcel(q))),
    thematic:
      hasQuarters || o.thematicInMonths || thematicMarkSite(o) ? 'quarters' : tc ? 'year' : 'none',
    compliant: o.result.compliant,
    held: o.result.regular,
  };
}

/**
 * A formula Excel can take (8,192 characters with its "="), else the engine's value: a register
 * whose month columns are split by other columns (a quarter's after each third month, a note
 * after each month) repeats the words for every run of months, and the row still gets its count.
 */
function withinExcel(content: CellContent): CellContent {
  return content !== null && typeof content === 'object' && content.formula.length >= MAX_FORMULA
    ? content.cached
    : content;
}

/** Who the row is about, and a link to it on the register. */
function rowHead(o: MeetingOutcome): Pick<MeetingRow, 'year' | 'commune' | 'unit' | 'link'> {
  const src = o.table.view.name;
  const srcRow = o.row.row;
  return {
    year: o.row.year,
    commune: o.row.commune,
    unit: o.row.unit,
    link: {
      formula: hyperlinkTo(src, a1(srcRow, o.table.cellCol), String(srcRow + 1)),
      cached: String(srcRow + 1),
    },
  };
}

/** A register without months: the typed yearly count, and a topic (or none) per quarter. */
function countRegisterRow(o: MeetingOutcome, countCol: number): MeetingRow {
  const table = o.table;
  const src = table.view.name;
  const srcRow = o.row.row;
  const count = absRef(src, srcRow, countCol);
  const regular = { formula: yearCountHeld(count), cached: o.result.regular };
  const unknown = { formula: yearCountUnknown(count), cached: o.result.monthsWithoutData.length };
  if (table.thematicCountCol !== undefined) {
    // The year's thematic count too (an app's yearly summary): written in the first quarter's cell.
    const tc = absRef(src, srcRow, table.thematicCountCol);
    return {
      ...rowHead(o),
      regular,
      unknown,
      quarters: [
        {
          formula: `IF(${tc}="","",IFERROR(--${tc},"?"))`,
          cached: o.row.thematicCount?.value ?? '',
        },
      ],
      thematic: 'year',
      compliant: o.result.compliant,
      held: o.result.regular,
    };
  }
  const quarters = table.quarterCols.map((c, i): CellContent => {
    if (c === undefined) return null;
    const cached = o.result.thematicByQuarter[i];
    return {
      formula: quarterTopicCount(absRef(src, srcRow, c)),
      cached: cached === null || cached === undefined ? '?' : cached,
    };
  });
  return {
    ...rowHead(o),
    regular,
    unknown,
    quarters,
    thematic: 'quarters',
    compliant: o.result.compliant,
    held: o.result.regular,
  };
}

/**
 * A quarter's thematic meetings counted from its month marks ("x+CĐ"). With none it is blank
 * (not enough data) while its months are without records or one of them is unreadable or has no
 * column, as the engine decides.
 */
function thematicInMonthsCell(
  o: MeetingOutcome,
  q: number,
  fromMonth: (m: number) => string | null,
  cells: (c0: number, c1: number) => string,
): CellContent {
  const cols = o.table.monthCols.slice(q * 3 - 3, q * 3);
  const defined = cols.filter((c): c is number => c !== undefined);
  const ranges = consecutiveRuns([...defined].sort((a, b) => a - b)).map(([c0, c1]) =>
    cells(c0, c1),
  );
  const cached = o.result.thematicByQuarter[q - 1];
  if (!ranges.length) return null;
  const count = ranges.map(thematicCount).join('+');
  const last = fromMonth(q * 3);
  const doubt = [
    o.row.pendingQuarters.includes(q) || defined.length < 3 ? 'TRUE' : null,
    last ? `COUNTA(${last})=0` : null,
    ...ranges.map(
      (g) =>
        `${unreadableMarks(g)}-(${typedHeld(g, true)})-${typedNotHeld(g)}-(${reasonNotHeld(g)})>0`,
    ),
  ].filter((p): p is string => p !== null);
  return {
    formula: countOrDoubt(count, doubt),
    cached: cached === null || cached === undefined ? '' : cached,
  };
}

/** "Không SH (lụt)", "Hoãn - mưa bão": a not-held word and its reason (COUNTIF ignores case). */
function reasonNotHeld(g: string): string {
  return NOT_HELD_REASON_WORDS.flatMap((w) => [
    `COUNTIF(${g},"${w} (*")`,
    `COUNTIF(${g},"${w} - *")`,
  ]).join('+');
}

function lastDefined(cols: (number | undefined)[]): number | undefined {
  for (let i = cols.length - 1; i >= 0; i--) if (cols[i] !== undefined) return cols[i];
  return undefined;
}
