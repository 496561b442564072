import type { LogOutcome } from '../compute/logMeetings';
import type { MeetingOutcome } from '../compute/meetings';
import type { Pilot } from '../compute/pilots';
import { a1 } from '../model/address';
import type { PlanSheet } from './outputPlan';
import type { WorkbookModel } from '../workbookModel';
import { HELD_TEXTS, NOT_HELD_TEXTS } from '../parse/monthMark';
import type { MeetingRegisterTable } from '../recognize/tables';
import type { Settings } from '../settings';
import { nameKey } from '../text/normalize';
import { absA1, absRef, hyperlinkTo, str } from './formulas';
import { PLAN_LABELS } from './labels';
import { FLAG_FILL, LOOK } from './look';
import { writeLogRow } from './logMeetingRows';
import { MEETING_COLS } from './meetingsColumns';
import { SETTING_KEY_COL, SETTING_VALUE_COL } from './settingCells';
import { SheetBuilder, StyleBook } from './sheetBuilder';

export interface MeetingsLayout {
  sheet: string;
  /** 0-based rows of the per-year block, with the year each holds. */
  yearRows: { row: number; year: number }[];
  yearCol: number;
  avgRegularCol: number;
  requiredCol: number;
  shareCol: number;
  pilotShareCol: number;
  otherShareCol: number;
  hasOthers: boolean;
}

const THRESHOLD_ROW = 3;
const HEADER = 7;
const { YEAR, COMMUNE, CELL, LINK, REGULAR, UNKNOWN, Q1, VERDICT } = MEETING_COLS;

/** What the per-year block needs of a row, whether a register's or a log's. */
interface CellYear {
  year: number | null;
  commune: string;
  compliant: boolean | null;
  regular: number;
}

const ofRegister = (o: MeetingOutcome): CellYear => ({
  year: o.row.year,
  commune: o.row.commune,
  compliant: o.result.compliant,
  regular: o.result.regular,
});
const ofLog = (o: LogOutcome): CellYear => ({
  year: o.year,
  commune: o.commune,
  compliant: o.result.compliant,
  regular: o.result.regular,
});

const list = (texts: string[]) => `{${texts.map(str).join(',')}}`;

