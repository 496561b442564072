import type { Pilot } from '../compute/pilots';
import type { PlanChart, PlanSheet } from './outputPlan';
import type { WorkbookModel } from '../workbookModel';
import type { Level } from '../report/types';
import type { Settings } from '../settings';
import { gradeSpellings, LEVELS } from '../text/grades';
import type { ListEntry, RatingList } from '../parse/ratingList';
import { nameKey } from '../text/normalize';
import { TICK_MARKS } from '../recognize/content';
import { absRange, absRef, criteriaArray, str } from './formulas';
import { PLAN_LABELS } from './labels';
import { LEVEL_COLORS, LOOK, YEAR_COLORS } from './look';
import type { MeetingsLayout } from './meetingsSheet';
import { SheetBuilder, StyleBook } from './sheetBuilder';
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
  const charts: PlanChart[] = [];
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
  const meetingCol = (c: number) => columnOf(meetings!.sheet, meetings!.yearRows, c);
  const levelSeries = () =>
    LEVELS.map((level) => ({
      name: levelName(level),
      values: summaryCol(summary.countCol[level]),
      color: LEVEL_COLORS[level],
    }));
  if (rows.length) {
    const years = summaryCol(summary.yearCol);
    charts.push({
      id: 'grade-mix',
      type: 'columnStacked100',
      title: T.mix,
      ...(withOld ? { subtitle: T.mixNote } : {}),
      categories: years,
      series: levelSeries(),
      xAxisTitle: T.year,
      yAxisTitle: T.share,
      yNumFmt: '0%',
      legend: 'bottom',
      anchor: slot(charts.length),
    });
  }

  const pilotBlock = pilotData(b, model, pilots, T, 2 + 3 * (H + GAP));
  if (pilotBlock) {
    // One group of columns per pilot unit, one column per year: lines of units that share a
    // level would lie on top of each other and hide one another.
    const firstRow = pilotBlock.rows[0]!.row;
    const lastRow = pilotBlock.rows[pilotBlock.rows.length - 1]!.row;
    charts.push({
      id: 'pilots',
      type: 'columnClustered',
      title: T.pilots,
      subtitle: T.pilotsNote,
      categories: absRange(name, { r0: firstRow, c0: 0, r1: lastRow, c1: 0 }),
      series: pilotBlock.years.map((year, i) => ({
        name: String(year),
        values: absRange(name, { r0: firstRow, c0: 1 + i, r1: lastRow, c1: 1 + i }),
        color: YEAR_COLORS[i % YEAR_COLORS.length]!,
      })),
      xAxisTitle: T.unit,
      yAxisTitle: T.level,
      yMin: 0,
      yMax: 4,
      legend: 'bottom',
      anchor: slot(charts.length),
    });
  }

  if (meetings && meetings.yearRows.length) {
    const col = meetingCol;
    charts.push({
      id: 'meetings',
      type: 'columnClustered',
      title: T.meetings,
      categories: col(meetings.yearCol),
      series: [
        { name: T.avg, values: col(meetings.avgRegularCol), color: '2171B5' },
        {
          name: T.required,
          values: col(meetings.requiredCol),
          color: 'C2410C',
          asLine: true,
          dashed: true,
        },
      ],
      xAxisTitle: T.year,
      yAxisTitle: T.meetingsAxis,
      yMin: 0,
      legend: 'bottom',
      anchor: slot(charts.length),
    });
  }

  if (rows.length) {
    charts.push({
      id: 'counts',
      type: 'columnClustered',
      title: T.counts,
      categories: summaryCol(summary.yearCol),
      series: levelSeries(),
      xAxisTitle: T.year,
      yAxisTitle: T.number,
      yMin: 0,
      legend: 'bottom',
      anchor: slot(charts.length),
    });
  }

  if (meetings && meetings.yearRows.length && meetings.hasOthers && pilots.length) {
    const col = meetingCol;
    charts.push({
      id: 'compliance',
      type: 'columnClustered',
      title: T.compliance,
      categories: col(meetings.yearCol),
      series: [
        { name: L.colPilotShare, values: col(meetings.pilotShareCol), color: '08306B' },
        { name: L.colOtherShare, values: col(meetings.otherShareCol), color: '6BAED6' },
      ],
      xAxisTitle: T.year,
      yNumFmt: '0%',
      yMin: 0,
      yMax: 1,
      legend: 'bottom',
      anchor: slot(charts.length),
    });
  }

  for (let c = 0; c <= 2 * W; c++) b.width(c, 10);
  const sheet = b.build();
  sheet.charts = charts;
  sheet.page = { orientation: 'landscape', paper: 'A4', fitToWidth: true };
  sheet.tabColor = 'BF8F00';
  return sheet;
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
): { header: number; years: number[]; rows: { row: number; label: string }[] } | null {
  const orgLists = model.lists.filter((l) => l.table.subject === 'organization' && l.year !== null);
  const years = [...new Set(orgLists.map((l) => l.year!))].sort((a, b2) => a - b2);
  if (!pilots.length || !years.length) return null;
  b.value(top, 0, T.dataTitle, LOOK.label);
  const header = top + 1;
  b.value(header, 0, T.unit, LOOK.header);
  years.forEach((y, i) => b.value(header, 1 + i, y, LOOK.header));
  const rows: { row: number; label: string }[] = [];
  pilots.forEach((p, i) => {
    const r = header + 1 + i;
    const label = `${shortName(p.unit)} (${T.pilotOf(p.year)})`;
    b.value(r, 0, label, LOOK.text);
    const key = nameKey(p.unit);
    years.forEach((y, j) => {
      const list = orgLists.find((l) => l.year === y && l.entries.some((e) => e.nameKey === key));
      const entry = list?.entries.find((e) => e.nameKey === key);
      if (!list || !entry) {
        b.value(r, 1 + j, null, LOOK.integer);
        return;
      }
      const cell = absRef(list.table.view.name, entry.gradeRow ?? entry.row, entry.gradeCol);
      const ticks = list.table.tickCols;
      // A tick list: the level whose column holds the unit's mark.
      const tickCell = (level: Level) =>
        absRef(list.table.view.name, entry.row, ticks!.find((t) => t.level === level)?.col ?? 0);
      const marks = `{${TICK_MARKS.map(str).join(',')}}`;
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
      b.formula(r, 1 + j, formula, cached, LOOK.integer);
    });
    rows.push({ row: r, label });
  });
  return { header, years, rows };
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
