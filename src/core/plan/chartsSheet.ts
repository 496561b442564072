import type { Pilot } from '../compute/pilots';
import type { PlanChart, PlanSheet } from './outputPlan';
import type { WorkbookModel } from '../workbookModel';
import type { Level } from '../report/types';
import type { Settings } from '../settings';
import { gradeSpellings, LEVELS } from '../text/grades';
import type { ListEntry, RatingList } from '../parse/ratingList';
import { nameKey } from '../text/normalize';
import { TICK_MARKS } from '../recognize/content';
import { columnsOf, type CellContent, type ColumnTable } from './columnTable';
import { criteriaArray, textArray } from './formulas';
import { absRange, absRef } from './grid';
import { PLAN_LABELS } from './labels';
import { LEVEL_COLORS, LOOK, YEAR_COLORS } from './look';
import type { MeetingsLayout } from './meetingsSheet';
import { landscapePage, SheetBuilder, StyleBook } from './sheetBuilder';
import type { SummaryLayout } from './summarySheet';

/** Chart size in cells: two across fit an A4 landscape page. */
const W = 8;
const H = 18;
const GAP = 1;

const TEXT = {
  vi: {
    mix: 'Cơ cấu xếp loại tổ chức cơ sở đảng theo năm',
    mixNote: 'Trước 2018: HD 27 (Trong sạch, vững mạnh = bậc cao nhất); từ 2018: QĐ 132',
    share: 'Tỷ lệ',
    year: 'Năm',
    pilots: 'Xếp loại các đơn vị điểm qua các năm',
    pilotsNote: '4 = xuất sắc, 3 = tốt, 2 = hoàn thành, 1 = không hoàn thành',
    level: 'Bậc xếp loại',
    pilotOf: (y: number) => `điểm ${y}`,
    meetings: 'Sinh hoạt thường kỳ bình quân của chi bộ theo năm',
    avg: 'Bình quân đã họp',
    required: 'Yêu cầu',
    meetingsAxis: 'Số buổi',
    compliance: 'Tỷ lệ chi bộ đạt yêu cầu sinh hoạt: xã điểm và xã khác',
    counts: 'Số tổ chức cơ sở đảng theo mức xếp loại',
    number: 'Số lượng',
    dataTitle: 'SỐ LIỆU CHO BIỂU ĐỒ ĐƠN VỊ ĐIỂM (công thức trên các danh sách)',
    unit: 'Đơn vị điểm',
  },
  en: {
    mix: 'Grade mix of grassroots party organizations by year',
    mixNote: 'Before 2018: HD 27 (clean and strong = top level); 2018 on: QĐ 132',
    share: 'Share',
    year: 'Year',
    pilots: 'Grades of the pilot units over the years',
    pilotsNote: '4 = excellent, 3 = good, 2 = pass, 1 = fail',
    level: 'Grade level',
    pilotOf: (y: number) => `pilot ${y}`,
    meetings: 'Average regular meetings of party cells by year',
    avg: 'Average held',
    required: 'Required',
    meetingsAxis: 'Meetings',
    compliance: 'Share of compliant party cells: pilot communes and others',
    counts: 'Grassroots party organizations by grade',
    number: 'Number',
    dataTitle: 'DATA FOR THE PILOT CHART (formulas over the lists)',
    unit: 'Pilot unit',
  },
};

const LEVEL_NUMBER: Record<Level, number> = { excellent: 4, good: 3, pass: 2, fail: 1 };

type Chart = Omit<PlanChart, 'anchor'>;

/**
 * The charts, two across and as many down as they need, each where its data is (the summary's
 * yearly rows, the meetings' yearly block, the pilot units' levels written on this sheet). A
 * chart without data is left out and the next takes its place.
 */