/**
 * One row per register row, then one per cell and year of each meeting log: regular meetings
 * held, months without records, thematic meetings per quarter and the verdict, all as formulas
 * over the register or the log and the threshold cells at the top.
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
  b.titled(L.meetingsTitle, LOOK.title, L.meetingsNote, { ...LOOK.note, wrap: true }, VERDICT);

  const thresholds: [string, string, number, typeof LOOK.input][] = [
    [L.regularPerYear, 'meetings.regularPerYear', settings.meetings.regularPerYear, LOOK.input],
    [
      L.thematicPerQuarter,
      'meetings.thematicPerQuarter',
      settings.meetings.thematicPerQuarter,
      LOOK.input,
    ],
    [L.attendanceMin, 'meetings.attendanceMin', settings.meetings.attendanceMin, LOOK.inputPercent],
  ];
  thresholds.forEach(([label, path, value, look], i) => {
    b.value(THRESHOLD_ROW + i, 0, label, { ...LOOK.label, wrap: true }).merge({
      r0: THRESHOLD_ROW + i,
      c0: 0,
      r1: THRESHOLD_ROW + i,
      c1: 1,
    });
    b.value(THRESHOLD_ROW + i, SETTING_VALUE_COL, value, look);
    b.value(THRESHOLD_ROW + i, SETTING_KEY_COL, `bk:${path}`, LOOK.hiddenKey);
  });
  const req = absA1(THRESHOLD_ROW, SETTING_VALUE_COL);
  const perQ = absA1(THRESHOLD_ROW + 1, SETTING_VALUE_COL);

  const headers = [
    L.colYear,
    L.colCommune,
    L.colCell2,
    L.colRow,
    L.colRegular,
    L.colUnknown,
    ...L.colQuarter,
    L.colVerdict,
  ];
  headers.forEach((h, c) => b.value(HEADER, c, h, LOOK.header));
  let r = HEADER + 1;
  for (const o of model.meetings) {
    writeRow(b, r, o.table, o, req, perQ, settings);
    r++;
  }
  for (const o of model.logMeetings) {
    writeLogRow(b, r, o, req, perQ, settings);
    r++;
  }
  const last = r - 1;
  const all: CellYear[] = [...model.meetings.map(ofRegister), ...model.logMeetings.map(ofLog)];

  const pilotKeys = new Set(pilots.map((p) => nameKey(p.unit)));
  const pilotCommunes = [
    ...new Set(all.filter((o) => pilotKeys.has(nameKey(o.commune))).map((o) => o.commune)),
  ];
  const years = [...new Set(all.map((o) => o.year).filter((y): y is number => y !== null))].sort();
  const hasOthers = all.some((o) => !pilotKeys.has(nameKey(o.commune)));
  const layout: MeetingsLayout = {
    sheet: name,
    yearRows: [],
    yearCol: 0,
    avgRegularCol: 4,
    requiredCol: 5,
    shareCol: 3,
    pilotShareCol: 6,
    otherShareCol: 7,
    hasOthers,
  };
  if (all.length) {
    let y0 = last + 3;
    b.value(y0, 0, L.byYearTitle, LOOK.label);
    y0++;
    [
      L.colYear,
      L.colCells,
      L.colCompliant,
      L.colCompliantShare,
      L.colAvgRegular,
      L.colRequired,
      L.colPilotShare,
      L.colOtherShare,
    ].forEach((h, c) => b.value(y0, c, h, LOOK.header));
    const col = (c: number) => `${absA1(HEADER + 1, c)}:${absA1(last, c)}`;
    const yearsRange = col(YEAR);
    const verdicts = col(VERDICT);
    const communes = col(COMMUNE);
    const pilotList = pilotCommunes.length ? list(pilotCommunes) : '{""}';
    for (const year of years) {
      y0++;
      const rows = all.filter((o) => o.year === year);
      const yes = rows.filter((o) => o.compliant === true);
      const isPilot = (o: CellYear) => pilotKeys.has(nameKey(o.commune));
      const share = (sel: CellYear[]) => {
        const n = sel.length;
        return n ? sel.filter((o) => o.compliant === true).length / n : 0;
      };
      const yc = a1(y0, 0);
      b.value(y0, 0, year, LOOK.integer);
      b.formula(y0, 1, `COUNTIF(${yearsRange},${yc})`, rows.length, LOOK.integer);
      b.formula(
        y0,
        2,
        `COUNTIFS(${yearsRange},${yc},${verdicts},${str(L.verdictYes)})`,
        yes.length,
        LOOK.integer,
      );
      b.formula(
        y0,
        3,
        `IFERROR(${a1(y0, 2)}/${a1(y0, 1)},0)`,
        rows.length ? yes.length / rows.length : 0,
        LOOK.percent,
      );
      b.formula(
        y0,
        4,
        `IFERROR(AVERAGEIF(${yearsRange},${yc},${col(REGULAR)}),0)`,
        rows.length ? rows.reduce((s, o) => s + o.regular, 0) / rows.length : 0,
        LOOK.decimal,
      );
      b.formula(y0, 5, req, settings.meetings.regularPerYear, LOOK.integer);
      const pilotCells = `SUMPRODUCT(COUNTIFS(${yearsRange},${yc},${communes},${pilotList}))`;
      const pilotYes = `SUMPRODUCT(COUNTIFS(${yearsRange},${yc},${communes},${pilotList},${verdicts},${str(L.verdictYes)}))`;
      b.formula(
        y0,
        6,
        `IFERROR(${pilotYes}/${pilotCells},0)`,
        share(rows.filter(isPilot)),
        LOOK.percent,
      );
      b.formula(
        y0,
        7,
        `IFERROR((${a1(y0, 2)}-${pilotYes})/(${a1(y0, 1)}-${pilotCells}),0)`,
        share(rows.filter((o) => !isPilot(o))),
        LOOK.percent,
      );
      layout.yearRows.push({ row: y0, year });
    }
  }

  [8, 16, 24, 10, 10, 10, 9, 9, 9, 9, 16].forEach((w, c) => b.width(c, w));
  b.width(SETTING_KEY_COL, 4, true);
  const sheet = b.build();
  sheet.freeze = { rows: HEADER + 1, cols: 0 };
  if (last > HEADER) {
    const range = { r0: HEADER + 1, c0: VERDICT, r1: last, c1: VERDICT };
    const at = a1(HEADER + 1, VERDICT);
    sheet.autoFilter = { r0: HEADER, c0: 0, r1: last, c1: VERDICT };
    sheet.conditionalFormats = [
      { range, formula: `${at}=${str(L.verdictNo)}`, style: FLAG_FILL.bad },
      { range, formula: `${at}=${str(L.verdictYes)}`, style: FLAG_FILL.good },
      { range, formula: `${at}=${str(L.verdictUnknown)}`, style: FLAG_FILL.unknown },
    ];
  }
  sheet.page = {
    orientation: 'landscape',
    paper: 'A4',
    fitToWidth: true,
    printTitleRows: [HEADER, HEADER],
  };
  sheet.tabColor = '548235';
  return { sheet, layout };
}

function writeRow(
  b: SheetBuilder,
  r: number,
  table: MeetingRegisterTable,
  o: MeetingOutcome,
  req: string,
  perQ: string,
  settings: Settings,
): void {
  const L = PLAN_LABELS[settings.lang];
  const src = table.view.name;
  const srcRow = o.row.row;
  const cell = (c: number) => absRef(src, srcRow, c);
  b.value(r, YEAR, o.row.year, LOOK.integer);
  b.value(r, COMMUNE, o.row.commune, LOOK.text);
  b.value(r, CELL, o.row.unit, LOOK.text);
  b.formula(
    r,
    LINK,
    hyperlinkTo(src, a1(srcRow, table.cellCol), String(srcRow + 1)),
    String(srcRow + 1),
    LOOK.link,
  );

  const pending = new Set(o.row.pendingQuarters.flatMap((q) => [q * 3 - 2, q * 3 - 1, q * 3]));
  const monthCols = table.monthCols;
  const counted = monthCols.map((c, i) => (c !== undefined && !pending.has(i + 1) ? c : undefined));
  const ranges = columnRuns(counted).map(
    ([c0, c1]) => `${cell(c0)}:${absRef(src, srcRow, c1).split('!')[1]}`,
  );
  const held = ranges.length
    ? ranges
        .map(
          (g) =>
            `COUNTIF(${g},">0")+SUMPRODUCT(--ISNUMBER(MATCH(LOWER(TRIM(${g})),${list(HELD_TEXTS)},0)))`,
        )
        .join('+')
    : '0';
  b.formula(r, REGULAR, held, o.result.regular, LOOK.integer);

  const quarterCell = (q: number) =>
    table.quarterCols[q - 1] !== undefined ? cell(table.quarterCols[q - 1]!) : null;
  const hasQuarters = table.quarterCols.some((c) => c !== undefined);
  const lastMonth = lastDefined(monthCols);
  const fromMonth = (m: number) => {
    const c = monthCols[m - 1];
    return c === undefined || lastMonth === undefined
      ? null
      : `${cell(c)}:${absRef(src, srcRow, lastMonth).split('!')[1]}`;
  };
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
    trailing.push(`(COUNTA(${rest})=0)${thematicBlank}`);
  }
  const invalid = ranges.length
    ? ranges
        .map(
          (g) =>
            `COUNTA(${g})-COUNTIF(${g},">0")-COUNTIF(${g},0)-SUMPRODUCT(--ISNUMBER(MATCH(LOWER(TRIM(${g})),${list([...HELD_TEXTS, ...NOT_HELD_TEXTS])},0)))`,
        )
        .join('+')
    : '0';
  const unknownParts = [String(pending.size), ...trailing, invalid].filter((p) => p !== '0');
  b.formula(
    r,
    UNKNOWN,
    unknownParts.join('+') || '0',
    o.result.monthsWithoutData.length,
    LOOK.integer,
  );

  if (hasQuarters) {
    for (let q = 1; q <= 4; q++) {
      const qc = quarterCell(q);
      const c = Q1 + q - 1;
      const cached = o.result.thematicByQuarter[q - 1];
      if (!qc) {
        b.value(r, c, null, LOOK.integer);
        continue;
      }
      const m3 = fromMonth(q * 3);
      const noData = o.row.pendingQuarters.includes(q) ? 'TRUE' : m3 ? `COUNTA(${m3})=0` : 'FALSE';
      b.formula(
        r,
        c,
        `IF(${qc}="",IF(${noData},"",0),IF(ISNUMBER(MATCH(LOWER(TRIM(${qc})),${list(HELD_TEXTS)},0)),1,IF(ISNUMBER(MATCH(LOWER(TRIM(${qc})),${list(NOT_HELD_TEXTS)},0)),0,IFERROR(--${qc},"?"))))`,
        cached === null || cached === undefined ? '' : cached,
        LOOK.integer,
      );
    }
    const qs = `${a1(r, Q1)}:${a1(r, Q1 + 3)}`;
    b.formula(
      r,
      VERDICT,
      `IF(OR(${a1(r, REGULAR)}+${a1(r, UNKNOWN)}<${req},COUNTIF(${qs},"<"&${perQ})>0),${str(L.verdictNo)},IF(AND(${a1(r, REGULAR)}>=${req},COUNTIF(${qs},">="&${perQ})=4),${str(L.verdictYes)},${str(L.verdictUnknown)}))`,
      verdictText(o.result.compliant, L),
      LOOK.flag,
    );
  } else {
    const tc = table.thematicCountCol !== undefined ? cell(table.thematicCountCol) : null;
    const yearCount = a1(r, Q1);
    if (tc) {
      b.formula(
        r,
        Q1,
        `IF(${tc}="","",IFERROR(--${tc},"?"))`,
        o.row.thematicCount?.value ?? '',
        LOOK.integer,
      );
    }
    const thematicShort = tc ? `,AND(ISNUMBER(${yearCount}),${yearCount}<4*${perQ})` : '';
    const thematicOk = tc ? `,ISNUMBER(${yearCount}),${yearCount}>=4*${perQ}` : ',FALSE';
    b.formula(
      r,
      VERDICT,
      `IF(OR(${a1(r, REGULAR)}+${a1(r, UNKNOWN)}<${req}${thematicShort}),${str(L.verdictNo)},IF(AND(${a1(r, REGULAR)}>=${req}${thematicOk}),${str(L.verdictYes)},${str(L.verdictUnknown)}))`,
      verdictText(o.result.compliant, L),
      LOOK.flag,
    );
  }
}

function verdictText(
  compliant: boolean | null,
  L: (typeof PLAN_LABELS)['vi'] | (typeof PLAN_LABELS)['en'],
): string {
  return compliant === true ? L.verdictYes : compliant === false ? L.verdictNo : L.verdictUnknown;
}

function columnRuns(cols: (number | undefined)[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const c of cols) {
    if (c === undefined) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else runs.push([c, c]);
  }
  return runs;
}

function lastDefined(cols: (number | undefined)[]): number | undefined {
  for (let i = cols.length - 1; i >= 0; i--) if (cols[i] !== undefined) return cols[i];
  return undefined;
}
