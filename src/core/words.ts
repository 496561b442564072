/**
 * The domain's words, defined once: the languages Bảng Kiểm speaks, the four rating levels and
 * the two rating schemes (domain.md, "Rating categories"), and what each level is called. The
 * command line, the pane and the plan read them from here.
 */

/** The languages of every message, sheet and report. */
export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

/** A text in both languages. */
export type Bilingual = Record<Lang, string>;

/** The four ordered rating levels both schemes map onto. */
export type Level = 'excellent' | 'good' | 'pass' | 'fail';
export const LEVELS: readonly Level[] = ['excellent', 'good', 'pass', 'fail'];

/**
 * The grade names in force: Hướng dẫn 27 before 2018, Quy định 132 from 2018 on. (The report's
 * JSON calls the same two ids SchemeId.)
 */
export type Scheme = 'pre-2018' | '2018';

/** The levels' full names by scheme: the names the regulations give (organizations). */
export const LEVEL_NAMES: Record<Scheme, Record<Level, Bilingual>> = {
  '2018': {
    excellent: { vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Completed tasks excellently' },
    good: { vi: 'Hoàn thành tốt nhiệm vụ', en: 'Completed tasks well' },
    pass: { vi: 'Hoàn thành nhiệm vụ', en: 'Completed tasks' },
    fail: { vi: 'Không hoàn thành nhiệm vụ', en: 'Did not complete tasks' },
  },
  'pre-2018': {
    excellent: { vi: 'Trong sạch, vững mạnh', en: 'Clean and strong' },
    good: { vi: 'Hoàn thành tốt nhiệm vụ', en: 'Completed tasks well' },
    pass: { vi: 'Hoàn thành nhiệm vụ', en: 'Completed tasks' },
    fail: { vi: 'Yếu kém', en: 'Weak' },
  },
};

/** Before 2018 members were rated under names of their own (Hướng dẫn 27). */
export const MEMBER_LEVEL_NAMES_PRE_2018: Record<Level, Bilingual> = {
  excellent: {
    vi: 'Đủ tư cách, hoàn thành xuất sắc nhiệm vụ',
    en: 'Qualified, completed tasks excellently',
  },
  good: { vi: 'Đủ tư cách, hoàn thành tốt nhiệm vụ', en: 'Qualified, completed tasks well' },
  pass: { vi: 'Đủ tư cách, hoàn thành nhiệm vụ', en: 'Qualified, completed tasks' },
  fail: {
    vi: 'Vi phạm tư cách hoặc không hoàn thành nhiệm vụ',
    en: 'Violated standards or did not complete tasks',
  },
};

/** The levels' short names, for column heads and table rows (the CLI, the pane, the plan). */
export const LEVEL_SHORT: Record<Lang, Record<Level, string>> = {
  vi: { excellent: 'Xuất sắc', good: 'Tốt', pass: 'Hoàn thành', fail: 'Không HT' },
  en: { excellent: 'Excellent', good: 'Good', pass: 'Pass', fail: 'Fail' },
};

/**
 * The display name of a level. Before 2018 organizations and members had different names;
 * organizations are the default.
 */
export function levelLabel(
  level: Level,
  scheme: Scheme,
  lang: Lang,
  subject: 'organization' | 'member' = 'organization',
): string {
  const table =
    scheme === 'pre-2018' && subject === 'member'
      ? MEMBER_LEVEL_NAMES_PRE_2018
      : LEVEL_NAMES[scheme];
  return table[level][lang];
}

/** Every level's name in one language, as a record (a sheet's column heads). */
export function levelNames(scheme: Scheme, lang: Lang): Record<Level, string> {
  const names = LEVEL_NAMES[scheme];
  return {
    excellent: names.excellent[lang],
    good: names.good[lang],
    pass: names.pass[lang],
    fail: names.fail[lang],
  };
}
