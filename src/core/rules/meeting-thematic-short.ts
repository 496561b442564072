import { lastMeetingBefore, logUnitLabel } from '../compute/logMeetings';
import { unitLabel } from '../compute/meetings';
import type { Rule } from './rule';

const ROMAN = ['I', 'II', 'III', 'IV'];

export const meetingThematicShort: Rule = {
  meta: {
    id: 'meeting.thematic-short',
    severity: 'warning',
    title: { vi: 'Quý không sinh hoạt chuyên đề', en: 'Quarter without a thematic meeting' },
    description: {
      vi: 'Mỗi quý chi bộ phải sinh hoạt chuyên đề ít nhất một lần (Hướng dẫn 12-HD/BTCTW); sinh hoạt chuyên đề không thay buổi thường kỳ.',
      en: 'A party cell must hold a thematic meeting at least once a quarter (Hướng dẫn 12-HD/BTCTW); it does not replace the monthly meeting.',
    },
    message: {
      vi: '{unit} năm {year}: quý {quarter} có {held} buổi chuyên đề (cần {required}).',
      en: '{unit}, {year}: quarter {quarter} had {held} thematic meetings ({required} required).',
    },
  },
  check({ model, settings, report }) {
    for (const o of model.meetings) {
      // With only a yearly count, all four quarters share one verdict: report it once.
      // Two rows per cell: the second row's month marks are the thematic meetings; a thematic
      // column per month: those columns' marks.
      const inMonths = o.thematicInMonths || o.row.thematicMonths !== undefined;
      const below = o.row.thematicRow ?? o.row.row;
      const verdicts =
        inMonths || o.table.quarterCols.some((c) => c !== undefined)
          ? o.thematic
          : o.thematic.slice(0, 1);
      verdicts.forEach((verdict, i) => {
        if (verdict !== 'short') return;
        // Read from the month cells ("x+CĐ"): the quarter's three months are the cells at fault.
        const months = inMonths
          ? quarterMonthCols(o.table.thematicMonthCols ?? o.table.monthCols, i + 1)
          : [];
        const col =
          o.table.quarterCols[i] ?? months[0] ?? o.table.thematicCountCol ?? o.table.cellCol;
        const perYear = o.table.quarterCols[i] === undefined && months.length === 0;
        report({
          sheet: o.result.sheet,
          row: o.row.row,
          col,
          ...(months.length > 1
            ? {
                range: {
                  r0: Math.min(o.row.row, below),
                  c0: col,
                  r1: Math.max(o.row.row, below),
                  c1: months[months.length - 1]!,
                },
              }
            : {}),
          expected: settings.meetings.thematicPerQuarter,
          actual: perYear ? o.row.thematicCount?.value : o.result.thematicByQuarter[i],
          params: {
            unit: unitLabel(o.row),
            year: o.row.year ?? '?',
            quarter: perYear ? 'I–IV' : ROMAN[i]!,
            held: (perYear ? o.row.thematicCount?.value : o.result.thematicByQuarter[i]) ?? 0,
            required: perYear
              ? settings.meetings.thematicPerQuarter * 4
              : settings.meetings.thematicPerQuarter,
          },
        });
      });
    }
    // A log: the cell's last meeting up to the quarter's end shows where a thematic one is missing.
    for (const o of model.logMeetings) {
      // A year without any meeting misses all four quarters: one finding says so.
      if (o.entries.length === 0 && o.thematic.every((v) => v === 'short')) {
        report({
          sheet: o.result.sheet,
          row: o.earlier!.row,
          col: o.log.table.dateCol,
          expected: settings.meetings.thematicPerQuarter * 4,
          actual: 0,
          params: {
            unit: logUnitLabel(o),
            year: o.year,
            quarter: 'I–IV',
            held: 0,
            required: settings.meetings.thematicPerQuarter * 4,
          },
        });
        continue;
      }
      o.thematic.forEach((verdict, i) => {
        if (verdict !== 'short') return;
        const at = lastMeetingBefore(o, (i + 1) * 3 + 1);
        report({
          sheet: o.result.sheet,
          row: at.row,
          col: o.log.table.dateCol,
          expected: settings.meetings.thematicPerQuarter,
          actual: o.thematicByQuarter[i],
          params: {
            unit: logUnitLabel(o),
            year: o.year,
            quarter: ROMAN[i]!,
            held: o.thematicByQuarter[i]!,
            required: settings.meetings.thematicPerQuarter,
          },
        });
      });
    }
  },
};

/** The columns of a quarter's months (1–4), left to right, that the register has. */
function quarterMonthCols(monthCols: (number | undefined)[], quarter: number): number[] {
  return monthCols
    .slice(quarter * 3 - 3, quarter * 3)
    .filter((c): c is number => c !== undefined)
    .sort((a, b) => a - b);
}
