import { columnsOf, type CellContent, type RowCells } from './columnTable';
import { str } from './formulas';
import type { PlanLabels } from './labels';
import { LOOK } from './look';

/**
 * A row of the meetings sheet's table, from a register's row or from one party cell's year in a
 * meeting log: its cells as formulas over the source, ready to be written.
 */
export interface MeetingRow {
  year: number | null;
  commune: string;
  unit: string;
  /** The link to the row in the register or the log. */
  link: CellContent;
  regular: CellContent;
  /** Months without records. */
  unknown: CellContent;
  /**
   * Months the source has no column for (a register kept half a year a sheet): the engine takes
   * them as without records when it weighs the regular meetings, though they are not listed as
   * such. 0 when there are none.
   */
  absentMonths?: number;
  /** Thematic meetings per quarter, I to IV; undefined leaves a cell unwritten. */
  quarters: (CellContent | undefined)[];
  /**
   * What the verdict reads of thematic meetings: the four quarters, the year's count (a register
   * with one thematic column writes it in the first quarter's cell), or nothing (no such column).
   */
  thematic: 'quarters' | 'year' | 'none';
  compliant: boolean | null;
  /** Regular meetings held, as the engine counted them. */
  held: number;
}

/** The threshold cells at the top of the sheet, as absolute references. */
export interface Thresholds {
  /** Regular meetings required a year. */
  req: string;
  /** Thematic meetings required a quarter. */
  perQ: string;
}

type MeetingKey =
  | 'year'
  | 'commune'
  | 'cell'
  | 'link'
  | 'regular'
  | 'unknown'
  | 'q1'
  | 'q2'
  | 'q3'
  | 'q4'
  | 'verdict';

/** The table's columns: one per cell of a row, the verdict a formula over the row's own cells. */
export function meetingColumns(L: PlanLabels, thresholds: Thresholds) {
  const quarter = (q: 1 | 2 | 3 | 4) => ({
    key: `q${q}` as const,
    header: L.colQuarter[q - 1]!,
    width: 9,
    style: LOOK.integer,
    cell: (m: MeetingRow) => m.quarters[q - 1],
  });
  return columnsOf<MeetingRow>()<MeetingKey>([
    { key: 'year', header: L.colYear, width: 8, style: LOOK.integer, cell: (m) => m.year },
    { key: 'commune', header: L.colCommune, width: 16, style: LOOK.text, cell: (m) => m.commune },
    { key: 'cell', header: L.colCell2, width: 24, style: LOOK.text, cell: (m) => m.unit },
    { key: 'link', header: L.colRow, width: 10, style: LOOK.link, cell: (m) => m.link },
    {
      key: 'regular',
      header: L.colRegular,
      width: 10,
      style: LOOK.integer,
      cell: (m) => m.regular,
    },
    {
      key: 'unknown',
      header: L.colUnknown,
      width: 10,
      style: LOOK.integer,
      cell: (m) => m.unknown,
    },
    quarter(1),
    quarter(2),
    quarter(3),
    quarter(4),
    {
      key: 'verdict',
      header: L.colVerdict,
      width: 16,
      style: LOOK.flag,
      cell: (m, at) => ({
        formula: verdictFormula(m.thematic, at, thresholds, L, m.absentMonths ?? 0),
        cached: verdictText(m.compliant, L),
      }),
    },
  ]);
}

/**
 * Not compliant when even the months without records (and those without a column) could not make
 * up the regular meetings, or
 * a quarter (the year) is short of thematic ones; compliant when everything is there; else not
 * enough data.
 */
function verdictFormula(
  thematic: MeetingRow['thematic'],
  at: RowCells<MeetingKey>,
  { req, perQ }: Thresholds,
  L: PlanLabels,
  absentMonths: number,
): string {
  const reg = at.ref('regular');
  const unk = absentMonths > 0 ? `${at.ref('unknown')}+${absentMonths}` : at.ref('unknown');
  const verdict = (short: string, ok: string) =>
    `IF(OR(${reg}+${unk}<${req}${short}),${str(L.verdictNo)},IF(AND(${reg}>=${req}${ok}),${str(L.verdictYes)},${str(L.verdictUnknown)}))`;
  if (thematic === 'quarters') {
    const qs = at.span('q1', 'q4');
    return verdict(`,COUNTIF(${qs},"<"&${perQ})>0`, `,COUNTIF(${qs},">="&${perQ})=4`);
  }
  if (thematic === 'none') return verdict('', ',FALSE');
  const count = at.ref('q1');
  return verdict(
    `,AND(ISNUMBER(${count}),${count}<4*${perQ})`,
    `,ISNUMBER(${count}),${count}>=4*${perQ}`,
  );
}

export function verdictText(compliant: boolean | null, L: PlanLabels): string {
  return compliant === true ? L.verdictYes : compliant === false ? L.verdictNo : L.verdictUnknown;
}