export function chartsSheet(
  name: string,
  model: WorkbookModel,
  settings: Settings,
  pilots: Pilot[],
  summary: SummaryLayout,
  meetings: MeetingsLayout | null,
  book: StyleBook,
): PlanSheet {
  const T = TEXT[settings.lang];
  const L = PLAN_LABELS[settings.lang];
  const b = new SheetBuilder('charts', name, book);
  b.titled(L.chartsTitle, LOOK.title, null, LOOK.note, 2 * W);
  const slot = (i: number) => {
    const r0 = 2 + Math.floor(i / 2) * (H + GAP);
    const c0 = (i % 2) * (W + GAP);
    return { r0, c0, r1: r0 + H - 1, c1: c0 + W - 1 };
  };

  // The legend names both schemes' grades where they differ, so years before 2018 are never
  // silently read as the new grades.
  const withOld = model.lists.some(
    (l) => l.scheme === 'pre-2018' && l.table.subject === 'organization',
  );
  const levelName = (level: Level) =>
    withOld && L.levelsOld[level] !== L.levels[level]
      ? `${L.levels[level]} / ${L.levelsOld[level]}`
      : L.levels[level];

  // Charts point at whole columns of the summary's yearly rows and the meetings' yearly block.
  const rows = summary.orgRows;
  const summaryCol = (c: number) => columnOf(summary.sheet, rows, c);
  const levelSeries = () =>
    LEVELS.map((level) => ({
      name: levelName(level),
      values: summaryCol(summary.countCol[level]),
      color: LEVEL_COLORS[level],
    }));
  const meetingYears = meetings && meetings.yearRows.length ? meetings : null;
  const meetingCol = (c: number) => columnOf(meetingYears!.sheet, meetingYears!.yearRows, c);

  const gradeMix = (): Chart => ({
    id: 'grade-mix',
    type: 'columnStacked100',
    title: T.mix,
    ...(withOld ? { subtitle: T.mixNote } : {}),
    categories: summaryCol(summary.yearCol),
    series: levelSeries(),
    xAxisTitle: T.year,
    yAxisTitle: T.share,
    yNumFmt: '0%',
    legend: 'bottom',
  });
  const pilotChart = (block: PilotBlock): Chart => ({
    // One group of columns per pilot unit, one column per year: lines of units that share a
    // level would lie on top of each other and hide one another.
    id: 'pilots',
    type: 'columnClustered',
    title: T.pilots,
    subtitle: T.pilotsNote,
    categories: absRange(name, block.table.column('unit', block.first, block.last)),
    series: block.years.map((year, i) => ({
      name: String(year),
      values: absRange(name, block.table.column(String(year), block.first, block.last)),
      color: YEAR_COLORS[i % YEAR_COLORS.length]!,
    })),
    xAxisTitle: T.unit,
    yAxisTitle: T.level,
    yMin: 0,
    yMax: 4,
    legend: 'bottom',
  });
  const meetingsChart = (m: MeetingsLayout): Chart => ({
    id: 'meetings',
    type: 'columnClustered',
    title: T.meetings,
    categories: meetingCol(m.yearCols.year),
    series: [
      { name: T.avg, values: meetingCol(m.yearCols.avgRegular), color: '2171B5' },
      {
        name: T.required,
        values: meetingCol(m.yearCols.required),
        color: 'C2410C',
        asLine: true,
        dashed: true,
      },
    ],
    xAxisTitle: T.year,
    yAxisTitle: T.meetingsAxis,
    yMin: 0,
    legend: 'bottom',
  });
  const counts = (): Chart => ({
    id: 'counts',
    type: 'columnClustered',
    title: T.counts,
    categories: summaryCol(summary.yearCol),
    series: levelSeries(),
    xAxisTitle: T.year,
    yAxisTitle: T.number,
    yMin: 0,
    legend: 'bottom',
  });
  const compliance = (m: MeetingsLayout): Chart => ({
    id: 'compliance',
    type: 'columnClustered',
    title: T.compliance,
    categories: meetingCol(m.yearCols.year),
    series: [
      { name: L.colPilotShare, values: meetingCol(m.yearCols.pilotShare), color: '08306B' },
      { name: L.colOtherShare, values: meetingCol(m.yearCols.otherShare), color: '6BAED6' },
    ],
    xAxisTitle: T.year,
    yNumFmt: '0%',
    yMin: 0,
    yMax: 1,
    legend: 'bottom',
  });

  const pilotBlock = pilotData(b, model, pilots, T, 2 + 3 * (H + GAP));
  const charts: Chart[] = [
    rows.length ? gradeMix() : null,
    pilotBlock ? pilotChart(pilotBlock) : null,
    meetingYears ? meetingsChart(meetingYears) : null,
    rows.length ? counts() : null,
    meetingYears && meetingYears.hasOthers && pilots.length ? compliance(meetingYears) : null,
  ].filter((c): c is Chart => c !== null);

  for (let c = 0; c <= 2 * W; c++) b.width(c, 10);
  const sheet = b.build();
  sheet.charts = charts.map((c, i) => ({ ...c, anchor: slot(i) }));
  sheet.page = landscapePage();
  sheet.tabColor = 'BF8F00';
  return sheet;
}

/** The pilot units' table on this sheet: one row per unit, one column per year. */
interface PilotBlock {
  table: ColumnTable<PilotRow, string>;
  years: number[];
  first: number;
  last: number;
}

interface PilotRow {
  label: string;
  key: string;
}

/**
 * The pilot units' level per year, as formulas over the exact grade cell of each unit in each
 * year's list, so correcting a grade moves the line.
 */
