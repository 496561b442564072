import type { Pilot } from '../compute/pilots';
import type { PlanSheet, PlanStyle } from './outputPlan';
import type { WorkbookModel } from '../workbookModel';
import type { Settings } from '../settings';
import { nameKey } from '../text/normalize';
import { columnsOf, type RowCells } from './columnTable';
import { str, textArray } from './formulas';
import { a1, absA1, absArea, rowCells } from './grid';
import { PLAN_LABELS, type PlanLabels } from './labels';
import { FLAG_FILL, LOOK } from './look';
import { logMeetingRow } from './logMeetingRows';
import { meetingColumns, type MeetingRow, type Thresholds } from './meetingsColumns';
import { registerMeetingRow } from './registerMeetingRows';
import { SETTING_KEY_COL, SETTING_VALUE_COL } from './settingCells';
import { landscapePage, SheetBuilder, StyleBook } from './sheetBuilder';

export interface MeetingsLayout {
  sheet: string;
  /** 0-based rows of the per-year block, with the year each holds. */
  yearRows: { row: number; year: number }[];
  /** The per-year block's columns, by key. */
  yearCols: Record<YearKey, number>;
  /** Whether some cells are in communes that are not pilots. */
  hasOthers: boolean;
}

export type YearKey =
  | 'year'
  | 'cells'
  | 'compliant'
  | 'share'
  | 'avgRegular'
  | 'required'
  | 'pilotShare'
  | 'otherShare';

const THRESHOLD_ROW = 3;
const HEADER = 7;

/** A year's row of the block under the table: its cells' rows, and which are pilot communes'. */
interface YearRow {
  year: number;
  rows: MeetingRow[];
  pilot: MeetingRow[];
  others: MeetingRow[];
}

/** Share of rows found compliant, 0 for none. */
const compliantShare = (rows: MeetingRow[]) =>
  rows.length ? rows.filter((m) => m.compliant === true).length / rows.length : 0;

/**
 * The yearly block: cells, compliant cells and their share, the average of regular meetings held
 * against the requirement, and the compliant share in pilot communes and in the others, all
 * counted over the table's columns.
 */
function yearColumns(
  L: PlanLabels,
  settings: Settings,
  req: string,
  over: (key: 'year' | 'commune' | 'regular' | 'verdict') => string,
  pilotList: string | null,
) {
  const years = over('year');
  const verdicts = over('verdict');
  const yes = str(L.verdictYes);
  // A year's cells in pilot communes, and those of them compliant. Without pilot communes both
  // are 0: a criterion {""} would match every row whose commune is blank (a register without a
  // commune column), and the pilot and other shares would trade places.
  const pilotCells = (at: RowCells<YearKey>) =>
    pilotList === null
      ? '0'
      : `SUMPRODUCT(COUNTIFS(${years},${at.ref('year')},${over('commune')},${pilotList}))`;
  const pilotYes = (at: RowCells<YearKey>) =>
    pilotList === null
      ? '0'
      : `SUMPRODUCT(COUNTIFS(${years},${at.ref('year')},${over('commune')},${pilotList},${verdicts},${yes}))`;
  /** The compliant share among some of a year's cells. */
  const shareOf =
    (among: (y: YearRow) => MeetingRow[], formula: (at: RowCells<YearKey>) => string) =>
    (y: YearRow, at: RowCells<YearKey>) => ({
      formula: formula(at),
      cached: compliantShare(among(y)),
    });
  return columnsOf<YearRow>()<YearKey>([
    { key: 'year', header: L.colYear, style: LOOK.integer, cell: (y) => y.year },
    {
      key: 'cells',
      header: L.colCells,
      style: LOOK.integer,
      cell: (y, at) => ({ formula: `COUNTIF(${years},${at.ref('year')})`, cached: y.rows.length }),
    },
    {
      key: 'compliant',
      header: L.colCompliant,
      style: LOOK.integer,
      cell: (y, at) => ({
        formula: `COUNTIFS(${years},${at.ref('year')},${verdicts},${yes})`,
        cached: y.rows.filter((m) => m.compliant === true).length,
      }),
    },
    {
      key: 'share',
      header: L.colCompliantShare,
      style: LOOK.percent,
      cell: (y, at) => ({
        formula: `IFERROR(${at.ref('compliant')}/${at.ref('cells')},0)`,
        cached: compliantShare(y.rows),
      }),
    },
    {
      key: 'avgRegular',
      header: L.colAvgRegular,
      style: LOOK.decimal,
      cell: (y, at) => ({
        formula: `IFERROR(AVERAGEIF(${years},${at.ref('year')},${over('regular')}),0)`,
        cached: y.rows.length ? y.rows.reduce((s, m) => s + m.held, 0) / y.rows.length : 0,
      }),
    },
    {
      key: 'required',
      header: L.colRequired,
      style: LOOK.integer,
      cell: () => ({ formula: req, cached: settings.meetings.regularPerYear }),
    },
    {
      key: 'pilotShare',
      header: L.colPilotShare,
      style: LOOK.percent,
      cell: shareOf(
        (y) => y.pilot,
        (at) => `IFERROR(${pilotYes(at)}/${pilotCells(at)},0)`,
      ),
    },
    {
      key: 'otherShare',
      header: L.colOtherShare,
      style: LOOK.percent,
      cell: shareOf(
        (y) => y.others,
        (at) =>
          `IFERROR((${at.ref('compliant')}-${pilotYes(at)})/(${at.ref('cells')}-${pilotCells(at)}),0)`,
      ),
    },
  ]);
}

