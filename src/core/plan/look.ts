import type { PlanStyle } from './outputPlan';
import type { Level } from '../report/types';

/**
 * One color per level in every chart and table. Blue-to-orange is told apart by the common
 * color-blind types, and the four differ in lightness, so they stay apart in grayscale print.
 */
export const LEVEL_COLORS: Record<Level, string> = {
  excellent: '08306B',
  good: '6BAED6',
  pass: 'D4E6F4',
  fail: 'C2410C',
};

/** Years in sequence (viridis): distinct for color-blind readers and monotonic in gray. */
export const YEAR_COLORS = ['440154', '3B528B', '21908C', '5DC863', 'FDE725', 'B8DE29', '31688E'];

const border = 'thin' as const;

export const LOOK = {
  title: { bold: true, fontSize: 14, hAlign: 'center', vAlign: 'center' } satisfies PlanStyle,
  subtitle: {
    italic: true,
    fontSize: 10,
    hAlign: 'center',
    fontColor: '404040',
  } satisfies PlanStyle,
  note: { italic: true, fontSize: 9, fontColor: '595959' } satisfies PlanStyle,
  label: { bold: true } satisfies PlanStyle,
  header: {
    bold: true,
    fill: 'DDEBF7',
    border,
    hAlign: 'center',
    vAlign: 'center',
    wrap: true,
  } satisfies PlanStyle,
  text: { border, vAlign: 'top', wrap: true } satisfies PlanStyle,
  textCenter: { border, hAlign: 'center', vAlign: 'top' } satisfies PlanStyle,
  integer: { border, numFmt: '0', hAlign: 'center' } satisfies PlanStyle,
  decimal: { border, numFmt: '0.0', hAlign: 'center' } satisfies PlanStyle,
  percent: { border, numFmt: '0.0%', hAlign: 'center' } satisfies PlanStyle,
  link: { border, fontColor: '0563C1', underline: true, hAlign: 'center' } satisfies PlanStyle,
  input: { border, fill: 'FFF2CC', hAlign: 'center' } satisfies PlanStyle,
  inputPercent: { border, fill: 'FFF2CC', hAlign: 'center', numFmt: '0%' } satisfies PlanStyle,
  hiddenKey: { fontColor: 'FFFFFF', fontSize: 8 } satisfies PlanStyle,
  flag: { border, bold: true, hAlign: 'center' } satisfies PlanStyle,
};

export const FLAG_FILL = {
  bad: { fill: 'F8CBAD', fontColor: '9C0006' },
  good: { fill: 'C6EFCE', fontColor: '006100' },
  unknown: { fill: 'FFEB9C', fontColor: '9C5700' },
};
