import type { LogOutcome } from '../compute/logMeetings';
import { KIND_SPELLINGS, THEMATIC_TOPIC_WORDS, type MeetingKind } from '../parse/logCells';
import type { MeetingLog } from '../parse/meetingLog';
import { monthBlocks, monthLinesYear } from '../parse/monthBlocks';
import type { CellContent } from './columnTable';
import { criteriaArray, exactCriterion, hyperlinkTo, str } from './formulas';
import { a1, absRange, absRef } from './grid';
import type { MeetingRow } from './meetingsColumns';

/** Blank rows under a log its formulas still read, so a meeting added there counts. */
const ROOM = 100;
/** Excel refuses a formula longer than this; such a cell keeps the engine's value instead. */
const FORMULA_MAX = 8000;

/**
 * One party cell's year from a log, as live formulas: COUNTIFS on the cell's name, the kind and
 * the days of each month and quarter, so a meeting added to or corrected in the log changes the
 * counts and the verdict in Excel and LibreOffice alike. Days typed as text ("05/03/2020") are no
 * dates to COUNTIFS: each adds a term of its own that holds while its cell reads the same.
 */
export function logMeetingRow(o: LogOutcome, perQ: string): MeetingRow {
  const t = o.log.table;
  const { view } = t;
  const src = view.name;
  const end = roomBelow(o);
  const range = (c: number) => absRange(src, { r0: t.firstDataRow, c0: c, r1: end, c1: c });
  const y = o.year;

  type Range = (c: number) => string;
  // A one-cell log (named by its title) holds no other cell's rows: any row with a day is its.
  const whose = (s: { commune: string; cell: string }, rows: Range) =>
    (t.cellName !== undefined
      ? `${rows(t.dateCol)},"<>"`
      : `${rows(t.cellCol)},${exactCriterion(s.cell)}`) +
    (t.communeCol !== undefined ? `,${rows(t.communeCol)},${exactCriterion(s.commune)}` : '');
  // Where a range of months' meetings are: the whole log between two dates, or, for days of the
  // month under "THÁNG 3" lines, the rows under those months' lines with a day typed.
  const blocks = t.monthLines ? monthBlocks(t.monthLines, monthLinesYear(t), end) : [];
  const slices = (m0: number, m1: number): { rows: Range; days: string }[] =>
    t.monthLines
      ? blocks
          .filter((b) => b.year === y && b.month >= m0 && b.month < m1)
          .map((b) => {
            const rows: Range = (c) => absRange(src, { r0: b.r0, c0: c, r1: b.r1, c1: c });
            return { rows, days: `${rows(t.dateCol)},"<>"` };
          })
      : [
          {
            rows: range,
            days: `${range(t.dateCol)},">="&DATE(${y},${m0},1),${range(t.dateCol)},"<"&DATE(${y},${m1},1)`,
          },
        ];
  const kinds = kindSpellings(o.log);
  /** Meetings of a kind between two months (m1 exclusive), as counted from real dates. */
  const count = (kind: MeetingKind, m0: number, m1: number) => {
    const terms = o.spellings
      .flatMap((s) => slices(m0, m1).map((slice) => ({ who: whose(s, slice.rows), ...slice })))
      .map(({ who, rows, days }) => {
        if (t.kindCol !== undefined) {
          return `SUMPRODUCT(COUNTIFS(${who},${rows(t.kindCol)},${criteriaArray(kinds[kind])},${days}))`;
        }
        if (t.kindTickCols) {
          // A tick under this kind's column and none under the other's.
          const other = kind === 'regular' ? 'thematic' : 'regular';
          return `COUNTIFS(${who},${rows(t.kindTickCols[kind])},"<>",${rows(t.kindTickCols[other])},"",${days})`;
        }
        const thematic = thematicTopics(
          rows(t.topicCol!),
          (topic) => `COUNTIFS(${who},${topic},${days})`,
        );
        return kind === 'thematic' ? thematic : `COUNTIFS(${who},${days})-${thematic}`;
      })
      // Days under month lines are counted by their block, whatever their type.
      .concat(t.monthLines ? [] : textDated(o, kind, m0, m1));
    return terms.length > 0 ? terms.join('+') : '0';
  };

  const first = (o.entries[0] ?? o.earlier!).row;
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  const regular = live(
    months.map((m) => `(${count('regular', m, m + 1)}>0)`).join('+'),
    o.result.regular,
  );

  // The months the log reaches in this year: from its first day's month to its last day's.
  // Text days are no dates to MIN and MAX: the earliest and latest of them join as constants; so
  // do all days under month lines, which are days of the month only.
  const texts = o.log.entries
    .filter((e) => e.date.text || t.monthLines)
    .map((e) => e.date)
    .sort((a, b) => a.year - b.year || a.month - b.month || a.day - b.day);
  const extremes = texts.length
    ? [...new Set([textDateValue(texts[0]!), textDateValue(texts[texts.length - 1]!)])]
    : [];
  const dated = t.monthLines ? [] : [range(t.dateCol)];
  const span = (fn: 'MIN' | 'MAX') => `${fn}(${[...dated, ...extremes].join(',')})`;
  const firstMonth = `IF(YEAR(${span('MIN')})<${y},1,IF(YEAR(${span('MIN')})>${y},13,MONTH(${span('MIN')})))`;
  const lastMonth = `IF(YEAR(${span('MAX')})>${y},12,IF(YEAR(${span('MAX')})<${y},0,MONTH(${span('MAX')})))`;
  const unknown = live(
    `MIN(12,MAX(0,${firstMonth}-1)+MAX(0,12-${lastMonth}))`,
    o.result.monthsWithoutData.length,
  );

  const quarters = [1, 2, 3, 4].map((q) => {
    const n = count('thematic', q * 3 - 2, q * 3 + 1);
    const noData = `OR(${firstMonth}>${q * 3 - 2},${lastMonth}<${q * 3})`;
    const cached = o.result.thematicByQuarter[q - 1];
    return live(
      `IF(AND(${n}<${perQ},${noData}),"",${n})`,
      cached === null || cached === undefined ? '' : cached,
    );
  });

  return {
    year: y,
    commune: o.commune,
    unit: o.unit,
    link: {
      formula: hyperlinkTo(src, a1(first, t.cellCol), String(first + 1)),
      cached: String(first + 1),
    },
    regular,
    unknown,
    quarters,
    thematic: 'quarters',
    compliant: o.result.compliant,
    held: o.result.regular,
  };
}