/**
 * One row per register row, then one per cell and year of each meeting log: regular meetings
 * held, months without records, thematic meetings per quarter and the verdict, all as formulas
 * over the register or the log and the threshold cells at the top. Under them, a row per year.
 */
export function meetingsSheet(
  name: string,
  model: WorkbookModel,
  settings: Settings,
  pilots: Pilot[],
  book: StyleBook,
): { sheet: PlanSheet; layout: MeetingsLayout } {
  const L = PLAN_LABELS[settings.lang];
  const b = new SheetBuilder('meetings', name, book);
  const thresholds: Thresholds = {
    req: absA1(THRESHOLD_ROW, SETTING_VALUE_COL),
    perQ: absA1(THRESHOLD_ROW + 1, SETTING_VALUE_COL),
  };
  const table = meetingColumns(L, thresholds);
  b.titled(
    L.meetingsTitle,
    LOOK.title,
    L.meetingsNote,
    { ...LOOK.note, wrap: true },
    table.lastCol,
  );
  writeThresholds(b, settings);

  const first = table.writeHeader(b, HEADER, LOOK.header);
  const rows = [
    ...model.meetings.map(registerMeetingRow),
    ...model.logMeetings.map((o) => logMeetingRow(o, thresholds.perQ)),
  ];
  const last = table.writeRows(b, first, rows) - 1;

  const pilotKeys = new Set(pilots.map((p) => nameKey(p.unit)));
  const isPilot = (m: MeetingRow) => pilotKeys.has(nameKey(m.commune));
  const pilotCommunes = [...new Set(rows.filter(isPilot).map((m) => m.commune))];
  const years = [...new Set(rows.map((m) => m.year).filter((y): y is number => y !== null))].sort();
  const yearRows: YearRow[] = years.map((year) => {
    const of = rows.filter((m) => m.year === year);
    return {
      year,
      rows: of,
      pilot: of.filter(isPilot),
      others: of.filter((m) => !isPilot(m)),
    };
  });
  const over = (key: 'year' | 'commune' | 'regular' | 'verdict') =>
    absArea(table.column(key, first, last));
  const byYear = yearColumns(
    L,
    settings,
    thresholds.req,
    over,
    pilotCommunes.length ? textArray(pilotCommunes) : null,
  );
  const layout: MeetingsLayout = {
    sheet: name,
    yearRows: [],
    yearCols: byYear.cols(),
    hasOthers: rows.some((m) => !isPilot(m)),
  };
  if (rows.length) {
    const top = last + 3;
    b.value(top, 0, L.byYearTitle, LOOK.label);
    const firstYear = byYear.writeHeader(b, top + 1, LOOK.header);
    byYear.writeRows(b, firstYear, yearRows);
    layout.yearRows = yearRows.map((y, i) => ({ row: firstYear + i, year: y.year }));
  }

  table.setWidths(b);
  b.width(SETTING_KEY_COL, 4, true);
  const sheet = b.build();
  sheet.freeze = { rows: first, cols: 0 };
  if (last >= first) {
    const verdict = table.col('verdict');
    const range = table.column('verdict', first, last);
    const at = a1(first, verdict);
    sheet.autoFilter = { r0: HEADER, c0: 0, r1: last, c1: verdict };
    sheet.conditionalFormats = [
      { range, formula: `${at}=${str(L.verdictNo)}`, style: FLAG_FILL.bad },
      { range, formula: `${at}=${str(L.verdictYes)}`, style: FLAG_FILL.good },
      { range, formula: `${at}=${str(L.verdictUnknown)}`, style: FLAG_FILL.unknown },
    ];
  }
  sheet.page = landscapePage([HEADER, HEADER]);
  sheet.tabColor = '548235';
  return { sheet, layout };
}

/** The meeting thresholds, labelled input cells the formulas read (and the settings keep). */
function writeThresholds(b: SheetBuilder, settings: Settings): void {
  const L = PLAN_LABELS[settings.lang];
  const { meetings } = settings;
  const thresholds: [string, string, number, PlanStyle][] = [
    [L.regularPerYear, 'meetings.regularPerYear', meetings.regularPerYear, LOOK.input],
    [L.thematicPerQuarter, 'meetings.thematicPerQuarter', meetings.thematicPerQuarter, LOOK.input],
    [L.attendanceMin, 'meetings.attendanceMin', meetings.attendanceMin, LOOK.inputPercent],
  ];
  thresholds.forEach(([label, path, value, look], i) => {
    const r = THRESHOLD_ROW + i;
    b.value(r, 0, label, { ...LOOK.label, wrap: true }).merge(rowCells(r, 0, 1));
    b.value(r, SETTING_VALUE_COL, value, look);
    b.value(r, SETTING_KEY_COL, `bk:${path}`, LOOK.hiddenKey);
  });
}
