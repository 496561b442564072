import type { OwnedSheetKey } from './outputPlan';
import type { WorkbookSnapshot } from '../model/snapshot';
import type { Lang } from '../words';

const NAMES: Record<Lang, Record<OwnedSheetKey, string>> = {
  vi: {
    report: 'Bảng Kiểm - Báo cáo',
    summary: 'Bảng Kiểm - Xếp loại',
    meetings: 'Bảng Kiểm - Sinh hoạt',
    charts: 'Bảng Kiểm - Biểu đồ',
    settings: 'Bảng Kiểm - Cài đặt',
  },
  en: {
    report: 'Bang Kiem - Report',
    summary: 'Bang Kiem - Grades',
    meetings: 'Bang Kiem - Meetings',
    charts: 'Bang Kiem - Charts',
    settings: 'Bang Kiem - Settings',
  },
};

/**
 * Final names of the owned sheets. A name the user's own sheet already holds is never taken: the
 * owned sheet becomes "… (2)" instead. Owned sheets of an earlier run are replaced, so their
 * names are free. Excel compares sheet names without regard to case and allows 31 characters.
 */
export function chooseSheetNames(wb: WorkbookSnapshot, lang: Lang): Record<OwnedSheetKey, string> {
  const taken = new Set(wb.sheets.filter((s) => !s.owned).map((s) => s.name.toLocaleLowerCase()));
  const out = {} as Record<OwnedSheetKey, string>;
  for (const [key, wanted] of Object.entries(NAMES[lang]) as [OwnedSheetKey, string][]) {
    let name = wanted;
    for (let n = 2; taken.has(name.toLocaleLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = wanted.slice(0, 31 - suffix.length) + suffix;
    }
    taken.add(name.toLocaleLowerCase());
    out[key] = name;
  }
  return out;
}