const KINDS_SEEN = new WeakMap<MeetingLog, Record<MeetingKind, string[]>>();

/** The spellings of each kind the formulas accept: the usual ones and those the log uses. */
function kindSpellings(log: MeetingLog): Record<MeetingKind, string[]> {
  let kinds = KINDS_SEEN.get(log);
  if (kinds) return kinds;
  // COUNTIFS ignores case: "chuyên đề" beside "Chuyên đề" would count each row twice.
  const byCase = (spellings: string[]) => new Map(spellings.map((w) => [w.toLowerCase(), w]));
  const seen = {
    regular: byCase(KIND_SPELLINGS.regular),
    thematic: byCase(KIND_SPELLINGS.thematic),
  };
  const { view, kindCol } = log.table;
  for (const e of log.entries) {
    const raw = kindCol === undefined ? undefined : view.sheet.rows[e.row]?.v[kindCol];
    if (e.kind && typeof raw === 'string' && !seen[e.kind].has(raw.toLowerCase()))
      seen[e.kind].set(raw.toLowerCase(), raw);
  }
  kinds = { regular: [...seen.regular.values()], thematic: [...seen.thematic.values()] };
  KINDS_SEEN.set(log, kinds);
  return kinds;
}

/**
 * Rows whose topic holds a thematic word (parse/logCells.ts topicIsThematic), each counted once:
 * the term for a word also asks that the topic hold none of the words before it ("SHCĐ –
 * chuyên đề quý I" is one meeting). `count` gives COUNTIFS over the row's other conditions with
 * the topic's criteria inserted.
 */
function thematicTopics(topics: string, count: (topicCriteria: string) => string): string {
  const terms = THEMATIC_TOPIC_WORDS.map((w, i) =>
    count(
      [`*${w}*`, ...THEMATIC_TOPIC_WORDS.slice(0, i).map((b) => `<>*${b}*`)]
        .map((c) => `${topics},${str(c)}`)
        .join(','),
    ),
  );
  return `(${terms.join('+')})`;
}

/** The formula, or the engine's value where the formula would be longer than Excel takes. */
function live(formula: string, cached: number | string): CellContent {
  return formula.length <= FORMULA_MAX ? { formula, cached } : cached;
}

/** The log's last row, and the blank rows right under it where a new meeting would go. */
function roomBelow(o: LogOutcome): number {
  const { view, lastDataRow } = o.log.table;
  let end = lastDataRow;
  while (end < lastDataRow + ROOM && (end + 1 >= view.rowCount || view.lastColumn(end + 1) < 0)) {
    end++;
  }
  return end;
}

/** This cell's meetings of a kind on days typed as text, each while its day cell reads the same. */
function textDated(o: LogOutcome, kind: MeetingKind, m0: number, m1: number): string[] {
  const t = o.log.table;
  return o.entries
    .filter((e) => e.date.text && e.kind === kind && e.date.month >= m0 && e.date.month < m1)
    .map((e) => {
      const raw = t.view.sheet.rows[e.row]?.v[t.dateCol];
      return `(${absRef(t.view.name, e.row, t.dateCol)}=${str(String(raw ?? ''))})`;
    });
}

/** A text day as a DATE() the span formulas can compare. */
function textDateValue(d: { year: number; month: number; day: number }): string {
  return `DATE(${d.year},${d.month},${d.day})`;
}
