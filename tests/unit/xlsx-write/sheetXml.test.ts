import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { PlanSheet } from '../../../src/core/plan/outputPlan';
import { cellXml } from '../../../src/hosts/xlsx/write/cellXml';
import { sheetXml } from '../../../src/hosts/xlsx/write/sheetXml';

/** CT_Worksheet's child order, as far as this writer uses it. */
const ORDER = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'autoFilter',
  'mergeCells',
  'conditionalFormatting',
  'pageMargins',
  'pageSetup',
  'drawing',
];

function childOrder(xml: string): string[] {
  const parsed = new XMLParser({ preserveOrder: true, ignoreAttributes: true }).parse(
    xml,
  ) as Record<string, unknown>[];
  const ws = parsed.find((n) => 'worksheet' in n)!.worksheet as Record<string, unknown>[];
  return ws.map((n) => Object.keys(n)[0]!);
}

const full: PlanSheet = {
  key: 'report',
  name: 'R',
  tabColor: '00B050',
  cells: [{ row: 5, col: 2, value: 1 }],
  columns: [{ col: 1, width: 20 }],
  merges: [{ r0: 0, c0: 0, r1: 0, c1: 4 }],
  freeze: { rows: 2, cols: 0 },
  autoFilter: { r0: 1, c0: 0, r1: 5, c1: 4 },
  conditionalFormats: [
    { range: { r0: 2, c0: 0, r1: 5, c1: 0 }, formula: 'A3>1', style: { bold: true } },
    { range: { r0: 2, c0: 1, r1: 5, c1: 1 }, formula: '=B3<0', style: { fill: 'FF0000' } },
  ],
  page: { orientation: 'portrait', paper: 'A4', fitToWidth: true },
};

describe('sheetXml', () => {
  it('writes the worksheet children in schema order', () => {
    const xml = sheetXml(full, { xfIds: [3], dxfIds: [0, 1], drawingRelId: 'rId1' });
    expect(XMLValidator.validate(xml)).toBe(true);
    const ranks = childOrder(xml).map((e) => ORDER.indexOf(e));
    expect(ranks).not.toContain(-1);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(ranks).size).toBe(ORDER.length);
    expect(xml).toContain(
      '<sheetPr><tabColor rgb="FF00B050"/><pageSetUpPr fitToPage="1"/></sheetPr>',
    );
    expect(xml).toContain(
      '<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>',
    );
    expect(xml).toContain(
      '<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/>',
    );
    expect(xml).toContain('priority="2"><formula>B3&lt;0</formula>');
    expect(xml).toContain('<dimension ref="A1:E6"/>');
  });

  it('writes a bare sheet without optional elements', () => {
    const xml = sheetXml({ key: 'settings', name: 'S', cells: [] }, { xfIds: [0], dxfIds: [] });
    expect(childOrder(xml)).toEqual([
      'dimension',
      'sheetViews',
      'sheetFormatPr',
      'sheetData',
      'pageMargins',
    ]);
  });

  it('freezes columns only with a right-hand pane', () => {
    const xml = sheetXml(
      { key: 'report', name: 'R', cells: [], freeze: { rows: 0, cols: 2 } },
      { xfIds: [0], dxfIds: [] },
    );
    expect(xml).toContain(
      '<pane xSplit="2" topLeftCell="C1" activePane="topRight" state="frozen"/>',
    );
  });

  it('sorts rows and cells and sets row heights', () => {
    const xml = sheetXml(
      {
        key: 'report',
        name: 'R',
        cells: [
          { row: 3, col: 1, value: 'b' },
          { row: 0, col: 0, value: 'a' },
          { row: 3, col: 0, value: 'c' },
        ],
        rowHeights: [{ row: 7, height: 40 }],
      },
      { xfIds: [0], dxfIds: [] },
    );
    expect(xml.indexOf('r="A1"')).toBeLessThan(xml.indexOf('r="A4"'));
    expect(xml.indexOf('r="A4"')).toBeLessThan(xml.indexOf('r="B4"'));
    expect(xml).toContain('<row r="8" ht="40" customHeight="1"/>');
  });

  it('refuses overlapping merges, duplicate cells and unknown styles, naming the sheet', () => {
    const ctx = { xfIds: [0], dxfIds: [] };
    expect(() =>
      sheetXml(
        {
          key: 'report',
          name: 'R',
          cells: [],
          merges: [
            { r0: 0, c0: 0, r1: 1, c1: 1 },
            { r0: 1, c0: 1, r1: 2, c1: 2 },
          ],
        },
        ctx,
      ),
    ).toThrow('Sheet "R": merges A1:B2 and B2:C3 overlap');
    expect(() =>
      sheetXml(
        {
          key: 'report',
          name: 'R',
          cells: [
            { row: 0, col: 0, value: 1 },
            { row: 0, col: 0, value: 2 },
          ],
        },
        ctx,
      ),
    ).toThrow('Sheet "R", cell A1: is written twice');
    expect(() =>
      sheetXml({ key: 'report', name: 'R', cells: [{ row: 2, col: 1, value: 1, style: 4 }] }, ctx),
    ).toThrow('Sheet "R", cell B3: uses style 4');
    expect(() =>
      sheetXml({ key: 'report', name: 'R', cells: [{ row: -1, col: 0, value: 1 }] }, ctx),
    ).toThrow(/outside the sheet/);
  });
});

