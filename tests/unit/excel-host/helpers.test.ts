import type { PlanCell } from '../../../src/core/plan/outputPlan';
import { parseAreaList, parseQualifiedRange } from '../../../src/hosts/excel/areaList';
import { needsQuotePrefix, toCellInput } from '../../../src/hosts/excel/cellInput';
import { planBlocks } from '../../../src/hosts/excel/planBlocks';
import { styleAreas } from '../../../src/hosts/excel/styleAreas';

describe('parseAreaList', () => {
  it('splits on commas outside quoted sheet names', () => {
    expect(parseAreaList("'Năm, 2020'!A1:B2, 'Năm, 2020'!$D$4:$E$5,Sheet1!C3")).toEqual([
      { r0: 0, c0: 0, r1: 1, c1: 1 },
      { r0: 3, c0: 3, r1: 4, c1: 4 },
      { r0: 2, c0: 2, r1: 2, c1: 2 },
    ]);
    expect(parseAreaList('')).toEqual([]);
  });

  it('reads a sheet-qualified range with doubled apostrophes', () => {
    expect(parseQualifiedRange("'Bob''s sheet'!$C$5:$C$9")).toEqual({
      sheet: "Bob's sheet",
      range: { r0: 4, c0: 2, r1: 8, c1: 2 },
    });
    expect(parseQualifiedRange('C5:C9')).toBeNull();
  });
});

describe('cell input', () => {
  it.each([
    '=SUM(A1)',
    '+84 912',
    '-5 chi bộ',
    '@x',
    "'a",
    '#N/A',
    '0123',
    '1/2',
    '50%',
    'TRUE',
    'May 2020',
    ' 12',
  ])('%j is prefixed so it stays text', (text) => {
    expect(needsQuotePrefix(text)).toBe(true);
    expect(toCellInput({ row: 0, col: 0, value: text }, 'S')).toBe(`'${text}`);
  });

  it.each(['Hoàn thành tốt nhiệm vụ', 'HTXSNV', 'Chi bộ 3', 'Mayor'])(
    '%j is written as it is',
    (text) => {
      expect(needsQuotePrefix(text)).toBe(false);
    },
  );

  it('writes formulas with one "=" and names the cell of a bad value', () => {
    expect(toCellInput({ row: 0, col: 0, formula: 'A1+1' }, 'S')).toBe('=A1+1');
    expect(toCellInput({ row: 0, col: 0, formula: '=A1+1' }, 'S')).toBe('=A1+1');
    expect(toCellInput({ row: 0, col: 0, value: null }, 'S')).toBe('');
    expect(() => toCellInput({ row: 4, col: 27, value: 'x'.repeat(40_000) }, 'Báo cáo')).toThrow(
      "sheet 'Báo cáo', cell AB5",
    );
  });
});

describe('planBlocks', () => {
  const cells = (rows: number[], cols: number[]): PlanCell[] =>
    rows.flatMap((row) => cols.map((col) => ({ row, col, value: row * 10 + col })));

  it('cuts runs of rows at blank rows and keeps each run rectangular', () => {
    const sheet = {
      key: 'report' as const,
      name: 'S',
      cells: cells([0, 1, 2, 5000, 5001], [1, 2]),
    };
    const blocks = planBlocks(sheet, [{}], { maxCells: 1000, maxBytes: 1e6 });
    expect(blocks.map((b) => [b.row0, b.col0, b.formulas.length, b.formulas[0]!.length])).toEqual([
      [0, 1, 3, 2],
      [5000, 1, 2, 2],
    ]);
    expect(blocks[1]!.formulas).toEqual([
      [50001, 50002],
      [50011, 50012],
    ]);
    expect(blocks.every((b) => b.numberFormat === null)).toBe(true);
  });

  it('splits by cells and by bytes, never losing a row', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => i);
    const sheet = { key: 'report' as const, name: 'S', cells: cells(rows, [0, 1, 2, 3]) };
    const byCells = planBlocks(sheet, [{}], { maxCells: 400, maxBytes: 1e9 });
    expect(byCells.map((b) => b.formulas.length)).toEqual(Array(10).fill(100));
    const byBytes = planBlocks(sheet, [{}], { maxCells: 1e9, maxBytes: 5000 });
    expect(byBytes.every((b) => b.bytes <= 5000)).toBe(true);
    expect(byBytes.reduce((n, b) => n + b.formulas.length, 0)).toBe(1000);
  });

  it('writes number formats only where the style has one', () => {
    const sheet = {
      key: 'summary' as const,
      name: 'S',
      cells: [
        { row: 0, col: 0, value: 0.5, style: 1 },
        { row: 0, col: 1, value: 'x' },
      ],
    };
    const [block] = planBlocks(sheet, [{}, { numFmt: '0%' }], { maxCells: 10, maxBytes: 1e6 });
    expect(block!.numberFormat).toEqual([['0%', 'General']]);
  });
});

describe('styleAreas', () => {
  it('makes one rectangle per column styled alike, whatever the length', () => {
    const cells: PlanCell[] = [];
    for (let r = 1; r <= 500; r++) {
      cells.push({ row: r, col: 0, value: 1, style: 2 }, { row: r, col: 1, value: 1, style: 2 });
      cells.push({ row: r, col: 2, value: 1, style: 3 });
    }
    cells.push({ row: 0, col: 0, value: 'h', style: 1 }, { row: 0, col: 2, value: 'h', style: 1 });
    const areas = styleAreas(cells);
    expect(areas.get(2)).toEqual([{ r0: 1, c0: 0, r1: 500, c1: 1 }]);
    expect(areas.get(3)).toEqual([{ r0: 1, c0: 2, r1: 500, c1: 2 }]);
    expect(areas.get(1)).toEqual([
      { r0: 0, c0: 0, r1: 0, c1: 0 },
      { r0: 0, c0: 2, r1: 0, c1: 2 },
    ]);
  });

  it('covers every styled cell exactly once on a checkerboard', () => {
    const cells: PlanCell[] = [];
    for (let r = 0; r < 6; r++)
      for (let c = 0; c < 6; c++) cells.push({ row: r, col: c, style: (r + c) % 2 });
    const rects = styleAreas(cells).get(1)!;
    const covered = rects.flatMap((x) => {
      const out: string[] = [];
      for (let r = x.r0; r <= x.r1; r++) for (let c = x.c0; c <= x.c1; c++) out.push(`${r},${c}`);
      return out;
    });
    expect(covered.sort()).toEqual(
      cells
        .filter((c) => c.style === 1)
        .map((c) => `${c.row},${c.col}`)
        .sort(),
    );
  });
});
