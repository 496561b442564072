import { encodingLegacy } from './encoding-legacy';
import { gradeBlank } from './grade-blank';
import { gradeFromScore } from './grade-from-score';
import { gradeMultipleMarks } from './grade-multiple-marks';
import { gradeExcellentCap } from './grade-excellent-cap';
import { gradeSchemeMixed } from './grade-scheme-mixed';
import { gradeScoreMismatch } from './grade-score-mismatch';
import { gradeUnknown } from './grade-unknown';
import { headerMissingColumn } from './header-missing-column';
import { meetingAttendanceLow } from './meeting-attendance-low';
import { meetingInvalidMark } from './meeting-invalid-mark';
import { meetingLogUnread } from './meeting-log-unread';
import { meetingMembersMissing } from './meeting-members-missing';
import { meetingNoData } from './meeting-no-data';
import { meetingRegularShort } from './meeting-regular-short';
import { meetingRepeatedMonth } from './meeting-repeated-month';
import { meetingThematicShort } from './meeting-thematic-short';
import { meetingUnknownMark } from './meeting-unknown-mark';
import { percentMismatch } from './percent-mismatch';
import type { Rule } from './rule';
import { settingInvalidValue } from './setting-invalid-value';
import { settingUnknownKey } from './setting-unknown-key';
import { sheetUnrecognized } from './sheet-unrecognized';
import { summaryListMismatch } from './summary-list-mismatch';
import { tableCopy } from './table-copy';
import { tableUncertain } from './table-uncertain';
import { tableYearConflict } from './table-year-conflict';
import { tableYearUnknown } from './table-year-unknown';
import { totalMismatch } from './total-mismatch';
import { unitDuplicate } from './unit-duplicate';
import { unitNameVariant } from './unit-name-variant';
import { valueFormulaError } from './value-formula-error';
import { valueNotNumber } from './value-not-number';
import { valueTextTooLong } from './value-text-too-long';
import { valueNumbersAsText } from './value-numbers-as-text';

/** Every check, in the order their findings are listed for the same cell. */
export const RULES: readonly Rule[] = [
  settingUnknownKey,
  settingInvalidValue,
  headerMissingColumn,
  sheetUnrecognized,
  tableUncertain,
  tableYearUnknown,
  tableYearConflict,
  tableCopy,
  encodingLegacy,
  valueTextTooLong,
  valueFormulaError,
  valueNotNumber,
  valueNumbersAsText,
  gradeBlank,
  gradeUnknown,
  gradeMultipleMarks,
  gradeSchemeMixed,
  gradeScoreMismatch,
  gradeFromScore,
  gradeExcellentCap,
  unitDuplicate,
  unitNameVariant,
  totalMismatch,
  percentMismatch,
  summaryListMismatch,
  meetingInvalidMark,
  meetingUnknownMark,
  meetingNoData,
  meetingRegularShort,
  meetingThematicShort,
  meetingAttendanceLow,
  meetingMembersMissing,
  meetingRepeatedMonth,
  meetingLogUnread,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
