import type { LogOutcome } from './compute/logMeetings';
import type { MeetingOutcome } from './compute/meetings';
import type { MeetingLog } from './parse/meetingLog';
import type { SettingProblem } from './plan/settingCells';
import type { MeetingRegister } from './parse/meetingRegister';
import type { RatingList } from './parse/ratingList';
import type { RatingSummary } from './parse/ratingSummary';
import type { RatingResult } from './report/types';
import type { IncompleteTable, Table } from './recognize/tables';
import type { SheetView } from './view/sheetView';

/** The workbook once recognized, parsed and computed: what the rules and the plan read. */
export interface WorkbookModel {
  views: SheetView[];
  tables: Table[];
  incomplete: IncompleteTable[];
  /** Sheets with content but no table the engine knows. */
  unrecognized: SheetView[];
  lists: RatingList[];
  /** Lists that repeat an earlier one (a print copy): left out of every count, said once. */
  copies: { list: RatingList; of: RatingList }[];
  summaries: RatingSummary[];
  registers: MeetingRegister[];
  listRatings: Map<RatingList, RatingResult>;
  summaryRatings: Map<RatingSummary, RatingResult[]>;
  meetings: MeetingOutcome[];
  logs: MeetingLog[];
  /** Per cell and year, from the logs. */
  logMeetings: LogOutcome[];
  /** Settings cells of the workbook that were set aside: an unknown key, a wrong value. */
  settingProblems: SettingProblem[];
}