describe('cellXml', () => {
  it('writes each kind of value', () => {
    expect(cellXml('S', { row: 0, col: 0, value: 1.5 }, 2)).toBe('<c r="A1" s="2"><v>1.5</v></c>');
    expect(cellXml('S', { row: 0, col: 0, value: -0 }, undefined)).toBe('<c r="A1"><v>0</v></c>');
    expect(cellXml('S', { row: 0, col: 0, value: false }, 1)).toBe(
      '<c r="A1" s="1" t="b"><v>0</v></c>',
    );
    expect(cellXml('S', { row: 0, col: 0, value: null }, 1)).toBe('<c r="A1" s="1"/>');
    expect(cellXml('S', { row: 0, col: 0, value: ' a<b> ' }, 1)).toBe(
      '<c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve"> a&lt;b&gt; </t></is></c>',
    );
  });

  it('keeps formula-like text as text', () => {
    for (const text of ['=1+1', '+A1', '-A1', '@SUM(A1)', "=cmd|' /C calc'!A0"]) {
      const xml = cellXml('S', { row: 0, col: 0, value: text }, 0);
      expect(xml).toContain('t="inlineStr"');
      expect(xml).not.toContain('<f>');
    }
  });

  it('writes formulas with their cached result and the fitting type', () => {
    expect(cellXml('S', { row: 0, col: 0, formula: 'SUM(B1:B3)', cached: 6 }, 0)).toBe(
      '<c r="A1" s="0"><f>SUM(B1:B3)</f><v>6</v></c>',
    );
    expect(cellXml('S', { row: 0, col: 0, formula: '=B1&"x"', cached: 'ax' }, 0)).toBe(
      '<c r="A1" s="0" t="str"><f>B1&amp;&quot;x&quot;</f><v>ax</v></c>',
    );
    expect(cellXml('S', { row: 0, col: 0, formula: 'B1>0', cached: true }, 0)).toBe(
      '<c r="A1" s="0" t="b"><f>B1&gt;0</f><v>1</v></c>',
    );
    expect(cellXml('S', { row: 0, col: 0, formula: '1/0', cached: '#DIV/0!' }, 0)).toBe(
      '<c r="A1" s="0" t="e"><f>1/0</f><v>#DIV/0!</v></c>',
    );
    expect(cellXml('S', { row: 0, col: 0, formula: 'NOW()' }, 0)).toBe(
      '<c r="A1" s="0"><f>NOW()</f></c>',
    );
  });

  it('strips characters XML 1.0 forbids', () => {
    const xml = cellXml('S', { row: 0, col: 0, value: 'a\u0000b\u001Fc\uFFFEd\uD800e\tf\ng' }, 0);
    expect(xml).toContain('>abcde\tf\ng<');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(cellXml('S', { row: 0, col: 0, value: 'cờ 😀\uDC00!' }, 0)).toContain('>cờ 😀!<');
  });

  it('refuses bad cells with the sheet and cell named', () => {
    expect(() => cellXml('Tổng hợp', { row: 4, col: 27, value: Infinity }, 0)).toThrow(
      'Sheet "Tổng hợp", cell AB5',
    );
    expect(() => cellXml('S', { row: 0, col: 0, formula: ' ' }, 0)).toThrow(
      'cell A1: has an empty formula',
    );
    expect(() => cellXml('S', { row: 0, col: 0, value: 'x'.repeat(40000) }, 0)).toThrow(
      /characters of text/,
    );
    expect(() => cellXml('S', { row: 0, col: 0, formula: 'A1+'.repeat(3000) + '1' }, 0)).toThrow(
      /formula of \d+ characters/,
    );
  });
});
