import { YEAR_RE } from '../text/charClasses';
import type { WorkbookModel } from '../workbookModel';
import type { Settings } from '../settings';
import { labelKey } from '../text/normalize';

export interface Pilot {
  year: number;
  unit: string;
}

/**
 * The pilot units ("đơn vị điểm"): from the settings when the user gave them, otherwise from the
 * lists' notes ("Đơn vị điểm năm 2017"), one per year, first mention wins.
 */
export function findPilots(model: WorkbookModel, settings: Settings): Pilot[] {
  if (settings.pilots.length) return [...settings.pilots].sort((a, b) => a.year - b.year);
  const byYear = new Map<number, string>();
  for (const list of model.lists) {
    if (list.table.subject !== 'organization') continue;
    for (const e of list.entries) {
      if (!e.note) continue;
      const label = labelKey(e.note);
      if (!/\b(don vi|xa|dang bo) diem\b|\bthi diem\b|\bdiem nam\b/.test(label)) continue;
      const m = YEAR_RE.exec(e.note);
      const year = m ? Number(m[1]) : list.year;
      if (year !== null && !byYear.has(year)) byYear.set(year, e.name);
    }
  }
  return [...byYear.entries()].sort((a, b) => a[0] - b[0]).map(([year, unit]) => ({ year, unit }));
}
