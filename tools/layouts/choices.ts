/**
 * The independent choices a generated workbook is composed of, as fast-check arbitraries. Each
 * choice is one thing boards do differently; `buildLayout` turns a set of choices into cells and
 * an answer key. Shrinking works on the choices, so a failing property shrinks to the fewest
 * layout features that still fail.
 */
import fc from 'fast-check';
import type { GradeSpelling } from './vocabulary';
import type { TextEncoding } from './legacy';
import { logChoicesArb, type LogChoices } from './log';

export type TitleLine =
  | 'agency'
  | 'agencyPair'
  | 'title'
  | 'exportDate'
  | 'decision'
  | 'attached'
  | 'placeDate'
  | 'unitLine'
  | 'guide'
  | 'blank';

export type YearsLayout = 'sheets' | 'columns' | 'yearColumn' | 'stacked';
export type YearSource = 'title' | 'sheet' | 'header' | 'titleAndSheet';
export type PercentForm = 'points' | 'points0' | 'fraction' | 'formula' | 'textComma' | 'textDot';
export type MarkForm = 'x' | 'date' | 'textDate' | 'count';
/** Thematic meetings: per quarter (a count, a 0/1 flag, an "x", the day held), or a yearly count. */
export type ThematicForm = 'quarters' | 'quarterGroup' | 'count' | 'flags' | 'marks' | 'dates';

export const DEFECT_KINDS = [
  'grade.unknown',
  'grade.blank',
  'unit.duplicate',
  'grade.scheme-mixed',
  'grade.formula-error',
  'tick.blank',
  'tick.total-mismatch',
  'total.mismatch',
  'percent.mismatch',
  'summary.list-mismatch',
  'summary.formula-error',
  'summary.not-number',
  'breakdown.total-mismatch',
  'grade.excellent-cap',
  'meeting.regular-short',
  'meeting.thematic-short',
  'meeting.attendance-low',
  'meeting.invalid-mark',
  'meeting.no-data',
  'meeting.formula-error',
] as const;
export type DefectKind = (typeof DEFECT_KINDS)[number];

export interface HeaderChoices {
  /** Index into each role's word list (taken modulo its length). */
  words: number;
  /** A numbering row ("(1)", "(2)"…) under the labels. */
  numbering: 'none' | 'parens' | 'numbers';
  /** Single labels merged down over two rows even without a group label. */
  tall: boolean;
}

export interface ListChoices {
  yearsLayout: YearsLayout;
  ticks: boolean;
  spelling: GradeSpelling;
  yearSource: YearSource;
  sheetName: number;
  title: TitleLine[];
  header: HeaderChoices;
  stt: 'number' | 'text' | 'none';
  groups: 'none' | 'roman' | 'numbered';
  blankRows: boolean;
  notes: boolean;
  totalRow: 'none' | 'Cộng' | 'Tổng cộng' | 'Tổng số';
  extraCols: number;
  signature: boolean;
  nameForm: number;
  /** Units that join in a later year (a blank cell in earlier year columns is not a blank grade). */
  newUnits: boolean;
  /** A small summary typed under a one-year list: grades across, "Số lượng" and "Tỷ lệ" down. */
  handSummary: boolean;
}

export interface SummaryChoices {
  place: 'none' | 'sheet' | 'below';
  percent: PercentForm;
  totalCol: boolean;
  header: HeaderChoices;
  /** Grade labels: full names or abbreviations. */
  gradeWords: 'full' | 'abbr';
  label: 'Năm 2019' | '2019' | 'number';
  title: TitleLine[];
}

export interface RegisterChoices {
  marks: MarkForm;
  thematic: ThematicForm;
  monthHeader: number;
  monthGroup: boolean;
  quarterForm: number;
  members: boolean;
  commune: boolean;
  yearColumn: boolean;
  attendanceRate: boolean;
  regularCount: boolean;
  notes: boolean;
  rows: number;
  title: TitleLine[];
  numbering: 'none' | 'parens' | 'numbers';
  /** Several communes' registers on one sheet, one under the other. */
  stacked: boolean;
}

export interface LayoutChoices {
  /** Seeds the details no choice names: which unit gets which grade, where a defect goes. */
  seed: number;
  units: number;
  firstYear: number;
  yearCount: number;
  encoding: TextEncoding;
  /** A report generator's export: inline strings, every number as text, no cached formulas. */
  exportStyle: boolean;
  list: ListChoices;
  summary: SummaryChoices;
  breakdown: 'none' | 'below' | 'sheet';
  members: boolean;
  register: RegisterChoices | null;
  extraSheet: boolean;
  defects: DefectKind[];
  /** A meeting log on a sheet of its own (issue #21), in about one workbook in eight. */
  log: LogChoices | null;
  /**
   * A one-year list typed with no header row: under its title lines, or right at the top of the
   * sheet (its year then in the sheet name). Last in the record, so adding it left every other
   * choice of a seed as it was.
   */
  bareList: 'none' | 'title' | 'top';
}

