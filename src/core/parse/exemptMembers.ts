import { isExemptText } from '../recognize/content';
import type { RatingListTable } from '../recognize/tables';
import { recognizeGrade } from '../text/grades';
import { markWord } from './monthMark';

/**
 * A member marked in the list's "Miễn sinh hoạt" column ("x", "Có", "Miễn") whose grade cell is
 * blank or says nothing ("-"): exempt from party work and meetings, so not rated, not a blank
 * grade. A member marked exempt who was graded all the same keeps the grade.
 */
export function isExemptMember(table: RatingListTable, row: number, gradeText: string): boolean {
  if (table.exemptCol === undefined) return false;
  const mark = table.view.text(row, table.exemptCol).trim();
  if (!mark || (markWord(mark) !== 'held' && !isExemptText(mark))) return false;
  return !gradeText.trim() || recognizeGrade(gradeText) === null;
}
