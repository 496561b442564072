import { numberFromText } from '../parse/numbers';
import { isTotalLabel } from '../parse/rows';
import type { SheetView } from '../view/sheetView';
import { isOrgName } from './content';
import type { RatingListTable } from './tables';

/** Fewer numbered units than this could be numbered 1, 2, 3 by any short block of lines. */
const MIN_NUMBERED = 4;

/**
 * Whether a list with no header shows itself a list by its other columns: every unit numbered
 * in turn from 1 ("1", "2.", "3") in the column left of its names, and at least half the names
 * those of party organizations ("Đảng bộ xã…", "Chi bộ…"). Such rows read as a header would
 * say; the column of grades beside them is the list's grades, so a short list's one mistyped
 * grade is its defect rather than a doubt about the column. Group lines ("II. Khối cơ quan") and
 * total lines between the units are passed over.
 */
export function numberedUnits(view: SheetView, table: RatingListTable): boolean {
  const name = table.nameCol;
  const stt = table.sttCol ?? name - 1;
  if (stt < 0 || stt >= name || table.gradeCols.length !== 1) return false;
  const grade = table.gradeCols[0]!.col;
  const totals = new Set(table.totalRows);
  let expected = 1;
  let orgs = 0;
  for (let r = table.firstDataRow; r <= table.lastDataRow; r++) {
    if (totals.has(r) || view.lastColumn(r) < 0) continue;
    const unit = view.text(r, name);
    const number = view.text(r, stt).trim();
    if (!unit || isTotalLabel(unit)) continue;
    // A group line has no grade and no running number ("II" is a group's, not a unit's).
    if (!view.text(r, grade) && !/^\d+\.?$/.test(number)) continue;
    if (numberFromText(number.replace(/\.$/, '')) !== expected) return false;
    expected++;
    if (isOrgName(unit)) orgs++;
  }
  const units = expected - 1;
  return units >= MIN_NUMBERED && orgs * 2 >= units;
}
