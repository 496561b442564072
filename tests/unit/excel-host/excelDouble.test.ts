import { createExcelDouble, PAYLOAD_LIMIT_BYTES } from '../../helpers/excelDouble';

/** The double must be at least as strict as Excel where the host could go wrong. */
const snapshot = {
  styles: [{ numFmt: 'General', font: null }],
  sheets: [{ name: 'A', state: 'visible' as const, merges: [], rows: [{ v: [1, 'x'] }] }],
};

describe('excelDouble', () => {
  it('throws PropertyNotLoaded on a read before load and sync', async () => {
    const d = createExcelDouble({ maxApi: '1.16', snapshot });
    const range = d.context.workbook.worksheets.getItem('A').getRange('A1:B1');
    expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    range.load('values');
    expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    await d.context.sync();
    expect(range.values).toEqual([[1, 'x']]);
    expect(() => range.formulas).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
  });

  it('refuses an API above 1.7 used without isSetSupported, and one the Excel lacks', () => {
    const d = createExcelDouble({ maxApi: '1.16', snapshot });
    const ws = d.context.workbook.worksheets.getItem('A');
    expect(() => ws.getRange('A1').getMergedAreasOrNullObject()).toThrow(/UndetectedApi/);
    const restore = d.installOffice();
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.13')).toBe(true);
    expect(() => ws.getRange('A1').getMergedAreasOrNullObject()).not.toThrow();
    restore();
    const old = createExcelDouble({ maxApi: '1.7', snapshot });
    old.installOffice()();
    const oldWs = old.context.workbook.worksheets.getItem('A');
    expect(() => oldWs.getRange('A1').getMergedAreasOrNullObject()).toThrow(
      expect.objectContaining({ code: 'ApiNotFound' }),
    );
  });

  it('compares versions part by part: 1.13 is above 1.9', () => {
    const d = createExcelDouble({ maxApi: '1.9', snapshot });
    expect(d.installOffice).toBeDefined();
    const restore = d.installOffice();
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.13')).toBe(false);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(true);
    restore();
  });

  it('fails a request over 5 MB and applies none of it', async () => {
    const d = createExcelDouble({ maxApi: '1.16', snapshot });
    const ws = d.context.workbook.worksheets.getItem('A');
    const rows = 60_000;
    ws.getRangeByIndexes(0, 0, rows, 1).values = Array.from({ length: rows }, () => [
      'x'.repeat(90),
    ]);
    await expect(d.context.sync()).rejects.toMatchObject({
      code: 'RequestPayloadSizeLimitExceeded',
    });
    expect(d.stats.perSync[0]!.requestBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(d.model.sheets[0]!.cells.size).toBe(2);
  });

  it('parses writes as Excel does: formulas, numbers, quote prefix', async () => {
    const d = createExcelDouble({ maxApi: '1.16', snapshot });
    const r = d.context.workbook.worksheets.getItem('A').getRange('A2:D2');
    r.values = [['=SUM(A1)', '0123', "'0123", 'TRUE']];
    await d.context.sync();
    const cells = d.model.sheets[0]!.cells;
    expect(cells.get('1,0')).toMatchObject({ formula: 'SUM(A1)' });
    expect(cells.get('1,1')).toMatchObject({ value: 123 });
    expect(cells.get('1,2')).toMatchObject({ value: '0123', quotePrefix: true });
    expect(cells.get('1,3')).toMatchObject({ value: true });
  });

  it('refuses a write whose array does not match the range', async () => {
    const d = createExcelDouble({ maxApi: '1.16', snapshot });
    d.context.workbook.worksheets.getItem('A').getRange('A1:B2').values = [[1, 2]];
    await expect(d.context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});
