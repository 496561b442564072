import type { KindTickCols } from './logKindTicks';
import type { MonthLine } from '../parse/monthBlocks';
import type { ShareColumn } from './nestedShares';
import type { Level } from '../report/types';
import type { SheetView } from '../view/sheetView';
import type { GradeGroup } from './gradeGroups';
import type { GradesDownMeasure } from './gradesDown';
import type { HeaderBand } from './headerBand';
import type { Bilingual } from '../words';

interface TableBase {
  view: SheetView;
  band: HeaderBand;
  /** 0-based rows of the table body, after the header and before notes and signatures. */
  firstDataRow: number;
  lastDataRow: number;
  firstCol: number;
  lastCol: number;
  /** Year written in the title block above the header ("... NĂM 2020"). */
  titleYear: number | null;
  /** Year in the sheet's name ("Năm 2020", "XL 2019"). */
  sheetYear: number | null;
  /** Year a user's correction gives the table; beats every other source. */
  correctedYear?: number;
  /** Rows typed as totals ("Cộng", "Tổng cộng") under the body, checked rather than counted. */
  totalRows: number[];
  /** Rows repeating the header inside the body (a list pasted page by page): no data. */
  repeatedHeaderRows?: number[];
  /** Every column's role as finally decided, and whether the header or the cells decided it. */
  roles: TableColumn[];
  /** How sure recognition is (0–1), and why. */
  confidence: number;
  /** In both languages: table.uncertain quotes them (recognize/reasons.ts). */
  reasons: Bilingual[];
}

export interface TableColumn {
  col: number;
  role: string;
  label: string;
  year?: number;
  level?: Level;
  from: 'header' | 'content';
}

export interface GradeColumn {
  col: number;
  /** The year the column holds, when the header says so (one column per year). */
  year: number | null;
}

export interface RatingListTable extends TableBase {
  kind: 'rating-list';
  subject: 'organization' | 'member';
  nameCol: number;
  /** For member lists: the organization or cell each member belongs to. */
  orgCol?: number;
  /** For member lists: each member's code; the same code twice in a year is one member twice. */
  memberCodeCol?: number;
  /** For member lists: "Miễn sinh hoạt", marked for members exempt from work and meetings. */
  exemptCol?: number;
  /** For lists of party cells: the commune column; a cell's name is unique only within it. */
  parentCol?: number;
  sttCol?: number;
  yearCol?: number;
  gradeCols: GradeColumn[];
  /**
   * Tick layout: a column per level with a mark in the unit's grade ("x" under HTTNV). When
   * set, gradeCols holds its first column only, for the places that need one grade column.
   */
  tickCols?: { level: Level; col: number }[];
  /**
   * A list on its side: the units across the columns (named on `headerRow`), a row per year
   * down. Each body row is one year's list; `nameCol` and `yearCol` are the rows' year labels.
   */
  across?: { headerRow: number; unitCols: number[] };
  /** Grades typed as codes, and what each stands for by the legend on the sheet ("1" → excellent). */
  codes?: Record<string, Level>;
  /**
   * No grade column: the list is sorted under group lines naming a grade, and each unit takes
   * its group's. gradeCols then holds the name column, for the places that need one.
   */
  gradeGroups?: GradeGroup[];
  /**
   * No grade column, in a list of the 2025 rating on: each unit's grade is its score's band.
   * gradeCols then holds the score column.
   */
  gradeFromScore?: boolean;
  scoreCol?: number;
  selfScoreCol?: number;
  superiorScoreCol?: number;
  noteCol?: number;
  /**
   * The earlier part of one list this table goes on from: the sheet before (under "(Tiếp
   * theo)") or the half beside it (STT continued), recognize/continuedSheet.ts.
   */
  continues?: RatingListTable;
}

export interface SummaryLevelColumns {
  level: Level;
  countCol?: number;
  percentCol?: number;
}

export interface RatingSummaryTable extends TableBase {
  kind: 'rating-summary';
  /**
   * What the summary counts when it is not the units of the lists: `cell`, the party cells under
   * each row's unit (a list and a summary in one row, recognize/listWithCellCounts.ts).
   */
  subject?: 'cell';
  /** The column naming each line: a year, or a group. */
  labelCol: number;
  yearCol?: number;
  totalCol?: number;
  /** The units rated, where the total also holds those left unrated (recognize/ratedColumn.ts). */
  ratedCol?: number;
  levels: SummaryLevelColumns[];
  /** Shares of several grades together ("Tỷ lệ HTT trở lên (%)", "Trong đó HTXS (%)"). */
  shareCols?: ShareColumn[];
  /**
   * A summary on its side: the grades down labelCol, counts and shares across. levels is then
   * empty; parse/gradesDownSummary.ts reads it.
   */
  gradesDown?: GradesDownMeasure[];
}

export interface MeetingRegisterTable extends TableBase {
  kind: 'meeting-register';
  yearCol?: number;
  communeCol?: number;
  cellCol: number;
  /** Column of each month 1–12 (index 0 = January); undefined when the register lacks it. */
  monthCols: (number | undefined)[];
  quarterCols: (number | undefined)[];
  /**
   * Each month's thematic column beside its regular one ("Tháng 1" over "TK" | "CĐ"); a held mark
   * there is that month's thematic meeting. Index 0 = January.
   */
  thematicMonthCols?: (number | undefined)[];
  thematicCountCol?: number;
  /**
   * A register with no month columns: the year's regular meetings as one typed count ("12/12",
   * "11 buổi"), and each quarter cell naming its thematic meeting's topic (recognize/countRegister.ts).
   */
  regularCountCol?: number;
  membersCol?: number;
  noteCol?: number;
}

/** A meeting log: one row per meeting, several cells interleaved (recognize/meetingLog.ts). */
export interface MeetingLogTable extends TableBase {
  kind: 'meeting-log';
  dateCol: number;
  cellCol: number;
  /**
   * A log kept for one cell (a sheet per cell), named only by its title or sheet name
   * (recognize/logCellName.ts): every row is that cell's, and cellCol is the day column.
   */
  cellName?: string;
  communeCol?: number;
  /** "Thường kỳ" / "Chuyên đề"; without it the topic tells a thematic meeting. */
  kindCol?: number;
  /** Without a kind column: "Thường kỳ" and "Chuyên đề" columns ticked per meeting. */
  kindTickCols?: KindTickCols;
  topicCol?: number;
  attendingCol?: number;
  membersCol?: number;
  /**
   * Days typed as the day of the month only, grouped under "THÁNG 3" lines: each day's month is
   * the line's above it, its year the line's or the table's (recognize/monthBlockLog.ts).
   */
  monthLines?: MonthLine[];
  /** "Vắng": who did not come; the members are who came and who did not. */
  absentCol?: number;
}

export type Table = RatingListTable | RatingSummaryTable | MeetingRegisterTable | MeetingLogTable;

/** A header the engine half-recognized: it says which columns it could not find. */
export interface IncompleteTable {
  view: SheetView;
  band: HeaderBand;
  kind: Table['kind'];
  missing: string[];
}
