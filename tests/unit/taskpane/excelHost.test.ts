/**
 * The pane's Excel host fetches the engine on the first check (loadEngine.ts): the pane says so
 * first ("loading"), then the job's own stages follow; a chunk that fails to arrive is said in
 * both languages and the next check tries again.
 */
import { createExcelDouble } from '../../helpers/excelDouble';
import { sampleSnapshot } from '../../helpers/sampleWorkbook';
import type { Progress } from '../../../src/taskpane/host';

type Global = { Excel?: unknown };

function inDouble() {
  const double = createExcelDouble({ maxApi: '1.7', snapshot: sampleSnapshot() });
  const undo = double.installOffice();
  (globalThis as Global).Excel = {
    run: <T>(step: (context: Excel.RequestContext) => Promise<T>) => step(double.context),
  };
  return {
    double,
    undo: () => {
      undo();
      delete (globalThis as Global).Excel;
    },
  };
}

afterEach(() => {
  jest.resetModules();
  jest.dontMock('../../../src/taskpane/excelEngine');
});

describe('the Excel host loads the engine on the first check', () => {
  it('says it is loading the checker, then reads, checks and writes', async () => {
    const { double, undo } = inDouble();
    try {
      const { excelHost } = await import('../../../src/taskpane/excelHost');
      const stages: string[] = [];
      const onProgress = (p: Progress) => {
        if (stages[stages.length - 1] !== p.stage) stages.push(p.stage);
      };
      const outcome = await excelHost().check({}, onProgress);
      expect(stages).toEqual(['loading', 'reading', 'checking', 'writing', 'done']);
      expect(outcome.report.results.ratings.length).toBeGreaterThan(0);
      expect(double.model.sheets.map((s) => s.name)).toContain('Bảng Kiểm - Báo cáo');
    } finally {
      undo();
    }
    // Compiling the whole engine for the first import takes a while on a loaded machine.
  }, 60_000);

  it('a chunk that does not arrive is said in both languages; the next check loads it', async () => {
    jest.doMock('../../../src/taskpane/excelEngine', () => {
      throw new Error('Loading chunk engine failed.');
    });
    const { excelHost } = await import('../../../src/taskpane/excelHost');
    const { loadExcelEngine } = await import('../../../src/taskpane/loadEngine');
    const { STRINGS } = await import('../../../src/taskpane/strings');
    expect(STRINGS.vi.stages.loading).toBe('Đang tải bộ kiểm tra…');
    expect(STRINGS.en.stages.loading).toBe('Loading the checker…');
    const host = excelHost();
    await expect(host.check({}, () => undefined)).rejects.toMatchObject({
      name: 'HostError',
      code: 'engine-load',
      vi: expect.stringMatching(/^Không tải được bộ kiểm tra/),
      en: expect.stringMatching(/^Could not load Bảng Kiểm's checker/),
    });
    jest.dontMock('../../../src/taskpane/excelEngine');
    await expect(loadExcelEngine()).resolves.toHaveProperty('runJob');
  }, 60_000);
});
