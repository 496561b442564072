import type { MeetingOutcome } from '../compute/meetings';
import type { RegisterMark } from '../parse/monthMark';
import type { MeetingRegisterTable } from '../recognize/tables';
import { labelKey } from '../text/normalize';
import type { WorkbookModel } from '../workbookModel';

/**
 * The same unreadable mark this many times in one register is the board's own way of marking,
 * not a slip: one warning says so, instead of an error in every month it fills.
 */
export const REPEATED_MARK_MIN = 3;

export interface InvalidMark {
  outcome: MeetingOutcome;
  mark: RegisterMark;
  /** The month, 1–12. */
  month: number;
}

export interface RepeatedMark {
  table: MeetingRegisterTable;
  /** The cells, in reading order. */
  marks: InvalidMark[];
}

function keyOf(m: RegisterMark): string {
  const raw = String(m.raw ?? '');
  return labelKey(raw) || raw.trim().toLocaleLowerCase('vi');
}

/** Unreadable month marks, split into those a register repeats and the lone ones. */
export function invalidMarks(model: WorkbookModel): {
  lone: InvalidMark[];
  repeated: RepeatedMark[];
} {
  const groups = new Map<MeetingRegisterTable, Map<string, InvalidMark[]>>();
  for (const outcome of model.meetings) {
    for (const mark of outcome.invalidMonths) {
      if (mark.state !== 'invalid') continue;
      const byText = groups.get(outcome.table) ?? new Map<string, InvalidMark[]>();
      groups.set(outcome.table, byText);
      const key = keyOf(mark);
      const list = byText.get(key) ?? [];
      byText.set(key, list);
      list.push({ outcome, mark, month: outcome.row.months.indexOf(mark) + 1 });
    }
  }
  const lone: InvalidMark[] = [];
  const repeated: RepeatedMark[] = [];
  for (const [table, byText] of groups) {
    for (const marks of byText.values()) {
      if (marks.length >= REPEATED_MARK_MIN) {
        marks.sort((a, b) => a.mark.row - b.mark.row || a.mark.col - b.mark.col);
        repeated.push({ table, marks });
      } else lone.push(...marks);
    }
  }
  return { lone, repeated };
}
