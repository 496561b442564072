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
