import type { Level } from '../report/types';
import type { SheetView } from '../view/sheetView';
import type { HeaderBand } from './headerBand';

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
  sttCol?: number;
  yearCol?: number;
  gradeCols: GradeColumn[];
  scoreCol?: number;
  selfScoreCol?: number;
  superiorScoreCol?: number;
  noteCol?: number;
}

export interface SummaryLevelColumns {
  level: Level;
  countCol?: number;
  percentCol?: number;
}

export interface RatingSummaryTable extends TableBase {
  kind: 'rating-summary';
  /** The column naming each line: a year, or a group. */
  labelCol: number;
  yearCol?: number;
  totalCol?: number;
  levels: SummaryLevelColumns[];
}

export interface MeetingRegisterTable extends TableBase {
  kind: 'meeting-register';
  yearCol?: number;
  communeCol?: number;
  cellCol: number;
  /** Column of each month 1–12 (index 0 = January); undefined when the register lacks it. */
  monthCols: (number | undefined)[];
  quarterCols: (number | undefined)[];
  thematicCountCol?: number;
  membersCol?: number;
  noteCol?: number;
}

export type Table = RatingListTable | RatingSummaryTable | MeetingRegisterTable;

/** A header the engine half-recognized: it says which columns it could not find. */
export interface IncompleteTable {
  view: SheetView;
  band: HeaderBand;
  kind: Table['kind'];
  missing: string[];
}
