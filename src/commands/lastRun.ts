import type { JobOutcome } from './runWholeJob';

/**
 * The outcome of the last ribbon run, kept in the add-in's own localStorage so the task pane can
 * show it when it opens (the function file and the pane are separate pages of one origin).
 */
export const LAST_RUN_KEY = 'bangKiem.lastRun';

export interface LastRun extends JobOutcome {
  at: string;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Some web views throw on mere access when storage is blocked.
    return null;
  }
}

export function saveLastRun(outcome: JobOutcome, at: Date): boolean {
  const s = storage();
  if (!s) return false;
  try {
    s.setItem(LAST_RUN_KEY, JSON.stringify({ ...outcome, at: at.toISOString() }));
    return true;
  } catch {
    return false;
  }
}

export function readLastRun(): LastRun | null {
  const raw = storage()?.getItem(LAST_RUN_KEY);
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Partial<LastRun>;
    return typeof v.ok === 'boolean' && typeof v.vi === 'string' && typeof v.en === 'string'
      ? (v as LastRun)
      : null;
  } catch {
    return null;
  }
}
