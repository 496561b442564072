import type { PlanSheet } from './outputPlan';
import { TABLE_CORRECTION_FIELDS, TABLE_CORRECTION_KEYS, type Settings } from '../settings';
import { absRef } from './formulas';
import { PLAN_LABELS } from './labels';
import { LOOK } from './look';
import {
  PILOT_KEY,
  SETTING_KEY_COL,
  SETTING_VALUE_COL,
  TABLE_KEY,
  settingValue,
} from './settingCells';
import { SheetBuilder, StyleBook } from './sheetBuilder';

/** Absolute references to the settings cells that other owned sheets' formulas read. */
export interface SettingRefs {
  capRatio: string;
  capBase: string;
  capMembers: string;
  capOrganizations: string;
}

type LabelKey =
  | 'capRatio'
  | 'capBase'
  | 'capMembers'
  | 'capOrganizations'
  | 'percentBase'
  | 'bandExcellent'
  | 'bandGood'
  | 'bandPass'
  | 'language';

const ROWS: { label: LabelKey; path: string; percent?: boolean }[] = [
  { label: 'capRatio', path: 'excellentCap.ratio', percent: true },
  { label: 'capBase', path: 'excellentCap.base' },
  { label: 'capMembers', path: 'excellentCap.members' },
  { label: 'capOrganizations', path: 'excellentCap.organizations' },
  { label: 'percentBase', path: 'percentBase' },
  { label: 'bandExcellent', path: 'scoreBands.excellent' },
  { label: 'bandGood', path: 'scoreBands.good' },
  { label: 'bandPass', path: 'scoreBands.pass' },
  { label: 'language', path: 'lang' },
];

const FIRST = 3;

/** The settings sheet: every threshold but the meeting ones (on the meetings sheet), and pilots. */
export function settingsSheet(
  name: string,
  settings: Settings,
  pilots: { year: number; unit: string }[],
  book: StyleBook,
): { sheet: PlanSheet; refs: SettingRefs } {
  const L = PLAN_LABELS[settings.lang];
  const b = new SheetBuilder('settings', name, book);
  b.titled(L.settingsTitle, LOOK.title, L.settingsNote, { ...LOOK.note, wrap: true }, 3);
  const at: Record<string, string> = {};
  ROWS.forEach((row, i) => {
    const r = FIRST + i;
    b.value(r, 1, L[row.label], LOOK.text);
    b.value(
      r,
      SETTING_VALUE_COL,
      settingValue(settings, row.path),
      row.percent ? LOOK.inputPercent : LOOK.input,
    );
    b.value(r, SETTING_KEY_COL, `bk:${row.path}`, LOOK.hiddenKey);
    at[row.path] = absRef(name, r, SETTING_VALUE_COL);
  });
  const pilotTop = FIRST + ROWS.length + 1;
  b.value(pilotTop, 1, L.pilotsTitle, LOOK.label);
  b.value(pilotTop + 1, 1, L.colYear, LOOK.header).value(pilotTop + 1, 2, L.pilotUnit, LOOK.header);
  // Five rows at least, so the board can type next year's pilot in without a new run.
  const rows = Math.max(pilots.length + 2, 5);
  for (let i = 0; i < rows; i++) {
    const r = pilotTop + 2 + i;
    const p = pilots[i];
    b.value(r, 1, p?.year ?? null, LOOK.input);
    b.value(r, 2, p?.unit ?? null, LOOK.input);
    b.value(r, SETTING_KEY_COL, PILOT_KEY, LOOK.hiddenKey);
  }
  const tablesTop = pilotTop + 2 + rows + 1;
  b.value(tablesTop, 1, L.tablesTitle, LOOK.label);
  b.value(tablesTop + 1, 1, L.tablesNote, { ...LOOK.note, wrap: true }).merge({
    r0: tablesTop + 1,
    c0: 1,
    r1: tablesTop + 1,
    c1: 4,
  });
  // One column per correction field, as the settings define them.
  for (const key of TABLE_CORRECTION_KEYS) {
    const field = TABLE_CORRECTION_FIELDS[key];
    b.value(tablesTop + 2, field.column, field.label[settings.lang], LOOK.header);
  }
  const corrections = Math.max(settings.tables.length + 2, 3);
  for (let i = 0; i < corrections; i++) {
    const r = tablesTop + 3 + i;
    const t = settings.tables[i];
    for (const key of TABLE_CORRECTION_KEYS) {
      b.value(r, TABLE_CORRECTION_FIELDS[key].column, t?.[key] ?? null, LOOK.input);
    }
    b.value(r, SETTING_KEY_COL, TABLE_KEY, LOOK.hiddenKey);
  }
  b.width(0, 3).width(1, 62).width(2, 28).width(3, 18).width(4, 10).width(SETTING_KEY_COL, 4, true);
  const sheet = b.build();
  sheet.tabColor = '7F7F7F';
  sheet.page = { orientation: 'portrait', paper: 'A4', fitToWidth: true };
  return {
    sheet,
    refs: {
      capRatio: at['excellentCap.ratio']!,
      capBase: at['excellentCap.base']!,
      capMembers: at['excellentCap.members']!,
      capOrganizations: at['excellentCap.organizations']!,
    },
  };
}
