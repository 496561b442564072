import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkWorkbook } from '../../../src/core/engine';
import { columnsOf, ColumnTable, type ColumnSpec } from '../../../src/core/plan/columnTable';
import { PLAN_LABELS } from '../../../src/core/plan/labels';
import { meetingColumns, type MeetingRow } from '../../../src/core/plan/meetingsColumns';
import type { PlanSheet, PlanStyle } from '../../../src/core/plan/outputPlan';
import { registerMeetingRow } from '../../../src/core/plan/registerMeetingRows';
import { settingsForWorkbook } from '../../../src/core/plan/settingCells';
import { SheetBuilder, StyleBook } from '../../../src/core/plan/sheetBuilder';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';

const TEXT: PlanStyle = { border: 'thin' };
const INT: PlanStyle = { border: 'thin', numFmt: '0' };
const HEAD: PlanStyle = { bold: true };

interface Row {
  name: string;
  a: number;
  b: number;
}
const ROWS: Row[] = [
  { name: 'Hòa Sơn', a: 1, b: 2 },
  { name: 'Hòa Phú', a: 3, b: 4 },
];

type Key = 'name' | 'a' | 'b' | 'c' | 'sum';
const SPECS: ColumnSpec<Row, Key>[] = [
  { key: 'name', header: 'Name', width: 20, style: TEXT, cell: (r) => r.name },
  { key: 'a', header: 'A', width: 8, style: INT, cell: (r) => r.a },
  { key: 'b', header: 'B', style: INT, cell: (r) => r.b },
  {
    key: 'sum',
    header: 'Sum',
    style: INT,
    cell: (r, at) => ({ formula: `${at.ref('a')}+${at.ref('b')}`, cached: r.a + r.b }),
  },
];

/** The sheet a table makes: header at row 2, rows under it, widths. */
function render<R, K extends string>(table: ColumnTable<R, K>, rows: R[]): PlanSheet {
  const b = new SheetBuilder('summary', 'T', new StyleBook());
  const first = table.writeHeader(b, 2, HEAD);
  table.writeRows(b, first, rows);
  table.setWidths(b);
  return b.build();
}

const at = (sheet: PlanSheet, row: number, col: number) =>
  sheet.cells.find((c) => c.row === row && c.col === col);
const rowOf = (sheet: PlanSheet, row: number) => sheet.cells.filter((c) => c.row === row);

