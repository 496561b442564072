/**
 * The task pane "in Excel", in headless Chromium: Office.js and Excel are the strict Excel double
 * (ExcelApi 1.7, as Office 2019), injected before the page's scripts. One click checks the board
 * fixture and writes the owned sheets into the double; a finding selects its cell. Screenshots at
 * 320 and 450 px, the widths of Excel's task pane.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';
import { FIXTURE, ROOT, startBuiltPane, type BuiltPane } from './builtPane';

let pane: BuiltPane;
let double: string;

beforeAll(async () => {
  pane = await startBuiltPane();
  double = buildSync({
    entryPoints: [join(__dirname, 'excelInBrowser.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'es2017',
  }).outputFiles[0]!.text;
}, 400_000);

afterAll(async () => {
  await pane?.close();
});

describe('the task pane in (simulated) Excel', () => {
  it.each([320, 450])(
    'checks in one click and selects a finding’s cell, at %i px',
    async (width) => {
      const context = await pane.browser.newContext({
        locale: 'vi-VN',
        viewport: { width, height: 900 },
      });
      const page = await context.newPage();
      await page.route('**/*', (route) =>
        route.request().url().startsWith(pane.base) ? route.continue() : route.abort(),
      );
      const snapshot = readXlsx(new Uint8Array(readFileSync(FIXTURE)));
      await page.addInitScript(`window.__bkSnapshot = ${JSON.stringify(snapshot)};`);
      await page.addInitScript(double);
      await page.goto(`${pane.base}/taskpane.html`);

      await page.getByRole('button', { name: 'Kiểm tra toàn bộ' }).click();
      await page.getByTestId('counts').waitFor({ timeout: 60_000 });
      await page.waitForTimeout(800);
      expect(await page.getByTestId('counts').textContent()).toContain(
        '6 lỗi · 124 cảnh báo · 2 thông tin',
      );
      expect(await page.getByText('Trong Excel', { exact: false }).count()).toBeGreaterThan(0);
      await page.screenshot({ path: join(ROOT, 'docs/images', `excel-${width}.png`) });

      const sheets = await page.evaluate(() =>
        (
          window as unknown as { __bkDouble: { model: { sheets: { name: string }[] } } }
        ).__bkDouble.model.sheets.map((s) => s.name),
      );
      expect(sheets).toEqual(
        expect.arrayContaining([
          'Bảng Kiểm - Báo cáo',
          'Bảng Kiểm - Xếp loại',
          'Bảng Kiểm - Biểu đồ',
        ]),
      );

      await page.getByRole('button', { name: /^Lỗi, Năm 2019!D52: / }).click();
      const selected = await page.waitForFunction(
        () =>
          (window as unknown as { __bkDouble: { model: { selection?: { sheet: string } } } })
            .__bkDouble.model.selection?.sheet,
      );
      expect(await selected.jsonValue()).toBe('Năm 2019');
      await context.close();
    },
    120_000,
  );
});
