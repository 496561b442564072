/**
 * Bundled into the page before its own scripts (test only): the strict Excel double stands in
 * for Office.js and Excel, at ExcelApi 1.7 as in Office 2019, serving the snapshot the test put
 * in window.__bkSnapshot. The pane cannot tell it from Excel.
 */
import type { WorkbookSnapshot } from '../../../src/core/model/snapshot';
import { createExcelDouble } from '../../helpers/excelDouble';

const w = window as unknown as {
  __bkSnapshot: WorkbookSnapshot;
  __bkDouble: unknown;
  Office: Record<string, unknown>;
  Excel: unknown;
};
const double = createExcelDouble({ maxApi: '1.7', snapshot: w.__bkSnapshot });
double.installOffice();
const requirements = (w.Office.context as { requirements: unknown }).requirements;
w.__bkDouble = double;
w.Office = {
  HostType: { Excel: 'Excel' },
  context: { displayLanguage: 'vi-VN', requirements },
  onReady(callback?: (info: { host: string; platform: string }) => void) {
    const info = { host: 'Excel', platform: 'PC' };
    setTimeout(() => callback?.(info), 0);
    return Promise.resolve(info);
  },
};
w.Excel = { run: <T>(step: (context: Excel.RequestContext) => Promise<T>) => step(double.context) };