describe('ColumnTable: a table from its column specs', () => {
  it('writes headers, values and formulas that name other columns by key', () => {
    const sheet = render(new ColumnTable(SPECS), ROWS);
    expect(rowOf(sheet, 2).map((c) => c.value)).toEqual(['Name', 'A', 'B', 'Sum']);
    expect(at(sheet, 3, 0)?.value).toBe('Hòa Sơn');
    expect(at(sheet, 4, 3)).toMatchObject({ formula: 'B5+C5', cached: 7 });
    // Only the columns that give a width set one.
    expect(sheet.columns).toEqual([
      { col: 0, width: 20 },
      { col: 1, width: 8 },
    ]);
  });

  it('adding one column spec adds one column, and the formulas follow the columns they name', () => {
    const before = render(new ColumnTable(SPECS), ROWS);
    const c: ColumnSpec<Row, Key> = {
      key: 'c',
      header: 'C',
      style: INT,
      cell: (r, at) => ({ formula: `${at.ref('a')}*2`, cached: r.a * 2 }),
    };
    const after = render(new ColumnTable([...SPECS.slice(0, 3), c, SPECS[3]!]), ROWS);
    for (const row of [2, 3, 4])
      expect(rowOf(after, row)).toHaveLength(rowOf(before, row).length + 1);
    expect(at(after, 2, 3)?.value).toBe('C');
    expect(at(after, 4, 3)).toMatchObject({ formula: 'B5*2', cached: 6 });
    // "Sum" moved one to the right; it still adds A and B.
    expect(at(after, 2, 4)?.value).toBe('Sum');
    expect(at(after, 4, 4)).toMatchObject({ formula: 'B5+C5', cached: 7 });
    expect(at(after, 3, 0)).toEqual(at(before, 3, 0));
  });

  it('leaves a cell unwritten for undefined and writes a styled blank for null', () => {
    const table = columnsOf<Row>()([
      { key: 'x', header: 'X', style: INT, cell: (r) => (r.a > 1 ? null : undefined) },
    ]);
    const sheet = render(table, ROWS);
    expect(at(sheet, 3, 0)).toBeUndefined();
    expect(at(sheet, 4, 0)).toMatchObject({ value: null });
    expect(at(sheet, 4, 0)?.style).toBeDefined();
  });

  it('heads grouped columns in two rows and spans merged cells', () => {
    const group = { title: 'Levels', style: { bold: true, fill: '08306B' } };
    const table = columnsOf<Row>()(
      [
        { key: 'name', header: 'Name', span: 2, style: TEXT, cell: (r) => r.name },
        { key: 'a', header: 'A', group, style: INT, cell: (r) => r.a },
        { key: 'b', header: 'B', group, style: INT, cell: (r) => r.b },
        {
          key: 'share',
          header: 'Share',
          style: INT,
          cell: (r, at) => ({ formula: `${at.colAbs('a')}/${at.span('a', 'b')}`, cached: 0 }),
        },
      ],
      1,
    );
    expect(table.cols()).toEqual({ name: 1, a: 3, b: 4, share: 5 });
    expect(table.lastCol).toBe(5);
    const b = new SheetBuilder('summary', 'T', new StyleBook());
    expect(table.writeHeader(b, 2, HEAD)).toBe(4);
    table.writeRows(b, 4, ROWS);
    const sheet = b.build();
    expect(sheet.merges).toEqual([
      { r0: 2, c0: 1, r1: 3, c1: 2 }, // Name: two rows, two columns
      { r0: 2, c0: 3, r1: 2, c1: 4 }, // the group's title over A and B
      { r0: 2, c0: 5, r1: 3, c1: 5 }, // Share: two rows
      { r0: 4, c0: 1, r1: 4, c1: 2 }, // each row's name over two columns
      { r0: 5, c0: 1, r1: 5, c1: 2 },
    ]);
    expect(at(sheet, 2, 3)?.value).toBe('Levels');
    expect(at(sheet, 3, 3)?.value).toBe('A');
    // Covered cells carry the style (borders are drawn per cell) and no value.
    expect(at(sheet, 4, 2)).toMatchObject({ value: null, style: at(sheet, 4, 1)!.style });
    expect(at(sheet, 2, 4)?.style).toBe(at(sheet, 2, 3)?.style);
    expect(at(sheet, 4, 5)?.formula).toBe('$D5/D5:E5');
  });

  it('refuses a key named twice', () => {
    expect(() => new ColumnTable([SPECS[0]!, SPECS[0]!])).toThrow(/"name" named twice/);
  });
});

describe('the meetings table as column specs', () => {
  const snapshot = readXlsx(
    new Uint8Array(readFileSync(resolve(__dirname, '../../../samples/bang-kiem-mau.xlsx'))),
  );
  const settings = settingsForWorkbook(snapshot);
  const rows = checkWorkbook(snapshot, settings).model.meetings.map(registerMeetingRow);
  const L = PLAN_LABELS.vi;
  const specs = meetingColumns(L, { req: '$C$4', perQ: '$C$5' }).columns;

  it('takes one more column with one more spec, its verdict still reading its own quarters', () => {
    expect(rows.length).toBeGreaterThan(0);
    const attendance: ColumnSpec<MeetingRow, string> = {
      key: 'attendance',
      header: 'Dự họp',
      style: INT,
      cell: () => null,
    };
    const i = specs.findIndex((s) => s.key === 'unknown') + 1;
    const before = render(new ColumnTable<MeetingRow, string>(specs), rows);
    const after = render(
      new ColumnTable<MeetingRow, string>([...specs.slice(0, i), attendance, ...specs.slice(i)]),
      rows,
    );
    expect(rowOf(after, 2)).toHaveLength(rowOf(before, 2).length + 1);
    expect(at(after, 2, 6)?.value).toBe('Dự họp');
    const verdict = (sheet: PlanSheet) => rowOf(sheet, 2).find((c) => c.value === L.colVerdict)!;
    expect(verdict(after).col).toBe(verdict(before).col + 1);
    const formula = (sheet: PlanSheet) => at(sheet, 3, verdict(sheet).col)!.formula!;
    // Regular meetings (E) and months without records (F) stay; the quarters move from G:J to H:K.
    expect(formula(before)).toContain('E4+F4<$C$4');
    expect(formula(before)).toContain('COUNTIF(G4:J4,');
    expect(formula(after)).toBe(formula(before).replace(/G4:J4/g, 'H4:K4'));
  });
});