function pilotData(
  b: SheetBuilder,
  model: WorkbookModel,
  pilots: Pilot[],
  T: (typeof TEXT)['vi'] | (typeof TEXT)['en'],
  top: number,
): PilotBlock | null {
  const orgLists = model.lists.filter((l) => l.table.subject === 'organization' && l.year !== null);
  const years = [...new Set(orgLists.map((l) => l.year!))].sort((a, b2) => a - b2);
  if (!pilots.length || !years.length) return null;
  const table = columnsOf<PilotRow>()<string>([
    { key: 'unit', header: T.unit, style: LOOK.text, cell: (p) => p.label },
    ...years.map((year) => ({
      key: String(year),
      header: year,
      style: LOOK.integer,
      cell: (p: PilotRow) => pilotLevel(orgLists, year, p.key),
    })),
  ]);
  b.value(top, 0, T.dataTitle, LOOK.label);
  const first = table.writeHeader(b, top + 1, LOOK.header);
  const rows = pilots.map((p) => ({
    label: `${shortName(p.unit)} (${T.pilotOf(p.year)})`,
    key: nameKey(p.unit),
  }));
  const end = table.writeRows(b, first, rows);
  return { table, years, first, last: end - 1 };
}

/** A pilot unit's level in a year's list, 4 (excellent) to 1 (fail), 0 when not graded. */
function pilotLevel(orgLists: RatingList[], year: number, key: string): CellContent {
  const list = orgLists.find((l) => l.year === year && l.entries.some((e) => e.nameKey === key));
  const entry = list?.entries.find((e) => e.nameKey === key);
  if (!list || !entry) return null;
  const cell = absRef(list.table.view.name, entry.gradeRow ?? entry.row, entry.gradeCol);
  const ticks = list.table.tickCols;
  // A tick list: the level whose column holds the unit's mark.
  const tickCell = (level: Level) =>
    absRef(list.table.view.name, entry.row, ticks!.find((t) => t.level === level)?.col ?? 0);
  const marks = textArray(TICK_MARKS);
  const byLevel = LEVELS.reduceRight(
    (rest, level) =>
      ticks
        ? ticks.some((t) => t.level === level)
          ? `IF(ISNUMBER(MATCH(TRIM(${tickCell(level)}),${marks},0)),${LEVEL_NUMBER[level]},${rest})`
          : rest
        : `IF(SUMPRODUCT(COUNTIF(${cell},${criteriaArray(cellCriteria(list, entry, level))}))>0,${LEVEL_NUMBER[level]},${rest})`,
    '0',
  );
  const formula = list.scoreBands ? scoreLevelFormula(cell, list.scoreBands) : byLevel;
  const cached = entry.status === 'ok' && entry.level ? LEVEL_NUMBER[entry.level] : 0;
  return { formula, cached };
}

/** A unit of a list graded by its scores: the level of its score's band, 0 for no score. */
function scoreLevelFormula(cell: string, bands: { excellent: number; good: number; pass: number }) {
  const n = LEVEL_NUMBER;
  return (
    `IF(AND(ISNUMBER(${cell}),${cell}>=0,${cell}<=100),IF(${cell}>=${bands.excellent},${n.excellent},` +
    `IF(${cell}>=${bands.good},${n.good},IF(${cell}>=${bands.pass},${n.pass},${n.fail}))),0)`
  );
}

/** A column over a block of rows (first to last), sheet-qualified: a chart's series or labels. */
function columnOf(sheet: string, rows: { row: number }[], c: number): string {
  return absRange(sheet, { r0: rows[0]!.row, c0: c, r1: rows[rows.length - 1]!.row, c1: c });
}

/**
 * What one grade cell may hold for a level: its own text when it is of that level, and the usual
 * spellings, so a corrected grade is still read.
 */
function cellCriteria(list: RatingList, entry: ListEntry, level: Level): string[] {
  const own = list.table.view.cell(entry.gradeRow ?? entry.row, entry.gradeCol).value;
  const usual = gradeSpellings(level, list.scheme);
  const mine = typeof own === 'string' && entry.level === level ? [own] : [];
  return [
    ...mine,
    ...usual.filter(
      (u) => !mine.some((m) => m.toLocaleLowerCase('vi') === u.toLocaleLowerCase('vi')),
    ),
  ];
}

/** "Đảng bộ xã Hòa Sơn" → "Hòa Sơn": chart labels have little room. */
function shortName(unit: string): string {
  return unit.replace(/^(đảng bộ|chi bộ)\s+/i, '').replace(/^(xã|phường|thị trấn)\s+/i, '');
}