/** True about once in `n`. */
const oneIn = (n: number): fc.Arbitrary<boolean> => fc.nat(n - 1).map((k) => k === 0);

const titleArb = fc.array(
  fc.constantFrom<TitleLine>(
    'agency',
    'agencyPair',
    'title',
    'title',
    'exportDate',
    'decision',
    'attached',
    'placeDate',
    'unitLine',
    'guide',
    'blank',
  ),
  { maxLength: 6 },
);

const headerArb: fc.Arbitrary<HeaderChoices> = fc.record({
  words: fc.nat(1000),
  numbering: fc.constantFrom('none', 'none', 'parens', 'numbers'),
  tall: fc.boolean(),
});

export const listChoicesArb: fc.Arbitrary<ListChoices> = fc.record({
  yearsLayout: fc.constantFrom<YearsLayout>('sheets', 'sheets', 'columns', 'yearColumn', 'stacked'),
  ticks: oneIn(4),
  spelling: fc.constantFrom<GradeSpelling>('full', 'abbr', 'short', 'bare', 'nv', 'upper', 'mixed'),
  yearSource: fc.constantFrom<YearSource>('title', 'sheet', 'header', 'titleAndSheet'),
  sheetName: fc.nat(1000),
  title: titleArb,
  header: headerArb,
  stt: fc.constantFrom('number', 'number', 'text', 'none'),
  groups: fc.constantFrom('none', 'none', 'roman', 'numbered'),
  blankRows: fc.boolean(),
  notes: fc.boolean(),
  totalRow: fc.constantFrom('none', 'none', 'Cộng', 'Tổng cộng', 'Tổng số'),
  extraCols: fc.integer({ min: 0, max: 2 }),
  signature: fc.boolean(),
  nameForm: fc.nat(1000),
  newUnits: fc.boolean(),
  handSummary: oneIn(4),
});

export const summaryChoicesArb: fc.Arbitrary<SummaryChoices> = fc.record({
  place: fc.constantFrom('none', 'sheet', 'sheet', 'below'),
  percent: fc.constantFrom<PercentForm>(
    'points',
    'points0',
    'fraction',
    'formula',
    'textComma',
    'textDot',
  ),
  totalCol: fc.boolean(),
  header: headerArb,
  gradeWords: fc.constantFrom('full', 'abbr'),
  label: fc.constantFrom('Năm 2019', '2019', 'number'),
  title: titleArb,
});

export const registerChoicesArb: fc.Arbitrary<RegisterChoices> = fc.record({
  marks: fc.constantFrom<MarkForm>('x', 'x', 'date', 'textDate', 'count'),
  thematic: fc.constantFrom<ThematicForm>(
    'quarters',
    'quarterGroup',
    'count',
    'flags',
    'marks',
    'dates',
  ),
  monthHeader: fc.nat(1000),
  monthGroup: fc.boolean(),
  quarterForm: fc.nat(1000),
  members: fc.boolean(),
  commune: fc.boolean(),
  yearColumn: oneIn(4),
  attendanceRate: fc.boolean(),
  regularCount: fc.boolean(),
  notes: fc.boolean(),
  rows: fc.integer({ min: 2, max: 14 }),
  title: titleArb,
  numbering: fc.constantFrom('none', 'none', 'parens', 'numbers'),
  stacked: oneIn(4),
});

export const layoutChoicesArb: fc.Arbitrary<LayoutChoices> = fc.record({
  seed: fc.nat(),
  units: fc.integer({ min: 3, max: 40 }),
  firstYear: fc.integer({ min: 2015, max: 2022 }),
  yearCount: fc.integer({ min: 1, max: 5 }),
  encoding: fc.constantFrom('unicode', 'unicode', 'unicode', 'unicode', 'nfd', 'tcvn3', 'vni'),
  exportStyle: fc.boolean(),
  list: listChoicesArb,
  summary: summaryChoicesArb,
  breakdown: fc.constantFrom('none', 'none', 'below', 'sheet'),
  members: fc.boolean(),
  register: fc.option(registerChoicesArb, { nil: null, freq: 3 }),
  extraSheet: fc.boolean(),
  defects: fc.array(fc.constantFrom(...DEFECT_KINDS), { maxLength: 6 }),
  // Last, so the choices drawn before it stay those of the corpus without logs.
  log: fc.oneof(
    { arbitrary: fc.constant(null), weight: 7 },
    { arbitrary: logChoicesArb, weight: 1 },
  ),
  bareList: fc.constantFrom('none', 'none', 'none', 'none', 'none', 'none', 'title', 'top'),
});
